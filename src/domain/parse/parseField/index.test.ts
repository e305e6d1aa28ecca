import fc from "fast-check";
import { parseField, PARSERS } from ".";
import type { FieldType } from "../../model";
import { isInvalid } from "../_lib/invalid";
import { anyCell } from "../_lib/arbitraries.testing";

const TYPES = Object.keys(PARSERS) as FieldType[];

describe("parseField", () => {
  it("dispatches by field type", () => {
    expect(parseField("segment", "Vækst")).toBe("vækst");
    expect(parseField("date", "04.03.2025")).toBe(45720);
    expect(parseField("score", "11")).toEqual({ invalid: "not-a-score" });
    expect(parseField("list", "a;b")).toEqual(["a", "b"]);
    expect(parseField("yesNo", "ja")).toBe(true);
  });

  it("every parser: never throws, and returns a typed value, null or an invalid marker", () => {
    fc.assert(
      fc.property(fc.constantFrom(...TYPES), anyCell, (type, v) => {
        const r = parseField(type, v);
        if (r === null || isInvalid(r)) return true;
        if (Array.isArray(r)) return r.every((x) => typeof x === "string");
        return ["string", "number", "boolean"].includes(typeof r) && (typeof r !== "number" || Number.isFinite(r));
      }),
      { numRuns: 3000 },
    );
  });

  it("error values are always invalid with reason error-value", () => {
    fc.assert(
      fc.property(fc.constantFrom(...TYPES), fc.string(), (type, error) => {
        const r = parseField(type, { error });
        return isInvalid(r) && r.invalid === "error-value";
      }),
    );
  });

  it("does not mutate its input", () => {
    const cell = { error: "#N/A" };
    const frozen = Object.freeze({ ...cell });
    for (const t of TYPES) parseField(t, frozen);
    expect(frozen).toEqual(cell);
  });
});
