import { ContractSchema, type Contract, type Filter, type Indicator, type Measure } from "../domain/contract/schema";
import { ROLE_SPECS, type Role } from "../domain/model";
import type { CleanData } from "../domain/clean";
import { evaluateInWords as evaluateClean } from "../app/evaluate";
import { resolveIndicator, resolveSettings, targetNumber, type OptionValue } from "../domain/engine/settings";
import { fold } from "../domain/engine/fold";
import { serialOf } from "../domain/engine/dates";
import { cleanTable, times } from "../domain/engine/testing";
import { LIBRARY, TEMPLATE_INPUTS, findContract } from "./index";
import { ALL_MUNICIPALITIES, REGION_HOVEDSTADEN, REGION_SJAELLAND } from "./municipalities";

/* ---------- helpers ---------- */

const contract = (id: string): Contract => {
  const c = findContract(id);
  if (!c) throw new Error(`no template ${id}`);
  return c;
};

const goalOf = (c: Contract, goalId: string) => {
  const g = c.goals.find((x) => x.id === goalId);
  if (!g) throw new Error(`${c.id}: no goal ${goalId}`);
  return g;
};

const indicatorOf = (c: Contract, goalId: string, indicatorId: string): Indicator => {
  const i = goalOf(c, goalId).indicators.find((x) => x.id === indicatorId);
  if (!i) throw new Error(`${c.id} goal ${goalId}: no indicator ${indicatorId}`);
  return i;
};

/** The target number an indicator has under the given params/options (after variants). */
const targetOf = (
  c: Contract,
  goalId: string,
  indicatorId: string,
  params: Record<string, string> = {},
  options: Record<string, OptionValue> = {},
): number | null => {
  const settings = resolveSettings(c, params, options);
  return targetNumber(resolveIndicator(indicatorOf(c, goalId, indicatorId), settings).target, settings);
};

const filterFields = (f: Filter): string[] => {
  switch (f.op) {
    case "companyAgeUnder":
      return ["startdato", "stiftelsesdato"];
    case "all":
    case "any":
      return f.of.flatMap(filterFields);
    case "not":
      return filterFields(f.of);
    default:
      return [f.field];
  }
};

/** Every (table, field) a measure reads. */
const measureFields = (m: Measure): { table: Role; field: string }[] => {
  switch (m.kind) {
    case "nps":
    case "sum":
    case "distinct":
      return [m.field, ...(m.where ? filterFields(m.where) : [])].map((field) => ({ table: m.table, field }));
    case "count":
      return (m.where ? filterFields(m.where) : []).map((field) => ({ table: m.table, field }));
    case "share":
      return [
        ...(m.where ? filterFields(m.where) : []),
        ...filterFields(m.numerator),
        ...filterFields(m.denominator),
        ...(m.distinct ? [m.distinct] : []),
      ].map((field) => ({ table: m.table, field }));
    case "distribution":
      return [
        { table: m.table, field: m.field },
        ...(m.distinct ? [{ table: m.table, field: m.distinct }] : []),
        ...(m.where ? filterFields(m.where) : []).map((field) => ({ table: m.table, field })),
      ];
    default:
      return [];
  }
};

const keysOf = (m: Measure): string[] =>
  m.kind === "keyFigure" || m.kind === "controlGroup"
    ? [m.key]
    : m.kind === "keyRatio"
      ? [m.numerator, m.denominator]
      : [];

const allMeasures = (i: Indicator): Measure[] => [
  i.measure,
  ...(i.variants ?? []).flatMap((v) => (v.measure ? [v.measure] : [])),
];

const allIndicators = (c: Contract) => c.goals.flatMap((g) => g.indicators.map((i) => ({ goal: g, indicator: i })));

/* ---------- the library as a whole ---------- */

