/**
 * Realistic synthetic workbooks per contract, from a fixed seed: a few thousand courses and
 * answers as a house's CRM export would hold them, reference tables, activities, key figures,
 * and a handful of planted faults that the checks must find. Used by the README's first command,
 * the end-to-end tests, the demo and the benchmarks.
 */
import type { Contract } from "../../domain/contract/schema";
import type { Role } from "../../domain/model";
import { serialOf } from "../../domain/engine/dates";
import type { NewSheet, NewWorkbookSpec } from "../../workbook/sheet/spec";
import { contractWorkbookSpec, referenceRows, type RowInput } from "../workbook-spec";
import { PROFILES, type ExampleProfile } from "./profiles";
import { seeded, validCvr, type Random } from "./random";

/** Vocabulary of the synthetic CRM rows (shared with the benchmark generator). */
export const THEMES = [
  "Digitalisering",
  "Eksport",
  "Finansiering",
  "Grøn omstilling",
  "Ledelse",
  "Ejerskifte",
  "Automatisering",
  "Rekruttering",
];
export const ACTORS = [
  "EIFO",
  "Innovationsfonden",
  "Trade Council",
  "Privat rådgiver",
  "Klyngeorganisation",
  "GTS-institut",
  "Revisor",
];
export const NAMES_A = ["Nordisk", "Sjællands", "Kyst", "Grøn", "Dansk", "Fjord", "Skov", "Havne", "Byens", "Lokal"];
export const NAMES_B = [
  "Maskinfabrik",
  "Bageri",
  "Tømrer",
  "Software",
  "Design",
  "Logistik",
  "Fødevarer",
  "Rådgivning",
  "El-service",
  "Biotek",
];
export const SUFFIX = ["ApS", "A/S", "I/S", "IVS"];

interface Company {
  readonly cvr: string;
  readonly pnummer: string;
  readonly name: string;
  readonly founded: number;
  readonly kommune: string;
}

function companies(r: Random, n: number, year: number, kommuner: readonly string[]): Company[] {
  const out: Company[] = [];
  const seen = new Set<string>();
  while (out.length < n) {
    const cvr = validCvr(r);
    if (seen.has(cvr)) continue;
    seen.add(cvr);
    // Young companies are 1–2 years old at the start of the year, so always under 3 at any course start.
    const young = r.chance(0.095);
    const foundedYear = young ? year - r.int(1, 2) : year - r.int(3, 40);
    out.push({
      cvr,
      pnummer: String(r.int(1_000_000_000, 9_999_999_999)),
      name: `${r.pick(NAMES_A)} ${r.pick(NAMES_B)} ${r.pick(SUFFIX)}`,
      founded: serialOf(foundedYear, r.int(1, 12), r.int(1, 28)),
      kommune: r.pick(kommuner),
    });
  }
  return out;
}

/** Pick a municipality weighted by (example) population, so the by/land split looks real. */
function weightedKommune(r: Random, p: ExampleProfile, names: readonly string[]): string {
  if (!p.kommuner) return r.pick(names);
  const entries = Object.entries(p.kommuner);
  const total = entries.reduce((a, [, [pop]]) => a + pop, 0);
  let x = r.next() * total;
  for (const [name, [pop, type]] of entries) {
    // Slightly more courses in towns than people, as the houses report.
    x -= pop * (type === "by" ? 1.05 : 0.93);
    if (x <= 0) return name;
  }
  return entries[0]?.[0] ?? r.pick(names);
}

function courseRows(r: Random, p: ExampleProfile, contract: Contract, pool: Company[]): RowInput[] {
  const names =
    contract.municipalities.length > 0 ? contract.municipalities : Object.keys(p.kommuner ?? { København: [0, "by"] });
  const rows: RowInput[] = [];
  // Most companies have one course a year; about one in ten comes back for another.
  let next = 0;
  const company = (): Company =>
    next > 0 && r.chance(0.06) ? r.pick(pool.slice(0, next)) : (pool[next++ % pool.length] as Company);
  const add = (
    type: string,
    seg: "drift" | "vækst",
    hours: readonly [number, number],
    referred: number,
    year: number,
    region: string,
  ) => {
    const c = company();
    const month = r.int(1, 12);
    const start = serialOf(year, month, r.int(1, 28));
    const h = Math.round((hours[0] + r.next() * (hours[1] - hours[0])) * 2) / 2;
    const actors = r.chance(referred) ? [r.pick(ACTORS), ...(r.chance(0.3) ? [r.pick(ACTORS)] : [])] : [];
    rows.push({
      cvr: c.cvr,
      pnummer: c.pnummer,
      virksomhed: c.name,
      segment: seg,
      forloebstype: type,
      tema: r.pick(THEMES),
      startdato: { kind: "date", value: start },
      slutdato: { kind: "date", value: start + r.int(0, 60) },
      timer: h,
      kommune: p.kommuner ? weightedKommune(r, p, names) : c.kommune,
      hovedsaede: region,
      // §9 asks for the referred actor; "ingen" says nobody was referred.
      henvistTil: actors.length > 0 ? [...new Set(actors)].join("; ") : "ingen",
      stiftelsesdato: { kind: "date", value: c.founded },
      sendtTilEvaluering: h > 3 ? "ja" : r.chance(0.5) ? "ja" : "nej",
      // Long courses usually carry the management sign-off the 20-hour rule asks for.
      ledelsesvurdering: h >= 10 && r.chance(0.95) ? "ja" : "nej",
    });
  };
  for (const t of p.courseTypes) {
    for (let i = 0; i < t.count; i++) {
      const seg = t.segment === "mixed" ? (r.chance(0.6) ? "drift" : "vækst") : t.segment;
      add(t.type, seg, t.hours, t.referred, p.year, p.homeRegion);
    }
  }
  const first = p.courseTypes[0];
  if (first) {
    for (let i = 0; i < p.previousYear; i++)
      add(first.type, "drift", first.hours, first.referred, p.year - 1, p.homeRegion);
    for (let i = 0; i < p.otherRegion.count; i++)
      add(first.type, "vækst", first.hours, first.referred, p.year, p.otherRegion.region);
  }
  // Shuffle so types are interleaved as in a CRM export sorted by nothing in particular.
  for (let i = rows.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [rows[i], rows[j]] = [rows[j] as RowInput, rows[i] as RowInput];
  }
  return rows;
}

