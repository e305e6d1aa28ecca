import { parseReferralScale } from ".";

describe("parseReferralScale", () => {
  it.each<[string, string]>([
    ["ja", "ja"],
    ["Ja", "ja"],
    ["Yes", "ja"],
    ["Ja, har brugt den", "ja"],
    ["Har benyttet henvisningen", "ja"],
    ["Har ikke benyttet henvisningen", "nej"],
    ["forventer", "forventer"],
    ["Forventer at bruge", "forventer"],
    ["Forventer at bruge henvisningen", "forventer"],
    ["Forventer ikke at bruge den", "nej"],
    ["nej", "nej"],
    ["Nej, og forventer det ikke", "nej"],
    ["ved ikke", "ved ikke"],
    ["VED IKKE", "ved ikke"],
    ["Do not know", "ved ikke"],
  ])("%j → %j", (v, expected) => expect(parseReferralScale(v)).toBe(expected));

  it.each(["måske", "i høj grad", "jaja", "nejtak"])("%j is not on the scale", (v) =>
    expect(parseReferralScale(v)).toEqual({ invalid: "not-on-scale" }),
  );
});
