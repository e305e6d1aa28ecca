/**
 * A fake Excel for tests and benchmarks: an in-memory workbook behind proxies that behave like
 * Office.js — calls are queued and run at `context.sync()`, a property read before it was loaded
 * and synced throws `PropertyNotLoaded`, `getItem` of a missing sheet fails at sync with
 * `ItemNotFound`, array sizes must match the range. Each sync records the bytes it would carry
 * (request and response JSON) and the cells it touched, and can refuse a request above a limit
 * with `RequestPayloadSizeLimitExceeded`, as Excel on the web does. Formulas are calculated
 * (by HyperFormula) when read, as Excel would have done; structured references read as errors.
 */
import type {
  XlChartItem,
  XlContext,
  XlDataValidation,
  XlFill,
  XlRange,
  XlRangeAreas,
  XlRangeFormat,
  XlRun,
  XlSetting,
  XlTable,
  XlTableCollection,
  XlTableColumn,
  XlWorksheet,
  XlWorksheetCollection,
  XlWorkbook,
} from "../excel-api";
import { HyperFormula } from "hyperformula";
import { columnLetters } from "../../sheet/a1";
import { blockAddress, parseBlock } from "../address";
import { jsonBytes } from "../limits";

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export interface FakeCell {
  value: string | number | boolean | null;
  formula?: string;
  error?: string;
  numberFormat?: string;
  fill?: string | null;
  bold?: boolean;
}

export interface FakeTableState {
  id: string;
  name: string;
  sheet: FakeSheetState;
  /** Zero-based header row and first column; rows includes the header. */
  row: number;
  column: number;
  rows: number;
  columns: number;
  style: string;
  showFilterButton: boolean;
}

export interface FakeValidation {
  readonly address: string;
  rule?: Excel.DataValidationRule;
  errorAlert?: Excel.DataValidationErrorAlert;
  prompt?: Excel.DataValidationPrompt;
  ignoreBlanks?: boolean;
}

export interface FakeSheetState {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  cells: Map<string, FakeCell>;
  frozenRows: number;
  columnWidths: Map<number, number>;
  charts: { type: string; source: string; name: string; title: string; position: string }[];
  validations: FakeValidation[];
}

export interface FakeRequest {
  readonly ops: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
  /** Cells written, plus cells read by value loads (values, value types, formulas, formats). */
  readonly cells: number;
  /** Did the request write cells? Then it should have suspended calculation. */
  readonly writes: boolean;
  readonly calcSuspended: boolean;
  readonly screenSuspended: boolean;
  /** Excel refused it as too large (nothing in it was applied, or its answer was lost). */
  readonly refused: boolean;
}

const key = (r: number, c: number): string => `${r},${c}`;
const MAX_CELLS = 5_000_000;

type Op = { run: () => number; bytes: number; cells: number; writes: boolean };

/* ---------------- workbook state ---------------- */

export class FakeExcel {
  readonly sheets: FakeSheetState[] = [];
  readonly tables: FakeTableState[] = [];
  readonly settings = new Map<string, string>();
  readonly requests: FakeRequest[] = [];
  selection: { sheet: string; address: string } | null = null;
  activeSheet: string | null = null;
  /** Refuse requests (or responses) above this many bytes. */
  payloadLimit = Infinity;
  /** Fail `getSpecialCellsOrNullObject` at sync, as a host without it (or broken in it) would. */
  specialCellsFail = false;
  private tableSeq = 0;
  private calc: { hf: HyperFormula; version: number } | null = null;
  /** Bumped by every sync that wrote, so formulas are recalculated on the next read. */
  version = 0;

