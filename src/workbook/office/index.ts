/**
 * The Office.js adapter of the workbook port. Every method is one `Excel.run` batch made of a
 * few requests; the meter records each sync and what it carried.
 */
import type {
  CleanReport,
  ProgressOptions,
  ReadRequest,
  ReadResult,
  SourceInfo,
  StatusSheetPlan,
  WorkbookPort,
  WritePlan,
  WriteReport,
} from "../port";
import type { CellValue } from "../../domain/model";
import type { NewSheet } from "../sheet/spec";
import { cleanWorkbook } from "./clean";
import type { XlFeatures, XlRun } from "./excel-api";
import { insertSheets, type InsertReport } from "./fill-in";
import { DEFAULT_BUDGET, type ChunkBudget } from "./limits";
import { OfficeMeter, throwIfAborted } from "./meter";
import { SETTINGS_KEY } from "./ownership";
import { readMany } from "./read";
import { listSources, prefetchKey, type Learned, type OfficeSourceInfo, type Prefetched } from "./sources";
import { writeUserSheet } from "./user-sheet";
import { applyPlan } from "./write";

export { OfficeMeter } from "./meter";
export type { OfficeSourceInfo } from "./sources";
export type { InsertReport } from "./fill-in";
export type { XlContext, XlFeatures, XlRun } from "./excel-api";

/** Settings are meant to be small; Office keeps all of them in the document. */
export const MAX_SETTINGS_BYTES = 256 * 1024;

/** How long after the listing (or the last read) its small tables may stand in for reading them. */
const PREFETCH_FRESH_MS = 10_000;

export class SettingsTooLargeError extends Error {
  constructor(readonly bytes: number) {
    super(`settings of ${bytes} bytes exceed ${MAX_SETTINGS_BYTES}`);
    this.name = "SettingsTooLargeError";
  }
}

export class OfficeWorkbook implements WorkbookPort {
  readonly meter = new OfficeMeter();

  /** Each batch runs on a context whose syncs the meter records. */
  private readonly run: XlRun;

  constructor(
    run: XlRun,
    readonly features: XlFeatures,
    private readonly budget: ChunkBudget = DEFAULT_BUDGET,
  ) {
    this.run = (batch) => run((context) => batch(this.meter.wrap(context)));
  }

  listSources(): Promise<readonly OfficeSourceInfo[]> {
    const learned: Learned = { tables: new Map(), bytesPerCell: new Map(), valueBytesPerCell: new Map() };
    this.prefetched = null;
    this.bytesPerCell = this.features.specialCells ? learned.valueBytesPerCell : learned.bytesPerCell;
    // Fresh from when the listing is done (on a big sheet the listing itself takes a while).
    return this.run((ctx) => listSources(ctx, this.meter, learned)).then((sources) => {
      this.prefetched = { at: Date.now(), tables: learned.tables };
      return sources;
    });
  }

  readColumns(source: SourceInfo, columns: readonly number[], options?: ProgressOptions): Promise<ReadResult> {
    return this.readMany([{ source, columns }], options).then((r) => r[0]!);
  }

  /**
   * Several sources read together: the listing's small tables are handed out as they are, the
   * rest share requests (one table's last rows travel with the next table's first).
   */
  async readMany(requests: readonly ReadRequest[], options?: ProgressOptions): Promise<ReadResult[]> {
    throwIfAborted(options?.signal);
    const results: (ReadResult | null)[] = requests.map(({ source, columns }) => {
      const body = this.takePrefetched(source);
      return body
        ? {
            columns: columns.map((c) => body.map((r) => (c >= 0 && c < source.headers.length ? (r[c] ?? null) : null))),
          }
        : null;
    });
    const rest = requests.flatMap((r, i) =>
      results[i] ? [] : [{ ...r, index: i, bytesPerCell: this.bytesPerCell.get(r.source.sheet) }],
    );
    const total = requests.reduce((a, r) => a + Math.max(0, r.source.rowCount), 0);
    const served = total - rest.reduce((a, r) => a + Math.max(0, r.source.rowCount), 0);
    if (rest.length === 0) {
      options?.onProgress?.(total, total);
      return results as ReadResult[];
    }
    const read = this.run((ctx) =>
      readMany(
        ctx,
        this.meter,
        rest,
        {
          ...(options?.signal ? { signal: options.signal } : {}),
          onProgress: (done) => options?.onProgress?.(served + done, total),
        },
        { budget: this.budget, specialCells: this.features.specialCells === true },
      ),
    );
    // Reads that follow one another keep the listing's small tables fresh (a big one takes minutes).
    return read.then((got) => {
      if (this.prefetched) this.prefetched = { ...this.prefetched, at: Date.now() };
      rest.forEach((r, k) => (results[r.index] = got[k]!));
      return results as ReadResult[];
    });
  }

