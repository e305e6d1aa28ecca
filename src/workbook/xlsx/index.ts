/**
 * The .xlsx adapter of the workbook port. Reading streams: the file stays compressed in memory
 * and each sheet is inflated and SAX-parsed chunk by chunk, keeping only requested columns.
 * Writing edits the OOXML package itself (the writer's `applyPlanToPackage`/`cleanPackage`), so
 * everything Kontrakttjek does not target survives byte for byte.
 *
 * Values: dates stay serial numbers (1900 date system; a 1904-system workbook's date-formatted
 * cells are shifted to it), numbers stored as text stay text, `#N/A` and friends are
 * `{ error }`, formulas give their cached value (none cached → blank), blank and "" are null.
 * Settings live in a custom XML part (see `read/settings.ts`).
 */
import type { CellValue } from "../../domain/model";
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
import { readOneByOne } from "../read-bound";
import { SourceNotFoundError } from "../sheet/errors";
import { readOwnedInfo } from "./read/marks";
import { packageParts, zipParts, type PartSource } from "./read/parts";
import { MAX_COLUMNS } from "../sheet/a1";
import {
  decodeSettingsXml,
  findSettingsPart,
  readOfficeSettings,
  withOfficeSettings,
  withSettings,
} from "./read/settings";
import { readSharedStrings } from "./read/shared-strings";
import { readSheet, type SheetContext } from "./read/sheet";
import { scanSheetSources, type XlsxSourceInfo } from "./read/sources";
import { readDateStyles } from "./read/styles";
import { readSheetTables, type TableInfo } from "./read/tables";
import { readWorkbookInfo, strictRefusal, type SheetEntry, type WorkbookInfo } from "./read/workbook";
import { applyPlanToPackage, cleanPackage, writeUserSheetToPackage } from "./write";
import type { PresentCell } from "../user-sheet";
import { openZip, readPackage, writePackage, DEFAULT_ZIP_LIMITS, type XlsxPackage, type ZipLimits } from "./zip";

export { NotSupportedError, SourceNotFoundError } from "../sheet/errors";
export { XlsxFileError, type XlsxFileErrorReason, type XlsxPackage, type ZipLimits } from "./zip";
export type { XlsxSourceInfo } from "./read/sources";
export type { SheetState, WorkbookInfo } from "./read/workbook";
export { SETTINGS_NAMESPACE, SETTINGS_PART } from "./read/settings";

export interface XlsxOpenOptions {
  readonly limits?: Partial<ZipLimits>;
}

/** `readColumns` result with what only a file knows. */
export interface XlsxReadResult extends ReadResult {
  /** Per requested column: are most of its numbers formatted as dates (values stay serials)? */
  readonly dateColumns: readonly boolean[];
}

/** Lets a long synchronous parse breathe: abort checks, progress, and a turn of the event loop. */
const pace = async (options: ProgressOptions, done: number, total: number): Promise<void> => {
  options.signal?.throwIfAborted();
  options.onProgress?.(Math.max(0, Math.min(done, total)), total);
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
};

export class XlsxWorkbook implements WorkbookPort {
  private parts: PartSource;
  /** The whole package, once something was written; until then reads go to the zip. */
  private pkg: XlsxPackage | null = null;
  private wb: WorkbookInfo;
  private ctx: Promise<SheetContext> | null = null;
  private readonly tables = new Map<string, TableInfo[]>();
  private sources: Promise<XlsxSourceInfo[]> | null = null;

  private constructor(
    private readonly original: Uint8Array,
    private readonly limits: ZipLimits,
  ) {
    this.parts = zipParts(openZip(original, limits));
    this.wb = readWorkbookInfo(this.parts);
  }

  /** Opens a workbook from bytes; throws `XlsxFileError` (with a reason) when it cannot. */
  static open(bytes: Uint8Array, options: XlsxOpenOptions = {}): XlsxWorkbook {
    return new XlsxWorkbook(bytes, { ...DEFAULT_ZIP_LIMITS, ...options.limits });
  }

