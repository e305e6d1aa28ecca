import fc from "fast-check";
import { addYearsToSerial, serialFromYmd, ymdFromSerial } from ".";

const utcSerial = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 86_400_000 + 25569;

describe("serialFromYmd / ymdFromSerial", () => {
  it.each([
    [1900, 3, 1, 61],
    [1970, 1, 1, 25569],
    [2025, 1, 1, 45658],
    [2024, 2, 29, 45351],
    [2025, 3, 4, 45720],
    [9999, 12, 31, 2958465],
  ])("%i-%i-%i is serial %i", (y, m, d, s) => {
    expect(serialFromYmd(y, m, d)).toBe(s);
    expect(ymdFromSerial(s)).toEqual({ year: y, month: m, day: d });
  });

  it.each([
    [2025, 2, 29],
    [2100, 2, 29],
    [2025, 4, 31],
    [2025, 13, 1],
    [2025, 0, 1],
    [2025, 1, 0],
    [1899, 12, 31],
    [10000, 1, 1],
    [2025.5, 1, 1],
  ])("%d-%d-%d is not a date", (y, m, d) => expect(serialFromYmd(y, m, d)).toBeNull());

  it("accepts 29 February in leap years (2000 yes, 1900 no)", () => {
    expect(serialFromYmd(2000, 2, 29)).not.toBeNull();
    expect(serialFromYmd(1900, 2, 29)).toBeNull();
  });

  it("drops the time of day", () => expect(ymdFromSerial(45658.999)).toEqual({ year: 2025, month: 1, day: 1 }));
  it("returns null for non-finite input", () => expect(ymdFromSerial(NaN)).toBeNull());

  it("agrees with Date.UTC and round-trips", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (s) => {
        const ymd = ymdFromSerial(s);
        return (
          ymd !== null &&
          serialFromYmd(ymd.year, ymd.month, ymd.day) === s &&
          utcSerial(ymd.year, ymd.month, ymd.day) === s
        );
      }),
    );
  });
});

describe("addYearsToSerial", () => {
  it("moves to the same day next year", () =>
    expect(addYearsToSerial(serialFromYmd(2024, 3, 5)!, 1)).toBe(serialFromYmd(2025, 3, 5)));
  it("rolls 29 February to 1 March", () =>
    expect(addYearsToSerial(serialFromYmd(2024, 2, 29)!, 1)).toBe(serialFromYmd(2025, 3, 1)));
  it("rolls 29 February to 1 March across December", () =>
    expect(addYearsToSerial(serialFromYmd(2024, 2, 29)!, -1)).toBe(serialFromYmd(2023, 3, 1)));
  it("is NaN for NaN", () => expect(addYearsToSerial(NaN, 1)).toBeNaN());
});
