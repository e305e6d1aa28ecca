/**
 * The Office.js adapter of the workbook port. Every method is one `Excel.run` batch made of a
 * few requests; the meter records each sync and what it carried.
 */
import type {
  CleanReport,
  ProgressOptions,
  ReadResult,
  SourceInfo,
  StatusSheetPlan,
  WorkbookPort,
  WritePlan,
  WriteReport,
} from "../port";
import type { NewSheet } from "../xlsx/create/types";
import { cleanOwned, loadOwned } from "./clean";
import type { XlFeatures, XlRun } from "./excel-api";
import { insertSheets, type InsertReport } from "./fill-in";
import { DEFAULT_BUDGET, type ChunkBudget } from "./limits";
import { OfficeMeter } from "./meter";
import { SETTINGS_KEY } from "./ownership";
import { readColumns } from "./read";
import { listSources, type OfficeSourceInfo } from "./sources";
import { writeUserSheet } from "./user-sheet";
import { applyPlan } from "./write";

export { OfficeMeter } from "./meter";
export type { OfficeSourceInfo } from "./sources";
export type { InsertReport } from "./fill-in";
export type { XlContext, XlFeatures, XlRun } from "./excel-api";

/** Settings are meant to be small; Office keeps all of them in the document. */
export const MAX_SETTINGS_BYTES = 256 * 1024;

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
    return this.run((ctx) => listSources(ctx, this.meter));
  }

  readColumns(source: SourceInfo, columns: readonly number[], options?: ProgressOptions): Promise<ReadResult> {
    return this.run((ctx) => readColumns(ctx, this.meter, source, columns, options, this.budget));
  }

  apply(plan: WritePlan, options?: ProgressOptions & { readonly force?: boolean }): Promise<WriteReport> {
    return this.run((context) =>
      applyPlan({ context, meter: this.meter, features: this.features, budget: this.budget }, plan, options),
    );
  }

  clean(options?: ProgressOptions): Promise<CleanReport> {
    return this.run(async (ctx) => cleanOwned(ctx, this.meter, await loadOwned(ctx, this.meter), options));
  }

  writeUserSheet(
    sheet: StatusSheetPlan,
    options?: ProgressOptions & { readonly force?: boolean },
  ): Promise<WriteReport> {
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
    return this.run((ctx) => insertSheets(ctx, this.meter, this.features, sheets, options));
  }
}

/** The adapter on the real Excel, with the optional API sets the host reports. */
export function officeWorkbook(): OfficeWorkbook {
  const supported = (version: string): boolean => Office.context.requirements.isSetSupported("ExcelApi", version);
  const run: XlRun = (batch) => Excel.run((context) => batch(context));
  return new OfficeWorkbook(run, { dataValidation: supported("1.8"), suspendScreenUpdating: supported("1.9") });
}
