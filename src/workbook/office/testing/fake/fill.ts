/** `Excel.RangeFill`: a range's fill colour (one colour, or null when its cells differ). */
import type { XlFill } from "../../excel-api";
import type { FakeContext } from "./context";
import { Loadable } from "./loadable";
import { cellOf, FakeOfficeError, mutable, type Bounds, type FakeCell, type SheetRef } from "./state";

export class FakeFill extends Loadable implements XlFill {
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
