import { statusText, t, type StringKey } from ".";
import { STRINGS } from "../locales/views.testing";
import { placeholders } from "../fill";

describe("t", () => {
  const keys = Object.keys(STRINGS.da) as StringKey[];

  it("has every key in both languages with the same placeholders", () => {
    expect(Object.keys(STRINGS.en).sort()).toEqual([...keys].sort());
    for (const k of keys) {
      expect(STRINGS.da[k].trim()).not.toBe("");
      expect(STRINGS.en[k].trim()).not.toBe("");
      expect(placeholders(STRINGS.en[k])).toEqual(placeholders(STRINGS.da[k]));
    }
  });

  it.each<[StringKey, string, string]>([
    ["status.opfyldt", "opfyldt", "met"],
    ["status.delvist", "delvist", "partly met"],
    ["status.ikke-opfyldt", "ikke opfyldt", "not met"],
    ["status.mangler-data", "mangler data", "missing data"],
    ["col.goal", "Mål", "Goal"],
    ["col.target", "Måltal", "Target"],
    ["col.remarks", "Bemærkninger", "Remarks"],
  ])("%s → %j / %j", (key, da, en) => {
    expect(t(key, "da")).toBe(da);
    expect(t(key, "en")).toBe(en);
  });

  it("fills placeholders", () => {
    expect(t("exit.file-missing", "da", { file: "a.xlsx" })).toBe("Filen a.xlsx findes ikke. Tjek stien.");
    expect(t("check.summary", "en", { errors: 12000, warnings: 3, infos: 0 })).toBe(
      "12,000 errors, 3 warnings, 0 notes.",
    );
    expect(t("exit.unknown-contract", "en", { contract: "x", known: "a, b" })).toBe(
      'The contract "x" does not exist. Known contracts: a, b.',
    );
  });

  it("returns an unknown key as it is", () => expect(t("nope" as StringKey, "da")).toBe("nope"));
});

describe("statusText", () => {
  it("translates status words and leaves others alone", () => {
    expect(statusText("ikke opfyldt", "en")).toBe("not met");
    expect(statusText("mangler data", "da")).toBe("mangler data");
    expect(statusText("ukendt", "en")).toBe("ukendt");
  });
});
