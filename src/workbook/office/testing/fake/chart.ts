import type { XlChartItem } from "../../excel-api";
import type { FakeContext } from "./context";
import { Loadable } from "./loadable";
import { FakeOfficeError, type FakeSheetState } from "./state";

/** A chart found by name (a null object when the sheet has none of that name). */
export class FakeChartItem extends Loadable implements XlChartItem {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheetState,
    private readonly label: string,
  ) {
    super(ctx);
  }
  private find(): FakeSheetState["charts"][number] | undefined {
    return this.sheet().charts.find((c) => c.name.toLowerCase() === this.label.toLowerCase());
  }
  protected override missing(): boolean {
    return !this.find();
  }
  protected read(prop: string): unknown {
    if (prop !== "name") throw new FakeOfficeError("PropertyNotFound", `Chart has no property ${prop}`);
    return this.find()?.name;
  }
  delete(): void {
    this.write(() => {
      const charts = this.sheet().charts;
      const c = this.find();
      if (!c) throw new FakeOfficeError("ItemNotFound", `chart ${this.label}`);
      charts.splice(charts.indexOf(c), 1);
    });
  }
}
