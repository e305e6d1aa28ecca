import { parseKommunetype } from ".";

describe("parseKommunetype", () => {
  it.each<[string, string]>([
    ["by", "by"],
    ["BY", "by"],
    ["Bykommune", "by"],
    ["land", "land"],
    ["Landkommune", "land"],
    ["rural", "land"],
  ])("%j → %j", (v, expected) => expect(parseKommunetype(v)).toBe(expected));

  it.each(["Oplandskommune", "storby", "x"])("%j is invalid", (v) =>
    expect(parseKommunetype(v)).toEqual({ invalid: "not-a-kommunetype" }),
  );
});
