import { parseYesNo } from ".";

describe("parseYesNo", () => {
  it.each<[unknown, boolean]>([
    ["ja", true],
    ["Ja", true],
    [" JA ", true],
    ["j", true],
    ["yes", true],
    ["x", true],
    ["X", true],
    ["✓", true],
    ["SAND", true],
    [true, true],
    [1, true],
    ["1", true],
    ["nej", false],
    ["Nej", false],
    ["n", false],
    ["no", false],
    ["FALSK", false],
    [false, false],
    [0, false],
    ["0", false],
  ])("%j → %p", (v, expected) => expect(parseYesNo(v as string)).toBe(expected));

  it.each<[unknown]>([["måske"], [2], [0.5], ["ja nej"], ["jo"]])("%j is not yes/no", (v) =>
    expect(parseYesNo(v as string)).toEqual({ invalid: "not-yes-no" }),
  );

  it("blank → null (not false); error → error-value", () => {
    expect(parseYesNo(null)).toBeNull();
    expect(parseYesNo("")).toBeNull();
    expect(parseYesNo({ error: "#REF!" })).toEqual({ invalid: "error-value" });
  });
});
