/**
 * The demo's workbook: the in-memory adapter plus what a spreadsheet window has — a selection,
 * user edits, and change notifications for the grid and for the pane's re-check.
 */
import { gridToSpec, memorySheet, MemoryWorkbook, type GridSheet, type MemoryWorkbookSpec } from "../app/hosts/memory";
import type { CellValue, NewSheet } from "../app/types";
import { localIsoDate } from "../app/typed-figure";
import type { WorkbookPort } from "../workbook/port";
import type { InsertResult, TaskpaneHost } from "../taskpane/host";
import type { Lang } from "../taskpane/strings";

export interface Selection {
  readonly sheet: string;
  /** Excel row number. */
  readonly row: number;
  /** Zero-based column. */
  readonly column: number;
}

export class DemoWorkbook {
  private wb: MemoryWorkbook;
  private readonly listeners = new Set<() => void>();
  private readonly watchers = new Set<() => void>();
  /** Bumped on every change; the grid re-renders when it moves. */
  version = 0;
  selection: Selection | null = null;
  activeSheet: string;

  constructor(spec: MemoryWorkbookSpec) {
    this.wb = MemoryWorkbook.fromSpec(spec);
    this.activeSheet = this.wb.sheetNames().find((n) => !this.wb.getSheet(n)?.hidden) ?? "";
  }

  /** The port the pane uses; writes and removals show in the grid at once. */
  readonly port: WorkbookPort = {
    listSources: (o) => this.wb.listSources(o),
    readColumns: (s, c, o) => this.wb.readColumns(s, c, o),
    apply: async (plan, o) => {
      const r = await this.wb.apply(plan, o);
      if (plan.statusSheet) this.activeSheet = plan.statusSheet.name;
      this.changed();
      return r;
    },
    clean: async (o) => {
      const r = await this.wb.clean(o);
      if (!this.wb.getSheet(this.activeSheet)) this.activeSheet = this.wb.sheetNames()[0] ?? "";
      this.changed();
      return r;
    },
    writeUserSheet: async (sheet, o) => {
      const r = await this.wb.writeUserSheet(sheet, o);
      this.activeSheet = r.sheetsWritten[0] ?? this.activeSheet;
      this.changed();
      return r;
    },
    loadSettings: () => this.wb.loadSettings(),
    saveSettings: (json) => this.wb.saveSettings(json),
  };

  sheetNames(): string[] {
    return this.wb.sheetNames();
  }

  sheet(name: string): GridSheet | undefined {
    return this.wb.getSheet(name);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  private changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }

  activate(sheet: string): void {
    this.activeSheet = sheet;
    this.changed();
  }

  select(sel: Selection): void {
    this.selection = sel;
    this.activeSheet = sel.sheet;
    this.changed();
  }

  /** A user's edit in the grid: the pane's re-check hears of it, as of a table edit in Excel. */
  edit(sheet: string, address: string, value: CellValue): void {
    this.wb.setCell(sheet, address, value);
    this.changed();
    for (const w of this.watchers) w();
  }

  watch(onChange: () => void): () => void {
    this.watchers.add(onChange);
    return () => this.watchers.delete(onChange);
  }

  /**
   * Add sheets (the fill-in sheets): the in-memory workbook is rebuilt with them, keeping every
   * existing sheet and the settings. Sheets that exist are left alone.
   */
  async insert(sheets: readonly NewSheet[]): Promise<InsertResult> {
    const names = new Set(this.wb.sheetNames().map((n) => n.toLowerCase()));
    const added = sheets.filter((s) => !names.has(s.name.toLowerCase()));
    const skipped = sheets.filter((s) => names.has(s.name.toLowerCase())).map((s) => s.name);
    if (added.length > 0) {
      const settings = await this.wb.loadSettings();
      const existing = this.wb.sheetNames().map((n) => gridToSpec(this.wb.getSheet(n)!));
      this.wb = MemoryWorkbook.fromSpec({
        sheets: [...existing, ...added.map(memorySheet)],
        ...(settings !== null ? { settings } : {}),
      });
      this.activeSheet = added[0]!.name;
      this.changed();
    }
    return { added: added.map((s) => s.name), skipped, validationSkipped: false };
  }
}

export function demoHost(book: DemoWorkbook, lang: Lang, theme: "light" | "dark"): TaskpaneHost {
  return {
    kind: "demo",
    port: book.port,
    lang,
    theme,
    selectCell: async (sheet, row, column) => book.select({ sheet, row, column }),
    watchChanges: async (onChange) => book.watch(onChange),
    insertSheets: (sheets) => book.insert(sheets),
    today: () => localIsoDate(new Date()),
  };
}
