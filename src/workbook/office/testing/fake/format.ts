/** `Excel.RangeFormat`: fill, bold and column width (the writes the adapter makes). */
import type { XlFill, XlRangeFormat } from "../../excel-api";
import type { FakeContext } from "./context";
import { FakeFill } from "./fill";
import { cellLook, rowHeight } from "./report";
import { FakeOfficeError, mutable, type Bounds, type SheetRef } from "./state";

export class FakeFormat implements XlRangeFormat {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheetRef: SheetRef,
    private readonly b: () => Bounds,
  ) {}
  get fill(): XlFill {
    return new FakeFill(this.ctx, this.sheetRef, this.b);
  }
  get font(): XlRangeFormat["font"] {
    const { ctx, sheetRef, b: bounds } = this;
    const look = (name: string) => (v: unknown) => cellLook(ctx, sheetRef, bounds, name, v);
    const writeOnly = (name: string): never => {
      throw new FakeOfficeError("PropertyNotLoaded", `font.${name} is write-only in the fake`);
    };
    return {
      get italic(): boolean {
        return writeOnly("italic");
      },
      set italic(v: boolean) {
        look("italic")(v);
      },
      get color(): string {
        return writeOnly("color");
      },
      set color(v: string) {
        look("color")(v);
      },
      get size(): number {
        return writeOnly("size");
      },
      set size(v: number) {
        look("size")(v);
      },
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
  get wrapText(): boolean {
    throw new FakeOfficeError("PropertyNotLoaded", "wrapText is write-only in the fake");
  }
  set wrapText(v: boolean) {
    cellLook(this.ctx, this.sheetRef, this.b, "wrap", v);
  }
  get indentLevel(): number {
    throw new FakeOfficeError("PropertyNotLoaded", "indentLevel is write-only in the fake");
  }
  set indentLevel(v: number) {
    cellLook(this.ctx, this.sheetRef, this.b, "indent", v);
  }
  get verticalAlignment(): "Top" {
    throw new FakeOfficeError("PropertyNotLoaded", "verticalAlignment is write-only in the fake");
  }
  set verticalAlignment(v: string) {
    cellLook(this.ctx, this.sheetRef, this.b, "vertical", v);
  }
  get rowHeight(): number {
    throw new FakeOfficeError("PropertyNotLoaded", "rowHeight is write-only in the fake");
  }
  set rowHeight(v: number) {
    rowHeight(this.ctx, this.sheetRef, this.b, v);
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
