import { parseSegment } from ".";

describe("parseSegment", () => {
  it.each<[unknown, string]>([
    ["drift", "drift"],
    ["Drift", "drift"],
    ["  DRIFT  ", "drift"],
    ["vækst", "vækst"],
    ["VÆKST", "vækst"],
    ["Vækst".normalize("NFD"), "vækst"],
    ["vaekst", "vækst"],
    ["Driftssegmentet", "drift"],
    ["Vækstsegmentet", "vækst"],
    ["Vaekst", "vækst"],
    ["Vækstvirksomhed", "vækst"],
    ["growth", "vækst"],
    ["Operations", "drift"],
  ])("%j → %j", (v, expected) => expect(parseSegment(v as string)).toBe(expected));

  it.each<[unknown, string]>([
    ["iværksætter", "not-a-segment"],
    ["drift og vækst", "not-a-segment"],
    [1, "not-a-segment"],
    [true, "not-a-segment"],
    [{ error: "#N/A" }, "error-value"],
  ])("%j → %s", (v, reason) => expect(parseSegment(v as string)).toEqual({ invalid: reason }));

  it("blank → null", () => expect(parseSegment(" ")).toBeNull());
});
