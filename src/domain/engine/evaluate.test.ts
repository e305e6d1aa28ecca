import { ContractSchema, type ContractInput, type Contract } from "../contract/schema";
import type { CleanData } from "../clean";
import { evaluateInWords as evaluateClean } from "../../app/evaluate";
import { serialOf } from "./dates";
import { cleanTable, times } from "./testing";

const base = (goals: ContractInput["goals"], extra: Partial<ContractInput> = {}): Contract =>
  ContractSchema.parse({
    id: "test-kontrakt",
    title: "Test",
    year: 2025,
    halfYearReporting: true,
    registration: "none",
    source: { document: "test", section: "1" },
    goals,
    ...extra,
  });

const goal = (id: string, indicators: ContractInput["goals"][number]["indicators"]) => ({
  id,
  title: `Mål ${id}`,
  group: "national" as const,
  targetText: "",
  method: "",
  source: { document: "test", section: id },
  indicators,
});

const npsIndicator = (steps?: { atLeast: number; pct: number }[]) => ({
  id: "nps",
  label: "NPS",
  measure: { kind: "nps" as const, table: "Evaluering" as const, field: "anbefaling" },
  target: { op: ">=" as const, value: steps ? 60 : 70 },
  rule: steps ? { kind: "steps" as const, steps } : { kind: "threshold" as const },
  unit: "point" as const,
  whatIfOf: "svar på 9-10",
});

const answers = (scores: number[]): CleanData => ({
  Evaluering: cleanTable(
    "Evaluering",
    scores.map((s) => ({ anbefaling: s })),
  ),
});

const scores = (promoters: number, passives: number, detractors: number): number[] => [
  ...times(promoters, 9),
  ...times(passives, 7),
  ...times(detractors, 3),
];

describe("NPS (Sjælland 2025 goal 3: NPS ≥ 70)", () => {
  const contract = base([goal("3", [npsIndicator()])]);

  it("NPS exactly 70 meets 'at least 70'", () => {
    const r = evaluateClean(contract, answers(scores(7, 3, 0)));
    const ind = r.goals[0]!.indicators[0]!;
    expect(ind.value).toBe(70);
    expect(ind.fulfilmentPct).toBe(100);
    expect(ind.status).toBe("opfyldt");
    expect(ind.whatIf).toBeNull();
  });

  it("NPS 69 is not met (threshold → 0 %) and the what-if is minimal", () => {
    // 100 answers: 74 promoters, 21 passives, 5 detractors → 69.
    const r = evaluateClean(contract, answers(scores(74, 21, 5)));
    const ind = r.goals[0]!.indicators[0]!;
    expect(ind.value).toBe(69);
    expect(ind.fulfilmentPct).toBe(0);
    expect(ind.status).toBe("ikke opfyldt");
    // (79 + k - 5) / (100 + k) ≥ 0.70 ⇔ k ≥ 3.33 → 4
    expect(ind.whatIf).toEqual({ add: 4, of: "svar på 9-10" });
    const after3 = evaluateClean(contract, answers(scores(77, 21, 5))).goals[0]!.indicators[0]!;
    const after4 = evaluateClean(contract, answers(scores(78, 21, 5))).goals[0]!.indicators[0]!;
    expect(after3.fulfilmentPct).toBe(0);
    expect(after4.fulfilmentPct).toBe(100);
  });

  it("ignores blank answers and says 'mangler data' with no answers", () => {
    const none = evaluateClean(contract, {
      Evaluering: cleanTable("Evaluering", [{ anbefaling: null }], ["anbefaling"]),
    });
    expect(none.goals[0]!.status).toBe("mangler data");
    expect(none.goals[0]!.fulfilmentPct).toBeNull();
    const missingTable = evaluateClean(contract, {});
    expect(missingTable.goals[0]!.status).toBe("mangler data");
    expect(missingTable.goals[0]!.indicators[0]!.notes.join(" ")).toMatch(/Evaluering/);
  });
});

describe("NPS with the 2020 steps (Hovedstaden 2020 goal 1: 100 % at ≥ 60, 50 % at ≥ 50)", () => {
  const contract = base([
    goal("1", [
      npsIndicator([
        { atLeast: 60, pct: 100 },
        { atLeast: 50, pct: 50 },
      ]),
    ]),
  ]);
  it.each([
    [scores(60, 40, 0), 60, 100],
    [scores(55, 45, 0), 55, 50],
    [scores(50, 50, 0), 50, 50],
    [scores(49, 51, 0), 49, 0],
  ])("answers giving NPS %#", (s, nps, pct) => {
    const ind = evaluateClean(contract, answers(s)).goals[0]!.indicators[0]!;
    expect(ind.value).toBe(nps);
    expect(ind.fulfilmentPct).toBe(pct);
  });
  it("55 gives 50 % and the what-if names both levels", () => {
    const ind = evaluateClean(contract, answers(scores(55, 45, 0))).goals[0]!.indicators[0]!;
    expect(ind.status).toBe("delvist");
    // (55 + k) / (100 + k) ≥ 0.6 ⇔ k ≥ 12.5 → 13
    expect(ind.whatIf?.add).toBe(13);
    expect(ind.whatIfHalf).toBeNull();
  });
});

