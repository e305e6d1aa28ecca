/**
 * The demo's workbook: the in-memory adapter (the example) or the xlsx adapter (a file the user
 * opened), plus what a spreadsheet window has — a selection, user edits, and change
 * notifications for the grid and for the pane's re-check.
 */
import { gridToSpec, memorySheet, MemoryWorkbook, type GridSheet, type MemoryWorkbookSpec } from "../app/hosts/memory";
import type { XlsxWorkbook } from "../app/hosts/xlsx";
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

/**
 * A workbook file the user opened in the demo: the xlsx adapter (the CLI's), in the browser. The
 * file is read from the user's disk by the browser and never leaves the page; what the pane
 * writes edits the package in memory, and the user downloads the result.
 */
export interface OpenedFile {
  readonly name: string;
  readonly xlsx: XlsxWorkbook;
}

export class DemoWorkbook {
  private wb: MemoryWorkbook;
  /** The user's own file, when one was opened (then the grid shows it, read-only). */
  private file: OpenedFile | null = null;
  private grids: readonly GridSheet[] = [];
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

  /**
   * Opens a user's .xlsx file (its bytes, read locally) in place of the example; throws the
   * adapter's `XlsxFileError` for what is not a usable workbook, leaving the book as it was.
   */
  async openFile(name: string, bytes: Uint8Array): Promise<void> {
    // The xlsx adapter loads when a file is first opened: the example needs none of it.
    const { openXlsx, xlsxGrids } = await import("../app/hosts/xlsx");
    const xlsx = openXlsx(bytes);
    const grids = await xlsxGrids(xlsx);
    this.file = { name, xlsx };
    this.grids = grids;
    this.selection = null;
    this.activeSheet = grids.find((g) => !g.hidden)?.name ?? "";
    this.changed();
  }

  /** The opened file's name, or null while the example is shown. */
  get fileName(): string | null {
    return this.file?.name ?? null;
  }

  /** The opened file as it stands after the pane's writes (.xlsx bytes), or null. */
  fileBytes(): Uint8Array | null {
    return this.file ? this.file.xlsx.toBytes() : null;
  }

  /** Cells of a user's own file are edited in Excel; the example's in the grid. */
  get editable(): boolean {
    return this.file === null;
  }

  private get current(): WorkbookPort {
    return this.file ? this.file.xlsx : this.wb;
  }

  /** After a write to the user's file: its sheets read again for the grid. */
  private async reread(): Promise<void> {
    if (!this.file) return;
    const { xlsxGrids } = await import("../app/hosts/xlsx");
    this.grids = await xlsxGrids(this.file.xlsx);
  }

  /** The port the pane uses; writes and removals show in the grid at once. */
  readonly port: WorkbookPort = {
    listSources: (o) => this.current.listSources(o),
    readColumns: (s, c, o) => this.current.readColumns(s, c, o),
    apply: async (plan, o) => {
      const r = await this.current.apply(plan, o);
      await this.reread();
      if (plan.statusSheet) this.activeSheet = plan.statusSheet.name;
      this.changed();
      return r;
    },
    clean: async (o) => {
      const r = await this.current.clean(o);
      await this.reread();
      if (!this.sheet(this.activeSheet)) this.activeSheet = this.sheetNames()[0] ?? "";
      this.changed();
      return r;
    },
    writeUserSheet: async (sheet, o) => {
      const r = await this.current.writeUserSheet(sheet, o);
      await this.reread();
      this.activeSheet = r.sheetsWritten[0] ?? this.activeSheet;
      this.changed();
      return r;
    },
    loadSettings: () => this.current.loadSettings(),
    saveSettings: async (json) => {
      await this.current.saveSettings(json);
      await this.reread();
    },
  };

  sheetNames(): string[] {
    return this.file ? this.grids.map((g) => g.name) : this.wb.sheetNames();
  }

  sheet(name: string): GridSheet | undefined {
    return this.file ? this.grids.find((g) => g.name === name) : this.wb.getSheet(name);
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
    if (this.file) return;
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
   * existing sheet and the settings. Sheets that exist are left alone. A user's own file gets
   * none (its data is already there): every sheet is reported as not added.
   */
  async insert(sheets: readonly NewSheet[]): Promise<InsertResult> {
    if (this.file) return { added: [], skipped: sheets.map((s) => s.name), validationSkipped: false };
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
