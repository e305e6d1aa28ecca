/**
 * Issue 7, "done when": a 2026 variant of each seed contract authored in a `Kontrakt` sheet and
 * in JSON (new id, title and year; a changed title and target; a new goal with two sub-goals),
 * evaluated with `runEvaluation` on a small workbook, gives the expected figures.
 */
import { runEvaluation } from "../../app/evaluate";
import { sameContract } from "./canonical";
import { deriveContract, importContractJson } from "../../app/authoring/problems";
import { exportContractJson } from "./json";
import { describeAuthoringFinding } from "../../i18n/authoring";
import { contractFromSheetRows } from "./sheet-read";
import { contractToSheetRows } from "./sheet-write";
import type { Contract } from "../contract/schema";
import type { EvaluationResult } from "../engine/types";
import type { CellValue } from "../model";
import { findContract } from "../../templates";
import {
  appendGoalRows,
  cvr,
  findRow,
  goalHeader,
  goalTableRow,
  setCell,
  workbook,
  type Row,
} from "./sheet-read/sheet.testing";

/** What each 2026 variant changes in an existing goal, and what that goal then shows. */
interface Edit {
  readonly base: string;
  readonly goal: string;
  readonly indicator: string;
  readonly title: string;
  readonly target: number;
  /** A new rule in sheet text and as data, when the variant changes it. */
  readonly rule?: { readonly text: string; readonly data: Contract["goals"][number]["indicators"][number]["rule"] };
  readonly value: number;
  readonly pct: number;
  /** The same indicator's fulfilment under the original contract, on the same data. */
  readonly originalPct: number;
}

const EDITS: readonly Edit[] = [
  {
    base: "hovedstaden-2020",
    goal: "1",
    indicator: "nps",
    title: "Tilfredshed med Erhvervshuset 2026",
    target: 40,
    rule: {
      text: "trin: 40=100; 30=50",
      data: {
        kind: "steps",
        steps: [
          { atLeast: 40, pct: 100 },
          { atLeast: 30, pct: 50 },
        ],
      },
    },
    value: 45,
    pct: 100,
    originalPct: 0,
  },
  {
    base: "sjaelland-2025",
    goal: "3",
    indicator: "nps",
    title: "Tilfredshed 2026",
    target: 45,
    value: 45,
    pct: 100,
    originalPct: 0,
  },
  {
    base: "rammeaftale-2024-2027",
    goal: "3",
    indicator: "nps",
    title: "Tilfredshed 2026",
    target: 45,
    value: 45,
    pct: 100,
    originalPct: 0,
  },
  {
    base: "rammeaftale-2019-2020",
    goal: "II",
    indicator: "nps",
    title: "Tilfredshed 2026",
    target: 45,
    value: 45,
    pct: 100,
    originalPct: 0,
  },
  {
    base: "vaeksthus-hovedstaden-2018",
    goal: "2a",
    indicator: "internationale-events",
    title: "Internationale events 2026",
    target: 4,
    value: 2,
    pct: 50,
    originalPct: 100,
  },
];

/* ---------- the small workbook ---------- */

const course = (i: number, over: Row): Row => ({
  cvr: cvr(1234560 + i * 7),
  pnummer: String(1012345670 + i),
  virksomhed: `Virksomhed ${i} ApS`,
  segment: "vækst",
  forloebstype: "AI-tjek",
  tema: "Digitalisering",
  startdato: "2026-03-04",
  slutdato: "2026-04-01",
  timer: 4,
  kommune: "Køge",
  hovedsaede: "Region Sjælland",
  henvistTil: "EIFO",
  stiftelsesdato: "2010-01-01",
  sendtTilEvaluering: "ja",
  ledelsesvurdering: "nej",
  ...over,
});

const answer = (i: number, segment: string, score: number): Row => ({
  cvr: cvr(2345670 + i * 7),
  segment,
  anbefaling: score,
});

