import { parseEffectScale } from ".";

describe("parseEffectScale", () => {
  it.each<[string, string]>([
    ["i høj grad", "i høj grad"],
    ["I HØJ GRAD", "i høj grad"],
    ["i  høj   grad", "i høj grad"],
    ["i hoej grad", "i høj grad"],
    ["Høj grad", "i høj grad"],
    ["I høj grad – meget tilfreds", "i høj grad"],
    ["I nogen grad", "i nogen grad"],
    ["i lav grad", "i lav grad"],
    ["I mindre grad", "i lav grad"],
    ["Slet ikke", "slet ikke"],
    ["Ved ikke", "ved ikke"],
    ["Don't know", "ved ikke"],
    ["To some degree", "i nogen grad"],
  ])("%j → %j", (v, expected) => expect(parseEffectScale(v)).toBe(expected));

  it.each(["måske", "i meget høj grad", "ja", "5"])("%j is not on the scale", (v) =>
    expect(parseEffectScale(v)).toEqual({ invalid: "not-on-scale" }),
  );

  it("numbers are not on the scale; blank is null", () => {
    expect(parseEffectScale(3)).toEqual({ invalid: "not-on-scale" });
    expect(parseEffectScale("")).toBeNull();
  });
});