describe("shares of answer categories", () => {
  const effect = (denominatorExcludesVedIkke: boolean) =>
    base([
      goal("III", [
        {
          id: "effekt",
          label: "Effekt",
          measure: {
            kind: "share",
            table: "Evaluering",
            numerator: { op: "in", field: "effekt", values: ["i høj grad", "i nogen grad"] },
            denominator: denominatorExcludesVedIkke
              ? { op: "notIn", field: "effekt", values: ["ved ikke"] }
              : { op: "notBlank", field: "effekt" },
          },
          target: { op: ">=", value: 70 },
          rule: { kind: "threshold" },
          unit: "procent",
        },
      ]),
    ]);
  const data: CleanData = {
    Evaluering: cleanTable("Evaluering", [
      ...times(6, { effekt: "i høj grad" }),
      ...times(1, { effekt: "i nogen grad" }),
      ...times(1, { effekt: "slet ikke" }),
      ...times(2, { effekt: "ved ikke" }),
      ...times(3, { effekt: null }),
    ]),
  };
  it("keeps 'ved ikke' in the denominator when the text counts of all answers (7/10 = 70 %)", () => {
    const ind = evaluateClean(effect(false), data).goals[0]!.indicators[0]!;
    expect(ind.value).toBe(70);
    expect(ind.fulfilmentPct).toBe(100);
  });
  it("leaves 'ved ikke' out when told (7/8 = 87.5 %)", () => {
    const ind = evaluateClean(effect(true), data).goals[0]!.indicators[0]!;
    expect(ind.value).toBe(87.5);
  });
});

describe("counts, distinct companies, periods and pace", () => {
  const d = (m: number, day = 15) => serialOf(2025, m, day);
  const courses = cleanTable("Forloeb", [
    ...times(20, { cvr: "1", forloebstype: "AI-tjek", startdato: d(2) }),
    ...times(5, { cvr: "2", forloebstype: "AI-tjek", startdato: d(9) }),
    { cvr: "3", forloebstype: "AI-tjek", startdato: serialOf(2024, 12, 31) },
    { cvr: "4", forloebstype: "Kort forløb", startdato: d(3) },
    { cvr: "5", forloebstype: "ai tjek", startdato: null },
  ]);
  const contract = base([
    goal("9", [
      {
        id: "ai",
        label: "AI-tjek",
        measure: { kind: "count", table: "Forloeb", where: { op: "in", field: "forloebstype", values: ["AI-tjek"] } },
        target: { op: ">=", value: 40 },
        rule: { kind: "proportional" },
        unit: "antal",
        whatIfOf: "AI-tjek",
      },
    ]),
  ]);
  it("counts courses that start in the contract year, realised/target capped", () => {
    const ind = evaluateClean(contract, { Forloeb: courses }).goals[0]!.indicators[0]!;
    expect(ind.value).toBe(25);
    expect(ind.fulfilmentPct).toBe(62.5);
    expect(ind.whatIf).toEqual({ add: 15, of: "AI-tjek" });
    expect(ind.whatIfHalf).toBeNull();
    expect(ind.notes.join(" ")).toMatch(/1 række uden gyldig startdato/);
  });
  it("at half-year counts January–June and shows the pro-rata pace", () => {
    const r = evaluateClean(contract, { Forloeb: courses }, { period: "H1" });
    const ind = r.goals[0]!.indicators[0]!;
    expect(ind.value).toBe(20);
    expect(ind.pace).toEqual({ due: 20, onTrack: true, basis: "proRata" });
    expect(r.goals[0]!.pace).toEqual({ onTrack: true });
  });
  it("distinct companies younger than 3 years at the course start", () => {
    const c = base([
      goal("1", [
        {
          id: "ivaerksaettere",
          label: "Virksomheder under 3 år",
          measure: { kind: "distinct", table: "Forloeb", field: "cvr", where: { op: "companyAgeUnder", years: 3 } },
          target: { op: ">=", value: 171 },
          rule: { kind: "proportional" },
          unit: "virksomheder",
        },
      ]),
    ]);
    const t = cleanTable("Forloeb", [
      { cvr: "A", startdato: d(3, 1), stiftelsesdato: serialOf(2022, 3, 2) }, // 2 years 364 days → counts
      { cvr: "A", startdato: d(4, 1), stiftelsesdato: serialOf(2022, 3, 2) }, // same company once
      { cvr: "B", startdato: d(3, 1), stiftelsesdato: serialOf(2022, 3, 1) }, // exactly 3 years → no
      { cvr: "C", startdato: d(3, 1), stiftelsesdato: null }, // unknown age → no
    ]);
    const ind = evaluateClean(c, { Forloeb: t }).goals[0]!.indicators[0]!;
    expect(ind.value).toBe(1);
    expect(ind.whatIf?.add).toBe(170);
  });
});