describe("the template library", () => {
  it("holds the five documents under their ids, each parsing with the contract schema", () => {
    expect(LIBRARY.map((c) => c.id)).toEqual([
      "hovedstaden-2020",
      "sjaelland-2025",
      "rammeaftale-2024-2027",
      "rammeaftale-2019-2020",
      "vaeksthus-hovedstaden-2018",
    ]);
    for (const t of TEMPLATE_INPUTS) expect(() => ContractSchema.parse(t)).not.toThrow();
    expect(new Set(LIBRARY.map((c) => c.id)).size).toBe(LIBRARY.length);
  });

  it("finds a contract by id and says undefined for an unknown one", () => {
    expect(findContract("sjaelland-2025")?.title.da).toMatch(/Erhvervshus Sjælland/);
    expect(findContract("ukendt")).toBeUndefined();
  });

  it("fixes year, half-year reporting and registration rules per document", () => {
    const facts = LIBRARY.map((c) => [c.id, c.year, c.halfYearReporting, c.registration]);
    expect(facts).toEqual([
      ["hovedstaden-2020", 2020, false, "2019-2020"],
      ["sjaelland-2025", 2025, true, "2024-2027"],
      ["rammeaftale-2024-2027", null, false, "2024-2027"],
      ["rammeaftale-2019-2020", null, false, "2019-2020"],
      ["vaeksthus-hovedstaden-2018", 2018, false, "none"],
    ]);
  });

  it("ships municipality names only, per region", () => {
    expect(REGION_HOVEDSTADEN).toHaveLength(29);
    expect(REGION_HOVEDSTADEN).toContain("Bornholm");
    expect(REGION_SJAELLAND).toHaveLength(17);
    expect(ALL_MUNICIPALITIES).toHaveLength(98);
    expect(new Set(ALL_MUNICIPALITIES).size).toBe(98);
    expect(contract("hovedstaden-2020").municipalities).toEqual([...REGION_HOVEDSTADEN]);
    expect(contract("sjaelland-2025").municipalities).toEqual([...REGION_SJAELLAND]);
    expect(contract("rammeaftale-2024-2027").municipalities).toHaveLength(98);
    expect(contract("rammeaftale-2019-2020").municipalities).toHaveLength(98);
    expect(contract("vaeksthus-hovedstaden-2018").municipalities).toHaveLength(46);
  });
});

/* ---------- structural invariants, for every template ---------- */

describe.each(LIBRARY.map((c) => [c.id, c] as const))("%s is well formed", (_id, c) => {
  it("has unique goal ids and unique indicator ids within each goal", () => {
    expect(new Set(c.goals.map((g) => g.id)).size).toBe(c.goals.length);
    for (const g of c.goals) expect(new Set(g.indicators.map((i) => i.id)).size).toBe(g.indicators.length);
  });

  it("gives every goal its Danish title, target text, method and source", () => {
    for (const g of c.goals) {
      expect(g.title.da.trim()).not.toBe("");
      expect(g.targetText.trim()).not.toBe("");
      expect(g.method.trim()).not.toBe("");
      expect(g.source.file).toMatch(/^00[0-4]_[0-9a-f]{16}\.txt$/);
      expect(g.source.section.trim()).not.toBe("");
    }
  });

  it("reads only fields that exist in the data dictionary for the measure's table", () => {
    for (const { goal, indicator } of allIndicators(c)) {
      for (const m of allMeasures(indicator)) {
        for (const { table, field } of measureFields(m)) {
          const known = ROLE_SPECS[table].fields.map((f) => f.id);
          expect({ goal: goal.id, indicator: indicator.id, table, field, known: known.includes(field) }).toEqual({
            goal: goal.id,
            indicator: indicator.id,
            table,
            field,
            known: true,
          });
        }
      }
    }
  });

  it("declares every key figure it reads, with labels and synonyms that cannot be confused", () => {
    const ids = new Set(c.keyFigures.map((k) => k.id));
    for (const { indicator } of allIndicators(c))
      for (const m of allMeasures(indicator))
        for (const key of keysOf(m)) expect([key, ids.has(key)]).toEqual([key, true]);
    const names = c.keyFigures.flatMap((k) => [k.id, k.label, ...k.synonyms].map((n) => [fold(n), k.id] as const));
    const owner = new Map<string, string>();
    for (const [name, id] of names) {
      const other = owner.get(name);
      if (other !== undefined && other !== id) throw new Error(`key-figure name '${name}' used by ${other} and ${id}`);
      owner.set(name, id);
    }
  });

  it("refers only to options and parameters it declares, with choices they have", () => {
    const choices = new Map<string, readonly string[] | null>([
      ...c.params.map((p) => [p.id, p.choices.map((x) => x.id)] as const),
      ...c.options.map((o) => [o.id, o.choices ? o.choices.map((x) => x.id) : null] as const),
    ]);
    const used = new Set<string>();
    for (const { indicator } of allIndicators(c)) {
      const whens = [indicator.when, ...(indicator.variants ?? []).map((v) => v.when)].filter((w) => w !== undefined);
      for (const w of whens) {
        used.add(w.option);
        expect(choices.has(w.option)).toBe(true);
        const list = choices.get(w.option);
        if (list) expect(list).toContain(String(w.equals));
      }
      // The engine reads 'svarEnhed' for shares over answers that count companies.
      const measures = [indicator.measure, ...(indicator.variants ?? []).map((v) => v.measure)];
      if (measures.some((m) => m?.kind === "share" && m.table === "Evaluering" && m.distinct !== undefined))
        used.add("svarEnhed");
      const targets = [indicator.target, ...(indicator.variants ?? []).map((v) => v.target)];
      for (const t of targets) {
        if (t === undefined || typeof t.value === "number") continue;
        if ("param" in t.value) {
          used.add(t.value.param);
          const list = choices.get(t.value.param);
          expect(list).toBeTruthy();
          // Every choice has a target and every target key is a choice.
          expect(Object.keys(t.value.values).sort()).toEqual([...(list ?? [])].sort());
        } else {
          used.add(t.value.option);
          expect(choices.has(t.value.option)).toBe(true);
        }
      }
    }
    // Every declared option does something (the `year` parameter sets the period instead).
    for (const o of c.options) expect([o.id, used.has(o.id)]).toEqual([o.id, true]);
    for (const p of c.params) if (p.id !== "year") expect([p.id, used.has(p.id)]).toEqual([p.id, true]);
    // Option defaults are among the choices.
    for (const o of c.options) if (o.choices) expect(o.choices.map((x) => x.id)).toContain(o.default);
    for (const p of c.params) expect(p.choices.map((x) => x.id)).toContain(p.default);
  });

  it("keeps checklist items apart, so Aktiviteter rows match the right item", () => {
    for (const { goal, indicator } of allIndicators(c)) {
      if (indicator.measure.kind !== "checklist") continue;
      const items = indicator.measure.items;
      expect(indicator.unit).toBe("aktiviteter");
      expect(indicator.rule.kind).toBe("checklist");
      expect(indicator.measure.partialCredit).toBe(0);
      expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
      const prefixes = items.map((i) => fold(i.text).slice(0, 30));
      expect([goal.id, new Set(prefixes).size]).toEqual([goal.id, prefixes.length]);
    }
  });

  it("names the what-if in Danish for every measure the solver can answer", () => {
    for (const { indicator } of allIndicators(c)) {
      const k = indicator.measure.kind;
      if (k === "keyFigure" || k === "controlGroup") continue;
      expect([indicator.id, typeof indicator.whatIfOf?.da]).toEqual([indicator.id, "string"]);
    }
  });
});

