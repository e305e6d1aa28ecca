/**
 * The .xlsx the CLI benchmark reads: the generated data written by `createWorkbook` as the
 * fill-in workbook of the contract (Danish headers, Excel tables, data validation), dates as
 * dates, so the CLI binds it by its headers exactly as it would a house's own file.
 */
import { writeFileSync } from "node:fs";
import { ROLE_SPECS, ROLES, isCellError, type CellValue, type WorkbookData } from "../../src/domain/model";
import { contractWorkbookSpec, type RowInput } from "../../src/app/workbook-spec";
import { createWorkbook } from "../../src/workbook/xlsx/create";
import type { NewCell } from "../../src/workbook/xlsx/create/types";
import type { Role } from "../../src/domain/model";
import { benchContract } from "../contract";
import { generateData } from "../gen";
import { gc, mb, round } from "../stats";

const cellOf = (v: CellValue | undefined, isDate: boolean): NewCell => {
  if (v === undefined || v === null) return null;
  if (isCellError(v)) return { kind: "formula", formula: "NA()", cached: v.error };
  if (isDate && typeof v === "number") return { kind: "date", value: v };
  return v;
};

function rowsOf(data: WorkbookData, role: Role): RowInput[] {
  const t = data[role];
  if (!t) return [];
  const fields = ROLE_SPECS[role].fields;
  const out: RowInput[] = [];
  for (let i = 0; i < t.rowCount; i++) {
    const row: Record<string, NewCell> = {};
    for (const f of fields) row[f.id] = cellOf(t.columns[f.id]?.values[i], f.type === "date");
    out.push(row);
  }
  return out;
}

export interface XlsxResult {
  readonly rows: number;
  readonly file_mb: number;
  readonly write_ms: number;
  readonly peak_rss_mb: number;
}

export function xlsxWorker(rows: number, out: string): XlsxResult {
  const contract = benchContract();
  const data = generateData(contract, rows);
  const t0 = performance.now();
  const tables = Object.fromEntries(ROLES.map((r) => [r, rowsOf(data, r)]));
  const spec = contractWorkbookSpec(contract, { rows: tables, validationRows: 10, title: `Benchmark ${rows}` });
  gc();
  const bytes = createWorkbook(spec);
  writeFileSync(out, bytes);
  return {
    rows,
    file_mb: mb(bytes.byteLength),
    write_ms: round(performance.now() - t0, 0),
    peak_rss_mb: mb(process.resourceUsage().maxRSS * 1024),
  };
}
