import type { WritePlan } from "../../../workbook/port";
import { usePane } from "../../actions/manager";
import { cellRef, columnLetters } from "../../../app/vocabulary";
import { t, type Lang } from "../../strings";
import type { PreviewLine, WritePanelState } from "./WritePanel.types";

/** The plan in words: exactly which sheets, columns and cells change. */
export function previewLines(plan: WritePlan, lang: Lang): PreviewLine[] {
  const lines: PreviewLine[] = [];
  for (const sheet of [...(plan.statusSheet ? [plan.statusSheet] : []), ...(plan.extraSheets ?? [])]) {
    const columns = sheet.rows.reduce((m, r) => Math.max(m, r.length), 0);
    const text = t("writeSheet", lang, { sheet: sheet.name, rows: sheet.rows.length, columns });
    lines.push({ key: `sheet-${sheet.name}`, text: sheet.chart ? `${text} ${t("writeSheetChart", lang)}` : text });
  }
  for (const k of plan.kontrolColumns) {
    lines.push({
      key: `col-${k.sheet}-${k.column}`,
      text: t("writeColumn", lang, {
        header: k.header,
        sheet: k.sheet,
        column: columnLetters(k.column),
        first: String(k.headerRow),
        last: String(k.headerRow + k.values.length),
        notes: k.values.filter((v) => v !== null && v !== "").length,
      }),
    });
  }
  const bySheet = new Map<string, { row: number; column: number }[]>();
  for (const h of plan.highlights) bySheet.set(h.sheet, [...(bySheet.get(h.sheet) ?? []), h]);
  for (const [sheet, cells] of bySheet) {
    const sample = cells.slice(0, 3).map((c) => cellRef(c.row, c.column));
    lines.push({
      key: `hl-${sheet}`,
      text: t("writeHighlights", lang, {
        count: cells.length,
        sheet,
        cells: `${sample.join(", ")}${cells.length > 3 ? ", …" : ""}`,
      }),
    });
  }
  return lines;
}

export function useWritePanel(): WritePanelState {
  const { state, run, can } = usePane();
  const { lang, preview } = state;
  return {
    lang,
    preview: preview ? previewLines(preview, lang) : null,
    canPreview: can("previewWrite"),
    canWrite: can("write"),
    canForce: can("write") && state.error?.canForce === true,
    canClean: can("clean"),
    onPreview: () => void run("previewWrite"),
    onWrite: () => void run("write", {}),
    onForce: () => void run("write", { force: true }),
    onClean: () => void run("clean"),
  };
}
