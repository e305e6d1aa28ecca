/** Test helpers for authoring: workbook data from plain rows, valid CVR numbers, sheet edits. */
import type { BoundColumn, BoundTable, CellValue, Role, WorkbookData } from "../../model";
import { ROLE_SPECS } from "../../model";

export type Row = Readonly<Record<string, CellValue>>;

/** A bound table from rows keyed by field id, with the Danish headers of a fill-in workbook. */
export function table(role: Role, rows: readonly Row[]): BoundTable {
  const fields = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const columns: Record<string, BoundColumn> = {};
  fields.forEach((field, k) => {
    const header = ROLE_SPECS[role].fields.find((f) => f.id === field)?.header ?? field;
    columns[field] = { field, header, sheetColumn: k, values: rows.map((r) => r[field] ?? null) };
  });
  return {
    role,
    sheet: ROLE_SPECS[role].sheetName,
    table: ROLE_SPECS[role].tableName,
    firstRow: 2,
    rowCount: rows.length,
    columns,
  };
}

export const workbook = (tables: Partial<Record<Role, readonly Row[]>>): WorkbookData =>
  Object.fromEntries(Object.entries(tables).map(([role, rows]) => [role, table(role as Role, rows ?? [])]));

/** A CVR number with a valid modulus-11 check digit, from a 7-digit stem. */
export function cvr(stem: number): string {
  const w = [2, 7, 6, 5, 4, 3, 2];
  for (let s = stem; ; s++) {
    const d = String(s).padStart(7, "0").slice(-7);
    const sum = [...d].reduce((a, c, i) => a + Number(c) * (w[i] as number), 0);
    const check = (11 - (sum % 11)) % 11;
    if (check < 10 && d[0] !== "0") return d + String(check);
  }
}

/** Index of the row whose cells in columns `a` and `b` (by header) hold the given values. */
export function findRow(
  rows: readonly (readonly CellValue[])[],
  header: number,
  match: Record<string, string | null>,
): number {
  const cols = Object.fromEntries(Object.keys(match).map((h) => [h, (rows[header] ?? []).indexOf(h)]));
  const i = rows.findIndex(
    (r, k) =>
      k > header &&
      Object.entries(match).every(([h, v]) => {
        const cell = r[cols[h] as number];
        return v === null ? cell === null || cell === undefined || cell === "" : String(cell) === v;
      }),
  );
  if (i < 0) throw new Error(`no row ${JSON.stringify(match)}`);
  return i;
}

/** The header row of the goal table. */
export const goalHeader = (rows: readonly (readonly CellValue[])[]): number =>
  rows.findIndex((r) => r[0] === "Mål" && r.includes("Indikator"));

/** Set a cell by column header, padding the row as needed. */
export function setCell(rows: CellValue[][], header: number, index: number, column: string, value: CellValue): void {
  const col = (rows[header] ?? []).indexOf(column);
  if (col < 0) throw new Error(`no column ${column}`);
  const row = rows[index] ?? [];
  while (row.length <= col) row.push(null);
  row[col] = value;
  rows[index] = row;
}

/** A goal-table row from cells by header. */
export function goalTableRow(
  rows: readonly (readonly CellValue[])[],
  header: number,
  cells: Record<string, CellValue>,
): CellValue[] {
  const head = rows[header] ?? [];
  return head.map((h) => (typeof h === "string" && h in cells ? (cells[h] as CellValue) : null));
}

/** Insert rows after the last row of the goal table (before the sections). */
export function appendGoalRows(rows: CellValue[][], header: number, added: CellValue[][]): void {
  let end = header + 1;
  while (end < rows.length && (rows[end] ?? []).some((v) => v !== null && v !== "")) end++;
  rows.splice(end, 0, ...added);
}
