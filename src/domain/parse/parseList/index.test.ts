import { parseList } from ".";

describe("parseList", () => {
  it.each<[unknown, readonly string[] | null]>([
    ["Innovationsfonden", ["Innovationsfonden"]],
    ["Innovationsfonden; EIFO ;;Vækstfonden", ["Innovationsfonden", "EIFO", "Vækstfonden"]],
    ["Innovationsfonden, InnoBooster", ["Innovationsfonden, InnoBooster"]],
    ["A\nB\r\nC", ["A", "B", "C"]],
    ["  Erhvervsstyrelsen   eksport ", ["Erhvervsstyrelsen eksport"]],
    ["Ingen", []],
    ["ikke henvist", []],
    ["-", []],
    ["EIFO; ingen", ["EIFO"]],
    [42, ["42"]],
    ["", null],
    [" ; ", []],
    [null, null],
  ])("%j → %j", (v, expected) => expect(parseList(v as string)).toEqual(expected));

  it("error → error-value", () => expect(parseList({ error: "#N/A" })).toEqual({ invalid: "error-value" }));
});