  /** The value a formula cell shows: calculated over the whole workbook. */
  calculated(
    sheet: FakeSheetState,
    row: number,
    column: number,
  ): { value: string | number | boolean | null; error?: string } {
    if (!this.calc || this.calc.version !== this.version) {
      const sheets: Record<string, (string | number | boolean | null)[][]> = {};
      for (const s of this.sheets) {
        const grid: (string | number | boolean | null)[][] = [];
        for (const [k, c] of s.cells) {
          const [r, col] = k.split(",").map(Number) as [number, number];
          (grid[r] ??= [])[col] = c.formula ?? c.error ?? (typeof c.value === "string" ? `'${c.value}` : c.value);
        }
        sheets[s.name] = Array.from(grid, (r) => Array.from(r ?? [], (v) => v ?? null));
      }
      this.calc = { hf: HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3" }), version: this.version };
    }
    const id = this.calc.hf.getSheetId(sheet.name);
    const v = id === undefined ? null : this.calc.hf.getCellValue({ sheet: id, row, col: column });
    if (v !== null && typeof v === "object") return { value: null, error: v.value };
    return { value: v };
  }

  get syncs(): number {
    return this.requests.length;
  }

  readonly run: XlRun = async (batch) => batch(new FakeContext(this));

  addSheet(name: string): FakeSheetState {
    if (this.sheet(name)) throw new FakeOfficeError("ItemAlreadyExists", `sheet ${name} exists`);
    if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name))
      throw new FakeOfficeError("InvalidArgument", `bad sheet name ${name}`);
    const s: FakeSheetState = {
      name,
      visibility: "Visible",
      cells: new Map(),
      frozenRows: 0,
      columnWidths: new Map(),
      charts: [],
      validations: [],
    };
    this.sheets.push(s);
    return s;
  }

  sheet(name: string): FakeSheetState | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  deleteSheet(s: FakeSheetState): void {
    this.sheets.splice(this.sheets.indexOf(s), 1);
    for (let i = this.tables.length - 1; i >= 0; i--) if (this.tables[i]!.sheet === s) this.tables.splice(i, 1);
  }

  addTable(sheet: FakeSheetState, address: string): FakeTableState {
    const b = parseBlock(address);
    if (!b || b.rows < 2) throw new FakeOfficeError("InvalidArgument", `bad table range ${address}`);
    for (const t of this.tables)
      if (
        t.sheet === sheet &&
        b.row < t.row + t.rows &&
        t.row < b.row + b.rows &&
        b.column < t.column + t.columns &&
        t.column < b.column + b.columns
      )
        throw new FakeOfficeError("InvalidOperation", "tables overlap");
    const id = String(++this.tableSeq);
    const t: FakeTableState = {
      id,
      name: `Table${id}`,
      sheet,
      row: b.row,
      column: b.column,
      rows: b.rows,
      columns: b.columns,
      style: "TableStyleMedium2",
      showFilterButton: true,
    };
    for (let j = 0; j < b.columns; j++) {
      const c = cellOf(sheet, b.row, b.column + j);
      if (c.value === null || c.value === "") setCell(sheet, b.row, b.column + j, `Column${j + 1}`);
    }
    this.tables.push(t);
    return t;
  }

  table(name: string): FakeTableState | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  /** Test helper: put a row-major block of values on a sheet (creating it). */
  put(sheetName: string, address: string, rows: readonly (readonly (string | number | boolean | null)[])[]): void {
    const s = this.sheet(sheetName) ?? this.addSheet(sheetName);
    const start = parseBlock(address)!;
    rows.forEach((r, i) => r.forEach((v, j) => setCell(s, start.row + i, start.column + j, v)));
  }

  /** Test helper: the value of one cell by A1 address ("" for empty). */
  value(sheetName: string, address: string): string | number | boolean {
    const s = this.sheet(sheetName);
    const b = parseBlock(address);
    if (!s || !b) return "";
    const c = s.cells.get(key(b.row, b.column));
    return c?.error ?? c?.value ?? "";
  }

  cell(sheetName: string, address: string): FakeCell | undefined {
    const s = this.sheet(sheetName);
    const b = parseBlock(address);
    return s && b ? s.cells.get(key(b.row, b.column)) : undefined;
  }
}

function cellOf(s: FakeSheetState, r: number, c: number): FakeCell {
  return s.cells.get(key(r, c)) ?? { value: null };
}

function mutable(s: FakeSheetState, r: number, c: number): FakeCell {
  let cell = s.cells.get(key(r, c));
  if (!cell) {
    cell = { value: null };
    s.cells.set(key(r, c), cell);
  }
  return cell;
}

const ERROR_LITERAL = /^#(N\/A|NUM!|DIV\/0!|VALUE!|REF!|NAME\?|NULL!)$/;

/** What Excel does with an entry written to `values` or `formulas`. */
function setCell(s: FakeSheetState, r: number, c: number, entry: unknown): void {
  const cell = mutable(s, r, c);
  delete cell.formula;
  delete cell.error;
  if (entry === null || entry === undefined || entry === "") cell.value = null;
  else if (typeof entry === "number" || typeof entry === "boolean") cell.value = entry;
  else {
    const text = String(entry);
    if (text.startsWith("'")) cell.value = text.slice(1);
    else if (text.startsWith("=")) {
      cell.formula = text;
      cell.value = null; // the fake does not calculate
    } else if (ERROR_LITERAL.test(text)) {
      cell.value = null;
      cell.error = text;
    } else if (cell.numberFormat !== "@" && /^-?\d+(\.\d+)?$/.test(text)) cell.value = Number(text);
    else cell.value = text;
  }
  if (cell.value === null && !cell.formula && !cell.error && !cell.numberFormat && !cell.fill && !cell.bold)
    s.cells.delete(key(r, c));
}

/* ---------------- request context and proxies ---------------- */

class FakeContext implements XlContext {
  private queue: Op[] = [];
  /** Cells read by loads in the request being run. */
  cellsRead = 0;
  private calc = false;
  private screen = false;
  readonly workbook: XlWorkbook;

  constructor(readonly book: FakeExcel) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  suspendCalc(): void {
    this.calc = true;
  }

  suspendScreen(): void {
    this.screen = true;
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    const calc = this.calc;
    const screen = this.screen;
    this.queue = [];
    this.calc = false;
    this.screen = false;
    const requestBytes = ops.reduce((a, o) => a + o.bytes, 0);
    const cells = ops.reduce((a, o) => a + o.cells, 0);
    const writes = ops.some((o) => o.writes);
    const record = { ops: ops.length, requestBytes, cells, writes, calcSuspended: calc, screenSuspended: screen };
    if (requestBytes > this.book.payloadLimit) {
      this.book.requests.push({ ...record, responseBytes: 0, refused: true });
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    let responseBytes = 0;
    this.cellsRead = 0;
    for (const op of ops) {
      if (op.writes) this.book.version++;
      responseBytes += op.run();
    }
    const refused = responseBytes > this.book.payloadLimit;
    this.book.requests.push({ ...record, cells: record.cells + this.cellsRead, responseBytes, refused });
    if (refused)
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit.",
      );
  }
}