  /** Opens a workbook file (Node only). */
  static async openFile(path: string, options: XlsxOpenOptions = {}): Promise<XlsxWorkbook> {
    const { readFile } = await import("node:fs/promises");
    return XlsxWorkbook.open(new Uint8Array(await readFile(path)), options);
  }

  /** Sheets (in workbook order, with visibility), defined names, and the date system. */
  get info(): WorkbookInfo {
    return this.wb;
  }

  sheetNames(): string[] {
    return this.wb.sheets.map((s) => s.name);
  }

  async listSources(options: ProgressOptions = {}): Promise<readonly SourceInfo[]> {
    options.signal?.throwIfAborted();
    this.sources ??= this.scanSources(options).catch((e: unknown) => {
      this.sources = null;
      throw e;
    });
    return this.sources;
  }

  private async scanSources(options: ProgressOptions): Promise<XlsxSourceInfo[]> {
    const ctx = await this.context();
    const owned = readOwnedInfo(this.parts, this.wb.workbookRels);
    const found: XlsxSourceInfo[] = [];
    const sheets = this.wb.sheets;
    for (let i = 0; i < sheets.length; i++) {
      const sheet = sheets[i] as SheetEntry;
      await pace(options, i, sheets.length);
      const between = (): Promise<void> => pace(options, i, sheets.length);
      found.push(...(await scanSheetSources(this.parts, sheet, this.sheetTables(sheet), ctx, owned, between)));
    }
    options.onProgress?.(sheets.length, sheets.length);
    // Excel tables first, then plain ranges; each group in sheet order.
    return [...found.filter((s) => s.table !== null), ...found.filter((s) => s.table === null)];
  }

  /** One source after another (a file or memory has no round trips to save). */
  readMany(requests: readonly ReadRequest[], options: ProgressOptions = {}): Promise<ReadResult[]> {
    return readOneByOne(this, requests, options);
  }

  async readColumns(
    source: SourceInfo,
    columns: readonly number[],
    options: ProgressOptions = {},
  ): Promise<XlsxReadResult> {
    options.signal?.throwIfAborted();
    const sheet = this.sheet(source.sheet);
    const total = Math.max(0, source.rowCount);
    const out: CellValue[][] = columns.map(() => new Array<CellValue>(total).fill(null));
    const numbers = new Array<number>(columns.length).fill(0);
    const dates = new Array<number>(columns.length).fill(0);
    const hiddenRows: number[] = [];
    // Sheet column → positions in the request (a column may be asked for twice).
    const targets = new Map<number, number[]>();
    const wanted = new Uint8Array(MAX_COLUMNS);
    columns.forEach((c, i) => {
      if (!Number.isInteger(c) || c < 0 || c >= source.headers.length) return;
      const col = source.firstColumn + c;
      if (col >= MAX_COLUMNS) return;
      wanted[col] = 1;
      targets.set(col, [...(targets.get(col) ?? []), i]);
    });
    if (total > 0 && targets.size > 0) {
      const first = source.headerRow + 1;
      await readSheet(this.parts, sheet.part, await this.context(), {
        columns: wanted,
        fromRow: first,
        toRow: source.headerRow + total,
        onCell: (row, column, value, isDate) => {
          for (const i of targets.get(column) ?? []) {
            (out[i] as CellValue[])[row - first] = value;
            if (typeof value === "number") {
              numbers[i] = (numbers[i] as number) + 1;
              if (isDate) dates[i] = (dates[i] as number) + 1;
            }
          }
        },
        onHiddenRow: (row) => void hiddenRows.push(row),
        between: (row) => pace(options, row - source.headerRow, total),
      });
    }
    options.onProgress?.(total, total);
    return {
      columns: out,
      hiddenRows,
      dateColumns: columns.map(
        (_, i) => (dates[i] as number) > 0 && (dates[i] as number) * 2 >= (numbers[i] as number),
      ),
    };
  }

  /** Settings from the task pane's copy when present (it is the one Excel keeps), else our custom XML part. */
  async loadSettings(): Promise<string | null> {
    const text = (n: string): string | undefined => this.parts.text(n);
    const office = readOfficeSettings(this.parts.names, text);
    if (office !== null) return office;
    const part = findSettingsPart(this.parts.names, text);
    return part === null ? null : decodeSettingsXml(this.parts.text(part) ?? "");
  }

