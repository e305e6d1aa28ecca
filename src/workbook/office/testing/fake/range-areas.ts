import type { XlRangeAreas } from "../../excel-api";
import { blockAddress } from "../../address";
import type { FakeContext } from "./context";
import { Loadable } from "./loadable";
import { FakeOfficeError, sheetRef, type Bounds, type FakeSheetState } from "./state";

/** Several blocks of one sheet, found at sync time (null when none: a null object). */
export class FakeRangeAreas extends Loadable implements XlRangeAreas {
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
