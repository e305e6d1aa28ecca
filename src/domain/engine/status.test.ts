/**
 * A status that never claims more than the data (issue 14, item 1; docs/rules.md: "A goal is
 * never 'opfyldt' while one of its indicators has no data"), figures that never round up into a
 * higher status, and a pace defined per kind of measure. Every expected number is worked out by
 * hand in the comment beside it.
 */
import { ContractSchema, type Contract, type ContractInput } from "../contract/schema";
import type { CleanData } from "../clean";
import { evaluateInWords as evaluate } from "../../app/evaluate";
import { evaluationJson } from "../../app/report-json";
import { goalFulfilment, reportedPct, shownPct } from "./rules";
import { serialOf } from "./dates";
import { cleanTable, times } from "./testing";

type IndicatorInput = ContractInput["goals"][number]["indicators"][number];

const contractOf = (indicators: IndicatorInput[], id = "2"): Contract =>
  ContractSchema.parse({
    id: "status-test",
    title: "Test",
    year: 2025,
    halfYearReporting: true,
    registration: "none",
    source: { document: "test", section: "1" },
    goals: [
      {
        id,
        title: `Mål ${id}`,
        group: "national",
        targetText: "",
        method: "",
        source: { document: "t", section: id },
        indicators,
      },
    ],
  });

const keyIndicator = (id: string, target: number, extra: Partial<IndicatorInput> = {}): IndicatorInput => ({
  id,
  label: id,
  measure: { kind: "keyFigure", key: id },
  target: { op: ">=", value: target },
  rule: { kind: "threshold" },
  unit: "procent",
  ...extra,
});

const keys = (rows: [string, number][]): CleanData => ({
  Noegletal: cleanTable(
    "Noegletal",
    rows.map(([noegle, vaerdi]) => ({ noegle, vaerdi })),
    ["noegle", "vaerdi"],
  ),
});

describe("\"A goal is never 'opfyldt' while one of its indicators has no data\" (docs/rules.md)", () => {
  // Sjælland 2025 mål 2: "kendskabsgrad … skal være mindst 50 procent" and "mindst 55 procent
  // kendskab til deres tilbud"; the second figure is not in Nøgletal.
  const mål2 = contractOf([keyIndicator("kendskabsgrad", 50), keyIndicator("kendskab-til-tilbud", 55)]);

  it("Sjælland mål 2 with 'kendskabsgrad … mindst 50 procent' met and 'kendskab til deres tilbud' missing: mangler data (1 af 2 delmål), at least 50 %", () => {
    const goal = evaluate(mål2, keys([["kendskabsgrad", 62]])).goals[0]!;
    expect(goal.indicators.map((i) => [i.status, i.fulfilmentPct])).toEqual([
      ["opfyldt", 100],
      ["mangler data", null],
    ]);
    // (100 × 1 + 0 × 1) / 2 = 50: the missing part counts as 0 %, a lower bound.
    expect(goal.fulfilmentPct).toBe(50);
    expect(goal.status).toBe("mangler data");
    expect(goal.partial).toEqual({ known: 1, total: 2 });
    expect(goal.notes.join(" ")).toMatch(/Kun 1 af 2 delmål har data.*nedre grænse/);
  });

  it("the JSON of evaluate --json says the same: status 'mangler data', partial 1 of 2, fulfilment 50", () => {
    const r = evaluate(mål2, keys([["kendskabsgrad", 62]]));
    const json = evaluationJson({ ...r, findings: [] }, "da");
    expect(json.goals[0]).toMatchObject({ status: "mangler data", partial: { known: 1, total: 2 }, fulfilmentPct: 50 });
  });

  it("with both figures the goal is opfyldt, and a weight-0 part without data changes nothing", () => {
    const withShown = contractOf([
      keyIndicator("kendskabsgrad", 50),
      keyIndicator("kendskab-til-tilbud", 55),
      keyIndicator("vises", 1, { weight: 0 }),
    ]);
    const goal = evaluate(
      withShown,
      keys([
        ["kendskabsgrad", 62],
        ["kendskab-til-tilbud", 55],
      ]),
    ).goals[0]!;
    expect([goal.status, goal.fulfilmentPct, goal.partial]).toEqual(["opfyldt", 100, null]);
  });

  it("no part with data: mangler data, no figure", () => {
    const goal = evaluate(mål2, keys([])).goals[0]!;
    expect([goal.status, goal.fulfilmentPct, goal.partial]).toEqual(["mangler data", null, null]);
  });

  it("goalFulfilment: 100 % and 50 % known, a third part missing, weights 1, 1, 2 → (100 + 50 + 0) / 4 = 37.5", () => {
    expect(
      goalFulfilment([
        { weight: 1, pct: 100 },
        { weight: 1, pct: 50 },
        { weight: 2, pct: null },
      ]),
    ).toEqual({ pct: 37.5, status: "mangler data", partial: { known: 2, total: 3 } });
  });
});

