import fc from "fast-check";
import { formatTypedNumber, parseTypedNumber, type DecimalMark } from ".";

const figures = fc.oneof(
  fc.integer({ min: -1e12, max: 1e12 }),
  fc
    .double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true })
    .filter((n) => n === 0 || Math.abs(n) > 1e-9),
  fc.integer({ min: -1e7, max: 1e7 }).map((n) => n / 10),
);
const marks = fc.constantFrom<DecimalMark>(",", ".");

describe("parseTypedNumber: a figure typed in the what-if fields", () => {
  it.each<[string, DecimalMark, number | null]>([
    ["1.234,5", ",", 1234.5],
    ["1234,5", ",", 1234.5],
    ["1 234,5", ",", 1234.5],
    ["1\u00a0234,5", ",", 1234.5],
    ["1.234", ",", 1234],
    ["1.234.567", ",", 1234567],
    ["1,234", ",", 1.234],
    [",5", ",", 0.5],
    ["-3,5", ",", -3.5],
    ["\u22123", ",", -3],
    ["  42 ", ",", 42],
    ["1,234.5", ".", 1234.5],
    ["1234.5", ".", 1234.5],
    ["1 234.5", ".", 1234.5],
    ["1,234", ".", 1234],
    ["2.5", ".", 2.5],
    ["", ",", null],
    ["   ", ".", null],
  ])("reads %p with decimal mark %p as %p", (text, mark, expected) => {
    expect(parseTypedNumber(text, mark)).toBe(expected);
  });

  it.each<[string, DecimalMark, string]>([
    ["2.5", ",", "decimal-mark"],
    ["12.34", ",", "decimal-mark"],
    ["1,234.5", ",", "decimal-mark"],
    ["2,5", ".", "decimal-mark"],
    ["1.234,5", ".", "decimal-mark"],
    ["1.23.4", ",", "grouping"],
    ["12.3456", ",", "decimal-mark"],
    ["1234.567", ",", "decimal-mark"],
    ["1.2345.678", ",", "grouping"],
    ["1,2,3", ".", "grouping"],
    ["abc", ",", "not-a-number"],
    ["1,2,3", ",", "not-a-number"],
    ["1e5", ".", "not-a-number"],
    ["-", ",", "not-a-number"],
    ["5 kr", ",", "not-a-number"],
  ])("refuses %p with decimal mark %p (%s), never guessing a number", (text, mark, reason) => {
    expect(parseTypedNumber(text, mark)).toEqual({ invalid: reason });
  });

  it("reads back every figure it formats, grouped or not, in both conventions", () => {
    fc.assert(
      fc.property(figures, marks, fc.boolean(), (n, mark, grouped) => {
        expect(parseTypedNumber(formatTypedNumber(n, mark, { grouped }), mark)).toBe(n === 0 ? 0 : n);
      }),
    );
  });

  it("never reads Danish thousands as decimals: a grouped integer is that integer, not a thousandth of it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 1e12 }), (n) => {
        expect(parseTypedNumber(formatTypedNumber(n, ",", { grouped: true }), ",")).toBe(n);
      }),
    );
  });

  it("never a silent wrong value: any text of digits and separators is refused or read in the field's convention only", () => {
    const text = fc
      .array(fc.constantFrom("0", "1", "2", "5", "9", ".", ",", " "), { minLength: 1, maxLength: 12 })
      .map((cs) => cs.join(""));
    fc.assert(
      fc.property(text, marks, (s, mark) => {
        const got = parseTypedNumber(s, mark);
        if (got === null || typeof got !== "number") return;
        const group = mark === "," ? "." : ",";
        // The one reading this convention allows: grouping removed, the decimal mark a point.
        const meant = Number(s.trim().split(group).join("").replace(/ /g, "").replace(mark, "."));
        expect(got).toBe(meant === 0 ? 0 : meant);
      }),
    );
  });

  it("refuses a number written in the other convention rather than misreading it, when the two readings differ", () => {
    fc.assert(
      fc.property(figures, marks, (n, mark) => {
        const other: DecimalMark = mark === "," ? "." : ",";
        const text = formatTypedNumber(n, other, { grouped: true });
        const got = parseTypedNumber(text, mark);
        // "1,234" (English 1234) is also Danish 1,234 — the same text, a valid Danish figure;
        // otherwise a figure with a decimal part and grouping cannot be misread.
        if (typeof got === "number" && got !== n) {
          expect(Number.isInteger(n) || !/[.,].*[.,]/.test(text)).toBe(true);
        }
      }),
    );
  });
});