/** Faults a real export has; each one is found by a named check. */
function plantCourseFaults(r: Random, rows: RowInput[], year: number): void {
  const at = (i: number, patch: RowInput) => {
    const row = rows[i];
    if (row) rows[i] = { ...row, ...patch };
  };
  const n = rows.length;
  at(Math.floor(n * 0.05), { cvr: "12345678" }); // check digit wrong
  at(Math.floor(n * 0.11), { cvr: "1234567" }); // 7 digits
  const spaced = validCvr(r).replace(/(\d{2})(?=\d)/g, "$1 ");
  at(Math.floor(n * 0.17), { cvr: `DK ${spaced}` }); // spaces and DK prefix: read, with a note
  at(Math.floor(n * 0.23), { pnummer: null });
  at(Math.floor(n * 0.29), { segment: "Growth" });
  at(Math.floor(n * 0.31), { startdato: "31-02-" + year });
  at(Math.floor(n * 0.37), {
    startdato: { kind: "date", value: serialOf(year, 5, 20) },
    slutdato: { kind: "date", value: serialOf(year, 5, 2) },
  });
  at(Math.floor(n * 0.41), { timer: -2 });
  at(Math.floor(n * 0.43), { timer: "4,5", sendtTilEvaluering: "nej" }); // Danish decimal comma, not sent to evaluation
  at(Math.floor(n * 0.47), { tema: null });
  // One company guided 3 × 8 hours within a year, no management decision.
  const heavy = rows[Math.floor(n * 0.53)];
  if (heavy) {
    for (const [k, month] of [
      [0.53, 2],
      [0.59, 6],
      [0.61, 9],
    ] as const) {
      at(Math.floor(n * k), {
        cvr: heavy.cvr ?? null,
        pnummer: heavy.pnummer ?? null,
        virksomhed: heavy.virksomhed ?? null,
        startdato: { kind: "date", value: serialOf(year, month, 3) },
        slutdato: { kind: "date", value: serialOf(year, month, 20) },
        timer: 8,
        sendtTilEvaluering: "ja",
        ledelsesvurdering: "nej",
      });
    }
  }
  // An exact duplicate of an earlier row (pasted twice).
  const dup = rows[Math.floor(n * 0.67)];
  if (dup) rows.splice(Math.floor(n * 0.71), 0, { ...dup });
}

function answerRows(r: Random, p: ExampleProfile, courses: readonly RowInput[]): RowInput[] {
  const [promo, passive] = p.scoreMix;
  const rows: RowInput[] = [];
  const evaluated = courses.filter((c) => c.sendtTilEvaluering === "ja");
  const from = evaluated.length >= p.answers ? evaluated : courses;
  // Each answer belongs to a different course: walk the courses from a random start.
  const offset = r.int(0, from.length - 1);
  for (let i = 0; i < p.answers; i++) {
    const c = from[(offset + i * 7) % from.length] as RowInput;
    const x = r.next();
    const score = x < promo ? r.int(9, 10) : x < promo + passive ? r.int(7, 8) : r.int(0, 6);
    const e = r.next();
    const effekt =
      e < 0.42
        ? "i høj grad"
        : e < 0.74
          ? "i nogen grad"
          : e < 0.84
            ? "i lav grad"
            : e < 0.9
              ? "slet ikke"
              : e < 0.97
                ? "ved ikke"
                : null;
    const h = r.next();
    const referred = typeof c.henvistTil === "string" && c.henvistTil !== "" && c.henvistTil !== "ingen";
    const henvisning = !referred ? null : h < 0.38 ? "ja" : h < 0.55 ? "forventer" : h < 0.85 ? "nej" : "ved ikke";
    const sustainability =
      c.tema === "Grøn omstilling"
        ? r.chance(0.72)
          ? "i høj grad"
          : r.pick(["i nogen grad", "i lav grad", "ved ikke"])
        : null;
    rows.push({
      cvr: c.cvr ?? null,
      segment: c.segment ?? null,
      anbefaling: score,
      effekt,
      henvisning,
      baeredygtighed: sustainability,
    });
  }
  return rows;
}