describe("key figures, ratios, distribution and checklists", () => {
  const keys = (rows: [string, number | null][]): CleanData => ({
    Noegletal: cleanTable(
      "Noegletal",
      rows.map(([noegle, vaerdi]) => ({ noegle, vaerdi })),
    ),
  });
  const gearing = base(
    [
      goal("14", [
        {
          id: "gearing",
          label: "Gearing",
          measure: { kind: "keyRatio", numerator: "omsaetning-i-alt", denominator: "basistilskud" },
          target: { op: ">=", value: 2.5 },
          rule: { kind: "proportional" },
          unit: "faktor",
        },
      ]),
    ],
    {
      keyFigures: [
        { id: "omsaetning-i-alt", label: "Omsætning i alt", unit: "kr" },
        { id: "basistilskud", label: "Basistilskud", unit: "kr" },
      ],
    },
  );
  it("gearing = omsætning i alt / basistilskud, 2.50 exactly is met", () => {
    const ind = evaluateClean(
      gearing,
      keys([
        ["Omsætning i alt", 50_000_000],
        ["basistilskud", 20_000_000],
      ]),
    ).goals[0]!.indicators[0]!;
    expect(ind.value).toBe(2.5);
    expect(ind.fulfilmentPct).toBe(100);
  });
  it("gearing 2.0 gives 80 % and the what-if in kroner", () => {
    const ind = evaluateClean(
      gearing,
      keys([
        ["OMSÆTNING I ALT", 40_000_000],
        ["Basistilskud", 20_000_000],
      ]),
    ).goals[0]!.indicators[0]!;
    expect(ind.fulfilmentPct).toBe(80);
    expect(ind.whatIf?.add).toBe(10_000_000);
  });
  it("finds a key figure written with its year or unit ('Basistilskud 2025', 'Omsætning i alt (kr.)')", () => {
    const ind = evaluateClean(
      gearing,
      keys([
        ["Omsætning i alt (kr.)", 50_000_000],
        ["Basistilskud 2025", 20_000_000],
      ]),
    ).goals[0]!.indicators[0]!;
    expect(ind.value).toBe(2.5);
  });

  it("of several years' figures takes the evaluated year's; only other years' is 'mangler data' with a note", () => {
    const run = (rows: [string, number][]) => evaluateClean(gearing, keys(rows)).goals[0]!;
    const g = run([
      ["Omsætning i alt", 50_000_000],
      ["Basistilskud 2024", 10_000_000],
      ["Basistilskud 2025", 20_000_000],
      ["Basistilskud 2026", 40_000_000],
    ]);
    expect(g.indicators[0]!.value).toBe(2.5);
    expect(g.indicators[0]!.notes.join(" ")).not.toMatch(/gange i Nøgletal/);
    // A row without a year counts for any year; one named with another year does not.
    expect(
      run([
        ["Omsætning i alt", 50_000_000],
        ["Basistilskud 2023", 10_000_000],
        ["Basistilskud", 20_000_000],
      ]).indicators[0]!.value,
    ).toBe(2.5);
    const old = run([
      ["Omsætning i alt", 50_000_000],
      ["Basistilskud 2023", 10_000_000],
      ["Basistilskud 2024", 20_000_000],
    ]);
    expect(old.status).toBe("mangler data");
    expect(old.indicators[0]!.notes.join(" ")).toContain(
      'Nøgletallet "Basistilskud" står i Nøgletal kun for 2023, 2024, ikke for 2025.',
    );
  });

  it("a missing key figure is 'mangler data', a zero denominator too", () => {
    expect(evaluateClean(gearing, keys([["Omsætning i alt", 1]])).goals[0]!.status).toBe("mangler data");
    expect(
      evaluateClean(
        gearing,
        keys([
          ["Omsætning i alt", 1],
          ["Basistilskud", 0],
        ]),
      ).goals[0]!.status,
    ).toBe("mangler data");
  });

  it("a per-cent key figure typed as 57 % in Excel (stored 0.57) reads as 57, with a note", () => {
    const kendskab = base(
      [
        goal("2", [
          {
            id: "kendskab-til-tilbud",
            label: "Kendskab til tilbud",
            measure: { kind: "keyFigure", key: "kendskab-til-tilbud" },
            target: { op: ">=", value: 55 },
            rule: { kind: "threshold" },
            unit: "procent",
          },
          {
            id: "mervaekst",
            label: "Mervækst",
            measure: { kind: "controlGroup", key: "mervaekst" },
            target: { op: ">", value: 0 },
            rule: { kind: "threshold" },
            unit: "procentpoint",
          },
        ]),
      ],
      {
        keyFigures: [
          { id: "kendskab-til-tilbud", label: "Kendskab til tilbud", unit: "procent" },
          { id: "mervaekst", label: "Mervækst", unit: "procentpoint" },
        ],
      },
    );
    const [share, points] = evaluateClean(
      kendskab,
      keys([
        ["Kendskab til tilbud", 0.57],
        ["Mervækst", 0.4],
      ]),
    ).goals[0]!.indicators;
    expect(share!.value).toBe(57);
    expect(share!.fulfilmentPct).toBe(100);
    expect(share!.notes.join(" ")).toContain("læst som 57 %");
    // Percentage points are not shares: 0.4 points stays 0.4.
    expect(points!.value).toBe(0.4);
    // 0.55 * 100 and 0.29 * 100 are not exact in binary; the boundary still holds.
    expect(evaluateClean(kendskab, keys([["Kendskab til tilbud", 0.55]])).goals[0]!.indicators[0]!.fulfilmentPct).toBe(
      100,
    );
    const whole = evaluateClean(kendskab, keys([["Kendskab til tilbud", 57]])).goals[0]!.indicators[0]!;
    expect(whole.value).toBe(57);
    expect(whole.notes.join(" ")).not.toContain("læst som");
  });

  it("distribution against population shares: max deviation in points", () => {
    const contract = base([
      goal("8", [
        {
          id: "fordeling",
          label: "By/land",
          measure: { kind: "distribution", table: "Forloeb", field: "kommune", deviation: "point" },
          target: { op: "<=", value: 10 },
          rule: { kind: "threshold" },
          unit: "procentpoint",
        },
      ]),
    ]);
    const kommuner = cleanTable("Kommuner", [
      { kommune: "Roskilde", befolkning: 600, kommunetype: "by" },
      { kommune: "Lolland", befolkning: 400, kommunetype: "land" },
    ]);
    const d = serialOf(2025, 5, 1);
    const courses = (by: number, land: number) =>
      cleanTable("Forloeb", [
        ...times(by, { kommune: "Roskilde", startdato: d }),
        ...times(land, { kommune: "lolland", startdato: d }),
      ]);
    const ok = evaluateClean(contract, { Kommuner: kommuner, Forloeb: courses(70, 30) }).goals[0]!.indicators[0]!;
    expect(ok.value).toBe(10);
    expect(ok.fulfilmentPct).toBe(100);
    const off = evaluateClean(contract, { Kommuner: kommuner, Forloeb: courses(80, 20) }).goals[0]!.indicators[0]!;
    expect(off.value).toBe(20);
    expect(off.fulfilmentPct).toBe(0);
    // (20 + k) / (100 + k) ≥ 0.30 ⇔ k ≥ 14.29 → 15
    expect(off.whatIf?.add).toBe(15);
  });

  it("finds a municipality written with its official name ('Roskilde Kommune', 'Københavns Kommune')", () => {
    const contract = base([
      goal("8", [
        {
          id: "fordeling",
          label: "By/land",
          measure: { kind: "distribution", table: "Forloeb", field: "kommune", deviation: "point" },
          target: { op: "<=", value: 10 },
          rule: { kind: "threshold" },
          unit: "procentpoint",
        },
        {
          id: "koebenhavn",
          label: "København",
          measure: {
            kind: "count",
            table: "Forloeb",
            where: { op: "in", field: "kommune", values: ["København", "Assens"] },
          },
          target: { op: ">=", value: 3 },
          rule: { kind: "proportional" },
          unit: "antal",
        },
      ]),
    ]);
    const kommuner = cleanTable("Kommuner", [
      { kommune: "Roskilde", befolkning: 600, kommunetype: "by" },
      { kommune: "Lolland Kommune", befolkning: 400, kommunetype: "land" },
    ]);
    const d = serialOf(2025, 5, 1);
    const t = cleanTable("Forloeb", [
      ...times(7, { kommune: "Roskilde Kommune", startdato: d }),
      ...times(3, { kommune: "Lolland", startdato: d }),
      { kommune: "Københavns Kommune", startdato: d },
      { kommune: "Assens Kommune", startdato: d },
      { kommune: "København", startdato: d },
    ]);
    const [fordeling, kbh] = evaluateClean(contract, { Kommuner: kommuner, Forloeb: t }).goals[0]!.indicators;
    // 7 of 10 known courses in the town municipality against 60 % of the population.
    expect(fordeling!.value).toBe(10);
    expect(fordeling!.notes.join(" ")).toContain("København");
    expect(kbh!.value).toBe(3);
  });

  it("checklist: share of activities done, matched by goal and text", () => {
    const contract = base([
      goal("15", [
        {
          id: "fyrtaarne",
          label: "Fyrtårne",
          measure: {
            kind: "checklist",
            partialCredit: 0,
            items: [
              { id: "a", text: "Aktiv rolle i forankringen" },
              { id: "b", text: "Partner ift. forretningsudvikling" },
              { id: "c", text: "Bred forankring" },
              { id: "d", text: "Noget helt fjerde" },
            ],
          },
          target: { op: ">=", value: 4 },
          rule: { kind: "checklist" },
          unit: "aktiviteter",
        },
      ]),
    ]);
    const acts = cleanTable("Aktiviteter", [
      { maal: "Mål 15", aktivitet: "Aktiv rolle i forankringen", status: "opfyldt" },
      { maal: "15", aktivitet: "partner ift forretningsudvikling", status: "opfyldt" },
      { maal: "15", aktivitet: "Bred forankring", status: "delvist" },
      { maal: "14", aktivitet: "Noget helt fjerde", status: "opfyldt" },
    ]);
    const ind = evaluateClean(contract, { Aktiviteter: acts }).goals[0]!.indicators[0]!;
    expect(ind.value).toBe(2);
    expect(ind.target).toBe(4);
    expect(ind.fulfilmentPct).toBe(50);
    expect(ind.whatIf?.add).toBe(2);
    expect(ind.notes.join(" ")).toMatch(/1 af målets 4 aktiviteter/);
  });
});

