import { parseHours } from ".";

describe("parseHours", () => {
  it.each<[unknown, number]>([
    [0, 0],
    [2.5, 2.5],
    ["2,5", 2.5],
    ["2,5 timer", 2.5],
    ["1½", 1.5],
    ["2 ½ t", 2.5],
    ["½", 0.5],
    ["90 min", 1.5],
    ["45 minutter", 0.75],
    ["2 t 30 min", 2.5],
    ["1 time og 15 min", 1.25],
    ["3 t", 3],
    ["3t.", 3],
    ["4h", 4],
    ["1.5 hours", 1.5],
    ["1.234,5", 1234.5],
  ])("%j → %p", (v, expected) => expect(parseHours(v as string)).toBe(expected));

  it("negative → negative; text → not-a-number; error → error-value", () => {
    expect(parseHours(-1)).toEqual({ invalid: "negative" });
    expect(parseHours("-0,5")).toEqual({ invalid: "negative" });
    expect(parseHours("mange")).toEqual({ invalid: "not-a-number" });
    expect(parseHours("1:30")).toEqual({ invalid: "not-a-number" });
    expect(parseHours({ error: "#DIV/0!" })).toEqual({ invalid: "error-value" });
    expect(parseHours(null)).toBeNull();
  });
});
