import { useState, useSyncExternalStore } from "react";
import type { CellValue } from "../../../app/types";
import type { CellFormat } from "../../../workbook/port";
import { cellRef, columnLetters, shownPct } from "../../../app/vocabulary";
import { localeOf } from "../../../i18n";
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
  // Rounded down, as the report's figures are: 99.5 % is never shown "100 %" beside "delvist".
  if (format === "percent") {
    const pct = shownPct(value * 100);
    return `${formatNumber(pct, lang, pct < 1 ? 4 : 1)} %`;
  }
  if (format === "date") {
    const d = new Date(EPOCH + Math.round(value) * 86_400_000);
    const p = (n: number) => String(n).padStart(2, "0");
    return `${p(d.getUTCDate())}-${p(d.getUTCMonth() + 1)}-${d.getUTCFullYear()}`;
  }
  if (format === "decimal") return formatNumber(value, lang, 2);
  // Excel's General format: the language's decimal sign, no thousands separator (a year stays 2026).
  return new Intl.NumberFormat(localeOf(lang).intl, {
    maximumFractionDigits: 4,
    useGrouping: false,
  }).format(value);
}

/** What a typed text becomes in the cell: a number when it reads as one (Danish comma allowed). */
export function typedValue(text: string): CellValue {
  const t = text.trim();
  if (t === "") return null;
  return /^-?\d+(,\d+)?$/.test(t) && !/^0\d/.test(t) ? Number(t.replace(",", ".")) : text;
}

export function useGrid({ book, lang }: GridProps): GridState {
  useSyncExternalStore(book.subscribe, book.getVersion);
  const [editing, setEditing] = useState<{ row: number; column: number; text: string } | null>(null);
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
          address: cellRef(r, c),
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
    letters: Array.from({ length: width }, (_, c) => columnLetters(c)),
    rows,
    note: total > to - from + 1 ? t("demoRowsShown", lang, { from: String(from), to: String(to), rows: total }) : null,
    editing,
    onSheet: (name) => {
      setEditing(null);
      book.activate(name);
    },
    onSelect: (row, column) => book.select({ sheet: book.activeSheet, row, column }),
    onEdit: (row, column) => {
      book.select({ sheet: book.activeSheet, row, column });
      if (!book.editable) return;
      const cell = sheet?.cells[row - 1]?.[column] ?? null;
      setEditing({ row, column, text: cell ? cellText(cell.value, cell.format, lang) : "" });
    },
    onEditText: (text) => setEditing((e) => (e ? { ...e, text } : e)),
    onCommit: () => {
      if (!editing) return;
      book.edit(book.activeSheet, cellRef(editing.row, editing.column), typedValue(editing.text));
      setEditing(null);
      book.select({ sheet: book.activeSheet, row: editing.row + 1, column: editing.column });
    },
    onCancel: () => setEditing(null),
    onKey: (key) => {
      const at = sel ?? { row: 1, column: 0 };
      const move: Readonly<Record<string, [number, number]>> = {
        ArrowUp: [-1, 0],
        ArrowDown: [1, 0],
        ArrowLeft: [0, -1],
        ArrowRight: [0, 1],
      };
      const d = move[key];
      if (d) {
        const row = Math.min(Math.max(1, at.row + d[0]), Math.max(1, total));
        const column = Math.min(Math.max(0, at.column + d[1]), Math.max(0, width - 1));
        book.select({ sheet: book.activeSheet, row, column });
        return true;
      }
      if ((key === "Enter" || key === "F2") && sel && book.editable) {
        const cell = sheet?.cells[sel.row - 1]?.[sel.column] ?? null;
        setEditing({ row: sel.row, column: sel.column, text: cell ? cellText(cell.value, cell.format, lang) : "" });
        return true;
      }
      return false;
    },
  };
}