/** Base of all proxies: `load` queues a read; reading an unloaded property throws. */
abstract class Loadable {
  private readonly loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: FakeContext) {}

  /** The property's current value, computed at sync time. */
  protected abstract read(prop: string): unknown;

  /** Is the object missing (a null object)? Checked at sync time. */
  protected missing(): boolean {
    return false;
  }

  load(propertyNames: string): this {
    const paths = propertyNames
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean);
    this.ctx.enqueue({ run: () => this.loadPaths(paths), bytes: 60 + propertyNames.length, cells: 0, writes: false });
    return this;
  }

  /** Load dotted paths now (inside sync); returns the response size. */
  loadPaths(paths: readonly string[]): number {
    if (this.missing()) {
      this.loaded.set("isNullObject", true);
      return 20;
    }
    this.loaded.set("isNullObject", false);
    let bytes = 0;
    const groups = new Map<string, string[]>();
    for (const p of paths) {
      const [head, ...rest] = p.split("/");
      const g = groups.get(head!) ?? [];
      if (rest.length > 0) g.push(rest.join("/"));
      groups.set(head!, g);
    }
    for (const [prop, sub] of groups) {
      const value = this.read(prop);
      this.loaded.set(prop, value);
      if (value instanceof Loadable) bytes += value.loadPaths(sub);
      else if (Array.isArray(value) && value.every((v) => v instanceof Loadable))
        for (const v of value as Loadable[]) bytes += v.loadPaths(sub);
      else bytes += jsonBytes(value);
    }
    return bytes;
  }

  protected got<T>(prop: string): T {
    if (!this.loaded.has(prop))
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property '${prop}' is not available. Call load and sync first.`,
      );
    return this.loaded.get(prop) as T;
  }

  get isNullObject(): boolean {
    return this.got<boolean>("isNullObject");
  }

  /** Queue a write; `apply` runs at sync. */
  protected write(apply: () => void, payload: unknown = null, cells = 0): void {
    this.ctx.enqueue({
      run: () => {
        apply();
        return 0;
      },
      bytes: 80 + jsonBytes(payload),
      cells,
      writes: true,
    });
  }
}

type SheetRef = () => FakeSheetState;

const sheetOrThrow = (book: FakeExcel, name: string): FakeSheetState => {
  const s = book.sheet(name);
  if (!s) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: ${name}`);
  return s;
};

interface Bounds {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

class FakeRange extends Loadable implements XlRange {
  constructor(
    ctx: FakeContext,
    private readonly sheetRef: SheetRef,
    /** Bounds resolved at sync time (a table's body moves when the table grows), or null = none. */
    private readonly bounds: () => Bounds | null,
  ) {
    super(ctx);
  }

  protected override missing(): boolean {
    return this.bounds() === null;
  }

  /** The range's A1 address right now (inside sync). */
  addressNow(): string {
    const b = this.bounds();
    return b ? blockAddress(b.row, b.column, b.rows, b.columns) : "";
  }

  private b(): Bounds {
    const b = this.bounds();
    if (!b) throw new FakeOfficeError("ItemNotFound", "range does not exist");
    return b;
  }

  private matrix<T>(f: (cell: FakeCell) => T, calculate = false): T[][] {
    const s = this.sheetRef();
    const b = this.b();
    if (b.rows * b.columns > MAX_CELLS) throw new FakeOfficeError("InvalidArgument", "range too large");
    this.ctx.cellsRead += b.rows * b.columns;
    return Array.from({ length: b.rows }, (_, i) =>
      Array.from({ length: b.columns }, (_, j) => {
        const cell = cellOf(s, b.row + i, b.column + j);
        return f(
          calculate && cell.formula ? { ...cell, ...this.ctx.book.calculated(s, b.row + i, b.column + j) } : cell,
        );
      }),
    );
  }

  protected read(prop: string): unknown {
    const b = this.b();
    const sheet = this.sheetRef();
    switch (prop) {
      case "values":
        return this.matrix((c) => c.error ?? c.value ?? "", true);
      case "valueTypes":
        return this.matrix(
          (c) =>
            c.error
              ? "Error"
              : c.value === null
                ? "Empty"
                : typeof c.value === "number"
                  ? "Double"
                  : typeof c.value === "boolean"
                    ? "Boolean"
                    : "String",
          true,
        );
      case "formulas":
        return this.matrix((c) => c.formula ?? c.error ?? c.value ?? "");
      case "numberFormat":
        return this.matrix((c) => c.numberFormat ?? "General");
      case "address":
        return `${sheetRef(sheet.name)}!${blockAddress(b.row, b.column, b.rows, b.columns)}`;
      case "rowIndex":
        return b.row;
      case "columnIndex":
        return b.column;
      case "rowCount":
        return b.rows;
      case "columnCount":
        return b.columns;
      default:
        throw new FakeOfficeError("PropertyNotFound", `Range has no property ${prop}`);
    }
  }

