import fc from "fast-check";
import { cvrWasNormalised, isValidCvr, parseCvr } from ".";
import { isInvalid } from "../_lib/invalid";
import { makeValidCvr } from "../makeValidCvr";

/** Valid CVR numbers from 7-digit seeds (skipping seeds without a check digit). */
const validCvr = fc
  .integer({ min: 1_000_000, max: 9_999_999 })
  .map((n) => makeValidCvr(n))
  .filter((c): c is string => c !== null);

describe("parseCvr", () => {
  it.each<[unknown, string]>([
    ["12345674", "12345674"],
    [12345674, "12345674"],
    ["12 34 56 74", "12345674"],
    ["DK12345674", "12345674"],
    ["dk 12345674", "12345674"],
    ["DK-12345674", "12345674"],
    [" 12345674 ", "12345674"],
    ["1234\u00a05674", "12345674"],
    ["10000009", "10000009"],
    ["30000005", "30000005"],
  ])("%j → %j", (input, expected) => expect(parseCvr(input as string)).toBe(expected));

  it.each<[unknown, string]>([
    ["12345675", "check-digit"],
    ["12345670", "check-digit"],
    ["02345674", "leading-zero"],
    ["00000000", "leading-zero"],
    ["1234567", "format"],
    [1234567, "format"],
    ["123456745", "format"],
    ["1234567a", "format"],
    ["12.345.674", "format"],
    [12345674.5, "format"],
    [-12345674, "format"],
    [true, "format"],
    ["CVR", "format"],
    [{ error: "#N/A" }, "error-value"],
  ])("%j → %s", (input, reason) => expect(parseCvr(input as string)).toEqual({ invalid: reason }));

  it("blank → null", () => {
    expect(parseCvr(null)).toBeNull();
    expect(parseCvr(" ")).toBeNull();
  });

  it("accepts every generated CVR, as text and as a number", () => {
    fc.assert(fc.property(validCvr, (c) => parseCvr(c) === c && parseCvr(Number(c)) === c && isValidCvr(c)));
  });

  it("rejects a valid CVR with any one digit changed (check digit, or leading zero)", () => {
    fc.assert(
      fc.property(validCvr, fc.integer({ min: 0, max: 7 }), fc.integer({ min: 1, max: 9 }), (c, pos, delta) => {
        const d = (Number(c[pos]) + delta) % 10;
        const changed = c.slice(0, pos) + String(d) + c.slice(pos + 1);
        const r = parseCvr(changed);
        return pos === 0 && d === 0
          ? isInvalid(r) && r.invalid === "leading-zero"
          : isInvalid(r) && r.invalid === "check-digit";
      }),
    );
  });

  it("never throws", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null)), (v) => {
        const r = parseCvr(v);
        return r === null || isInvalid(r) || /^[1-9]\d{7}$/.test(r);
      }),
    );
  });
});

describe("cvrWasNormalised", () => {
  it.each<[unknown, boolean]>([
    ["DK12345674", true],
    ["12 34 56 74", true],
    ["12345674", false],
    [" 12345674 ", false],
    [12345674, false],
    ["DK12345675", false],
  ])("%j → %p", (v, expected) => expect(cvrWasNormalised(v as string)).toBe(expected));
});

describe("isValidCvr", () => {
  it("is false for blank and bad values", () => {
    expect(isValidCvr(null)).toBe(false);
    expect(isValidCvr("02345674")).toBe(false);
  });
});
