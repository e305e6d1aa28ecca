/**
 * The in-memory adapter of the workbook port: the browser demo's workbook and the tests' fake.
 * It implements the whole port (sources, columnar reads, apply/clean with ownership marks,
 * settings) and exposes what a grid needs (`sheetNames`, `getSheet`, `setCell`).
 */
import { RegionCollector } from "../../domain/binding/regions";
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
import { headerText } from "../sheet/headers";
import { parseRange, rangeRef, type CellRange } from "../sheet/a1";
import { applyPlan, cleanState, EMPTY_OWNED, findSheet, ownsSheet, type MemState } from "./apply";
import { sameName } from "../sheet/names";
import { MemSheet } from "./sheet";
import type { GridSheet, MemoryWorkbookSpec } from "./types";
import { writeUserSheet } from "./user-sheet";

export type * from "./types";
export { tableColumnNames } from "./sheet";

const overlaps = (a: CellRange, b: CellRange): boolean =>
  a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

/** A source with the notes binding uses (same shape as the .xlsx adapter's). */
export interface MemorySourceInfo extends SourceInfo {
  readonly mergedRanges?: readonly string[];
  readonly ownedByKontrakttjek?: boolean;
}

export class MemoryWorkbook implements WorkbookPort {
  private readonly state: MemState = { sheets: [], owned: EMPTY_OWNED() };
  private settings: string | null = null;

  static fromSpec(spec: MemoryWorkbookSpec): MemoryWorkbook {
    const wb = new MemoryWorkbook();
    const names = new Set<string>();
    for (const s of spec.sheets) {
      if (names.has(s.name.toLowerCase())) throw new Error(`sheet name "${s.name}" is used twice`);
      names.add(s.name.toLowerCase());
      wb.state.sheets.push(MemSheet.fromSpec(s));
    }
    wb.settings = spec.settings ?? null;
    return wb;
  }

  /* ---------- grid view ---------- */

  sheetNames(): string[] {
    return this.state.sheets.map((s) => s.name);
  }

  getSheet(name: string): GridSheet | undefined {
    const s = findSheet(this.state, name);
    return s?.grid(ownsSheet(this.state, s.name));
  }

  /** A user's edit (the demo grid): value and optional formula, at an A1 address. */
  setCell(sheet: string, address: string, value: CellValue, formula?: string): void {
    const s = findSheet(this.state, sheet);
    const at = parseRange(address);
    if (!s) throw new SourceNotFoundError(sheet);
    if (!at) throw new Error(`bad cell address ${address}`);
    const old = s.get(at.top, at.left);
    const cell = {
      value,
      ...(formula !== undefined ? { formula } : {}),
      ...(old?.format !== undefined ? { format: old.format } : {}),
      ...(old?.highlight !== undefined ? { highlight: old.highlight } : {}),
    };
    const empty = value === null && formula === undefined && old?.format === undefined && old?.highlight === undefined;
    s.set(at.top, at.left, empty ? undefined : cell);
  }

  /* ---------- the port ---------- */

