import { z } from "zod";
import { migrateContract } from "./migrate";
import { langText } from "./texts";

const v1 = {
  schemaVersion: 1,
  title: "Resultatkontrakt 2025",
  titleEn: "Performance contract 2025",
  notes: [
    { kind: "info", text: "Note", textEn: "Note (en)" },
    { kind: "info", text: "Kun dansk" },
  ],
  params: [{ id: "house", label: "Erhvervshus", labelEn: "Business hub", choices: [{ id: "fyn", label: "Fyn" }] }],
  options: [
    {
      id: "o",
      label: "Valg",
      labelEn: "Choice",
      description: "Beskrivelse",
      choices: [{ id: "a", label: "A", labelEn: "A (en)" }],
    },
  ],
  goals: [
    {
      id: "1",
      title: "Mål",
      titleEn: "Goal",
      notes: [],
      indicators: [{ id: "i", label: "Delmål", labelEn: "Sub-goal", whatIfOf: "forløb", whatIfOfEn: "courses" }],
    },
  ],
};

describe("migrateContract", () => {
  it("folds every text's English twin into a language map, and says version 2", () => {
    expect(migrateContract(v1)).toEqual({
      schemaVersion: 2,
      title: { da: "Resultatkontrakt 2025", en: "Performance contract 2025" },
      notes: [
        { kind: "info", text: { da: "Note", en: "Note (en)" } },
        { kind: "info", text: "Kun dansk" },
      ],
      params: [
        { id: "house", label: { da: "Erhvervshus", en: "Business hub" }, choices: [{ id: "fyn", label: "Fyn" }] },
      ],
      options: [
        {
          id: "o",
          label: { da: "Valg", en: "Choice" },
          description: "Beskrivelse",
          choices: [{ id: "a", label: { da: "A", en: "A (en)" } }],
        },
      ],
      goals: [
        {
          id: "1",
          title: { da: "Mål", en: "Goal" },
          notes: [],
          indicators: [{ id: "i", label: { da: "Delmål", en: "Sub-goal" }, whatIfOf: { da: "forløb", en: "courses" } }],
        },
      ],
    });
  });

  it("does not mutate its input", () => {
    const before = JSON.stringify(v1);
    migrateContract(v1);
    expect(JSON.stringify(v1)).toBe(before);
  });

  it("reads a contract without a version either way, and leaves version 2 and newer alone", () => {
    expect(migrateContract({ title: "A", titleEn: "B" })).toEqual({ title: { da: "A", en: "B" } });
    expect(migrateContract({ title: { da: "A" } })).toEqual({ title: { da: "A" } });
    const v2 = { schemaVersion: 2, title: "A", titleEn: "B" };
    expect(migrateContract(v2)).toBe(v2);
    expect(migrateContract({ schemaVersion: 3 })).toEqual({ schemaVersion: 3 });
  });

  it("leaves what is not a version-1 text to the schema to judge", () => {
    expect(migrateContract({ title: 5, titleEn: "B" })).toEqual({ title: 5, titleEn: "B" });
    expect(migrateContract({ title: "A", titleEn: null })).toEqual({ title: "A", titleEn: null });
    for (const x of [null, "x", 1, []]) expect(migrateContract(x)).toBe(x);
    expect(migrateContract({ goals: "x", options: [null] })).toEqual({ goals: "x", options: [null] });
  });
});

describe("langText", () => {
  const T = langText(z.string().min(1));
  it("takes a language map, or a string as the Danish text", () => {
    expect(T.parse("Mål")).toEqual({ da: "Mål" });
    expect(T.parse({ da: "Mål", en: "Goal", kl: "Anguniagaq" })).toEqual({ da: "Mål", en: "Goal", kl: "Anguniagaq" });
  });
  it("needs Danish, and language codes as keys", () => {
    expect(T.safeParse({ en: "Goal" }).success).toBe(false);
    expect(T.safeParse({ da: "Mål", English: "Goal" }).error?.issues[0]).toMatchObject({
      code: "unrecognized_keys",
      keys: ["English"],
    });
  });
});
