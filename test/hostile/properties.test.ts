/**
 * Properties end to end, through the use-cases the CLI and the task pane call (runChecks,
 * runEvaluation, planWrite) with the five real contracts: nothing throws on any cell value; the
 * figures do not depend on row order; one more 9–10 answer never lowers an NPS; and the what-if
 * answer is exact — adding `add` best rows to the data reaches the target, `add − 1` do not.
 */
import fc from "fast-check";
import { runChecks, runEvaluation } from "../../src/app/evaluate";
import { planWrite } from "../../src/app/plan-write";
import { evaluationJson } from "../../src/app/report-json";
import { bound, type Row } from "../../src/domain/checks/_lib/tables.testing";
import { RULE_IDS } from "../../src/domain/checks/rules";
import type { Contract } from "../../src/domain/contract/schema";
import type { EvaluationResult, IndicatorResult } from "../../src/domain/engine/types";
import {
  ROLES,
  ROLE_SPECS,
  UNCALCULATED_FORMULA,
  type CellValue,
  type Role,
  type WorkbookData,
} from "../../src/domain/model";
import { formatFinding } from "../../src/i18n";
import { LIBRARY, findContract } from "../../src/templates";

const contract = (id: string): Contract => {
  const c = findContract(id);
  if (!c) throw new Error(id);
  return c;
};

/* ------------------------------------------------------------------ cells of every kind */

const hostileCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
  fc.constantFrom(
    "NaN",
    "Infinity",
    "-Infinity",
    "1e309",
    "-0",
    "0x1F",
    "1.234,5",
    "1,234.5",
    "12 34 56 74",
    "DK12345674",
    "04-03-2025",
    "2025-02-29",
    "31.12.9999",
    "i høj grad",
    "i ho\u0308j grad",
    "VÆKST",
    "va\u0308kst",
    "ja",
    '=HYPERLINK("http://x")',
    "+1",
    "@SUM(A1)",
    "a".repeat(32_767),
    "\u200b",
    "\ufeff",
    "__proto__",
    "constructor",
  ),
  fc.double(),
  fc.constantFrom(Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, -0, 1e308, 2 ** 53 + 1, 45_658, 2_958_465),
  fc.integer(),
  fc.boolean(),
  fc
    .constantFrom("#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", UNCALCULATED_FORMULA)
    .map((error) => ({ error })),
  fc.string().map((error) => ({ error })),
);

const arbTable = (role: Role): fc.Arbitrary<Row[]> =>
  fc
    .record({
      fields: fc.subarray(ROLE_SPECS[role].fields.map((f) => f.id)),
      rows: fc.array(fc.array(hostileCell, { minLength: 16, maxLength: 16 }), { maxLength: 12 }),
    })
    .map(({ fields, rows }) => rows.map((cells) => Object.fromEntries(fields.map((f, i) => [f, cells[i] ?? null]))));

const arbData: fc.Arbitrary<WorkbookData> = fc
  .record(
    Object.fromEntries(ROLES.map((r) => [r, fc.option(arbTable(r), { nil: undefined })])) as Record<
      Role,
      fc.Arbitrary<Row[] | undefined>
    >,
  )
  .map((tables) => {
    const data: Partial<Record<Role, ReturnType<typeof bound>>> = {};
    for (const r of ROLES) {
      const rows = tables[r];
      if (rows) data[r] = bound(r, rows, { fields: ROLE_SPECS[r].fields.map((f) => f.id) });
    }
    return data;
  });

const STATUSES = ["opfyldt", "delvist", "ikke opfyldt", "mangler data"];
const sources = Object.fromEntries(
  ROLES.map((r) => [r, { headerRow: 1, firstColumn: 0, headers: ROLE_SPECS[r].fields.map((f) => f.header) }]),
);

function wellFormed(result: EvaluationResult): void {
  for (const g of result.goals) {
    expect(STATUSES).toContain(g.status);
    if (g.fulfilmentPct !== null) expect(g.fulfilmentPct >= 0 && g.fulfilmentPct <= 100).toBe(true);
    for (const i of g.indicators) {
      expect(STATUSES).toContain(i.status);
      for (const x of [i.value, i.fulfilmentPct, i.uncappedPct, i.target])
        if (x !== null) expect(Number.isFinite(x)).toBe(true);
      if (i.whatIf) expect(Number.isInteger(i.whatIf.add) && i.whatIf.add > 0).toBe(true);
    }
  }
}

