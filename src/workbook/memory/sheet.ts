/** The in-memory sheet: sparse rows of cells, tables, hidden rows, merges. */
import type { ReportLayout } from "../port";
import type { CellValue } from "../../domain/model";
import type { CellFormat, HighlightKind } from "../port";
import { parseRange, rangeRef, type CellRange } from "../sheet/a1";
import type { GridCell, GridSheet, MemorySheetSpec } from "./types";

export interface MemCell {
  value: CellValue;
  formula?: string;
  format?: CellFormat;
  highlight?: HighlightKind;
}

export interface MemTable {
  name: string;
  rect: CellRange;
  columns: string[];
}

/** Excel's names for table columns: blank headers become ColumnN, repeats get a number. */
export const tableColumnNames = (headers: readonly CellValue[]): string[] => {
  const seen = new Set<string>();
  return headers.map((h, i) => {
    let base = h === null ? "" : typeof h === "object" ? h.error : String(h);
    if (base.trim() === "") base = `Column${i + 1}`;
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base}${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
};

export class MemSheet {
  /** rows[r][c]: Excel row r + 1, column c. */
  readonly rows: (MemCell | undefined)[][] = [];
  readonly tables: MemTable[] = [];
  readonly hiddenRows = new Set<number>();
  readonly merges: CellRange[] = [];
  /** A report's layout as the plan gave it (the grid shows it; the host draws what it can). */
  report?: ReportLayout;

  constructor(
    public name: string,
    public hidden: false | "hidden" | "veryHidden" = false,
  ) {}

  static fromSpec(spec: MemorySheetSpec): MemSheet {
    const s = new MemSheet(
      spec.name,
      spec.hidden === true ? "hidden" : spec.hidden === "veryHidden" ? "veryHidden" : false,
    );
    (spec.rows ?? []).forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) s.set(r + 1, c, { value });
      }),
    );
    const at = (a1: string): { row: number; column: number } => {
      const rect = parseRange(a1);
      if (!rect) throw new Error(`bad cell address ${a1} in sheet ${spec.name}`);
      return { row: rect.top, column: rect.left };
    };
    for (const [a1, formula] of Object.entries(spec.formulas ?? {})) {
      const p = at(a1);
      s.set(p.row, p.column, { ...(s.get(p.row, p.column) ?? { value: null }), formula });
    }
    for (const [a1, format] of Object.entries(spec.formats ?? {})) {
      const p = at(a1);
      s.set(p.row, p.column, { ...(s.get(p.row, p.column) ?? { value: null }), format });
    }
    for (const r of spec.hiddenRows ?? []) s.hiddenRows.add(r);
    for (const m of spec.merges ?? []) {
      const rect = parseRange(m);
      if (rect) s.merges.push(rect);
    }
    for (const t of spec.tables ?? []) {
      const rect = parseRange(t.ref);
      if (!rect) throw new Error(`bad table range ${t.ref} in sheet ${spec.name}`);
      const headers: CellValue[] = [];
      for (let c = rect.left; c <= rect.right; c++) headers.push(s.get(rect.top, c)?.value ?? null);
      s.tables.push({ name: t.name, rect, columns: tableColumnNames(headers) });
    }
    return s;
  }

  get(row: number, column: number): MemCell | undefined {
    return this.rows[row - 1]?.[column];
  }

  set(row: number, column: number, cell: MemCell | undefined): void {
    const r = (this.rows[row - 1] ??= []);
    r[column] = cell;
  }

  value(row: number, column: number): CellValue {
    return this.get(row, column)?.value ?? null;
  }

  /** Has the user put anything here (a value or a formula)? */
  filled(row: number, column: number): boolean {
    const c = this.get(row, column);
    return c !== undefined && (c.value !== null || c.formula !== undefined);
  }

  /** Visits every cell that holds something, row by row. */
  forEach(visit: (row: number, column: number, cell: MemCell) => void): void {
    this.rows.forEach((r, i) =>
      r?.forEach((cell, c) => {
        if (cell) visit(i + 1, c, cell);
      }),
    );
  }

  grid(owned: boolean): GridSheet {
    // The used area: up to the last row and column that hold a cell (cleared cells do not count).
    let height = 0;
    let width = 0;
    this.forEach((row, column) => {
      height = Math.max(height, row);
      width = Math.max(width, column + 1);
    });
    const cells = Array.from({ length: height }, (_, i) =>
      Array.from({ length: width }, (_, c): GridCell | null => {
        const cell = this.rows[i]?.[c];
        if (!cell) return null;
        return {
          value: cell.value,
          ...(cell.formula !== undefined ? { formula: cell.formula } : {}),
          ...(cell.format !== undefined ? { format: cell.format } : {}),
          ...(cell.highlight !== undefined ? { highlight: cell.highlight } : {}),
        };
      }),
    );
    return {
      name: this.name,
      hidden: this.hidden,
      cells,
      tables: this.tables.map((t) => ({ name: t.name, ref: rangeRef(t.rect), columns: [...t.columns] })),
      hiddenRows: [...this.hiddenRows].sort((a, b) => a - b),
      merges: this.merges.map(rangeRef),
      ownedByKontrakttjek: owned,
      ...(this.report ? { report: this.report } : {}),
    };
  }
}