function plantAnswerFaults(rows: RowInput[]): void {
  const n = rows.length;
  const at = (i: number, patch: RowInput) => {
    const row = rows[i];
    if (row) rows[i] = { ...row, ...patch };
  };
  at(Math.floor(n * 0.1), { anbefaling: 11 });
  at(Math.floor(n * 0.3), { anbefaling: "ni" });
  at(Math.floor(n * 0.5), { effekt: "måske" });
  at(Math.floor(n * 0.7), { anbefaling: { kind: "value", value: null } });
}

function keyFigureRows(r: Random, contract: Contract, p: ExampleProfile): RowInput[] {
  return contract.keyFigures.map((k) => {
    const given = p.keyFigures[k.id];
    const value =
      given ?? (k.unit === "procent" ? r.int(45, 70) : k.unit === "procentpoint" ? r.int(1, 12) : r.int(1, 5));
    return {
      noegle: k.label,
      vaerdi: value,
      kilde: given === undefined ? "Eksempeltal" : "Eksempel: økonomisystem/ESCRM",
    };
  });
}

function activityRows(r: Random, contract: Contract): RowInput[] {
  return (referenceRows(contract).Aktiviteter ?? []).map((a) => {
    const x = r.next();
    const status = x < 0.72 ? "opfyldt" : x < 0.9 ? "delvist" : "ikke opfyldt";
    return { ...a, status, dokumentation: status === "ikke opfyldt" ? null : "Se statusnotat" };
  });
}

function kommuneRows(contract: Contract, p: ExampleProfile): RowInput[] {
  const names = contract.municipalities.length > 0 ? contract.municipalities : Object.keys(p.kommuner ?? {});
  return names.map((kommune) => {
    const info = p.kommuner?.[kommune];
    return { kommune, befolkning: info ? info[0] : null, kommunetype: info ? info[1] : null };
  });
}

const aboutSheet = (contract: Contract, p: ExampleProfile): NewSheet => ({
  name: "Om eksemplet",
  columns: [{ width: 110 }],
  rows: [
    [`Eksempel: ${contract.title.da}`],
    [
      "Alle virksomheder, CVR-numre, forløb og svar er opdigtede (fast seed), så alle kan prøve Kontrakttjek uden rigtige data.",
    ],
    [
      "Befolkningstal og by/land-typer i Kommuner er afrundede eksempeltal – brug Danmarks Statistik og KL's definition i en rigtig opgørelse.",
    ],
    [
      p.faults
        ? "Arket indeholder bevidste fejl (forkert CVR, score 11, ugyldig dato, over 20 timer uden ledelsesvurdering, en dubleret række, …), som kontrollen finder."
        : "Arket indeholder ingen bevidste fejl.",
    ],
    [`Kør: npx kontrakttjek evaluate examples/${contract.id}.xlsx --contract ${contract.id}`],
  ],
});

export interface ExampleWorkbook {
  readonly contract: string;
  readonly spec: NewWorkbookSpec;
  readonly rows: Partial<Record<Role, readonly RowInput[]>>;
}

export function exampleProfile(contractId: string): ExampleProfile | undefined {
  return PROFILES.find((p) => p.contract === contractId);
}

/** The example workbook of a contract; `scale` multiplies course and answer counts (benchmarks). */
export function generateExample(contract: Contract, scale = 1): ExampleWorkbook {
  const base = exampleProfile(contract.id) ?? {
    ...PROFILES[0]!,
    contract: contract.id,
    keyFigures: {},
    kommuner: undefined,
  };
  const p: ExampleProfile = {
    ...base,
    courseTypes: base.courseTypes.map((t) => ({ ...t, count: Math.round(t.count * scale) })),
    answers: Math.round(base.answers * scale),
  };
  const r = seeded(p.seed);
  const total = p.courseTypes.reduce((a, t) => a + t.count, 0);
  const pool = companies(
    r,
    Math.max(50, total + p.previousYear + p.otherRegion.count),
    p.year,
    contract.municipalities.length ? contract.municipalities : ["København"],
  );
  const courses = courseRows(r, p, contract, pool);
  if (p.faults) plantCourseFaults(r, courses, p.year);
  const answers = answerRows(r, p, courses);
  if (p.faults) plantAnswerFaults(answers);
  const rows: Partial<Record<Role, readonly RowInput[]>> = {
    Forloeb: courses,
    Evaluering: answers,
    Noegletal: keyFigureRows(r, contract, p),
    Kommuner: kommuneRows(contract, p),
    Aktiviteter: activityRows(r, contract),
  };
  return {
    contract: contract.id,
    rows,
    spec: contractWorkbookSpec(contract, {
      rows,
      leadingSheets: [aboutSheet(contract, p)],
      validationRows: 10,
      title: `Eksempel – ${contract.title.da}`,
    }),
  };
}