  async saveSettings(json: string): Promise<void> {
    if (this.wb.strict) throw strictRefusal();
    this.replacePackage(withOfficeSettings(withSettings(this.materialize(), json), json));
  }

  /** Applies a plan by editing the package (see the writer); reads afterwards see the result. */
  async apply(plan: WritePlan, options: ProgressOptions & { readonly force?: boolean } = {}): Promise<WriteReport> {
    options.signal?.throwIfAborted();
    const { pkg, report } = this.editing(() =>
      applyPlanToPackage(this.materialize(), plan, { force: options.force === true }),
    );
    this.replacePackage(pkg);
    options.onProgress?.(1, 1);
    return report;
  }

  async clean(options: ProgressOptions = {}): Promise<CleanReport> {
    options.signal?.throwIfAborted();
    const { pkg, report } = this.editing(() => cleanPackage(this.materialize()));
    this.replacePackage(pkg);
    options.onProgress?.(1, 1);
    return report;
  }

  /** An edit that fails changes nothing, not even the bytes `toBytes` gives back. */
  private editing<T>(edit: () => T): T {
    if (this.wb.strict) throw strictRefusal();
    const untouched = this.pkg === null;
    try {
      return edit();
    } catch (e) {
      if (untouched) this.pkg = null;
      throw e;
    }
  }

  /** Writes a sheet the user owns (see the port); the sheet's current cells are read first to compare. */
  async writeUserSheet(
    plan: StatusSheetPlan,
    options: ProgressOptions & { readonly force?: boolean } = {},
  ): Promise<WriteReport> {
    options.signal?.throwIfAborted();
    const name = plan.name.toLowerCase();
    const sheet = this.wb.sheets.find((s) => s.name.toLowerCase() === name);
    const present: PresentCell[] = [];
    if (sheet) {
      await readSheet(this.parts, sheet.part, await this.context(), {
        onCell: (row, column, value) => void present.push({ row, column, value }),
        between: () => pace(options, 0, 1),
      });
    }
    const { pkg, report } = this.editing(() =>
      writeUserSheetToPackage(this.materialize(), plan, { force: options.force === true, present }),
    );
    this.replacePackage(pkg);
    options.onProgress?.(1, 1);
    return report;
  }

  /** The workbook as .xlsx bytes: the original bytes when nothing was changed. */
  toBytes(): Uint8Array {
    return this.pkg ? writePackage(this.pkg) : this.original;
  }

  /** The package in memory (inflating it on first use). */
  packageView(): XlsxPackage {
    return this.materialize();
  }

  private materialize(): XlsxPackage {
    this.pkg ??= readPackage(this.original, this.limits);
    return this.pkg;
  }

  /** Switches reads to a changed package and forgets everything derived from the old one. */
  private replacePackage(pkg: XlsxPackage): void {
    this.pkg = pkg;
    this.parts = packageParts(pkg);
    this.wb = readWorkbookInfo(this.parts);
    this.ctx = null;
    this.tables.clear();
    this.sources = null;
  }

  private sheet(name: string): SheetEntry {
    const exact = this.wb.sheets.find((s) => s.name === name);
    const found = exact ?? this.wb.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!found) throw new SourceNotFoundError(name);
    return found;
  }

  private sheetTables(sheet: SheetEntry): TableInfo[] {
    let t = this.tables.get(sheet.part);
    if (!t) {
      t = readSheetTables(this.parts, sheet.part);
      this.tables.set(sheet.part, t);
    }
    return t;
  }

  private context(): Promise<SheetContext> {
    this.ctx ??= (async () => ({
      sharedStrings: await readSharedStrings(this.parts, this.wb.sharedStringsPart),
      dateStyles: readDateStyles(
        this.wb.stylesPart === null ? undefined : this.parts.text(this.wb.stylesPart),
        this.wb.stylesPart ?? undefined,
      ),
      date1904: this.wb.date1904,
    }))().catch((e: unknown) => {
      this.ctx = null;
      throw e;
    });
    return this.ctx;
  }
}
