/**
 * The demo's adapter: the in-memory workbook, and file specs (the example, the fill-in sheets)
 * turned into its sheets. The one place a host may reach the memory adapter.
 */
import type { CellValue } from "../../domain/model";
import type { CellFormat } from "../../workbook/port";
import type { GridSheet, MemorySheetSpec, MemoryWorkbookSpec } from "../../workbook/memory/types";
import { cellRef } from "../../workbook/sheet/a1";
import type { NewCell, NewSheet, NewWorkbookSpec } from "../../workbook/sheet/spec";
import { isoToSerial } from "../../workbook/sheet/dates";

export { MemoryWorkbook } from "../../workbook/memory";
export type { GridSheet, MemorySheetSpec, MemoryWorkbookSpec } from "../../workbook/memory/types";

interface Converted {
  value: CellValue;
  format?: CellFormat;
  formula?: string;
}

/** A1 of a cell of a row-major grid (`rows[r][c]`: Excel row r + 1). */
const address = (r: number, c: number): string => cellRef(r + 1, c);

function convert(cell: NewCell): Converted {
  if (cell === null || cell === undefined) return { value: null };
  if (typeof cell !== "object") return { value: cell };
  switch (cell.kind) {
    case "value":
      return { value: cell.value, ...(cell.format ? { format: cell.format } : {}) };
    case "date": {
      const serial = typeof cell.value === "number" ? cell.value : isoToSerial(cell.value);
      return serial === null ? { value: String(cell.value) } : { value: serial, format: cell.format ?? "date" };
    }
    case "formula": {
      const f = cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`;
      const cached = cell.cached === undefined ? null : cell.cached;
      return { value: cached, formula: f, ...(cell.format ? { format: cell.format } : {}) };
    }
  }
}

/** A file spec's sheet as an in-memory sheet spec (values, formats, formulas, tables, hidden). */
export function memorySheet(sheet: NewSheet): MemorySheetSpec {
  const formats: Record<string, CellFormat> = {};
  const formulas: Record<string, string> = {};
  const rows = (sheet.rows ?? []).map((row, r) =>
    row.map((cell, c) => {
      const x = convert(cell);
      if (x.format) formats[address(r, c)] = x.format;
      if (x.formula) formulas[address(r, c)] = x.formula;
      return x.value;
    }),
  );
  return {
    name: sheet.name,
    rows,
    tables: (sheet.tables ?? []).map((t) => ({ name: t.name, ref: t.range })),
    ...(sheet.hidden ? { hidden: true } : {}),
    formats,
    formulas,
  };
}

/** A file spec as an in-memory workbook spec (its sheets). */
export const memoryWorkbookSpec = (spec: NewWorkbookSpec): MemoryWorkbookSpec => ({
  sheets: spec.sheets.map(memorySheet),
});

/** A grid view back to a sheet spec (to rebuild the in-memory workbook with sheets added). */
export function gridToSpec(g: GridSheet): MemorySheetSpec {
  const formats: Record<string, CellFormat> = {};
  const formulas: Record<string, string> = {};
  const rows = g.cells.map((row, r) =>
    row.map((cell, c) => {
      if (!cell) return null;
      if (cell.format) formats[address(r, c)] = cell.format;
      if (cell.formula) formulas[address(r, c)] = cell.formula;
      return cell.value;
    }),
  );
  return {
    name: g.name,
    rows,
    tables: g.tables.map((t) => ({ name: t.name, ref: t.ref })),
    ...(g.hidden ? { hidden: g.hidden === "veryHidden" ? "veryHidden" : true } : {}),
    hiddenRows: g.hiddenRows,
    merges: g.merges,
    formats,
    formulas,
  };
}