describe("nothing throws on arbitrary cell values", () => {
  it.each(LIBRARY.map((c) => [c.id, c] as const))("%s: checks, evaluation, JSON and write plan", (_id, c) => {
    fc.assert(
      fc.property(
        arbData,
        fc.constantFrom("year" as const, "H1" as const),
        fc.constantFrom("da" as const, "en" as const),
        (data, period, lang) => {
          const checked = runChecks(c, data);
          const result = runEvaluation(c, data, { period, lang });
          wellFormed(result);
          for (const f of [...checked.findings, ...result.findings]) {
            expect(RULE_IDS).toContain(f.rule);
            expect(f.rule).not.toBe("internal-error");
            const text = formatFinding(f, lang);
            expect(text).not.toMatch(/undefined|\[object Object\]/);
          }
          JSON.stringify(evaluationJson(result, lang));
          const plan = planWrite({ contract: c, result, data, sources, lang });
          // Excel's cell limit: a longer text would make Excel "repair" the written file.
          for (const row of plan.statusSheet?.rows ?? [])
            for (const cell of row)
              if (cell.kind === "value" && typeof cell.value === "string")
                expect(cell.value.length).toBeLessThanOrEqual(32_767);
          for (const k of plan.kontrolColumns)
            for (const v of k.values) expect((v ?? "").length).toBeLessThanOrEqual(32_767);
        },
      ),
      { numRuns: 60 },
    );
  });
});

/* ------------------------------------------------------------------ realistic rows */

/** The i-th valid CVR number (modulus 11). */
const cvrOf = (i: number): string => {
  const w = [2, 7, 6, 5, 4, 3, 2, 1];
  for (let base = 3_000_000 + i * 13; ; base++) {
    const d = String(base).split("").map(Number);
    const check = (11 - (d.reduce((a, x, k) => a + x * (w[k] as number), 0) % 11)) % 11;
    if (check < 10) return `${base}${check}`;
  }
};

const arbCourse: fc.Arbitrary<Row> = fc.record({
  cvr: fc.oneof(fc.nat(40).map(cvrOf), fc.constantFrom("12345675", null, "DK 30000005")),
  pnummer: fc.constantFrom("1012345678", null),
  segment: fc.constantFrom("drift", "vækst", "Vækst", "x", null),
  forloebstype: fc.constantFrom(
    "Kort forløb",
    "Handlingsplan",
    "Vækstplan",
    "Omstillingsplan",
    "AI-tjek",
    "Andet",
    null,
  ),
  tema: fc.constantFrom("Eksport", "Attraktive Arbejdspladser", null),
  startdato: fc.oneof(
    fc.integer({ min: 45_600, max: 46_100 }),
    fc.constantFrom("04-03-2025", "2025-07-01", "31-02-2025", null),
  ),
  timer: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.constantFrom("2,5", -1, null)),
  kommune: fc.constantFrom("Køge", "Roskilde", "Lejre", null),
  hovedsaede: fc.constantFrom("Region Sjælland", "Region Hovedstaden", null),
  henvistTil: fc.constantFrom("EIFO", "EIFO; Innovationsfonden", null),
  stiftelsesdato: fc.oneof(fc.integer({ min: 43_000, max: 46_000 }), fc.constant(null)),
  sendtTilEvaluering: fc.constantFrom("ja", "nej", null),
  ledelsesvurdering: fc.constantFrom("ja", "nej", null),
});

const arbAnswer: fc.Arbitrary<Row> = fc.record({
  cvr: fc.oneof(fc.nat(40).map(cvrOf), fc.constant(null)),
  segment: fc.constantFrom("drift", "vækst", null),
  anbefaling: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constantFrom(11, "9", "ni", null, { error: "#N/A" })),
  effekt: fc.constantFrom("i høj grad", "i nogen grad", "i lav grad", "slet ikke", "ved ikke", null),
  henvisning: fc.constantFrom("ja", "forventer", "nej", "ved ikke", null),
  baeredygtighed: fc.constantFrom("i høj grad", "i nogen grad", "slet ikke", "ved ikke", null),
});

const KEYS: Row[] = [
  { noegle: "Omsætning i alt", vaerdi: "12.000.000" },
  { noegle: "Basistilskud", vaerdi: 5_000_000 },
  { noegle: "Kendskabsgrad", vaerdi: "48,5" },
];
const KOMMUNER: Row[] = [
  { kommune: "Køge", befolkning: 62_000, kommunetype: "by" },
  { kommune: "Roskilde", befolkning: 90_000, kommunetype: "by" },
  { kommune: "Lejre", befolkning: 28_000, kommunetype: "land" },
];

