import fc from "fast-check";
import { andMask, countMask, fullMask, maskOfCodes, maskOfRows, notMask, orMask, rowsOfMask } from "./mask";
import { CvrSet, isCvrKey } from "./companies";
import { makeValidCvr } from "../parse";

const arbRows = fc.integer({ min: 0, max: 200 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    a: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
    b: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
  }),
);

describe("row masks", () => {
  it("AND, OR, NOT and counting agree with arrays of booleans", () => {
    fc.assert(
      fc.property(arbRows, ({ n, a, b }) => {
        const ma = maskOfRows(n, (i) => a[i]!);
        const mb = maskOfCodes(
          b.map((x) => (x ? 2 : 1)),
          Uint8Array.of(0, 0, 1),
          n,
        );
        const rows = (p: (i: number) => boolean) => Array.from({ length: n }, (_, i) => i).filter(p);
        expect(rowsOfMask(ma)).toEqual(rows((i) => a[i]!));
        expect(rowsOfMask(mb)).toEqual(rows((i) => b[i]!));
        expect(rowsOfMask(andMask(ma, mb))).toEqual(rows((i) => a[i]! && b[i]!));
        expect(rowsOfMask(orMask(ma, mb))).toEqual(rows((i) => a[i]! || b[i]!));
        // NOT never sets the bits past the last row.
        expect(rowsOfMask(notMask(ma, n))).toEqual(rows((i) => !a[i]));
        expect(countMask(notMask(ma, n))).toBe(n - a.filter(Boolean).length);
        expect(countMask(fullMask(n))).toBe(n);
      }),
    );
  });
});

describe("CVR sets", () => {
  it("know valid CVR numbers by their check digit", () => {
    expect(isCvrKey(12345674)).toBe(true);
    expect(isCvrKey(12345675)).toBe(false);
    expect(isCvrKey(1234567)).toBe(false);
    expect(isCvrKey(-12345674)).toBe(false);
  });

  it("count like a set of the numbers, valid or not", () => {
    const valid = fc.integer({ min: 1_000_000, max: 9_999_999 }).map((s) => Number(makeValidCvr(s) ?? 10000009));
    const any = fc.oneof(
      valid,
      fc.integer({ min: -5, max: 200_000_000 }).filter((k) => k !== 0),
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(valid, valid, any), { maxLength: 300 }), (keys) => {
        const set = new CvrSet();
        const plain = new Set<number>();
        for (const k of keys) expect(set.add(k)).toBe(!plain.has(k) && plain.add(k) !== undefined);
        set.clear();
        // Cleared: everything is new again.
        for (const k of new Set(keys)) expect(set.add(k)).toBe(true);
      }),
    );
  });
});
