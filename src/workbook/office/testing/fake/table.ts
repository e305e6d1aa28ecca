/** `Excel.Table`: a table found at sync time (or a null object). */
import type { XlRange, XlTable, XlWorksheet } from "../../excel-api";
import type { FakeContext } from "./context";
import { Loadable } from "./loadable";
import { FakeRange } from "./range";
import { FakeOfficeError, setCell, type Bounds, type FakeTableState } from "./state";
import { FakeTableColumn } from "./table-column";

export class FakeTableProxy extends Loadable implements XlTable {
  constructor(
    ctx: FakeContext,
    private readonly find: () => FakeTableState | undefined,
    private readonly nullable: boolean,
    private readonly label: string,
  ) {
    super(ctx);
  }
  protected override missing(): boolean {
    return this.nullable && !this.find();
  }
  state(): FakeTableState {
    const t = this.find();
    if (!t) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: ${this.label}`);
    return t;
  }
  protected read(prop: string): unknown {
    const t = this.state();
    switch (prop) {
      case "id":
        return t.id;
      case "name":
        return t.name;
      case "worksheet":
        return this.ctx.sheetProxy(() => t.sheet, false, t.sheet.name);
      case "style":
        return t.style;
      case "showFilterButton":
        return t.showFilterButton;
      default:
        throw new FakeOfficeError("PropertyNotFound", `Table has no property ${prop}`);
    }
  }
  get id(): string {
    return this.got("id");
  }
  get name(): string {
    return this.got("name");
  }
  set name(v: string) {
    this.write(() => {
      if (this.ctx.book.tables.some((t) => t !== this.state() && t.name.toLowerCase() === v.toLowerCase()))
        throw new FakeOfficeError("InvalidArgument", `table name ${v} is taken`);
      this.state().name = v;
    });
  }
  get worksheet(): XlWorksheet {
    return this.got("worksheet");
  }
  get style(): string {
    return this.got("style");
  }
  set style(v: string) {
    this.write(() => (this.state().style = v));
  }
  get showFilterButton(): boolean {
    return this.got("showFilterButton");
  }
  set showFilterButton(v: boolean) {
    this.write(() => (this.state().showFilterButton = v));
  }
  get columns(): XlTable["columns"] {
    return {
      add: (_index, values, name) => {
        this.write(
          () => {
            const t = this.state();
            const col = t.column + t.columns;
            t.columns++;
            setCell(t.sheet, t.row, col, name ?? `Column${t.columns}`);
            values?.forEach((r, i) => setCell(t.sheet, t.row + i, col, r[0]));
          },
          values ?? null,
          values?.length ?? 0,
        );
        const label = name ?? "";
        return new FakeTableColumn(this.ctx, () => this.find(), label, false);
      },
      getItemOrNullObject: (k: string) => new FakeTableColumn(this.ctx, () => this.find(), k, true),
    };
  }
  private sub(f: (t: FakeTableState) => Bounds): XlRange {
    return new FakeRange(
      this.ctx,
      () => this.state().sheet,
      () => f(this.state()),
    );
  }
  getHeaderRowRange(): XlRange {
    return this.sub((t) => ({ row: t.row, column: t.column, rows: 1, columns: t.columns }));
  }
  getDataBodyRange(): XlRange {
    return this.sub((t) => ({ row: t.row + 1, column: t.column, rows: t.rows - 1, columns: t.columns }));
  }
  getRange(): XlRange {
    return this.sub((t) => ({ row: t.row, column: t.column, rows: t.rows, columns: t.columns }));
  }
}
