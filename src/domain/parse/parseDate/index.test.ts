import fc from "fast-check";
import { parseDate } from ".";
import { isInvalid } from "../_lib/invalid";
import { serialFromYmd, ymdFromSerial } from "../serial";

const MAR4 = serialFromYmd(2025, 3, 4);

describe("parseDate", () => {
  it.each<[string | number, number | null]>([
    [45720, MAR4],
    [45720.75, MAR4],
    ["2025-03-04", MAR4],
    ["2025-3-4", MAR4],
    ["2025/03/04", MAR4],
    ["2025-03-04T10:30:00", MAR4],
    ["2025-03-04T23:30:00+02:00", MAR4],
    ["2025-03-04 10:30", MAR4],
    ["04-03-2025", MAR4],
    ["04.03.2025", MAR4],
    ["4/3-2025", MAR4],
    ["4/3 2025", MAR4],
    ["04/03-25", MAR4],
    ["4/3/2025", MAR4],
    ["4.3.25", MAR4],
    ["04.03.2025 14.05", MAR4],
    ["20250304", MAR4],
    ["45720", MAR4],
    ["4. marts 2025", MAR4],
    ["4 mar. 2025", MAR4],
    ["4 March 2025", MAR4],
    [" 04.03.2025 ", MAR4],
    ["1.1.85", serialFromYmd(1985, 1, 1)],
    ["29-02-2024", serialFromYmd(2024, 2, 29)],
  ])("%j → %p", (input, expected) => expect(parseDate(input)).toBe(expected));

  it("reads 4/3 as 4 March, never 3 April", () =>
    expect(ymdFromSerial(parseDate("4/3/2025") as number)).toMatchObject({ month: 3, day: 4 }));

  it.each(["29-02-2025", "31.04.2025", "2025-02-30", "00.01.2025", "32/1/2025", "2025-13-01", "31/4-2025"])(
    "%j is no such date",
    (s) => expect(parseDate(s)).toEqual({ invalid: "no-such-date" }),
  );

  it.each<[unknown]>([
    ["i går"],
    ["2025"],
    ["4/3"],
    ["04-03/2025"],
    ["13 smarch 2025"],
    [true],
    [0],
    [-5],
    [3e6],
    [NaN],
    ["x".repeat(100)],
  ])("%j is not a date", (input) => expect(parseDate(input as string)).toEqual({ invalid: "not-a-date" }));

  it("blank → null, errors → error-value", () => {
    expect(parseDate(null)).toBeNull();
    expect(parseDate("  ")).toBeNull();
    expect(parseDate({ error: "#VALUE!" })).toEqual({ invalid: "error-value" });
  });

  it("round-trips dd.mm.yyyy and ISO text of any real date", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (s) => {
        const { year, month, day } = ymdFromSerial(s)!;
        const p = (n: number, w = 2) => String(n).padStart(w, "0");
        return (
          parseDate(`${p(day)}.${p(month)}.${p(year, 4)}`) === s &&
          parseDate(`${p(year, 4)}-${p(month)}-${p(day)}`) === s
        );
      }),
    );
  });

  it("never throws; returns a whole serial in range, null or invalid", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null)), (v) => {
        const r = parseDate(v);
        return r === null || isInvalid(r) || (Number.isInteger(r) && r >= 1 && r <= 2958465);
      }),
    );
  });
});
