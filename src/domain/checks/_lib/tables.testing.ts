/** Test helpers: bound tables from plain rows (test-only; never imported by code). */
import type { BoundColumn, BoundTable, CellValue, Role } from "../../model";
import { ROLE_SPECS } from "../../model";

export type Row = Readonly<Record<string, CellValue>>;

/**
 * A bound table from rows keyed by field id. Headers are the Danish defaults unless `headers`
 * renames some (as a house's own workbook would); fields come from `fields` or the rows.
 */
export function bound(
  role: Role,
  rows: readonly Row[],
  opts: {
    fields?: readonly string[];
    headers?: Readonly<Record<string, string>>;
    firstRow?: number;
    sheet?: string;
  } = {},
): BoundTable {
  const fields = opts.fields ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const columns: Record<string, BoundColumn> = {};
  fields.forEach((field, k) => {
    const header = opts.headers?.[field] ?? ROLE_SPECS[role].fields.find((f) => f.id === field)?.header ?? field;
    columns[field] = { field, header, sheetColumn: k, values: rows.map((r) => r[field] ?? null) };
  });
  return {
    role,
    sheet: opts.sheet ?? ROLE_SPECS[role].sheetName,
    table: ROLE_SPECS[role].tableName,
    firstRow: opts.firstRow ?? 2,
    rowCount: rows.length,
    columns,
  };
}

/** A complete, valid course row (rammeaftale 2024–27 §9 fields filled in). */
export const course = (over: Row = {}): Row => ({
  cvr: "12345674",
  pnummer: "1012345678",
  virksomhed: "Test ApS",
  segment: "vækst",
  forloebstype: "Vækstforløb",
  tema: "Eksport",
  startdato: "2025-03-04",
  slutdato: "2025-04-01",
  timer: 2,
  kommune: "Køge",
  henvistTil: "EIFO",
  sendtTilEvaluering: "nej",
  ledelsesvurdering: "nej",
  ...over,
});

/** Deep-freeze test input to prove it is not mutated. */
export function deepFreeze<T>(x: T): T {
  if (typeof x === "object" && x !== null) {
    for (const v of Object.values(x)) deepFreeze(v);
    Object.freeze(x);
  }
  return x;
}
