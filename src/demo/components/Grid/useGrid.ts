import { useSyncExternalStore } from "react";
import type { CellValue } from "../../../domain/model";
import type { CellFormat } from "../../../workbook/port";
import { a1 } from "../../../taskpane/locate";
import { formatNumber, t, type Lang } from "../../../taskpane/strings";
import type { GridProps, GridRowView, GridState } from "./Grid.types";

/** Rows drawn at once; around the selected cell when it lies further down. */
export const WINDOW_ROWS = 200;

const EPOCH = Date.UTC(1899, 11, 30);

export function cellText(value: CellValue, format: CellFormat | undefined, lang: Lang): string {
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (format === "percent") return `${formatNumber(value * 100, lang, 0)} %`;
  if (format === "date") {
    const d = new Date(EPOCH + Math.round(value) * 86_400_000);
    const p = (n: number) => String(n).padStart(2, "0");
    return `${p(d.getUTCDate())}-${p(d.getUTCMonth() + 1)}-${d.getUTCFullYear()}`;
  }
  return formatNumber(value, lang, format === "decimal" ? 2 : 4);
}

export function useGrid({ book, lang }: GridProps): GridState {
  useSyncExternalStore(book.subscribe, book.getVersion);
  const sheet = book.sheet(book.activeSheet);
  const sel = book.selection && book.selection.sheet === book.activeSheet ? book.selection : null;
  const total = sheet?.cells.length ?? 0;
  const width = sheet ? sheet.cells.reduce((m, r) => Math.max(m, r.length), 0) : 0;
  const from = sel && sel.row > WINDOW_ROWS ? Math.max(2, sel.row - WINDOW_ROWS / 2) : 1;
  const to = Math.min(total, from + WINDOW_ROWS - 1);
  const headerRows = new Set(sheet?.tables.map((tb) => Number(/\d+/.exec(tb.ref)?.[0] ?? 0)) ?? []);
  const rows: GridRowView[] = [];
  const emit = (r: number): void => {
    const cells = sheet?.cells[r - 1] ?? [];
    rows.push({
      row: r,
      cells: Array.from({ length: width }, (_, c) => {
        const cell = cells[c] ?? null;
        return {
          address: a1(r, c),
          text: cell ? cellText(cell.value, cell.format, lang) : "",
          numeric: typeof cell?.value === "number",
          highlight: cell?.highlight ?? null,
          selected: sel !== null && sel.row === r && sel.column === c,
          header: headerRows.has(r),
        };
      }),
    });
  };
  if (from > 1) emit(1); // keep the header row in view
  for (let r = from; r <= to; r++) emit(r);
  return {
    lang,
    sheets: book.sheetNames().flatMap((name) => {
      const g = book.sheet(name);
      return g && !g.hidden ? [{ name, owned: g.ownedByKontrakttjek }] : [];
    }),
    active: book.activeSheet,
    letters: Array.from({ length: width }, (_, c) => a1(1, c).replace(/\d+$/, "")),
    rows,
    note: total > to - from + 1 ? t("demoRowsShown", lang, { from: String(from), to: String(to), rows: total }) : null,
    onSheet: (name) => book.activate(name),
    onSelect: (row, column) => book.select({ sheet: book.activeSheet, row, column }),
  };
}