/* ---------- goals and targets pinned to the documents ---------- */

const titles = (id: string) => contract(id).goals.map((g) => [g.id, g.title.da]);

describe("hovedstaden-2020 (seed 000)", () => {
  const c = contract("hovedstaden-2020");
  it("has goals 1–9 with the document's titles", () => {
    expect(titles(c.id)).toEqual([
      ["1", "Virksomhedernes tilfredshed med den specialiserede vejledning"],
      ["2", "Virksomhedernes oplevede effekt af den specialiserede vejledning"],
      ["3", "Etablering af en fælles digital indgang til erhvervshusene"],
      ["4", "Erhvervshusenes vejledning af den brede gruppe af virksomheder"],
      ["5", "Specialiseret vejledning til Erhvervshusenes forskellige målgrupper"],
      ["6", "Erhvervshusene som knudepunkter i erhvervsfremmesystemet"],
      ["7", "Særlig indsats for digital omstilling"],
      ["8", "Indsatser i relation til den nationale og regionale erhvervsfremmestrategi for Hovedstadsområdet"],
      ["9", "Samarbejde i Greater Copenhagen"],
    ]);
    expect(c.goals.map((g) => g.group)).toEqual([
      "national",
      "national",
      "national",
      "faelles",
      "faelles",
      "faelles",
      "faelles",
      "lokal",
      "lokal",
    ]);
  });

  it("goal 1: NPS ≥ 60 with the steps 100 % at 60 and 50 % at 50", () => {
    const i = indicatorOf(c, "1", "nps");
    expect(i.measure).toEqual({ kind: "nps", table: "Evaluering", field: "anbefaling" });
    expect(i.target).toEqual({ op: ">=", value: 60 });
    expect(i.rule).toEqual({
      kind: "steps",
      steps: [
        { atLeast: 60, pct: 100 },
        { atLeast: 50, pct: 50 },
      ],
    });
    expect(i.unit).toBe("point");
  });

  it("goal 2: effect share ≥ 70 with the steps 100 % at 70 and 50 % at 60", () => {
    const i = indicatorOf(c, "2", "positiv-effekt");
    expect(i.target).toEqual({ op: ">=", value: 70 });
    expect(i.rule).toEqual({
      kind: "steps",
      steps: [
        { atLeast: 70, pct: 100 },
        { atLeast: 60, pct: 50 },
      ],
    });
  });

  it("goal 4: 670 + 500 + 700 courses, the 1870 total shown with weight 0", () => {
    const g = goalOf(c, "4");
    expect(g.indicators.map((i) => [i.id, targetOf(c, "4", i.id), i.weight])).toEqual([
      ["vaekstforloeb", 670, 1],
      ["smv-drift", 500, 1],
      ["ivaerksaetter", 700, 1],
      ["forloeb-i-alt", 1870, 0],
    ]);
  });

  it("goal 6: nine efforts, 6 required under 'seks', measurable ones shown with weight 0", () => {
    const list = indicatorOf(c, "6", "aktiviteter");
    expect(list.measure.kind === "checklist" && list.measure.items.length).toBe(9);
    const settings = resolveSettings(c, {}, { maal6Grundlag: "seks" });
    expect(resolveIndicator(list, settings).rule).toEqual({ kind: "checklist", requiredDone: 6 });
    expect(
      goalOf(c, "6")
        .indicators.filter((i) => i.weight === 0)
        .map((i) => [i.id, targetOf(c, "6", i.id)]),
    ).toEqual([
      ["henvisningsandel", 70],
      ["arrangementer-private-raadgivere", 1],
      ["cases", 29],
      ["gode-eksempler", 3],
    ]);
    expect(goalOf(c, "6").notes.some((n) => n.kind === "inconsistency")).toBe(true);
  });

  it("goals 3, 5, 7, 8 are checklists of the document's items", () => {
    const count = (goalId: string) => {
      const m = goalOf(c, goalId).indicators[0]!.measure;
      return m.kind === "checklist" ? m.items.length : -1;
    };
    // Goal 3's first checklist holds the two conditions of its stated rule; the third item is shown apart.
    expect([count("3"), count("5"), count("7"), count("8")]).toEqual([2, 4, 3, 3]);
  });

  it("goal 9: six cooperation items and 20 + 20 courses", () => {
    expect(goalOf(c, "9").indicators.map((i) => [i.id, i.measure.kind, targetOf(c, "9", i.id)])).toEqual([
      ["aktiviteter", "checklist", 6],
      ["forloeb-sjaelland", "count", 20],
      ["eh-sjaelland-leverance", "keyFigure", 20],
    ]);
  });
});

