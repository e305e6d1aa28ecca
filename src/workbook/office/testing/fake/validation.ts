/** `Excel.DataValidation`: rules recorded per address, write-only as the adapter uses them. */
import type { XlDataValidation } from "../../excel-api";
import { blockAddress } from "../../address";
import { jsonBytes } from "../../limits";
import type { FakeContext } from "./context";
import { FakeOfficeError, type Bounds, type FakeValidation, type SheetRef } from "./state";

export class FakeValidationProxy implements XlDataValidation {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheetRef: SheetRef,
    private readonly b: () => Bounds,
  ) {}
  private entry(): FakeValidation {
    const b = this.b();
    const address = blockAddress(b.row, b.column, b.rows, b.columns);
    const s = this.sheetRef();
    let v = s.validations.find((x) => x.address === address);
    if (!v) {
      v = { address };
      s.validations.push(v);
    }
    return v;
  }
  private set<K extends keyof FakeValidation>(k: K, value: FakeValidation[K]): void {
    this.ctx.enqueue({
      run: () => {
        (this.entry() as { [P in K]: FakeValidation[P] })[k] = value;
        return 0;
      },
      bytes: 80 + jsonBytes(value),
      cells: 0,
      writes: true,
    });
  }
  get rule(): Excel.DataValidationRule {
    throw new FakeOfficeError("PropertyNotLoaded", "write-only in the fake");
  }
  set rule(v: Excel.DataValidationRule) {
    this.set("rule", v);
  }
  get errorAlert(): Excel.DataValidationErrorAlert {
    throw new FakeOfficeError("PropertyNotLoaded", "write-only in the fake");
  }
  set errorAlert(v: Excel.DataValidationErrorAlert) {
    this.set("errorAlert", v);
  }
  get prompt(): Excel.DataValidationPrompt {
    throw new FakeOfficeError("PropertyNotLoaded", "write-only in the fake");
  }
  set prompt(v: Excel.DataValidationPrompt) {
    this.set("prompt", v);
  }
  get ignoreBlanks(): boolean {
    throw new FakeOfficeError("PropertyNotLoaded", "write-only in the fake");
  }
  set ignoreBlanks(v: boolean) {
    this.set("ignoreBlanks", v);
  }
  clear(): void {
    this.ctx.enqueue({
      run: () => {
        const b = this.b();
        const address = blockAddress(b.row, b.column, b.rows, b.columns);
        const s = this.sheetRef();
        s.validations = s.validations.filter((x) => x.address !== address);
        return 0;
      },
      bytes: 60,
      cells: 0,
      writes: true,
    });
  }
}