describe('"A displayed fulfilment never rounds up into a higher status" (issue 14: 99.5 % is not shown "100 %")', () => {
  const gearing = contractOf([
    { ...keyIndicator("omsaetning", 20_000), rule: { kind: "proportional" }, unit: "antal" },
  ]);

  it("19,999 of 20,000 is 99.995 %: JSON 99.99 (not 100), shown 99.9 %, status delvist", () => {
    const ind = evaluate(gearing, keys([["omsaetning", 19_999]])).goals[0]!.indicators[0]!;
    expect(ind.fulfilmentPct).toBe(99.99);
    expect(ind.status).toBe("delvist");
    expect(shownPct(99.995)).toBe(99.9);
  });

  it.each([
    [99.5, 99.5],
    [99.96, 99.9],
    [57.3, 57.3],
    [66.666, 66.6],
    [100, 100],
    [0.0595, 0.059],
    [0.04, 0.04],
    [0, 0],
  ])("shownPct(%p) = %p (rounded down)", (pct, shown) => expect(shownPct(pct)).toBe(shown));

  it("reportedPct keeps two decimals but stops at 99.99 below 100", () => {
    expect([reportedPct(66.6666), reportedPct(99.996), reportedPct(100)]).toEqual([66.67, 99.99, 100]);
  });
});

describe("pace per kind of measure (issue 14: no '0,5 aktiviteter skulle være nået pr. 30. juni', no '0 skulle være nået' for '> 0')", () => {
  const d = (m: number) => serialOf(2025, m, 15);
  const contract = contractOf([
    {
      id: "ai",
      label: "AI-tjek",
      measure: { kind: "count", table: "Forloeb", where: { op: "in", field: "forloebstype", values: ["AI-tjek"] } },
      target: { op: ">=", value: 40 },
      rule: { kind: "proportional" },
      unit: "antal",
    },
    {
      id: "nps",
      label: "NPS",
      measure: { kind: "nps", table: "Evaluering", field: "anbefaling" },
      target: { op: ">=", value: 70 },
      rule: { kind: "threshold" },
      unit: "point",
    },
    {
      id: "produktivitet",
      label: "Mervækst i produktivitet",
      measure: { kind: "controlGroup", key: "produktivitet" },
      target: { op: ">", value: 0 },
      rule: { kind: "threshold" },
      unit: "procentpoint",
    },
    {
      id: "aktivitet",
      label: "Aktivitet",
      measure: { kind: "checklist", items: [{ id: "a", text: "Fælles aktiviteter" }], partialCredit: 0 },
      target: { op: ">=", value: 1 },
      rule: { kind: "checklist" },
      unit: "aktiviteter",
    },
  ]);
  const data: CleanData = {
    Forloeb: cleanTable("Forloeb", times(20, { cvr: "1", forloebstype: "AI-tjek", startdato: d(3) })),
    Evaluering: cleanTable("Evaluering", [...times(8, { anbefaling: 10 }), ...times(2, { anbefaling: 3 })]),
    Noegletal: cleanTable("Noegletal", [{ noegle: "produktivitet", vaerdi: 0.5 }]),
    Aktiviteter: cleanTable("Aktiviteter", [{ maal: "2", aktivitet: "Fælles aktiviteter", status: "delvist" }]),
  };
  const r = evaluate(contract, data, { period: "H1" });
  const pace = Object.fromEntries(r.goals[0]!.indicators.map((i) => [i.id, i.pace]));

  it("a cumulative count ('gennemfører i 2025 40 AI-tjek') is due pro rata: 40 × 6/12 = 20, 20 reached", () => {
    expect(pace.ai).toEqual({ due: 20, onTrack: true, basis: "proRata" });
  });
  it("NPS 'på mindst 70' is a level: 70 is due at 30 June, NPS (8 − 2) / 10 = 60 is behind", () => {
    expect(pace.nps).toEqual({ due: 70, onTrack: false, basis: "level" });
  });
  it("'en mervækst i produktivitet' (> 0) is a level: 0.5 > 0 is on track, due 0 stated as the target", () => {
    expect(pace.produktivitet).toEqual({ due: 0, onTrack: true, basis: "level" });
  });
  it("a checklist is a level: the 1 activity is due in full, not 0.5 of it", () => {
    expect(pace.aktivitet).toEqual({ due: 1, onTrack: false, basis: "level" });
  });
  it("each indicator says its pace rule in a note", () => {
    const notes = r.goals[0]!.indicators.map((i) => i.notes.join(" "));
    expect(notes[0]).toMatch(/20 af årets 40 skal være nået pr\. 30\. juni \(6\/12/);
    expect(notes[1]).toMatch(/et niveau.*hele måltallet \(70\)/);
  });
  it("the goal is on track only when every weighted part is; a part without data leaves no pace", () => {
    expect(r.goals[0]!.pace).toEqual({ onTrack: false });
    const missing = evaluate(
      contract,
      { ...data, Noegletal: cleanTable("Noegletal", [], ["noegle", "vaerdi"]) },
      { period: "H1" },
    );
    expect(missing.goals[0]!.pace).toBeNull();
    expect(missing.goals[0]!.status).toBe("mangler data");
  });
});
