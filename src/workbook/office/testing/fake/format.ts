/** `Excel.RangeFormat`: fill, bold and column width (the writes the adapter makes). */
import type { XlFill, XlRangeFormat } from "../../excel-api";
import type { FakeContext } from "./context";
import { FakeFill } from "./fill";
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