describe("sjaelland-2025 (seed 001)", () => {
  const c = contract("sjaelland-2025");
  it("has goals 1–15 with the document's titles", () => {
    expect(titles(c.id)).toEqual([
      ["1", "Styrket indsats for iværksættere"],
      ["2", "Kendskab"],
      ["3", "Virksomhedernes tilfredshed"],
      ["4", "Erhvervshusenes knudepunktsfunktion"],
      ["5", "Effekt i virksomhederne"],
      ["6", "Bæredygtighed"],
      ["7", "Kvantitative mål vedr. virksomhedsforløb"],
      ["8", "Bred geografisk dækning"],
      ["9", "Sjællandske virksomheder skal med i front når det kommer til kunstig intelligens"],
      ["10", "Knudepunkt for erhvervsfremme og viden i Region Sjælland"],
      ["11", "Kvalificeret arbejdskraft til de sjællandske SMV’er"],
      ["12", "Greater Copenhagen samarbejde"],
      ["13", "Innovation og klyngesamarbejde i Region Sjælland"],
      ["14", "Erhvervshus Sjælland gearer erhvervsfremmeindsatsen med projektmidler"],
      ["15", "Udmøntning, videreudvikling og forankring af de sjællandske fyrtårne – Femern og Biosolutions"],
    ]);
    expect(c.goals.filter((g) => g.group === "national").map((g) => g.id)).toEqual(["1", "2", "3", "4", "5", "6"]);
  });

  it("national goals 1–6 carry the 2024–27 targets with Sjælland's figures", () => {
    expect(targetOf(c, "1", "virksomheder-under-3-aar")).toBe(171);
    expect(indicatorOf(c, "1", "virksomheder-under-3-aar").measure).toEqual({
      kind: "distinct",
      table: "Forloeb",
      field: "cvr",
      where: { op: "companyAgeUnder", years: 3 },
    });
    expect([targetOf(c, "2", "kendskabsgrad"), targetOf(c, "2", "kendskab-til-tilbud")]).toEqual([50, 55]);
    expect(targetOf(c, "3", "nps")).toBe(70);
    expect(targetOf(c, "4", "anvendt-henvisning")).toBe(50);
    expect(goalOf(c, "5").indicators.map((i) => [i.measure, i.target])).toEqual([
      [
        { kind: "controlGroup", key: "mervaekst-omsaetning-vaekst" },
        { op: ">=", value: 10 },
      ],
      [
        { kind: "controlGroup", key: "mervaekst-beskaeftigelse-vaekst" },
        { op: ">=", value: 5 },
      ],
      [
        { kind: "controlGroup", key: "mervaekst-produktivitet-drift" },
        { op: ">", value: 0 },
      ],
    ]);
    expect(targetOf(c, "6", "baeredygtighed-i-hoej-grad")).toBe(70);
  });

  it("goal 7: 880 short, 485 action plans, 315 growth plans; 800 and 1680 shown with weight 0", () => {
    expect(goalOf(c, "7").indicators.map((i) => [i.id, targetOf(c, "7", i.id), i.weight])).toEqual([
      ["korte-forloeb", 880, 1],
      ["handlingsplaner", 485, 1],
      ["handlingsplaner-drift", 485, 1],
      ["vaekstplaner", 315, 1],
      ["vaekstplaner-vaekst", 315, 1],
      ["laengere-forloeb", 800, 0],
      ["forloeb-i-alt", 1680, 0],
    ]);
  });

  it("goals 8–14 carry the document's targets", () => {
    expect(indicatorOf(c, "8", "fordeling-forloeb").target).toEqual({ op: "<=", value: 10 });
    expect(targetOf(c, "9", "ai-tjek")).toBe(40);
    expect([targetOf(c, "10", "henvist-handlingsplan"), targetOf(c, "10", "henvist-vaekst-omstillingsplan")]).toEqual([
      70, 80,
    ]);
    expect([targetOf(c, "11", "attraktive-arbejdspladser"), targetOf(c, "11", "smv-vaekstpilot")]).toEqual([20, 45]);
    expect([targetOf(c, "12", "virksomheder-hovedstaden"), targetOf(c, "12", "eh-hovedstaden-leverance")]).toEqual([
      20, 20,
    ]);
    expect(targetOf(c, "13", "klyngesamarbejder")).toBe(3);
    const gearing = indicatorOf(c, "14", "gearing");
    expect([gearing.measure, targetOf(c, "14", "gearing"), gearing.unit, gearing.rule.kind]).toEqual([
      { kind: "keyRatio", numerator: "omsaetning-i-alt", denominator: "basistilskud" },
      2.5,
      "faktor",
      "proportional",
    ]);
  });
});

