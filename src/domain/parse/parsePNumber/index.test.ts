import { parsePNumber } from ".";

describe("parsePNumber", () => {
  it.each<[unknown, string]>([
    ["1012345678", "1012345678"],
    ["10 1234 5678", "1012345678"],
    [" 1012345678 ", "1012345678"],
    [1012345678, "1012345678"],
  ])("%j → %j", (v, expected) => expect(parsePNumber(v as string)).toBe(expected));

  it.each<[unknown]>([["101234567"], ["10123456789"], ["P1012345678"], [101234567.5], [true], ["x".repeat(50)]])(
    "%j → format",
    (v) => expect(parsePNumber(v as string)).toEqual({ invalid: "format" }),
  );

  it("blank → null, error → error-value", () => {
    expect(parsePNumber("")).toBeNull();
    expect(parsePNumber({ error: "#N/A" })).toEqual({ invalid: "error-value" });
  });
});
