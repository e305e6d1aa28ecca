import fc from "fast-check";
import { foldText, normalizeText } from ".";

describe("normalizeText", () => {
  it.each([
    ["  I  Høj\u00a0Grad ", "i høj grad"],
    ["Va\u0308kst", "väkst"],
    ["VÆKST", "vækst"],
    ["a\tb\nc\r\nd", "a b c d"],
    ["", ""],
  ])("%j → %j", (input, expected) => expect(normalizeText(input)).toBe(expected));

  it("composes NFD so both forms compare equal", () => {
    expect(normalizeText("Bæredygtighed".normalize("NFD"))).toBe(normalizeText("Bæredygtighed"));
    expect(normalizeText("å".normalize("NFD"))).toBe("å");
  });

  it("is idempotent", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => normalizeText(normalizeText(s)) === normalizeText(s)));
  });
});

describe("foldText", () => {
  it.each([
    ["Vækst", "vaekst"],
    ["VAEKST", "vaekst"],
    ["vækst".normalize("NFD"), "vaekst"],
    ["Ikke-opfyldt", "ikke opfyldt"],
    ["ikke_opfyldt", "ikke opfyldt"],
    ["Don't know", "don t know"],
    ["Anbefaling (0-10)", "anbefaling 0 10"],
    ["Hovedsæde (region)", "hovedsaede region"],
    ["Århus", "aarhus"],
    ["Køge", "koege"],
    ["Café", "cafe"],
    ["12 %", "12 %"],
  ])("%j → %j", (input, expected) => expect(foldText(input)).toBe(expected));

  it("is idempotent and never throws", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => foldText(foldText(s)) === foldText(s)));
  });
});
