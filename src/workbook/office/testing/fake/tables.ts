/** `Excel.TableCollection`: a sheet's tables or the workbook's. */
import type { XlTable, XlTableCollection } from "../../excel-api";
import type { FakeContext } from "./context";
import { Loadable } from "./loadable";
import { FakeOfficeError, sheetOrThrow, type FakeSheetState, type FakeTableState } from "./state";
import { FakeTableProxy } from "./table";

export class FakeTableCollection extends Loadable implements XlTableCollection {
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
