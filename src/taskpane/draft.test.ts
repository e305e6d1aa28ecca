import { draftContract, fieldText, goalTitleField, labelField, suggestCopy, targetFields } from "./draft";
import { findContract } from "../templates";

const SJAELLAND = findContract("sjaelland-2025")!;
const RAMME = findContract("rammeaftale-2024-2027")!;

/** The goal and indicator of Rammeaftale 2024–27 whose target depends on the year parameter. */
const paramTarget = (() => {
  for (const [g, goal] of RAMME.goals.entries())
    for (const [i, ind] of goal.indicators.entries())
      if (typeof ind.target.value === "object" && "param" in ind.target.value) return { g, i, ind };
  throw new Error("no parameter target in the template");
})();

describe("the new-contract form as data", () => {
  test("suggests next year's id and title, or adds the year when the contract has none", () => {
    expect(suggestCopy(SJAELLAND, "2025-06-30")).toEqual({
      id: "sjaelland-2026",
      title: "Resultatkontrakt 2026, Erhvervshus Sjælland – KKR Sjælland",
      year: "2026",
    });
    expect(RAMME.year).toBeNull();
    expect(suggestCopy(RAMME, "2025-06-30")).toMatchObject({ id: "rammeaftale-2024-2027-2026", year: "2026" });
    expect(suggestCopy(undefined, "2027-01-02")).toEqual({ id: "", title: "", year: "2028" });
  });

  test("fields show the base's values, numbers with a Danish decimal comma", () => {
    const draft = { base: { ...SJAELLAND, goals: [{ ...SJAELLAND.goals[0]!, title: { da: "Et mål" } }] }, texts: {} };
    expect(fieldText(draft, goalTitleField(0, "da"), "da")).toBe("Et mål");
    expect(fieldText(draft, labelField(0, 0, "en"), "en")).toBe(SJAELLAND.goals[0]!.indicators[0]!.label.en);
    const half = { ...draft.base.goals[0]!.indicators[0]!, target: { op: ">=" as const, value: 0.5 } };
    const withHalf = { base: { ...draft.base, goals: [{ ...draft.base.goals[0]!, indicators: [half] }] }, texts: {} };
    expect(fieldText(withHalf, targetFields(0, 0, half)[0]!, "da")).toBe("0,5");
    expect(fieldText(withHalf, targetFields(0, 0, half)[0]!, "en")).toBe("0.5");
  });

  test("a target per parameter value is one field per value, each parsed, errors at their own path", () => {
    const { g, i, ind } = paramTarget;
    const fields = targetFields(g, i, ind);
    const values = (ind.target.value as { values: Record<string, number> }).values;
    expect(fields.map((f) => f.param?.value)).toEqual(Object.keys(values));
    const [first, second] = fields;
    const draft = { base: RAMME, texts: { [first!.key]: "62,5", [second!.key]: "mange" } };
    const { contract, problems } = draftContract(draft);
    const made = contract.goals[g]!.indicators[i]!.target.value as { values: Record<string, number> };
    expect(made.values[first!.param!.value]).toBe(62.5);
    expect(made.values[second!.param!.value]).toBe(values[second!.param!.value]);
    expect(problems).toEqual([
      {
        severity: "error",
        where: `$.goals[${g}].indicators[${i}].target.value.values.${second!.param!.value}`,
        message: {
          da: "«mange» er ikke et tal. Skriv fx 45 eller 45,5.",
          en: "“mange” is not a number. Enter e.g. 45 or 45.5.",
        },
      },
    ]);
  });

  test("typed titles, names and targets make the contract; the base is not changed", () => {
    const before = JSON.stringify(SJAELLAND);
    const g = SJAELLAND.goals.findIndex((x) => x.id === "9");
    const draft = {
      base: SJAELLAND,
      texts: { [`g${g}.titleEn`]: "AI", [`g${g}.i0.label`]: "AI-tjek i alt", [`g${g}.i0.target`]: "1.200" },
    };
    const { contract, problems } = draftContract(draft);
    expect(problems).toEqual([]);
    expect(contract.goals[g]).toMatchObject({ title: { ...SJAELLAND.goals[g]!.title, en: "AI" } });
    expect(contract.goals[g]!.indicators[0]).toMatchObject({
      label: { da: "AI-tjek i alt" },
      target: { op: ">=", value: 1200 },
    });
    expect(JSON.stringify(SJAELLAND)).toBe(before);
  });
});
