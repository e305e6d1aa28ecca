import fc from "fast-check";
import { makeValidCvr } from ".";
import { parseCvr } from "../parseCvr";

describe("makeValidCvr", () => {
  it.each<[string | number, string | null]>([
    ["1234567", "12345674"],
    [1000000, "10000009"],
    ["2000000", "20000007"],
    ["3000000", "30000005"],
    ["1000005", null],
    ["0123456", null],
    ["123456", null],
    ["12345678", null],
    ["abcdefg", null],
    [1234567.5, null],
  ])("%j → %j", (seed, expected) => expect(makeValidCvr(seed)).toBe(expected));

  it("returns a CVR that parseCvr accepts, or null for one seed in eleven at most", () => {
    let nulls = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1_000_000, max: 9_999_999 }), (n) => {
        const c = makeValidCvr(n);
        if (c === null) nulls++;
        return c === null || (c.startsWith(String(n)) && parseCvr(c) === c);
      }),
      { numRuns: 2000 },
    );
    expect(nulls).toBeLessThan(400);
  });
});
