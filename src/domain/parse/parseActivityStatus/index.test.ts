import { parseActivityStatus } from ".";

describe("parseActivityStatus", () => {
  it.each<[string, string]>([
    ["opfyldt", "opfyldt"],
    ["Opfyldt", "opfyldt"],
    ["Gennemført", "opfyldt"],
    ["delvist", "delvist"],
    ["Delvis opfyldt", "delvist"],
    ["ikke opfyldt", "ikke opfyldt"],
    ["Ikke-opfyldt", "ikke opfyldt"],
    ["IKKE  OPFYLDT", "ikke opfyldt"],
    ["not met", "ikke opfyldt"],
    ["partly met", "delvist"],
  ])("%j → %j", (v, expected) => expect(parseActivityStatus(v)).toBe(expected));

  it.each(["i gang", "ja", "50 %"])("%j is invalid", (v) =>
    expect(parseActivityStatus(v)).toEqual({ invalid: "not-a-status" }),
  );
});
