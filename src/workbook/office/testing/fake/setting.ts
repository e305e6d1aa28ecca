/** One of `workbook.settings`. */
import type { XlSetting } from "../../excel-api";
import type { FakeContext } from "./context";
import { Loadable } from "./loadable";
import { FakeOfficeError } from "./state";

export class FakeSetting extends Loadable implements XlSetting {
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
