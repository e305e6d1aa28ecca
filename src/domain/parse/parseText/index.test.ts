import { parseText } from ".";

describe("parseText", () => {
  it.each<[unknown, string | null]>([
    ["  Vækstforløb ", "Vækstforløb"],
    ["Væ".normalize("NFD"), "Væ"],
    [12, "12"],
    [2.5, "2.5"],
    [true, "TRUE"],
    ["   ", null],
    [null, null],
  ])("%j → %j", (v, expected) => expect(parseText(v as string)).toBe(expected));

  it("error → error-value", () => expect(parseText({ error: "#NAME?" })).toEqual({ invalid: "error-value" }));
});
