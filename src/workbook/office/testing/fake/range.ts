/** `Excel.Range`: a block of a sheet, resolved at sync time. */
import type { XlDataValidation, XlRange, XlRangeAreas, XlRangeFormat } from "../../excel-api";
import { blockAddress } from "../../address";
import type { FakeContext } from "./context";
import { FakeFormat } from "./format";
import { Loadable } from "./loadable";
import { FakeRangeAreas } from "./range-areas";
import {
  cellOf,
  FakeOfficeError,
  key,
  MAX_CELLS,
  mutable,
  setCell,
  sheetRef,
  usedBounds,
  type Bounds,
  type FakeCell,
  type SheetRef,
} from "./state";
import { FakeValidationProxy } from "./validation";
import { conditionalFormats, hideColumns } from "./report";

export class FakeRange extends Loadable implements XlRange {
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

  get columnHidden(): boolean {
    throw new FakeOfficeError("PropertyNotLoaded", "columnHidden is write-only in the fake");
  }
  set columnHidden(v: boolean) {
    hideColumns(this.ctx, this.sheetRef, () => this.b(), v);
  }

  get conditionalFormats(): XlRange["conditionalFormats"] {
    return conditionalFormats(this.ctx, this.sheetRef, () => this.b());
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