function data(keyLabel: string | null) {
  return workbook({
    Forloeb: [
      course(1, {}),
      course(2, { startdato: "2026-05-10", slutdato: "2026-06-01" }),
      course(3, { startdato: "2026-09-01", slutdato: "2026-10-01", segment: "drift" }),
      // Too short for the new goal, and a course of the year before.
      course(4, { timer: 2, sendtTilEvaluering: "nej" }),
      course(5, { startdato: "2025-06-01", slutdato: "2025-07-01" }),
    ],
    // Vækst: 6 promoters, 2 passives, 2 detractors → NPS 40. Drift: 5 promoters, 5 passives → 50.
    // Together: 11 promoters and 2 detractors of 20 → NPS 45.
    Evaluering: [
      ...[9, 9, 10, 10, 9, 10, 7, 7, 3, 2].map((s, i) => answer(i, "vækst", s)),
      ...[9, 10, 9, 10, 9, 8, 8, 7, 7, 8].map((s, i) => answer(20 + i, "drift", s)),
    ],
    ...(keyLabel ? { Noegletal: [{ noegle: keyLabel, vaerdi: 2, kilde: "Opgjort af sekretariatet" }] } : {}),
  });
}

/* ---------- authoring ---------- */

const NEW_GOAL = {
  id: "N1",
  title: "AI-tjek med mindst 3 timers vejledning",
  group: "lokal",
  targetText: "Erhvervshuset gennemfører i 2026 mindst 4 AI-tjek på mindst 3 timer.",
  method: "Opgøres fra Forløb.",
  indicators: [
    {
      id: "ai-3-timer",
      label: "AI-tjek på mindst 3 timer",
      measure: {
        kind: "count",
        table: "Forloeb",
        where: {
          op: "all",
          of: [
            { op: "in", field: "forloebstype", values: ["AI-tjek"] },
            { op: "gte", field: "timer", value: 3 },
          ],
        },
      },
      target: { op: ">=", value: 4 },
      rule: { kind: "proportional" },
      unit: "antal",
    },
    {
      id: "nps-vaekst",
      label: "NPS i vækstsegmentet",
      measure: {
        kind: "nps",
        table: "Evaluering",
        field: "anbefaling",
        where: { op: "in", field: "segment", values: ["vækst"] },
      },
      target: { op: ">=", value: 50 },
      rule: {
        kind: "steps",
        steps: [
          { atLeast: 50, pct: 100 },
          { atLeast: 30, pct: 50 },
        ],
      },
      unit: "point",
    },
  ],
};