describe("goal = weighted mean of sub-targets (Sjælland 2025 goal 7)", () => {
  const count = (id: string, type: string, target: number, weight = 1) => ({
    id,
    label: id,
    measure: {
      kind: "count" as const,
      table: "Forloeb" as const,
      where: { op: "in" as const, field: "forloebstype", values: [type] },
    },
    target: { op: ">=" as const, value: target },
    rule: { kind: "proportional" as const },
    unit: "antal" as const,
    weight,
  });
  const contract = base([
    goal("7", [
      count("korte", "Kort forløb", 880),
      count("handlingsplaner", "Handlingsplan", 485),
      count("vaekstplaner", "Vækstplan", 315),
      { ...count("total", "Kort forløb", 1680, 0) },
    ]),
  ]);
  it("averages the weighted parts and leaves weight-0 totals out", () => {
    const d = serialOf(2025, 3, 3);
    const t = cleanTable("Forloeb", [
      ...times(880, { forloebstype: "Kort forløb", startdato: d }),
      ...times(97, { forloebstype: "Handlingsplan", startdato: d }),
      ...times(0, { forloebstype: "Vækstplan", startdato: d }),
    ]);
    const g = evaluateClean(contract, { Forloeb: t }).goals[0]!;
    expect(g.indicators.map((i) => i.fulfilmentPct)).toEqual([100, 20, 0, 52.38]);
    expect(g.fulfilmentPct).toBe(40);
    expect(g.status).toBe("delvist");
  });

  it("averages the unrounded parts: 100 % and 2/3 give 83.33, not 83.34", () => {
    const two = base([goal("13", [count("a", "Kort forløb", 1), count("b", "Handlingsplan", 3)])]);
    const d = serialOf(2025, 3, 3);
    const t = cleanTable("Forloeb", [
      { forloebstype: "Kort forløb", startdato: d },
      ...times(2, { forloebstype: "Handlingsplan", startdato: d }),
    ]);
    const g = evaluateClean(two, { Forloeb: t }).goals[0]!;
    expect(g.indicators.map((i) => i.fulfilmentPct)).toEqual([100, 66.67]);
    expect(g.fulfilmentPct).toBe(83.33);
  });
});
