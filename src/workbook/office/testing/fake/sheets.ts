/** `Excel.WorksheetCollection`. */
import type { XlWorksheet, XlWorksheetCollection } from "../../excel-api";
import { Loadable } from "./loadable";
import { FakeSheetProxy } from "./sheet";
import { FakeOfficeError } from "./state";

export class FakeSheets extends Loadable implements XlWorksheetCollection {
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
