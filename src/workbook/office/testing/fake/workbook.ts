/** `Excel.Workbook`: its sheets, tables, custom XML parts, settings and application. */
import type { XlCustomXmlPartCollection, XlTableCollection, XlWorkbook, XlWorksheetCollection } from "../../excel-api";
import { jsonBytes } from "../../limits";
import type { FakeContext } from "./context";
import { FakeCustomXmlParts } from "./custom-xml";
import { FakeSetting } from "./setting";
import { FakeSheets } from "./sheets";
import { FakeTableCollection } from "./tables";

export class FakeWorkbookProxy implements XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
  readonly tables: XlTableCollection;
  readonly customXmlParts: XlCustomXmlPartCollection;
  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeSheets(ctx);
    this.tables = new FakeTableCollection(ctx, null);
    this.customXmlParts = new FakeCustomXmlParts(ctx);
  }
  get settings(): XlWorkbook["settings"] {
    const ctx = this.ctx;
    return {
      add: (k: string, v: string) =>
        ctx.enqueue({
          run: () => {
            ctx.book.settings.set(k, v);
            return 0;
          },
          bytes: 80 + jsonBytes(v),
          cells: 0,
          writes: false,
        }),
      getItemOrNullObject: (k: string) => new FakeSetting(ctx, k),
    };
  }
  get application(): XlWorkbook["application"] {
    return {
      suspendApiCalculationUntilNextSync: () => this.ctx.suspendCalc(),
      suspendScreenUpdatingUntilNextSync: () => this.ctx.suspendScreen(),
    };
  }
}