const derived = (edit: Edit): Contract => {
  const base = findContract(edit.base) as Contract;
  const r = deriveContract(base, {
    id: `${edit.base.replace(/-\d{4}(-\d{4})?$/, "")}-2026`,
    title: `${base.title.da} – udgave 2026`,
    year: 2026,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.contract;
};

/** Author in a sheet: write the copy, edit cells as a person would, read it back. */
function authorInSheet(edit: Edit): Contract {
  const c = derived(edit);
  const rows = contractToSheetRows(c).map((r) => [...r]) as CellValue[][];
  const h = goalHeader(rows);
  setCell(rows, h, findRow(rows, h, { Mål: edit.goal, Delmål: null }), "Titel", edit.title);
  const ind = findRow(rows, h, { Mål: edit.goal, Delmål: edit.indicator, "Variant når": null, Punkt: null });
  setCell(rows, h, ind, "Måltal", edit.target);
  if (edit.rule) setCell(rows, h, ind, "Regel", edit.rule.text);
  appendGoalRows(rows, h, [
    goalTableRow(rows, h, {
      Mål: NEW_GOAL.id,
      Titel: NEW_GOAL.title,
      Gruppe: "lokal",
      Målformulering: NEW_GOAL.targetText,
      Metode: NEW_GOAL.method,
    }),
    goalTableRow(rows, h, {
      Mål: NEW_GOAL.id,
      Delmål: "ai-3-timer",
      Titel: "AI-tjek på mindst 3 timer",
      Indikator: "antal",
      Tabel: "Forløb",
      Filter: 'Forløbstype = "AI-tjek" og Timer >= 3',
      Måltal: 4,
      Sammenligning: "≥",
      Regel: "andel af mål",
    }),
    goalTableRow(rows, h, {
      Mål: NEW_GOAL.id,
      Delmål: "nps-vaekst",
      Titel: "NPS i vækstsegmentet",
      Indikator: "nps",
      Tabel: "Brugerevaluering",
      Filter: 'kundesegment = "vækst"',
      Felt: "Anbefaling (0-10)",
      Måltal: "50",
      Regel: "trin: 50 = 100 %; 30 = 50 %",
    }),
  ]);
  const { contract, findings } = contractFromSheetRows(rows, "Kontrakt");
  expect(findings.map((f) => describeAuthoringFinding(f))).toEqual([]);
  if (!contract) throw new Error("no contract");
  return contract;
}

/** Author in JSON: export the copy, edit the file as a person would in an editor, import it. */
function authorInJson(edit: Edit): Contract {
  const c = derived(edit);
  const json = JSON.parse(exportContractJson(c)) as {
    goals: {
      id: string;
      title: { da: string };
      indicators: { id: string; target: { value: unknown }; rule: unknown }[];
    }[];
  };
  const goal = json.goals.find((g) => g.id === edit.goal);
  const ind = goal?.indicators.find((i) => i.id === edit.indicator);
  if (!goal || !ind) throw new Error("goal not found");
  goal.title.da = edit.title;
  ind.target.value = edit.target;
  if (edit.rule) ind.rule = edit.rule.data;
  json.goals.push({ ...NEW_GOAL, source: { document: c.title.da, section: "Mål N1" } } as never);
  const r = importContractJson(JSON.stringify(json, null, 2));
  if (!r.ok) throw new Error(JSON.stringify(r.errors.map((e) => e.message.da)));
  expect(r.warnings).toEqual([]);
  return r.contract;
}

const goalOf = (r: EvaluationResult, id: string) => {
  const g = r.goals.find((x) => x.id === id);
  if (!g) throw new Error(`goal ${id}`);
  return g;
};

describe.each(EDITS.map((e) => [e.base, e] as const))("a 2026 variant of %s", (_base, edit) => {
  const sheet = authorInSheet(edit);
  const json = authorInJson(edit);
  const keyLabel =
    edit.base === "vaeksthus-hovedstaden-2018"
      ? (findContract(edit.base)?.keyFigures.find((k) => k.id === edit.indicator)?.label ?? null)
      : null;
  const wb = data(keyLabel);

  it("is the same contract whether authored in the sheet or in JSON", () => {
    expect(sameContract(sheet, json)).toBe(true);
    expect([sheet.id, sheet.year]).toEqual([`${edit.base.replace(/-\d{4}(-\d{4})?$/, "")}-2026`, 2026]);
  });

  it.each([
    ["sheet", sheet],
    ["JSON", json],
  ] as const)("authored in the %s, evaluates to the expected figures", (_how, contract) => {
    const result = runEvaluation(contract, wb);
    expect(result.contract).toBe(contract.id);
    expect(result.period).toMatchObject({ kind: "year", year: 2026 });
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);

    // The changed goal: new title, new target, the figure from the data.
    const changed = goalOf(result, edit.goal);
    expect(changed.title).toBe(edit.title);
    const ind = changed.indicators.find((i) => i.id === edit.indicator);
    expect(ind).toMatchObject({ value: edit.value, target: edit.target, fulfilmentPct: edit.pct });

    // The new goal: 3 AI checks of at least 3 hours in 2026 of 4 → 75 %; NPS vækst 40 → step 50 %.
    const added = goalOf(result, "N1");
    expect(added.title).toBe(NEW_GOAL.title);
    expect(added.indicators.map((i) => [i.id, i.value, i.target, i.fulfilmentPct])).toEqual([
      ["ai-3-timer", 3, 4, 75],
      ["nps-vaekst", 40, 50, 50],
    ]);
    expect(added.fulfilmentPct).toBe(62.5);
    expect(added.status).toBe("delvist");
    expect(result.goals.at(-1)?.id).toBe("N1");

    // The same data under the original contract: the edit is what changed the figure.
    const original = runEvaluation(findContract(edit.base) as Contract, wb, { params: {} });
    const before = goalOf(original, edit.goal).indicators.find((i) => i.id === edit.indicator);
    expect(before?.fulfilmentPct).toBe(edit.originalPct);
  });

  it("gives the same evaluation from both, in Danish and in English", () => {
    for (const lang of ["da", "en"] as const)
      expect(runEvaluation(sheet, wb, { lang })).toEqual(runEvaluation(json, wb, { lang }));
  });
});