describe("rammeaftale-2024-2027 (seed 002)", () => {
  const c = contract("rammeaftale-2024-2027");
  it("has the six national goals", () => {
    expect(titles(c.id)).toEqual([
      ["1", "Styrket indsats for iværksættere"],
      ["2", "Kendskab"],
      ["3", "Virksomhedernes tilfredshed"],
      ["4", "Erhvervshusenes knudepunktsfunktion"],
      ["5", "Effekt i virksomhederne"],
      ["6", "Bæredygtighed"],
    ]);
  });

  it("goal 1: the target per house follows the 'Fordeling 2024' figures, summing to 1,200", () => {
    const per = (house: string) => targetOf(c, "1", "virksomheder-under-3-aar", { house });
    const houses = { hovedstaden: 385, midtjylland: 275, sjaelland: 171, sydjylland: 156, nordjylland: 119, fyn: 94 };
    for (const [house, n] of Object.entries(houses)) expect([house, per(house)]).toEqual([house, n]);
    expect(Object.values(houses).reduce((a, b) => a + b, 0)).toBe(1200);
    expect(targetOf(c, "1", "virksomheder-under-3-aar")).toBe(171); // default house: sjaelland
  });

  it("goal 2: awareness ≥ 50, awareness of offers by year (55, 55, 60, 65)", () => {
    const offers = (year: string) => targetOf(c, "2", "kendskab-til-tilbud", { year });
    expect(["2024", "2025", "2026", "2027"].map(offers)).toEqual([55, 55, 60, 65]);
    expect(targetOf(c, "2", "kendskab-til-tilbud")).toBe(55); // default year 2025
    expect(targetOf(c, "2", "kendskabsgrad")).toBe(50);
    expect(goalOf(c, "2").notes.filter((n) => n.kind === "ambiguity")).toHaveLength(2);
  });

  it("has the parameters house (default sjaelland) and year (default 2025)", () => {
    expect(c.params.map((p) => [p.id, p.choices.map((x) => x.id), p.default])).toEqual([
      ["house", ["hovedstaden", "midtjylland", "sjaelland", "sydjylland", "nordjylland", "fyn"], "sjaelland"],
      ["year", ["2024", "2025", "2026", "2027"], "2025"],
    ]);
  });
});

describe("rammeaftale-2019-2020 (seed 003)", () => {
  const c = contract("rammeaftale-2019-2020");
  it("has goals I–VII", () => {
    expect(titles(c.id)).toEqual([
      ["I", "Bredere målgruppe"],
      ["II", "Virksomhedernes tilfredshed"],
      ["III", "Virksomhedernes oplevede effekt"],
      ["IV", "Knudepunktsfunktion"],
      ["V", "Specialiseret vejledning"],
      ["VI", "Særlig indsats for digital omstilling og andre strategiske indsatsområder"],
      ["VII", "Digital erhvervsfremme"],
    ]);
  });

  it("II is NPS ≥ 60 and III the effect share ≥ 70, both met/not met", () => {
    expect([targetOf(c, "II", "nps"), indicatorOf(c, "II", "nps").rule]).toEqual([60, { kind: "threshold" }]);
    expect([targetOf(c, "III", "positiv-effekt"), indicatorOf(c, "III", "positiv-effekt").rule]).toEqual([
      70,
      { kind: "threshold" },
    ]);
  });

  it("IV: the referred-companies target is the local contract's (unset by default)", () => {
    expect(targetOf(c, "IV", "henviste-virksomheder")).toBeNull();
    expect(targetOf(c, "IV", "henviste-virksomheder", {}, { henvisteMaal: 120 })).toBe(120);
  });
});