  get values(): unknown[][] {
    return this.got("values");
  }
  set values(v: unknown[][]) {
    this.setMatrix(v, "values");
  }
  get valueTypes(): string[][] {
    return this.got("valueTypes");
  }
  get formulas(): unknown[][] {
    return this.got("formulas");
  }
  set formulas(v: unknown[][]) {
    this.setMatrix(v, "formulas");
  }
  get numberFormat(): unknown[][] {
    return this.got("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    const cells = v.length * (v[0]?.length ?? 0);
    this.write(
      () => {
        const b = this.checkDims(v);
        const s = this.sheetRef();
        v.forEach((r, i) => r.forEach((f, j) => (mutable(s, b.row + i, b.column + j).numberFormat = String(f))));
      },
      v,
      cells,
    );
  }
  get address(): string {
    return this.got("address");
  }
  get rowIndex(): number {
    return this.got("rowIndex");
  }
  get columnIndex(): number {
    return this.got("columnIndex");
  }
  get rowCount(): number {
    return this.got("rowCount");
  }
  get columnCount(): number {
    return this.got("columnCount");
  }

  private checkDims(v: readonly (readonly unknown[])[]): Bounds {
    const b = this.b();
    if (v.length !== b.rows || v.some((r) => r.length !== b.columns))
      throw new FakeOfficeError(
        "InvalidArgument",
        "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      );
    if (b.rows * b.columns > MAX_CELLS) throw new FakeOfficeError("InvalidArgument", "range too large");
    return b;
  }

  private setMatrix(v: unknown[][], _what: string): void {
    const cells = v.length * (v[0]?.length ?? 0);
    this.write(
      () => {
        const b = this.checkDims(v);
        const s = this.sheetRef();
        v.forEach((r, i) => r.forEach((x, j) => setCell(s, b.row + i, b.column + j, x)));
      },
      v,
      cells,
    );
  }

  get format(): XlRangeFormat {
    return new FakeFormat(this.ctx, this.sheetRef, () => this.b());
  }

  get dataValidation(): XlDataValidation {
    return new FakeValidationProxy(this.ctx, this.sheetRef, () => this.b());
  }

  getCell(row: number, column: number): XlRange {
    return new FakeRange(this.ctx, this.sheetRef, () => {
      const b = this.b();
      return { row: b.row + row, column: b.column + column, rows: 1, columns: 1 };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): XlRange {
    return new FakeRange(this.ctx, this.sheetRef, () => usedBounds(this.sheetRef(), valuesOnly, this.b()));
  }

  select(): void {
    this.write(() => {
      const b = this.b();
      this.ctx.book.selection = {
        sheet: this.sheetRef().name,
        address: blockAddress(b.row, b.column, b.rows, b.columns),
      };
    });
  }

  getSpecialCellsOrNullObject(cellType: "Constants" | "Formulas", cellValueType: "Errors"): XlRangeAreas {
    return new FakeRangeAreas(this.ctx, () => {
      const b = this.bounds();
      if (!b || cellValueType !== "Errors") return null;
      const s = this.sheetRef();
      // Excel answers with blocks; here, runs down each column.
      const blocks: Bounds[] = [];
      for (let j = 0; j < b.columns; j++) {
        let run: Bounds | null = null;
        for (let i = 0; i < b.rows; i++) {
          const cell = cellOf(s, b.row + i, b.column + j);
          const hit =
            cellType === "Formulas"
              ? cell.formula !== undefined && this.ctx.book.calculated(s, b.row + i, b.column + j).error !== undefined
              : cell.formula === undefined && cell.error !== undefined;
          if (hit && run && run.row + run.rows === b.row + i) run.rows++;
          else if (hit) blocks.push((run = { row: b.row + i, column: b.column + j, rows: 1, columns: 1 }));
        }
      }
      return blocks.length === 0 ? null : { sheet: s, blocks };
    });
  }

  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    this.write(() => {
      const b = this.b();
      const s = this.sheetRef();
      for (let i = 0; i < b.rows; i++)
        for (let j = 0; j < b.columns; j++) {
          const k = key(b.row + i, b.column + j);
          const c = s.cells.get(k);
          if (!c) continue;
          if (applyTo === "All") s.cells.delete(k);
          else if (applyTo === "Contents") setCell(s, b.row + i, b.column + j, null);
          else {
            delete c.numberFormat;
            delete c.fill;
            delete c.bold;
          }
        }
    });
  }
}

/** A1 reference of a sheet name as Excel writes it (quoted unless plain). */
const sheetRef = (name: string): string => (/^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

/** Several blocks of one sheet, found at sync time (null when none: a null object). */
class FakeRangeAreas extends Loadable implements XlRangeAreas {
  constructor(
    ctx: FakeContext,
    private readonly find: () => { sheet: FakeSheetState; blocks: Bounds[] } | null,
  ) {
    super(ctx);
  }

  /** What the last load found (each load looks again, as a sync would). */
  private found: { sheet: FakeSheetState; blocks: Bounds[] } | null = null;

  protected override missing(): boolean {
    if (this.ctx.book.specialCellsFail) throw new FakeOfficeError("GeneralException", "getSpecialCells failed");
    this.found = this.find();
    return this.found === null;
  }

  protected read(prop: string): unknown {
    const f = this.found;
    if (prop !== "address" || !f) throw new FakeOfficeError("PropertyNotFound", `RangeAreas has no property ${prop}`);
    const n = sheetRef(f.sheet.name);
    return f.blocks.map((b) => `${n}!${blockAddress(b.row, b.column, b.rows, b.columns)}`).join(", ");
  }

  get address(): string {
    return this.got("address");
  }
}

function usedBounds(s: FakeSheetState, valuesOnly: boolean, within?: Bounds): Bounds | null {
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = -1;
  let c1 = -1;
  for (const [k, c] of s.cells) {
    if (valuesOnly && c.value === null && !c.formula && !c.error) continue;
    const [r, col] = k.split(",").map(Number) as [number, number];
    if (
      within &&
      (r < within.row || r >= within.row + within.rows || col < within.column || col >= within.column + within.columns)
    )
      continue;
    r0 = Math.min(r0, r);
    c0 = Math.min(c0, col);
    r1 = Math.max(r1, r);
    c1 = Math.max(c1, col);
  }
  return r1 < 0 ? null : { row: r0, column: c0, rows: r1 - r0 + 1, columns: c1 - c0 + 1 };
}

class FakeFill extends Loadable implements XlFill {
  constructor(
    ctx: FakeContext,
    private readonly sheetRef: SheetRef,
    private readonly b: () => Bounds,
  ) {
    super(ctx);
  }
  protected read(prop: string): unknown {
    if (prop !== "color") throw new FakeOfficeError("PropertyNotFound", prop);
    const s = this.sheetRef();
    const b = this.b();
    let color: string | null | undefined;
    for (let i = 0; i < b.rows; i++)
      for (let j = 0; j < b.columns; j++) {
        const c = cellOf(s, b.row + i, b.column + j).fill ?? "#FFFFFF";
        if (color === undefined) color = c;
        else if (color !== c) return null;
      }
    return color ?? "#FFFFFF";
  }
  get color(): string {
    return this.got("color");
  }
  set color(v: string) {
    this.write(() => this.each((c) => (c.fill = v.toUpperCase())), v, 0);
  }
  clear(): void {
    this.write(() => this.each((c) => delete c.fill));
  }
  private each(f: (c: FakeCell) => void): void {
    const s = this.sheetRef();
    const b = this.b();
    for (let i = 0; i < b.rows; i++) for (let j = 0; j < b.columns; j++) f(mutable(s, b.row + i, b.column + j));
  }
}

class FakeFormat implements XlRangeFormat {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheetRef: SheetRef,
    private readonly b: () => Bounds,
  ) {}
  get fill(): XlFill {
    return new FakeFill(this.ctx, this.sheetRef, this.b);
  }
  get font(): { bold: boolean } {
    const { ctx, sheetRef, b: bounds } = this;
    return {
      get bold(): boolean {
        throw new FakeOfficeError("PropertyNotLoaded", "font.bold is write-only in the fake");
      },
      set bold(v: boolean) {
        ctx.enqueue({
          run: () => {
            const s = sheetRef();
            const b = bounds();
            for (let i = 0; i < b.rows; i++)
              for (let j = 0; j < b.columns; j++) mutable(s, b.row + i, b.column + j).bold = v;
            return 0;
          },
          bytes: 80,
          cells: 0,
          writes: true,
        });
      },
    };
  }
  get columnWidth(): number {
    throw new FakeOfficeError("PropertyNotLoaded", "columnWidth is write-only in the fake");
  }
  set columnWidth(v: number) {
    this.ctx.enqueue({
      run: () => {
        const b = this.b();
        for (let j = 0; j < b.columns; j++) this.sheetRef().columnWidths.set(b.column + j, v);
        return 0;
      },
      bytes: 80,
      cells: 0,
      writes: true,
    });
  }
  autofitColumns(): void {
    this.ctx.enqueue({ run: () => 0, bytes: 60, cells: 0, writes: false });
  }
}

class FakeValidationProxy implements XlDataValidation {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheetRef: SheetRef,
    private readonly b: () => Bounds,
  ) {}
  private entry(): FakeValidation {
    const b = this.b();
    const address = blockAddress(b.row, b.column, b.rows, b.columns);
    const s = this.sheetRef();
    let v = s.validations.find((x) => x.address === address);
    if (!v) {
      v = { address };
      s.validations.push(v);
    }
    return v;
  }
  private set<K extends keyof FakeValidation>(k: K, value: FakeValidation[K]): void {
    this.ctx.enqueue({
      run: () => {
        (this.entry() as { [P in K]: FakeValidation[P] })[k] = value;
        return 0;
      },
      bytes: 80 + jsonBytes(value),
      cells: 0,
      writes: true,
    });
  }
  get rule(): Excel.DataValidationRule {
    throw new FakeOfficeError("PropertyNotLoaded", "write-only in the fake");
  }
  set rule(v: Excel.DataValidationRule) {
    this.set("rule", v);
  }
  get errorAlert(): Excel.DataValidationErrorAlert {
    throw new FakeOfficeError("PropertyNotLoaded", "write-only in the fake");
  }
  set errorAlert(v: Excel.DataValidationErrorAlert) {
    this.set("errorAlert", v);
  }
  get prompt(): Excel.DataValidationPrompt {
    throw new FakeOfficeError("PropertyNotLoaded", "write-only in the fake");
  }
  set prompt(v: Excel.DataValidationPrompt) {
    this.set("prompt", v);
  }
  get ignoreBlanks(): boolean {
    throw new FakeOfficeError("PropertyNotLoaded", "write-only in the fake");
  }
  set ignoreBlanks(v: boolean) {
    this.set("ignoreBlanks", v);
  }
  clear(): void {
    this.ctx.enqueue({
      run: () => {
        const b = this.b();
        const address = blockAddress(b.row, b.column, b.rows, b.columns);
        const s = this.sheetRef();
        s.validations = s.validations.filter((x) => x.address !== address);
        return 0;
      },
      bytes: 60,
      cells: 0,
      writes: true,
    });
  }
}

class FakeSheetProxy extends Loadable implements XlWorksheet {
  constructor(
    ctx: FakeContext,
    /** Resolves the sheet at sync time; null = a null object. */
    private readonly find: () => FakeSheetState | undefined,
    private readonly nullable: boolean,
    private readonly label: string,
  ) {
    super(ctx);
  }

  protected override missing(): boolean {
    return this.nullable && !this.find();
  }

  state(): FakeSheetState {
    const s = this.find();
    if (!s) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: ${this.label}`);
    return s;
  }

  protected read(prop: string): unknown {
    const s = this.state();
    if (prop === "name") return s.name;
    if (prop === "visibility") return s.visibility;
    throw new FakeOfficeError("PropertyNotFound", `Worksheet has no property ${prop}`);
  }

  get name(): string {
    return this.got("name");
  }
  get visibility(): "Visible" | "Hidden" | "VeryHidden" {
    return this.got("visibility");
  }
  set visibility(v: "Visible" | "Hidden" | "VeryHidden") {
    this.write(() => (this.state().visibility = v), v);
  }

  get tables(): XlTableCollection {
    return new FakeTableCollection(this.ctx, () => this.state());
  }

  get charts(): XlWorksheet["charts"] {
    return {
      getItemOrNullObject: (name: string) => new FakeChartItem(this.ctx, () => this.state(), name),
      add: (type, source) => {
        const chart = { type, source: "", name: "", title: "", position: "" };
        this.write(() => {
          chart.source = (source as FakeRange).addressNow();
          this.state().charts.push(chart);
        });
        const write = (f: () => void): void => this.write(f);
        return {
          get name() {
            return chart.name;
          },
          set name(v: string) {
            write(() => (chart.name = v));
          },
          title: {
            get text() {
              return chart.title;
            },
            set text(v: string) {
              write(() => (chart.title = v));
            },
          },
          setPosition(start: string) {
            write(() => (chart.position = start));
          },
        };
      },
    };
  }

  get freezePanes(): { freezeRows(count?: number): void } {
    return { freezeRows: (n = 1) => this.write(() => (this.state().frozenRows = n)) };
  }

  getRange(address?: string): XlRange {
    const b = address ? parseBlock(address) : { row: 0, column: 0, rows: 1, columns: 1 };
    if (!b) throw new FakeOfficeError("InvalidArgument", `bad address ${address}`);
    return new FakeRange(
      this.ctx,
      () => this.state(),
      () => b,
    );
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): XlRange {
    if (rows < 1 || columns < 1 || row < 0 || column < 0 || row + rows > 1_048_576 || column + columns > 16_384)
      throw new FakeOfficeError("InvalidArgument", `bad range ${row},${column},${rows},${columns}`);
    return new FakeRange(
      this.ctx,
      () => this.state(),
      () => ({ row, column, rows, columns }),
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): XlRange {
    return new FakeRange(
      this.ctx,
      () => this.state(),
      () => usedBounds(this.state(), valuesOnly),
    );
  }

  activate(): void {
    this.write(() => (this.ctx.book.activeSheet = this.state().name));
  }

  delete(): void {
    this.write(() => this.ctx.book.deleteSheet(this.state()));
  }
}

/** A chart found by name (a null object when the sheet has none of that name). */
class FakeChartItem extends Loadable implements XlChartItem {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheetState,
    private readonly label: string,
  ) {
    super(ctx);
  }
  private find(): FakeSheetState["charts"][number] | undefined {
    return this.sheet().charts.find((c) => c.name.toLowerCase() === this.label.toLowerCase());
  }
  protected override missing(): boolean {
    return !this.find();
  }
  protected read(prop: string): unknown {
    if (prop !== "name") throw new FakeOfficeError("PropertyNotFound", `Chart has no property ${prop}`);
    return this.find()?.name;
  }
  delete(): void {
    this.write(() => {
      const charts = this.sheet().charts;
      const c = this.find();
      if (!c) throw new FakeOfficeError("ItemNotFound", `chart ${this.label}`);
      charts.splice(charts.indexOf(c), 1);
    });
  }
}

class FakeSheets extends Loadable implements XlWorksheetCollection {
  protected read(prop: string): unknown {
    if (prop !== "items") throw new FakeOfficeError("PropertyNotFound", prop);
    return this.ctx.book.sheets.map((s) => new FakeSheetProxy(this.ctx, () => s, false, s.name));
  }
  get items(): XlWorksheet[] {
    return this.got("items");
  }
  getItem(name: string): XlWorksheet {
    return new FakeSheetProxy(this.ctx, () => this.ctx.book.sheet(name), false, name);
  }
  getItemOrNullObject(name: string): XlWorksheet {
    return new FakeSheetProxy(this.ctx, () => this.ctx.book.sheet(name), true, name);
  }
  add(name?: string): XlWorksheet {
    const n = name ?? `Sheet${this.ctx.book.sheets.length + 1}`;
    this.ctx.enqueue({
      run: () => {
        this.ctx.book.addSheet(n);
        return 0;
      },
      bytes: 80,
      cells: 0,
      writes: true,
    });
    return this.getItem(n);
  }
}

class FakeTableProxy extends Loadable implements XlTable {
  constructor(
    ctx: FakeContext,
    private readonly find: () => FakeTableState | undefined,
    private readonly nullable: boolean,
    private readonly label: string,
  ) {
    super(ctx);
  }
  protected override missing(): boolean {
    return this.nullable && !this.find();
  }
  state(): FakeTableState {
    const t = this.find();
    if (!t) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: ${this.label}`);
    return t;
  }
  protected read(prop: string): unknown {
    const t = this.state();
    switch (prop) {
      case "id":
        return t.id;
      case "name":
        return t.name;
      case "worksheet":
        return new FakeSheetProxy(this.ctx, () => t.sheet, false, t.sheet.name);
      case "style":
        return t.style;
      case "showFilterButton":
        return t.showFilterButton;
      default:
        throw new FakeOfficeError("PropertyNotFound", `Table has no property ${prop}`);
    }
  }
  get id(): string {
    return this.got("id");
  }
  get name(): string {
    return this.got("name");
  }
  set name(v: string) {
    this.write(() => {
      if (this.ctx.book.tables.some((t) => t !== this.state() && t.name.toLowerCase() === v.toLowerCase()))
        throw new FakeOfficeError("InvalidArgument", `table name ${v} is taken`);
      this.state().name = v;
    });
  }
  get worksheet(): XlWorksheet {
    return this.got("worksheet");
  }
  get style(): string {
    return this.got("style");
  }
  set style(v: string) {
    this.write(() => (this.state().style = v));
  }
  get showFilterButton(): boolean {
    return this.got("showFilterButton");
  }
  set showFilterButton(v: boolean) {
    this.write(() => (this.state().showFilterButton = v));
  }
  get columns(): XlTable["columns"] {
    return {
      add: (_index, values, name) => {
        this.write(
          () => {
            const t = this.state();
            const col = t.column + t.columns;
            t.columns++;
            setCell(t.sheet, t.row, col, name ?? `Column${t.columns}`);
            values?.forEach((r, i) => setCell(t.sheet, t.row + i, col, r[0]));
          },
          values ?? null,
          values?.length ?? 0,
        );
        const label = name ?? "";
        return new FakeTableColumn(this.ctx, () => this.find(), label, false);
      },
      getItemOrNullObject: (k: string) => new FakeTableColumn(this.ctx, () => this.find(), k, true),
    };
  }
  private sub(f: (t: FakeTableState) => Bounds): XlRange {
    return new FakeRange(
      this.ctx,
      () => this.state().sheet,
      () => f(this.state()),
    );
  }
  getHeaderRowRange(): XlRange {
    return this.sub((t) => ({ row: t.row, column: t.column, rows: 1, columns: t.columns }));
  }
  getDataBodyRange(): XlRange {
    return this.sub((t) => ({ row: t.row + 1, column: t.column, rows: t.rows - 1, columns: t.columns }));
  }
  getRange(): XlRange {
    return this.sub((t) => ({ row: t.row, column: t.column, rows: t.rows, columns: t.columns }));
  }
}

class FakeTableColumn extends Loadable implements XlTableColumn {
  constructor(
    ctx: FakeContext,
    private readonly table: () => FakeTableState | undefined,
    private readonly header: string,
    private readonly nullable: boolean,
  ) {
    super(ctx);
  }
  private index(): number {
    const t = this.table();
    if (!t) return -1;
    for (let j = 0; j < t.columns; j++)
      if (String(cellOf(t.sheet, t.row, t.column + j).value ?? "").toLowerCase() === this.header.toLowerCase())
        return j;
    return -1;
  }
  protected override missing(): boolean {
    return this.nullable && this.index() < 0;
  }
  protected read(prop: string): unknown {
    if (prop !== "name") throw new FakeOfficeError("PropertyNotFound", prop);
    return this.header;
  }
  get name(): string {
    return this.got("name");
  }
  delete(): void {
    this.write(() => {
      const t = this.table();
      const j = this.index();
      if (!t || j < 0) throw new FakeOfficeError("ItemNotFound", `column ${this.header}`);
      // Cells of the table's rows right of the column move one to the left, as in Excel.
      const s = t.sheet;
      const last = t.column + t.columns - 1;
      for (let r = t.row; r < t.row + t.rows; r++) {
        for (let c = t.column + j; c < last; c++) {
          const next = s.cells.get(key(r, c + 1));
          if (next) s.cells.set(key(r, c), next);
          else s.cells.delete(key(r, c));
        }
        s.cells.delete(key(r, last));
      }
      t.columns--;
    });
  }
}

class FakeTableCollection extends Loadable implements XlTableCollection {
  constructor(
    ctx: FakeContext,
    /** Limit to one sheet's tables (worksheet.tables) or null for the workbook's. */
    private readonly sheet: (() => FakeSheetState) | null,
  ) {
    super(ctx);
  }
  protected read(prop: string): unknown {
    if (prop !== "items") throw new FakeOfficeError("PropertyNotFound", prop);
    const s = this.sheet?.();
    return this.ctx.book.tables
      .filter((t) => !s || t.sheet === s)
      .map((t) => new FakeTableProxy(this.ctx, () => t, false, t.name));
  }
  get items(): XlTable[] {
    return this.got("items");
  }
  add(address: string, _hasHeaders: boolean): XlTable {
    let created: FakeTableState | undefined;
    this.write(() => {
      const bang = address.lastIndexOf("!");
      const sheet =
        bang >= 0 ? sheetOrThrow(this.ctx.book, address.slice(0, bang).replace(/^'|'$/g, "")) : this.sheet?.();
      if (!sheet) throw new FakeOfficeError("InvalidArgument", "table address needs a sheet");
      created = this.ctx.book.addTable(sheet, address.slice(bang + 1));
    });
    return new FakeTableProxy(this.ctx, () => created, false, address);
  }
  getItemOrNullObject(name: string): XlTable {
    return new FakeTableProxy(this.ctx, () => this.ctx.book.table(name), true, name);
  }
}

class FakeSetting extends Loadable implements XlSetting {
  constructor(
    ctx: FakeContext,
    private readonly k: string,
  ) {
    super(ctx);
  }
  protected override missing(): boolean {
    return !this.ctx.book.settings.has(this.k);
  }
  protected read(prop: string): unknown {
    if (prop !== "value") throw new FakeOfficeError("PropertyNotFound", prop);
    return this.ctx.book.settings.get(this.k);
  }
  get value(): unknown {
    return this.got("value");
  }
  delete(): void {
    this.write(() => {
      if (!this.ctx.book.settings.delete(this.k)) throw new FakeOfficeError("ItemNotFound", this.k);
    });
  }
}

class FakeWorkbookProxy implements XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
  readonly tables: XlTableCollection;
  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeSheets(ctx);
    this.tables = new FakeTableCollection(ctx, null);
  }
  get settings(): XlWorkbook["settings"] {
    const ctx = this.ctx;
    return {
      add: (k: string, v: string) =>
        ctx.enqueue({
          run: () => {
            ctx.book.settings.set(k, v);
            return 0;
          },
          bytes: 80 + jsonBytes(v),
          cells: 0,
          writes: false,
        }),
      getItemOrNullObject: (k: string) => new FakeSetting(ctx, k),
    };
  }
  get application(): XlWorkbook["application"] {
    return {
      suspendApiCalculationUntilNextSync: () => this.ctx.suspendCalc(),
      suspendScreenUpdatingUntilNextSync: () => this.ctx.suspendScreen(),
    };
  }
}

