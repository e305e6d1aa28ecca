/**
 * The task pane's evaluate-and-write path on the ui engineer's fake Excel, which keeps
 * Office.js's batching rules and measures every request: bind and read the tables through the
 * Office adapter, evaluate, then write the status sheet, the Kontrol columns and the highlights.
 * Excel on the web's 5 MB payload limit is on, so a request the adapter sizes wrongly is refused
 * (and retried) as it would be in Excel.
 */
import { loadContractData } from "../../src/app/load";
import { runEvaluation } from "../../src/app/evaluate";
import { planWrite } from "../../src/app/plan-write";
import { ROLE_SPECS, ROLES, type CellValue, type WorkbookData } from "../../src/domain/model";
import { OfficeWorkbook } from "../../src/workbook/office";
import { SETTINGS_KEY } from "../../src/workbook/office/ownership";
import { fakeFromSpec, type FakeSpec } from "../../src/workbook/office/testing/fake-excel";
import { columnLetters } from "../../src/workbook/sheet/a1";
import { benchContract } from "../contract";
import { generateData } from "../gen";
import { gc, mb, round } from "../stats";

/** The generated tables as sheets with Excel tables, as a house's workbook would hold them. */
function specOf(data: WorkbookData): FakeSpec {
  return {
    sheets: ROLES.flatMap((role) => {
      const t = data[role];
      if (!t) return [];
      const spec = ROLE_SPECS[role];
      const cols = spec.fields.map((f) => t.columns[f.id]?.values ?? []);
      const rows: CellValue[][] = [spec.fields.map((f) => f.header)];
      for (let i = 0; i < t.rowCount; i++) rows.push(cols.map((c) => c[i] ?? null));
      return [
        {
          name: spec.sheetName,
          rows,
          tables: [{ name: spec.tableName, ref: `A1:${columnLetters(spec.fields.length - 1)}${t.rowCount + 1}` }],
        },
      ];
    }),
  };
}

export interface OfficeResult {
  readonly rows: number;
  readonly syncs: number;
  readonly read_syncs: number;
  readonly write_syncs: number;
  /** Largest request or response JSON, as the fake Excel measured it. */
  readonly max_request_bytes: number;
  readonly max_response_bytes: number;
  readonly refused: number;
  /** Per sync: [cells (adapter), request bytes, response bytes (fake Excel)]. */
  readonly per_request: readonly (readonly (number | null)[])[];
  readonly cells: number;
  /** Most cells in one request: the chunk. */
  readonly chunk_cells: number;
  /** ⌈cells / chunk⌉ + 4. */
  readonly sync_limit: number;
  readonly read_ms: number;
  readonly write_ms: number;
  readonly peak_rss_mb: number;
}

export async function officeWorker(rows: number): Promise<OfficeResult> {
  const contract = benchContract();
  const data = generateData(contract, rows);
  const book = fakeFromSpec(specOf(data), SETTINGS_KEY);
  book.payloadLimit = 5 * 1024 * 1024;
  gc();
  const port = new OfficeWorkbook(book.run, { dataValidation: true, suspendScreenUpdating: true, specialCells: true });

  const t0 = performance.now();
  const loaded = await loadContractData(port, contract);
  const readMs = performance.now() - t0;
  const readSyncs = book.syncs;
  const result = runEvaluation(contract, loaded.data, {}, loaded.findings);
  const plan = planWrite({ contract, result, data: loaded.data, lang: "da", sources: loaded.sources });
  const t1 = performance.now();
  await port.apply(plan);
  const writeMs = performance.now() - t1;

  // Bytes as the fake Excel measured them; cells as the adapter accounted them (the fake counts
  // only written cells).
  const requests = book.requests;
  const cells = port.meter.requests.reduce((a, r) => a + r.cells, 0);
  const chunk = port.meter.maxCells;
  return {
    rows,
    syncs: book.syncs,
    read_syncs: readSyncs,
    write_syncs: book.syncs - readSyncs,
    max_request_bytes: requests.reduce((m, r) => Math.max(m, r.requestBytes, r.responseBytes), 0),
    max_response_bytes: requests.reduce((m, r) => Math.max(m, r.responseBytes), 0),
    refused: requests.filter((r) => r.refused).length,
    per_request: port.meter.requests.map((r, i) => [
      r.cells,
      requests[i]?.requestBytes ?? null,
      requests[i]?.responseBytes ?? null,
    ]),
    cells,
    chunk_cells: chunk,
    sync_limit: chunk > 0 ? Math.ceil(cells / chunk) + 4 : 4,
    read_ms: round(readMs, 0),
    write_ms: round(writeMs, 0),
    peak_rss_mb: mb(process.resourceUsage().maxRSS * 1024),
  };
}
