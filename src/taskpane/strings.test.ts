import { PANE_STRINGS as STRINGS } from "../i18n/locales/views.testing";
import { formatNumber, langOf, t, type StringKey } from "./strings";

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe("task-pane strings", () => {
  test("every key has Danish and English text with the same placeholders", () => {
    const keys = Object.keys(STRINGS) as StringKey[];
    expect(keys.length).toBeGreaterThan(50);
    for (const key of keys) {
      const { da, en } = STRINGS[key];
      // Unit words may be empty in both languages (a plain count has no unit word).
      if (!key.startsWith("unit"))
        expect({ key, da: da.trim().length > 0, en: en.trim().length > 0 }).toEqual({ key, da: true, en: true });
      expect({ key, placeholders: placeholders(da) }).toEqual({ key, placeholders: placeholders(en) });
    }
  });

  test("Danish texts are Danish (not copies of the English) where they contain words", () => {
    // Words that are spelt the same in Danish ("Version {version}").
    const sameWord = new Set<StringKey>(["aboutVersion"]);
    const same = (Object.keys(STRINGS) as StringKey[]).filter((k) => {
      const { da, en } = STRINGS[k];
      if (sameWord.has(k)) return false;
      return da === en && /[a-z]{4,}/i.test(da.replace(/\{\w+\}/g, "")) && !/Kontrakttjek/.test(da);
    });
    expect(same).toEqual([]);
  });

  test("t fills placeholders and formats numbers per language", () => {
    expect(t("checkSummary", "da", { errors: 3, warnings: 1234, rows: 5 })).toBe(
      "3 fejl og 1.234 advarsler i 5 rækker",
    );
    expect(t("checkSummary", "en", { errors: 3, warnings: 1234, rows: 5 })).toBe(
      "3 errors and 1,234 warnings in 5 rows",
    );
    expect(t("indicatorPct", "da", { pct: 62.5 })).toBe("62,5 %");
    expect(t("bindingColumn", "en")).toBe("Column for {field}");
    expect(formatNumber(0.333333, "en")).toBe("0.33");
  });

  test("langOf picks Danish for Danish Office, English otherwise", () => {
    expect(langOf("da-DK")).toBe("da");
    expect(langOf("da")).toBe("da");
    expect(langOf("en-US")).toBe("en");
    expect(langOf("de-DE")).toBe("en");
    expect(langOf(undefined)).toBe("en");
  });
});