export { columnLetters };

/** The shape of `MemoryWorkbookSpec` (src/workbook/memory/types.ts) the fake can be built from. */
export interface FakeSpec {
  readonly sheets: readonly {
    readonly name: string;
    readonly rows?: readonly (readonly (string | number | boolean | null | { readonly error: string })[])[];
    readonly tables?: readonly { readonly name: string; readonly ref: string }[];
    readonly hidden?: boolean | "veryHidden";
    readonly formats?: Readonly<Record<string, string>>;
    readonly formulas?: Readonly<Record<string, string>>;
  }[];
  readonly settings?: string;
}

const FORMAT_CODES: Readonly<Record<string, string>> = {
  percent: "0%",
  decimal: "#,##0.00",
  text: "@",
  date: "dd-mm-yyyy",
};

/** A fake Excel holding the cells of a spec exactly as stored (no typing rules applied). */
export function fakeFromSpec(spec: FakeSpec, settingsKey: string): FakeExcel {
  const book = new FakeExcel();
  for (const s of spec.sheets) {
    const sheet = book.addSheet(s.name);
    if (s.hidden) sheet.visibility = s.hidden === "veryHidden" ? "VeryHidden" : "Hidden";
    (s.rows ?? []).forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null) return;
        sheet.cells.set(`${i},${j}`, typeof v === "object" ? { value: null, error: v.error } : { value: v });
      }),
    );
    for (const [address, f] of Object.entries(s.formats ?? {})) {
      const b = parseBlock(address)!;
      const cell = sheet.cells.get(`${b.row},${b.column}`) ?? { value: null };
      cell.numberFormat = FORMAT_CODES[f] ?? "General";
      sheet.cells.set(`${b.row},${b.column}`, cell);
    }
    for (const [address, f] of Object.entries(s.formulas ?? {})) {
      const b = parseBlock(address)!;
      const cell = sheet.cells.get(`${b.row},${b.column}`) ?? { value: null };
      cell.formula = f;
      sheet.cells.set(`${b.row},${b.column}`, cell);
    }
    for (const t of s.tables ?? []) book.addTable(sheet, t.ref).name = t.name;
  }
  if (spec.settings !== undefined) book.settings.set(settingsKey, spec.settings);
  return book;
}
