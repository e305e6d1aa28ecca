/** The typed columns a re-check after an edit patches in place (src/app/recheck.ts). */
import type { ColumnView, TypedValue } from "../domain/clean";

/** A typed column whose rows an edit may replace; readers see the same shapes the checks make. */
export class PatchedView implements ColumnView {
  readonly length: number;
  readonly numbers?: Float64Array;
  readonly cvrKeys?: Int32Array;
  readonly dict?: { readonly codes: Int32Array; readonly values: TypedValue[] };
  private readonly ids = new Map<string, number>();
  private readonly patch = new Map<number, TypedValue>();

  private readonly edited: Uint8Array;

  constructor(private readonly base: ColumnView) {
    this.length = base.length;
    this.edited = new Uint8Array(base.length);
    if (base.numbers) this.numbers = Float64Array.from(base.numbers);
    if (base.cvrKeys) this.cvrKeys = Int32Array.from(base.cvrKeys);
    if (base.dict) {
      const values = [...base.dict.values];
      this.dict = { codes: Int32Array.from(base.dict.codes), values };
      values.forEach((v, i) => i > 0 && this.ids.set(keyOf(v), i));
    }
  }

  at(row: number): TypedValue {
    // A byte per row, not a map lookup: the cross-row rules read every row on every edit.
    return this.edited[row] === 1 ? (this.patch.get(row) ?? null) : this.base.at(row);
  }

  set(row: number, v: TypedValue): void {
    this.patch.set(row, v);
    this.edited[row] = 1;
    if (this.numbers) this.numbers[row] = typeof v === "number" ? v : NaN;
    if (this.cvrKeys) this.cvrKeys[row] = typeof v === "string" ? Number(v) : 0;
    if (this.dict) {
      // Code 0 is "no value"; a value met before keeps its code, so distinct counts stay right.
      let id = 0;
      if (v !== null && v !== "") {
        const k = keyOf(v);
        id = this.ids.get(k) ?? this.dict.values.push(v) - 1;
        this.ids.set(k, id);
      }
      this.dict.codes[row] = id;
    }
  }
}

const keyOf = (v: TypedValue): string => JSON.stringify(v);
