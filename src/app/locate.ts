/** Where a finding sits in the sheet: its Excel row and the zero-based sheet column of its header. */
import type { Finding } from "../domain/findings";
import { ROLES, type WorkbookData } from "../domain/model";
import type { SourceInfo } from "../workbook/port";

export interface CellRef {
  readonly sheet: string;
  /** Excel row number. */
  readonly row: number;
  /** Zero-based sheet column. */
  readonly column: number;
}

export function cellOfFinding(
  f: Finding,
  data: WorkbookData | null,
  bind: { readonly sources: readonly SourceInfo[] } | null,
): CellRef | null {
  if (f.sheet === null || f.row === null) return null;
  const sameTable = (sheet: string, table: string | null): boolean => sheet === f.sheet && table === f.table;
  // The bound columns know their sheet column; the listing knows every header of the source.
  for (const role of ROLES) {
    const t = data?.[role];
    if (!t || !sameTable(t.sheet, t.table)) continue;
    const col = Object.values(t.columns).find((c) => c.header === f.column);
    if (col) return { sheet: f.sheet, row: f.row, column: col.sheetColumn };
  }
  const source = bind?.sources.find((s) => sameTable(s.sheet, s.table));
  if (source) {
    const i = f.column === null ? -1 : source.headers.indexOf(f.column);
    return { sheet: f.sheet, row: f.row, column: source.firstColumn + Math.max(0, i) };
  }
  return { sheet: f.sheet, row: f.row, column: 0 };
}
