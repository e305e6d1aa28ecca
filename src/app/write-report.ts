/**
 * What a write put elsewhere than planned and what a removal left, in the user's language: the
 * same sentences in the task pane and the CLI. Columns are named by their letters, as Excel shows them.
 */
import { t, type Lang } from "../i18n";
import type { CleanReport, WriteConflictError, WriteReport } from "../workbook/port";
import { columnLetters } from "../workbook/sheet/a1";

export function movedLines(report: WriteReport, lang: Lang): string[] {
  return (report.moved ?? []).map((m) =>
    m.kind === "sheet"
      ? t("write.moved-sheet", lang, { from: m.from, to: m.to })
      : t("write.moved-column", lang, {
          sheet: m.sheet,
          header: m.header,
          from: columnLetters(m.from),
          to: columnLetters(m.to),
        }),
  );
}

export function keptLines(report: CleanReport, lang: Lang): string[] {
  return (report.kept ?? []).map((k) => {
    switch (k.reason) {
      case "changed":
        return t("clean.kept-changed", lang, {
          sheet: k.sheet,
          count: k.count,
          cells: k.count > k.cells.length ? `${k.cells.join(", ")}, …` : k.cells.join(", "),
        });
      case "missing":
        return t("clean.kept-missing", lang, { sheet: k.sheet });
      case "mismatch":
        return t("clean.kept-mismatch", lang, { sheet: k.sheet });
    }
  });
}

/** A conflict: what is in the way, and whether writing beside it (force) is a way out. */
export const conflictText = (e: WriteConflictError, lang: Lang): string =>
  t(e.besideWithForce ? "write.conflict" : "write.conflict-fixed", lang, { sheet: e.sheet, address: e.address });