describe("vaeksthus-hovedstaden-2018 (seed 004)", () => {
  const c = contract("vaeksthus-hovedstaden-2018");
  it("has goals 2a–4c, b-a…b-e and c", () => {
    expect(c.goals.map((g) => g.id)).toEqual([
      "2a",
      "2b",
      "3a",
      "4a",
      "4b",
      "4c",
      "b-a",
      "b-b",
      "b-c",
      "b-d",
      "b-e",
      "c",
    ]);
    expect(goalOf(c, "b-c").title.da).toBe("En styrkelse af vækstiværksættere");
    expect(goalOf(c, "c").title.da).toBe("Styrkelse af analysesamarbejde");
  });

  it("pins the numeric targets: 1 event, 2 areas and 5 growth courses, 1 programme, 2 capital events", () => {
    expect(targetOf(c, "2a", "internationale-events")).toBe(1);
    expect(targetOf(c, "4a", "faelles-fagomraader")).toBe(2);
    expect(targetOf(c, "4a", "vaekstforloeb-sjaelland")).toBe(5);
    expect(targetOf(c, "4a", "vaekstforloeb-hovedstaden")).toBe(5);
    expect(targetOf(c, "4c", "tvaerregionale-programmer")).toBe(1);
    expect(targetOf(c, "b-c", "kapitaltiltraekningsevents")).toBe(2);
  });
});

/* ---------- the templates evaluate as the documents say ---------- */

const y = (year: number, month = 3) => serialOf(year, month, 15);

