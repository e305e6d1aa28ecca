/** `Excel.Worksheet`: a sheet found at sync time (or a null object). */
import { pageLayout } from "./report";
import type { XlPageLayout } from "../../excel-api";
import type { XlRange, XlTableCollection, XlWorksheet } from "../../excel-api";
import { parseBlock } from "../../address";
import { FakeChartItem } from "./chart";
import type { FakeContext } from "./context";
import { Loadable } from "./loadable";
import { FakeRange } from "./range";
import { FakeOfficeError, usedBounds, type FakeSheetState } from "./state";
import { FakeTableCollection } from "./tables";

export class FakeSheetProxy extends Loadable implements XlWorksheet {
  constructor(
    ctx: FakeContext,
    /** Resolves the sheet at sync time; null = a null object. */
    private readonly find: () => FakeSheetState | undefined,
    private readonly nullable: boolean,
    private readonly label: string,
  ) {
    super(ctx);
  }

  protected override missing(): boolean {
    return this.nullable && !this.find();
  }

  state(): FakeSheetState {
    const s = this.find();
    if (!s) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: ${this.label}`);
    return s;
  }

  protected read(prop: string): unknown {
    const s = this.state();
    if (prop === "name") return s.name;
    if (prop === "visibility") return s.visibility;
    throw new FakeOfficeError("PropertyNotFound", `Worksheet has no property ${prop}`);
  }

  get name(): string {
    return this.got("name");
  }
  get visibility(): "Visible" | "Hidden" | "VeryHidden" {
    return this.got("visibility");
  }
  set visibility(v: "Visible" | "Hidden" | "VeryHidden") {
    this.write(() => (this.state().visibility = v), v);
  }

  get tables(): XlTableCollection {
    return new FakeTableCollection(this.ctx, () => this.state());
  }

  get charts(): XlWorksheet["charts"] {
    return {
      getItemOrNullObject: (name: string) => new FakeChartItem(this.ctx, () => this.state(), name),
      add: (type, source) => {
        const chart = { type, source: "", name: "", title: "", position: "" };
        this.write(() => {
          chart.source = (source as FakeRange).addressNow();
          this.state().charts.push(chart);
        });
        const write = (f: () => void): void => this.write(f);
        return {
          get name() {
            return chart.name;
          },
          set name(v: string) {
            write(() => (chart.name = v));
          },
          title: {
            get text() {
              return chart.title;
            },
            set text(v: string) {
              write(() => (chart.title = v));
            },
          },
          setPosition(start: string) {
            write(() => (chart.position = start));
          },
        };
      },
    };
  }

  get pageLayout(): XlPageLayout {
    return pageLayout(this.ctx, () => this.state());
  }

  get freezePanes(): { freezeRows(count?: number): void } {
    return { freezeRows: (n = 1) => this.write(() => (this.state().frozenRows = n)) };
  }

  getRange(address?: string): XlRange {
    const b = address ? parseBlock(address) : { row: 0, column: 0, rows: 1, columns: 1 };
    if (!b) throw new FakeOfficeError("InvalidArgument", `bad address ${address}`);
    return new FakeRange(
      this.ctx,
      () => this.state(),
      () => b,
    );
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): XlRange {
    if (rows < 1 || columns < 1 || row < 0 || column < 0 || row + rows > 1_048_576 || column + columns > 16_384)
      throw new FakeOfficeError("InvalidArgument", `bad range ${row},${column},${rows},${columns}`);
    return new FakeRange(
      this.ctx,
      () => this.state(),
      () => ({ row, column, rows, columns }),
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): XlRange {
    return new FakeRange(
      this.ctx,
      () => this.state(),
      () => usedBounds(this.state(), valuesOnly),
    );
  }

  activate(): void {
    this.write(() => (this.ctx.book.activeSheet = this.state().name));
  }

  delete(): void {
    this.write(() => this.ctx.book.deleteSheet(this.state()));
  }
}