  /** A first guess of each sheet's cell size, from the top rows the last listing read. */
  private bytesPerCell = new Map<string, number>();

  /**
   * Small tables read with the last listing: each is handed out once, only to the reads that
   * follow the listing (each within seconds of the one before, before anything is written).
   */
  private prefetched: { readonly at: number; readonly tables: Prefetched } | null = null;

  private takePrefetched(source: SourceInfo): readonly (readonly CellValue[])[] | undefined {
    const p = this.prefetched;
    if (!p) return undefined;
    if (Date.now() - p.at > PREFETCH_FRESH_MS) {
      this.prefetched = null;
      return undefined;
    }
    const key = prefetchKey(source);
    const body = p.tables.get(key);
    p.tables.delete(key);
    return body;
  }

  apply(plan: WritePlan, options?: ProgressOptions & { readonly force?: boolean }): Promise<WriteReport> {
    this.prefetched = null;
    return this.run((context) =>
      applyPlan({ context, meter: this.meter, features: this.features, budget: this.budget }, plan, options),
    );
  }

  clean(options?: ProgressOptions): Promise<CleanReport> {
    this.prefetched = null;
    return this.run((context) => cleanWorkbook({ context, meter: this.meter, budget: this.budget }, options));
  }

  writeUserSheet(
    sheet: StatusSheetPlan,
    options?: ProgressOptions & { readonly force?: boolean },
  ): Promise<WriteReport> {
    this.prefetched = null;
    return this.run((context) => writeUserSheet({ context, meter: this.meter, budget: this.budget }, sheet, options));
  }

  loadSettings(): Promise<string | null> {
    return this.run(async (context) => {
      const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
      item.load("value");
      this.meter.add(0, 200);
      await context.sync();
      return item.isNullObject || typeof item.value !== "string" ? null : item.value;
    });
  }

  saveSettings(json: string): Promise<void> {
    const bytes = new TextEncoder().encode(json).length;
    if (bytes > MAX_SETTINGS_BYTES) return Promise.reject(new SettingsTooLargeError(bytes));
    return this.run(async (context) => {
      context.workbook.settings.add(SETTINGS_KEY, json);
      this.meter.add(0, bytes);
      await context.sync();
    });
  }

  /** Show a cell to the user: activate its sheet and select it. Row is Excel's, column zero-based. */
  selectCell(sheet: string, row: number, column: number): Promise<void> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRangeByIndexes(Math.max(0, row - 1), Math.max(0, column), 1, 1).select();
      this.meter.add(1, 200);
      await context.sync();
    });
  }

  /** Insert fill-in sheets (tables, formats, validation); existing sheets are left alone. */
  insertSheets(sheets: readonly NewSheet[], options?: ProgressOptions): Promise<InsertReport> {
    this.prefetched = null;
    return this.run((ctx) => insertSheets(ctx, this.meter, this.features, sheets, options));
  }
}

/** The adapter on the real Excel, with the optional API sets the host reports. */
export function officeWorkbook(): OfficeWorkbook {
  const supported = (version: string): boolean => Office.context.requirements.isSetSupported("ExcelApi", version);
  const run: XlRun = (batch) => Excel.run((context) => batch(context));
  const v19 = supported("1.9");
  return new OfficeWorkbook(run, { dataValidation: supported("1.8"), suspendScreenUpdating: v19, specialCells: v19 });
}