interface Tables {
  readonly courses: readonly Row[];
  readonly answers: readonly Row[];
  readonly activities: readonly Row[];
}

const dataOf = (t: Tables): WorkbookData => ({
  Forloeb: bound("Forloeb", [...t.courses], { fields: ROLE_SPECS.Forloeb.fields.map((f) => f.id) }),
  Evaluering: bound("Evaluering", [...t.answers], { fields: ROLE_SPECS.Evaluering.fields.map((f) => f.id) }),
  Noegletal: bound("Noegletal", KEYS),
  Kommuner: bound("Kommuner", KOMMUNER),
  Aktiviteter: bound("Aktiviteter", [...t.activities], { fields: ["maal", "aktivitet", "status"] }),
});

const arbActivity: fc.Arbitrary<Row> = fc.record({
  maal: fc.constantFrom("3", "5", "10", "11"),
  aktivitet: fc.constantFrom("Kortlægning af alle virksomheder", "Fælles aktiviteter", "Ny vejledningsydelse"),
  status: fc.constantFrom("opfyldt", "delvist", "ikke opfyldt", null),
});

const arbTables: fc.Arbitrary<Tables> = fc.record({
  courses: fc.array(arbCourse, { maxLength: 40 }),
  answers: fc.array(arbAnswer, { maxLength: 40 }),
  activities: fc.array(arbActivity, { maxLength: 6 }),
});

/** The figures of a result, row positions aside. */
const figures = (r: EvaluationResult) =>
  r.goals.map((g) => ({
    id: g.id,
    pct: g.fulfilmentPct,
    status: g.status,
    indicators: g.indicators.map((i) => [i.id, i.value, i.fulfilmentPct, i.status, i.whatIf?.add ?? null]),
  }));

describe("results do not depend on row order", () => {
  it.each(LIBRARY.map((c) => [c.id] as const))("%s: the same figures after shuffling every table", (id) => {
    const c = contract(id);
    fc.assert(
      fc.property(
        arbTables.chain((t) =>
          fc.record({
            t: fc.constant(t),
            s: fc.record({
              courses: fc.shuffledSubarray([...t.courses], { minLength: t.courses.length }),
              answers: fc.shuffledSubarray([...t.answers], { minLength: t.answers.length }),
              // Activity rows stay put: a checklist lines reworded rows up with the contract's items by
              // position, on purpose (src/domain/engine/measures.ts).
              activities: fc.constant(t.activities),
            }),
          }),
        ),
        fc.constantFrom("year" as const, "H1" as const),
        ({ t, s }, period) => {
          const a = runEvaluation(c, dataOf(t), { period });
          const b = runEvaluation(c, dataOf(s), { period });
          expect(figures(b)).toEqual(figures(a));
          const key = (r: EvaluationResult) => r.findings.map((f) => `${f.rule}|${f.column}|${f.severity}`).sort();
          expect(key(b)).toEqual(key(a));
        },
      ),
      { numRuns: 40 },
    );
  });
});

/* ------------------------------------------------------------------ NPS and what-if, end to end */

const find = (r: EvaluationResult, goal: string, id: string): IndicatorResult => {
  const i = r.goals.find((g) => g.id === goal)?.indicators.find((x) => x.id === id);
  if (!i) throw new Error(`${goal}/${id}`);
  return i;
};

describe("adding a 9–10 answer never lowers NPS", () => {
  const cases: [string, string, string, Readonly<Record<string, string>>, Row][] = [
    ["sjaelland-2025", "3", "nps", {}, { anbefaling: 10 }],
    ["sjaelland-2025", "3", "nps-drift", { npsOmfang: "pr-segment" }, { anbefaling: 9, segment: "drift" }],
    ["hovedstaden-2020", "1", "nps", {}, { anbefaling: "10" }],
    ["rammeaftale-2024-2027", "3", "nps", {}, { anbefaling: 9 }],
  ];
  it.each(cases)("%s goal %s (%s)", (id, goal, indicator, options, extra) => {
    const c = contract(id);
    fc.assert(
      fc.property(arbTables, fc.nat(40), (t, at) => {
        const before = find(runEvaluation(c, dataOf(t), { options }), goal, indicator);
        const answers = [...t.answers];
        // Dated in the contract's year: a dated answer belongs to its period (Besvarelsesdato).
        const dated = { besvarelsesdato: id === "hovedstaden-2020" ? "2020-03-01" : "2025-03-01" };
        answers.splice(at % (answers.length + 1), 0, { cvr: cvrOf(99), ...dated, ...extra });
        const after = find(runEvaluation(c, dataOf({ ...t, answers }), { options }), goal, indicator);
        expect(after.value).not.toBeNull();
        if (before.value !== null) expect(after.value!).toBeGreaterThanOrEqual(before.value);
        if (before.fulfilmentPct !== null) expect(after.fulfilmentPct!).toBeGreaterThanOrEqual(before.fulfilmentPct);
      }),
      { numRuns: 150 },
    );
  });
});