describe("evaluating the templates", () => {
  it("Hovedstaden 2020 goal 1: NPS 55 gives 50 %, 60 gives 100 %, 49 gives 0 %", () => {
    const c = contract("hovedstaden-2020");
    const run = (p: number, d: number) => {
      const rows = [
        ...times(p, { anbefaling: 10 }),
        ...times(100 - p - d, { anbefaling: 8 }),
        ...times(d, { anbefaling: 2 }),
      ];
      return evaluateClean(c, { Evaluering: cleanTable("Evaluering", rows) }).goals[0]!;
    };
    expect([run(55, 0).fulfilmentPct, run(60, 0).fulfilmentPct, run(59, 10).fulfilmentPct]).toEqual([50, 100, 0]);
  });

  it("Hovedstaden 2020 goal 2: 'ved ikke' stays in the denominator unless the option leaves it out", () => {
    const c = contract("hovedstaden-2020");
    const data: CleanData = {
      Evaluering: cleanTable("Evaluering", [
        ...times(5, { effekt: "i høj grad" }),
        ...times(1, { effekt: "i nogen grad" }),
        ...times(1, { effekt: "i lav grad" }),
        ...times(3, { effekt: "ved ikke" }),
        ...times(2, { effekt: null }),
      ]),
    };
    const g2 = (options: Record<string, OptionValue> = {}) =>
      evaluateClean(c, data, { options }).goals.find((g) => g.id === "2")!.indicators[0]!;
    expect([g2().value, g2().fulfilmentPct]).toEqual([60, 50]);
    const udelad = g2({ vedIkkeEffekt: "udelad" });
    expect([udelad.value, udelad.fulfilmentPct]).toEqual([85.7143, 100]);
  });

  it("Hovedstaden 2020 goal 4 counts by course type, '1870 evaluerede vejledningsforløb' by default", () => {
    const c = contract("hovedstaden-2020");
    const rows = [
      ...times(335, { forloebstype: "Vækstforløb", startdato: y(2020), sendtTilEvaluering: true }),
      ...times(100, { forloebstype: "SMV-drift", startdato: y(2020), sendtTilEvaluering: false }),
      ...times(50, { forloebstype: "EW forløb", startdato: y(2020), sendtTilEvaluering: true }),
      ...times(700, { forloebstype: "iværksætterforløb", startdato: y(2020), sendtTilEvaluering: true }),
      ...times(9, { forloebstype: "Vækstforløb", startdato: y(2019), sendtTilEvaluering: true }),
    ];
    const g4 = (options: Record<string, OptionValue> = {}) =>
      evaluateClean(c, { Forloeb: cleanTable("Forloeb", rows) }, { options }).goals.find((g) => g.id === "4")!;
    const all = g4({ kunEvaluerede: "nej" });
    expect(all.indicators.map((i) => i.value)).toEqual([335, 150, 700, 1185]);
    // (50 + 30 + 100) / 3: the total has weight 0.
    expect(all.fulfilmentPct).toBe(60);
    // The default counts the evaluated courses only (the SMV drift courses were not sent).
    expect(g4().indicators.map((i) => i.value)).toEqual([335, 50, 700, 1085]);
  });

  it("Hovedstaden 2020 goal 6: share of nine by default, 100 % at six done under 'seks'", () => {
    const c = contract("hovedstaden-2020");
    const list = indicatorOf(c, "6", "aktiviteter");
    const items = list.measure.kind === "checklist" ? list.measure.items : [];
    const data: CleanData = {
      Aktiviteter: cleanTable(
        "Aktiviteter",
        items.map((it, n) => ({ maal: "Mål 6", aktivitet: it.text, status: n < 6 ? "opfyldt" : "ikke opfyldt" })),
      ),
    };
    const g6 = (options: Record<string, OptionValue> = {}) =>
      evaluateClean(c, data, { options }).goals.find((g) => g.id === "6")!;
    expect(g6().fulfilmentPct).toBe(66.67);
    expect(g6({ maal6Grundlag: "seks" }).fulfilmentPct).toBe(100);
  });

  it("Sjælland 2025 goal 7: the goal is the mean of 880/485/315; transition plans count only when chosen", () => {
    const c = contract("sjaelland-2025");
    const rows = [
      ...times(440, { forloebstype: "Kort forløb", startdato: y(2025) }),
      ...times(485, { forloebstype: "Handlingsplan", startdato: y(2025) }),
      ...times(126, { forloebstype: "Vækstplan", startdato: y(2025) }),
      ...times(63, { forloebstype: "Omstillingsplan", startdato: y(2025) }),
    ];
    const g7 = (options: Record<string, OptionValue> = {}) =>
      evaluateClean(c, { Forloeb: cleanTable("Forloeb", rows) }, { options }).goals.find((g) => g.id === "7")!;
    const std = g7();
    expect(std.indicators.map((i) => i.value)).toEqual([440, 485, 126, 611, 1051]);
    expect(std.fulfilmentPct).toBe(63.33); // (50 + 100 + 40) / 3
    const withOmst = g7({ omstillingsplaner: "vaekstplan" });
    expect(withOmst.indicators.map((i) => i.value)).toEqual([440, 485, 189, 674, 1114]);
    expect(withOmst.fulfilmentPct).toBe(70); // (50 + 100 + 60) / 3
  });

  it("Sjælland 2025 goal 3: one NPS by default, one per segment when chosen", () => {
    const c = contract("sjaelland-2025");
    const data: CleanData = {
      Evaluering: cleanTable("Evaluering", [
        ...times(9, { segment: "drift", anbefaling: 10 }),
        ...times(1, { segment: "drift", anbefaling: 8 }),
        ...times(6, { segment: "vækst", anbefaling: 10 }),
        ...times(4, { segment: "vækst", anbefaling: 8 }),
      ]),
    };
    const g3 = (options: Record<string, OptionValue> = {}) =>
      evaluateClean(c, data, { options }).goals.find((g) => g.id === "3")!;
    expect(g3().indicators.map((i) => [i.id, i.value])).toEqual([["nps", 75]]);
    expect(g3().fulfilmentPct).toBe(100);
    const per = g3({ npsOmfang: "pr-segment" });
    expect(per.indicators.map((i) => [i.id, i.value, i.fulfilmentPct])).toEqual([
      ["nps-drift", 90, 100],
      ["nps-vaekst", 60, 0],
    ]);
    expect(per.fulfilmentPct).toBe(50);
  });

  it("Sjælland 2025 goal 4: 'ved ikke' leaves the referral-use share", () => {
    const c = contract("sjaelland-2025");
    const data: CleanData = {
      Evaluering: cleanTable("Evaluering", [
        ...times(3, { henvisning: "ja" }),
        ...times(2, { henvisning: "forventer" }),
        ...times(5, { henvisning: "nej" }),
        ...times(10, { henvisning: "ved ikke" }),
      ]),
    };
    const ind = evaluateClean(c, data).goals.find((g) => g.id === "4")!.indicators[0]!;
    expect([ind.value, ind.fulfilmentPct]).toEqual([50, 100]);
  });

  it("Sjælland 2025 goal 8: deviation in points by default, relative when chosen", () => {
    const c = contract("sjaelland-2025");
    const data: CleanData = {
      Forloeb: cleanTable("Forloeb", [
        ...times(35, { cvr: "11111111", kommune: "Roskilde", startdato: y(2025) }),
        ...times(65, { cvr: "22222222", kommune: "Lolland", startdato: y(2025) }),
      ]),
      Kommuner: cleanTable("Kommuner", [
        { kommune: "Roskilde", befolkning: 450, kommunetype: "by" },
        { kommune: "Lolland", befolkning: 550, kommunetype: "land" },
      ]),
    };
    const g8 = (options: Record<string, OptionValue> = {}) =>
      evaluateClean(c, data, { options }).goals.find((g) => g.id === "8")!.indicators;
    // 35 % of courses against 45 % of the population: 10 points (met), 22.2 % relative (not met).
    expect(g8().map((i) => [i.id, i.value, i.fulfilmentPct])).toEqual([["fordeling-forloeb", 10, 100]]);
    expect(g8({ afvigelse: "relative" }).map((i) => [i.id, i.value, i.fulfilmentPct])).toEqual([
      ["fordeling-forloeb", 22.2222, 0],
    ]);
    // Counting companies: one in each type → 50 % against 45 %: 5 points.
    expect(g8({ fordelingEnhed: "virksomheder" }).map((i) => [i.id, i.value])).toEqual([["fordeling-virksomheder", 5]]);
  });

  it("Sjælland 2025 goal 14: gearing is total revenue / base grant, capped at 100 %", () => {
    const c = contract("sjaelland-2025");
    const data: CleanData = {
      Noegletal: cleanTable("Noegletal", [
        { noegle: "Omsætning i alt", vaerdi: 50_000_000 },
        { noegle: "basistilskud", vaerdi: 25_000_000 },
      ]),
    };
    const ind = evaluateClean(c, data).goals.find((g) => g.id === "14")!.indicators[0]!;
    expect([ind.value, ind.fulfilmentPct, ind.uncappedPct]).toEqual([2, 80, 80]);
  });

  it("rammeaftale 2024–27 goal 1 counts companies younger than 3 years against the house's target", () => {
    const c = contract("rammeaftale-2024-2027");
    const rows = [
      ...Array.from({ length: 47 }, (_, n) => ({
        cvr: String(10_000_000 + n),
        startdato: y(2026),
        stiftelsesdato: y(2024),
      })),
      { cvr: "99999999", startdato: y(2026), stiftelsesdato: y(2010) },
    ];
    const r = evaluateClean(c, { Forloeb: cleanTable("Forloeb", rows) }, { params: { house: "fyn", year: "2026" } });
    const ind = r.goals[0]!.indicators[0]!;
    expect([ind.value, ind.target, ind.fulfilmentPct]).toEqual([47, 94, 50]);
  });

  it("Væksthus 2018 goal 4a counts growth courses in the other house's region", () => {
    const c = contract("vaeksthus-hovedstaden-2018");
    const rows = [
      ...times(3, { forloebstype: "Vækstforløb", hovedsaede: "Region Sjælland", startdato: y(2018) }),
      ...times(2, { forloebstype: "Vækstforløb", kommune: "Næstved", startdato: y(2018) }),
      ...times(4, { forloebstype: "Vækstforløb", hovedsaede: "Region Hovedstaden", startdato: y(2018) }),
    ];
    const g4a = (house: string) =>
      evaluateClean(c, { Forloeb: cleanTable("Forloeb", rows) }, { params: { house } })
        .goals.find((g) => g.id === "4a")!
        .indicators.map((i) => [i.id, i.value]);
    expect(g4a("hovedstaden")).toEqual([
      ["faelles-fagomraader", null],
      ["vaekstforloeb-sjaelland", 5],
    ]);
    expect(g4a("sjaelland")).toEqual([
      ["faelles-fagomraader", null],
      ["vaekstforloeb-hovedstaden", 4],
    ]);
  });
});

describe("what-if nouns in English", () => {
  it("every template indicator with a Danish what-if noun has an English one", () => {
    const missing = LIBRARY.flatMap((c) =>
      c.goals.flatMap((g) =>
        g.indicators
          .filter((i) => i.whatIfOf !== undefined && i.whatIfOf.en === undefined)
          .map((i) => `${c.id} ${g.id}/${i.id}: ${i.whatIfOf?.da}`),
      ),
    );
    expect(missing).toEqual([]);
  });
});

describe("the what-if answer speaks the report's language", () => {
  it("Sjælland 2025, 3 short courses against 880: '+877 korte forløb' / '+877 short courses'", () => {
    const c = findContract("sjaelland-2025")!;
    const data: CleanData = {
      Forloeb: cleanTable("Forloeb", times(3, { forloebstype: "Kort forløb", startdato: serialOf(2025, 3, 4) })),
    };
    const of = (lang: "da" | "en") =>
      evaluateClean(c, data, { lang })
        .goals.flatMap((g) => g.indicators)
        .find((i) => i.id === "korte-forloeb")!.whatIf;
    expect(of("da")).toEqual({ add: 877, of: "korte forløb" });
    expect(of("en")).toEqual({ add: 877, of: "short courses" });
  });
});
