/** Test helpers: build checked tables from plain rows (used by engine and app tests). */
import type { CleanTable, TypedValue } from "../clean";
import type { Role } from "../model";

export function cleanTable(
  role: Role,
  rows: readonly Readonly<Record<string, TypedValue>>[],
  fields?: readonly string[],
): CleanTable {
  const names = fields ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const columns: Record<string, TypedValue[]> = {};
  for (const f of names) columns[f] = rows.map((r) => r[f] ?? null);
  return {
    role,
    sheet: role,
    table: role,
    firstRow: 2,
    rowCount: rows.length,
    fields: new Set(names),
    headers: Object.fromEntries(names.map((n) => [n, n])),
    columns,
    blank: rows.map((r) => Object.values(r).every((v) => v === null || v === "")),
  };
}

/** `n` copies of a row. */
export const times = <T>(n: number, row: T): T[] => Array.from({ length: n }, () => row);