/**
 * What-if cases: contract, goal, indicator, options, and the best row to add (the k-th of them,
 * since some measures count companies and need a new CVR each time).
 */
const WHAT_IF: [
  string,
  string,
  string,
  Readonly<Record<string, string | number>>,
  "answers" | "courses" | "activities",
  (k: number) => Row,
][] = [
  ["sjaelland-2025", "3", "nps", {}, "answers", () => ({ anbefaling: 10 })],
  [
    "sjaelland-2025",
    "3",
    "nps-vaekst",
    { npsOmfang: "pr-segment" },
    "answers",
    () => ({ anbefaling: 9, segment: "vækst" }),
  ],
  ["hovedstaden-2020", "1", "nps", {}, "answers", () => ({ anbefaling: 10 })],
  ["sjaelland-2025", "4", "anvendt-henvisning", {}, "answers", () => ({ henvisning: "forventer" })],
  ["sjaelland-2025", "6", "baeredygtighed-i-hoej-grad", {}, "answers", () => ({ baeredygtighed: "i høj grad" })],
  ["hovedstaden-2020", "2", "positiv-effekt", {}, "answers", () => ({ effekt: "i nogen grad" })],
  [
    "sjaelland-2025",
    "10",
    "henvist-handlingsplan",
    {},
    "courses",
    (k) => ({ cvr: cvrOf(1000 + k), forloebstype: "Handlingsplan", startdato: "2025-05-01", henvistTil: "EIFO" }),
  ],
  ["sjaelland-2025", "7", "vaekstplaner", {}, "courses", () => ({ forloebstype: "Vækstplan", startdato: 45_800 })],
  ["sjaelland-2025", "9", "ai-tjek", {}, "courses", () => ({ forloebstype: "AI-tjek", startdato: "01-06-2025" })],
  [
    "sjaelland-2025",
    "11",
    "attraktive-arbejdspladser",
    {},
    "courses",
    (k) => ({ cvr: cvrOf(2000 + k), tema: "Attraktive Arbejdspladser", startdato: "2025-03-03" }),
  ],
];

describe("whatIf.add is exact end to end: add rows reach the target, add − 1 do not", () => {
  it.each(WHAT_IF.map((w) => [`${w[0]} ${w[1]}/${w[2]}`, w] as const))(
    "%s",
    (_name, [id, goal, indicator, options, table, best]) => {
      const c = contract(id);
      const withRows = (t: Tables, n: number): Tables => ({
        ...t,
        [table]: [...t[table], ...Array.from({ length: n }, (_, k) => best(k))],
      });
      fc.assert(
        fc.property(arbTables, (t) => {
          const base = find(runEvaluation(c, dataOf(t), { options }), goal, indicator);
          for (const [level, what] of [
            [100, base.whatIf],
            [50, base.whatIfHalf],
          ] as const) {
            if (what === null) {
              // Nothing to add: already there, or adding cannot get there (e.g. NPS 100 with a detractor).
              continue;
            }
            const reached = find(runEvaluation(c, dataOf(withRows(t, what.add)), { options }), goal, indicator);
            expect(reached.fulfilmentPct!).toBeGreaterThanOrEqual(level);
            const short = find(runEvaluation(c, dataOf(withRows(t, what.add - 1)), { options }), goal, indicator);
            expect(short.fulfilmentPct ?? 0).toBeLessThan(level);
          }
          if (base.whatIf === null && base.fulfilmentPct !== null && base.state?.kind !== "nps")
            expect(base.fulfilmentPct).toBe(100);
        }),
        { numRuns: 40 },
      );
    },
  );
});
