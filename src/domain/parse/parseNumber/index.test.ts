import fc from "fast-check";
import { parseNumber } from ".";
import { isInvalid } from "../_lib/invalid";

describe("parseNumber", () => {
  it.each<[unknown, number]>([
    [2.5, 2.5],
    [-0, 0],
    ["2,5", 2.5],
    ["1.234,5", 1234.5],
    ["1 234,5", 1234.5],
    ["1\u00a0234,5", 1234.5],
    ["1\u202f234,50", 1234.5],
    ["-3", -3],
    ["+3", 3],
    ["\u22123,5", -3.5],
    ["- 3", -3],
    ["1,234.5", 1234.5],
    ["1,234,567", 1234567],
    ["1.234.567", 1234567],
    ["1.234.567,89", 1234567.89],
    ["1,234", 1.234],
    ["1.234", 1234],
    ["2.5", 2.5],
    ["0.500", 0.5],
    ["1234.5", 1234.5],
    ["12.50", 12.5],
    [",5", 0.5],
    ["12 %", 12],
    ["12,5%", 12.5],
    ["1.500 kr.", 1500],
    ["62,5 mio. kr.", 62_500_000],
    ["kr. 62,5 mio.", 62_500_000],
    ["2,35 mio", 2_350_000],
    ["25 millioner", 25_000_000],
    ["1,2 mia. kr.", 1_200_000_000],
    ["62.500 t.kr.", 62_500_000],
    ["850 tkr.", 850_000],
    ["-0,5 mio.", -500_000],
    ["DKK 2.000,00", 2000],
    ["1,5E+03", 1500],
    ["2e-3", 0.002],
    ["  42  ", 42],
    ["007", 7],
  ])("%j → %p", (input, expected) => expect(parseNumber(input as string)).toBe(expected));

  it.each<[unknown]>([
    ["abc"],
    ["1,2.3"],
    ["1.2.3"],
    ["1,23,4"],
    ["5,"],
    ["1 23,4"],
    ["1.234,5,6"],
    ["2,5 timer"],
    ["--3"],
    ["-"],
    ["%"],
    [true],
    [false],
    [NaN],
    [Infinity],
    ["1".repeat(400)],
  ])("%j is not a number", (input) => expect(parseNumber(input as string)).toEqual({ invalid: "not-a-number" }));

  it("blank cells are null", () => {
    expect(parseNumber(null)).toBeNull();
    expect(parseNumber("")).toBeNull();
    expect(parseNumber("  \u00a0")).toBeNull();
  });

  it("error values are invalid with their own reason", () => {
    expect(parseNumber({ error: "#N/A" })).toEqual({ invalid: "error-value" });
    expect(parseNumber({ error: "#DIV/0!" })).toEqual({ invalid: "error-value" });
  });

  it("round-trips Danish formatting (toLocaleString da-DK)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 99 }), (i, c) => {
        const n = i + c / 100;
        const text = n.toLocaleString("da-DK", { minimumFractionDigits: 0, maximumFractionDigits: 2 });
        return Math.abs((parseNumber(text) as number) - n) < 1e-6;
      }),
    );
  });

  it("round-trips exact Danish text of any double (comma decimal, dot grouping)", () => {
    const danish = (n: number): string => {
      const [int = "", frac] = Math.abs(n).toString().split(".");
      const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
      return `${n < 0 ? "-" : ""}${grouped}${frac ? `,${frac}` : ""}`;
    };
    fc.assert(
      fc.property(
        fc.double({ min: -1e15, max: 1e15, noNaN: true }).filter((n) => !n.toString().includes("e")),
        (n) => parseNumber(danish(n)) === (n === 0 ? 0 : n),
      ),
    );
  });

  it("never throws and returns a finite number, null or an invalid marker", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null)), (v) => {
        const r = parseNumber(v);
        return r === null || isInvalid(r) || (typeof r === "number" && Number.isFinite(r));
      }),
    );
  });
});
