/** The fake's workbook: sheets, tables, custom XML parts, settings, the requests made, and HyperFormula for formulas. */
import { HyperFormula } from "hyperformula";
import type { XlRun } from "../../excel-api";
import { parseBlock } from "../../address";
import { FakeContext } from "./context";
import { namespaceOf, type FakeCustomXmlPartState } from "./custom-xml";
import {
  cellOf,
  FakeOfficeError,
  key,
  setCell,
  type FakeCell,
  type FakeRequest,
  type FakeSheetState,
  type FakeTableState,
} from "./state";

export class FakeExcel {
  readonly sheets: FakeSheetState[] = [];
  readonly tables: FakeTableState[] = [];
  readonly settings = new Map<string, string>();
  /** `workbook.customXmlParts`, in the order they were added. */
  readonly customXmlParts: FakeCustomXmlPartState[] = [];
  private partSeq = 0;
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

  /** Add a custom XML part as Excel does (refusing XML that does not parse); returns it. */
  addCustomXmlPart(xml: string): FakeCustomXmlPartState {
    const n = (++this.partSeq).toString(16).toUpperCase().padStart(12, "0");
    const part = { id: `{5A17E0C1-0000-4000-8000-${n}}`, xml, namespaceUri: namespaceOf(xml) };
    this.customXmlParts.push(part);
    return part;
  }

  /** Test helper: the XML of the custom XML parts of a namespace. */
  customXml(namespaceUri: string): string[] {
    return this.customXmlParts.filter((p) => p.namespaceUri === namespaceUri).map((p) => p.xml);
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