  async listSources(options: ProgressOptions = {}): Promise<readonly MemorySourceInfo[]> {
    options.signal?.throwIfAborted();
    const tables: MemorySourceInfo[] = [];
    const plain: MemorySourceInfo[] = [];
    this.state.sheets.forEach((sheet, i) => {
      const hidden = sheet.hidden !== false ? { sheetHidden: true } : {};
      const owned = ownsSheet(this.state, sheet.name);
      const withMerges = (s: SourceInfo): MemorySourceInfo => {
        const ownedColumn = this.ownedColumn(s);
        const rect = {
          top: s.headerRow,
          left: s.firstColumn,
          bottom: s.headerRow + s.rowCount,
          right: s.firstColumn + s.headers.length - 1,
        };
        const hit = sheet.merges.filter((m) => overlaps(m, rect)).map(rangeRef);
        return {
          ...s,
          ...(ownedColumn !== undefined ? { ownedColumn } : {}),
          ...(hit.length > 0 ? { mergedRanges: hit } : {}),
          ...(owned ? { ownedByKontrakttjek: true } : {}),
        };
      };
      for (const t of sheet.tables) {
        tables.push(
          withMerges({
            sheet: sheet.name,
            table: t.name,
            headerRow: t.rect.top,
            firstColumn: t.rect.left,
            headers: [...t.columns],
            rowCount: t.rect.bottom - t.rect.top,
            ...hidden,
          }),
        );
      }
      const collector = new RegionCollector(sheet.tables.map((t) => t.rect));
      sheet.forEach((row, column, cell) => {
        if (cell.value !== null) collector.add(row, column, headerText(cell.value), typeof cell.value === "string");
      });
      for (const r of collector.regions()) {
        if (sheet.tables.length > 0 && r.rowCount === 0) continue; // a title or note beside a table
        plain.push(withMerges({ sheet: sheet.name, table: null, ...r, ...hidden }));
      }
      options.onProgress?.(i + 1, this.state.sheets.length);
    });
    return [...tables, ...plain];
  }

  /** Our Kontrol column in a source, while its header still reads as written. */
  private ownedColumn(s: SourceInfo): number | undefined {
    const sheet = findSheet(this.state, s.sheet);
    const c = this.state.owned.columns.find(
      (o) =>
        sameName(o.sheet, s.sheet) &&
        (s.table !== null ? o.table !== null && sameName(o.table, s.table) : o.table === null) &&
        o.headerRow === s.headerRow &&
        o.column >= s.firstColumn &&
        o.column < s.firstColumn + s.headers.length,
    );
    return c && sheet?.value(c.headerRow, c.column) === c.header ? c.column : undefined;
  }

  /** One source after another (a file or memory has no round trips to save). */
  readMany(requests: readonly ReadRequest[], options: ProgressOptions = {}): Promise<ReadResult[]> {
    return readOneByOne(this, requests, options);
  }

  async readColumns(
    source: SourceInfo,
    columns: readonly number[],
    options: ProgressOptions = {},
  ): Promise<ReadResult> {
    options.signal?.throwIfAborted();
    const sheet = findSheet(this.state, source.sheet);
    if (!sheet) throw new SourceNotFoundError(source.sheet);
    const total = Math.max(0, source.rowCount);
    const first = source.headerRow + 1;
    const out = columns.map((c) => {
      const values = new Array<CellValue>(total).fill(null);
      if (!Number.isInteger(c) || c < 0 || c >= source.headers.length) return values;
      for (let i = 0; i < total; i++) values[i] = sheet.value(first + i, source.firstColumn + c);
      return values;
    });
    options.onProgress?.(total, total);
    const hiddenRows = [...sheet.hiddenRows].filter((r) => r >= first && r < first + total).sort((a, b) => a - b);
    return { columns: out, hiddenRows };
  }

  async apply(plan: WritePlan, options: ProgressOptions & { readonly force?: boolean } = {}): Promise<WriteReport> {
    options.signal?.throwIfAborted();
    const report = applyPlan(this.state, plan, options.force === true);
    options.onProgress?.(1, 1);
    return report;
  }

  async clean(options: ProgressOptions = {}): Promise<CleanReport> {
    options.signal?.throwIfAborted();
    return cleanState(this.state);
  }

  async writeUserSheet(
    sheet: StatusSheetPlan,
    options: ProgressOptions & { readonly force?: boolean } = {},
  ): Promise<WriteReport> {
    options.signal?.throwIfAborted();
    const report = writeUserSheet(this.state, sheet, options.force === true);
    options.onProgress?.(1, 1);
    return report;
  }

  async loadSettings(): Promise<string | null> {
    return this.settings;
  }

  async saveSettings(json: string): Promise<void> {
    this.settings = json;
  }
}
