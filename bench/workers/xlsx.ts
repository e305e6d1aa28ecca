/**
 * The .xlsx the CLI benchmark reads: the generated data written by `createWorkbook` as the
 * fill-in workbook of the contract (Danish headers, Excel tables, data validation), dates as
 * dates, so the CLI binds it by its headers exactly as it would a house's own file.
 */
import { writeFileSync } from "node:fs";
import { ROLE_SPECS, ROLES, isCellError, type CellValue, type WorkbookData } from "../../src/domain/model";
import { contractWorkbookSpec, type RowInput } from "../../src/app/workbook-spec";
import { createWorkbook } from "../../src/workbook/xlsx/create";
import type { NewCell } from "../../src/workbook/sheet/spec";
import type { Role } from "../../src/domain/model";
import { benchContract } from "../contract";
import { generateData } from "../gen";
import { gc, mb, round } from "../stats";
import { writeBigXlsx } from "./xlsx-big";

/**
 * Above this many rows createWorkbook cannot build the Forløb sheet: it makes the sheet XML one
 * string, and V8 caps strings at about 512 MB (RangeError: Invalid string length at 1,048,575 rows).
 */
export const CREATE_WORKBOOK_MAX_ROWS = 500_000;

const cellOf = (v: CellValue | undefined, isDate: boolean): NewCell => {
  if (v === undefined || v === null) return null;
  if (isCellError(v)) return { kind: "formula", formula: "NA()", cached: v.error };
  if (isDate && typeof v === "number") return { kind: "date", value: v };
  return v;
};

function rowsOf(data: WorkbookData, role: Role, limit: number): RowInput[] {
  const t = data[role];
  if (!t) return [];
  const fields = ROLE_SPECS[role].fields;
  const out: RowInput[] = [];
  for (let i = 0; i < Math.min(t.rowCount, limit); i++) {
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
  readonly writer: string;
}

export function xlsxWorker(rows: number, out: string): XlsxResult {
  const contract = benchContract();
  const data = generateData(contract, rows);
  const t0 = performance.now();
  const streamed = rows > CREATE_WORKBOOK_MAX_ROWS;
  const sample = streamed ? 1000 : rows;
  const tables = Object.fromEntries(ROLES.map((r) => [r, rowsOf(data, r, sample)]));
  const spec = contractWorkbookSpec(contract, { rows: tables, validationRows: 10, title: `Benchmark ${rows}` });
  gc();
  const bytes = createWorkbook(spec);
  const size = streamed ? writeBigXlsx(bytes, data, out) : (writeFileSync(out, bytes), bytes.byteLength);
  return {
    rows,
    file_mb: mb(size),
    write_ms: round(performance.now() - t0, 0),
    peak_rss_mb: mb(process.resourceUsage().maxRSS * 1024),
    writer: streamed
      ? `createWorkbook for the first ${sample} rows, then every row streamed into its sheet (createWorkbook builds a sheet as one string, above V8's limit here)`
      : "createWorkbook",
  };
}
