/**
 * A fast columnar generator for the benchmarks: the same shape and distributions as the
 * Sjælland example (`src/app/examples`), but written straight into column arrays, so 1,048,575
 * course rows take about a second and no row objects. Fixed seed: every run sees the same data.
 * Strings of coded columns are shared instances, as a reader's shared-string table gives them.
 */
import type { Contract } from "../src/domain/contract/schema";
import {
  ROLE_SPECS,
  type BoundColumn,
  type BoundTable,
  type CellValue,
  type Role,
  type WorkbookData,
} from "../src/domain/model";
import { serialOf } from "../src/domain/engine/dates";
import { PROFILES, type ExampleProfile } from "../src/app/examples/profiles";
import { seeded, validCvr, type Random } from "../src/app/examples/random";
import { referenceRows } from "../src/app/workbook-spec";
import { ACTORS, NAMES_A, NAMES_B, SUFFIX, THEMES } from "../src/app/examples/generate";

export const BENCH_SEED = 2025_1048;
/** Answers per course row (the Sjælland example has 800 answers to 1,815 courses). */
export const ANSWER_SHARE = 0.4;

const NAMES = NAMES_A.flatMap((a) => NAMES_B.flatMap((b) => SUFFIX.map((s) => `${a} ${b} ${s}`)));
const REFERRALS = [...ACTORS, ...ACTORS.flatMap((a) => ACTORS.filter((b) => b !== a).map((b) => `${a}; ${b}`))];

/** The Sjælland example profile: course-type mix, answer mix, key figures, municipalities. */
export function benchProfile(): ExampleProfile {
  const p = PROFILES.find((x) => x.contract === "sjaelland-2025");
  if (!p) throw new Error("the sjaelland-2025 example profile is missing");
  return p;
}

interface Columns {
  readonly [field: string]: CellValue[];
}

const emptyColumns = (role: Role): Record<string, CellValue[]> =>
  Object.fromEntries(ROLE_SPECS[role].fields.map((f) => [f.id, [] as CellValue[]]));

function table(role: Role, cols: Columns, rowCount: number): BoundTable {
  const spec = ROLE_SPECS[role];
  const columns: Record<string, BoundColumn> = {};
  spec.fields.forEach((f, i) => {
    columns[f.id] = { field: f.id, header: f.header, sheetColumn: i, values: cols[f.id] ?? [] };
  });
  return { role, sheet: spec.sheetName, table: spec.tableName, firstRow: 2, rowCount, columns };
}

/** Cumulative weights for picking from a small list by weight. */
function picker<T>(items: readonly (readonly [T, number])[]): (r: Random) => T {
  const total = items.reduce((a, [, w]) => a + w, 0);
  const cum = items.map((_, i) => items.slice(0, i + 1).reduce((a, [, x]) => a + x, 0) / total);
  return (r) => {
    const x = r.next();
    for (let i = 0; i < cum.length; i++) if (x < (cum[i] ?? 1)) return (items[i] as readonly [T, number])[0];
    return (items[items.length - 1] as readonly [T, number])[0];
  };
}

interface Companies {
  readonly cvr: string[];
  readonly pnummer: string[];
  readonly name: string[];
  readonly founded: number[];
}

function companies(r: Random, n: number, year: number): Companies {
  const out: Companies = { cvr: [], pnummer: [], name: [], founded: [] };
  const seen = new Set<string>();
  while (out.cvr.length < n) {
    const cvr = validCvr(r);
    if (seen.has(cvr)) continue;
    seen.add(cvr);
    const young = r.chance(0.18);
    const foundedYear = young ? year - r.int(0, 2) : year - r.int(3, 40);
    out.cvr.push(cvr);
    out.pnummer.push(String(r.int(1_000_000_000, 9_999_999_999)));
    out.name.push(r.pick(NAMES));
    out.founded.push(serialOf(foundedYear, r.int(1, 12), r.int(1, 28)));
  }
  return out;
}

/** Rows `courses` of Forløb and ~40 % as many answers, plus the reference tables, as a reader returns them. */
export function generateData(contract: Contract, courses: number, seed = BENCH_SEED): WorkbookData {
  const p = benchProfile();
  const r = seeded(seed);
  const year = p.year;
  // Course types by the profile's mix; the year before and another region as in the example.
  const baseTotal = p.courseTypes.reduce((a, t) => a + t.count, 0) + p.previousYear + p.otherRegion.count;
  const pickType = picker(p.courseTypes.map((t) => [t, t.count] as const));
  const previousShare = p.previousYear / baseTotal;
  const otherShare = p.otherRegion.count / baseTotal;
  const kommuner = Object.entries(p.kommuner ?? {});
  const pickKommune = picker(
    kommuner.map(([name, [pop, type]]) => [name, pop * (type === "by" ? 1.05 : 0.93)] as const),
  );
  const pool = companies(r, Math.max(50, Math.round(courses * 0.7)), year);
  const poolSize = pool.cvr.length;

  const c = emptyColumns("Forloeb");
  const evaluated: number[] = [];
  for (let i = 0; i < courses; i++) {
    const x = r.next();
    const t = pickType(r);
    const y = x < previousShare ? year - 1 : year;
    const region = x >= previousShare && x < previousShare + otherShare ? p.otherRegion.region : p.homeRegion;
    const seg = t.segment === "mixed" ? (r.chance(0.6) ? "drift" : "vækst") : t.segment;
    const k = r.int(0, poolSize - 1);
    const start = serialOf(y, r.int(1, 12), r.int(1, 28));
    const h = Math.round((t.hours[0] + r.next() * (t.hours[1] - t.hours[0])) * 2) / 2;
    const referred = r.chance(t.referred);
    const sent = h > 3 || r.chance(0.5);
    if (sent) evaluated.push(i);
    c.cvr!.push(pool.cvr[k] ?? null);
    c.pnummer!.push(pool.pnummer[k] ?? null);
    c.virksomhed!.push(pool.name[k] ?? null);
    c.segment!.push(seg);
    c.forloebstype!.push(t.type);
    c.tema!.push(r.pick(THEMES));
    c.startdato!.push(start);
    c.slutdato!.push(start + r.int(0, 60));
    c.timer!.push(h);
    c.kommune!.push(pickKommune(r));
    c.hovedsaede!.push(region);
    c.henvistTil!.push(referred ? (r.chance(0.3) ? r.pick(REFERRALS.slice(ACTORS.length)) : r.pick(ACTORS)) : null);
    c.stiftelsesdato!.push(pool.founded[k] ?? null);
    c.sendtTilEvaluering!.push(sent ? "ja" : "nej");
    c.ledelsesvurdering!.push("nej");
  }
  plantCourseFaults(r, c, courses, year);

  const answers = Math.round(courses * ANSWER_SHARE);
  const e = emptyColumns("Evaluering");
  const [promo, passive] = p.scoreMix;
  for (let i = 0; i < answers; i++) {
    const k = evaluated.length > 0 ? (evaluated[r.int(0, evaluated.length - 1)] as number) : r.int(0, courses - 1);
    const x = r.next();
    const score = x < promo ? r.int(9, 10) : x < promo + passive ? r.int(7, 8) : r.int(0, 6);
    const q = r.next();
    const effekt =
      q < 0.42
        ? "i høj grad"
        : q < 0.74
          ? "i nogen grad"
          : q < 0.84
            ? "i lav grad"
            : q < 0.9
              ? "slet ikke"
              : q < 0.97
                ? "ved ikke"
                : null;
    const h = r.next();
    const referred = c.henvistTil![k] !== null;
    const henvisning = !referred ? null : h < 0.38 ? "ja" : h < 0.55 ? "forventer" : h < 0.85 ? "nej" : "ved ikke";
    const green = c.tema![k] === "Grøn omstilling";
    const sustain = green ? (r.chance(0.72) ? "i høj grad" : r.pick(["i nogen grad", "i lav grad", "ved ikke"])) : null;
    e.cvr!.push(c.cvr![k] ?? null);
    e.segment!.push(c.segment![k] ?? null);
    e.anbefaling!.push(score);
    e.effekt!.push(effekt);
    e.henvisning!.push(henvisning);
    e.baeredygtighed!.push(sustain);
  }
  plantAnswerFaults(r, e, answers);

  const refs = referenceRows(contract);
  const keys = contract.keyFigures.map((kf) => {
    const given = p.keyFigures[kf.id];
    const value = given ?? (kf.unit === "procent" ? 55 : kf.unit === "procentpoint" ? 5 : 3);
    return [kf.label, value, "Benchmark"] as const;
  });
  const kommuneNames = contract.municipalities.length > 0 ? contract.municipalities : kommuner.map(([n]) => n);
  const acts = refs.Aktiviteter ?? [];
  return {
    Forloeb: table("Forloeb", c, courses),
    Evaluering: table("Evaluering", e, answers),
    Noegletal: table(
      "Noegletal",
      { noegle: keys.map((k) => k[0]), vaerdi: keys.map((k) => k[1]), kilde: keys.map((k) => k[2]) },
      keys.length,
    ),
    Kommuner: table(
      "Kommuner",
      {
        kommune: kommuneNames.map((n) => n),
        befolkning: kommuneNames.map((n) => p.kommuner?.[n]?.[0] ?? null),
        kommunetype: kommuneNames.map((n) => p.kommuner?.[n]?.[1] ?? null),
      },
      kommuneNames.length,
    ),
    Aktiviteter: table(
      "Aktiviteter",
      {
        maal: acts.map((a) => (typeof a.maal === "string" ? a.maal : null)),
        aktivitet: acts.map((a) => (typeof a.aktivitet === "string" ? a.aktivitet : null)),
        status: acts.map((_, i) => (i % 7 === 3 ? "delvist" : i % 11 === 5 ? "ikke opfyldt" : "opfyldt")),
        dokumentation: acts.map((_, i) => (i % 11 === 5 ? null : "Se statusnotat")),
      },
      acts.length,
    ),
  };
}

/**
 * Faults a real export has, at fixed relative positions like the example's, plus about one
 * bad entry per 2,000 rows so the checks have work in proportion to the size.
 */
function plantCourseFaults(r: Random, c: Columns, n: number, year: number): void {
  const set = (field: string, i: number, v: CellValue) => {
    const col = c[field];
    if (col && i >= 0 && i < n) col[i] = v;
  };
  const at = (share: number) => Math.floor(n * share);
  set("cvr", at(0.05), "12345678");
  set("cvr", at(0.11), "1234567");
  set("cvr", at(0.17), `DK ${validCvr(r).replace(/(\d{2})(?=\d)/g, "$1 ")}`);
  set("pnummer", at(0.23), null);
  set("segment", at(0.29), "Growth");
  set("startdato", at(0.31), `31-02-${year}`);
  set("startdato", at(0.37), serialOf(year, 5, 20));
  set("slutdato", at(0.37), serialOf(year, 5, 2));
  set("timer", at(0.41), -2);
  set("timer", at(0.43), "4,5");
  set("sendtTilEvaluering", at(0.43), "nej");
  set("tema", at(0.47), null);
  for (let i = 997; i < n; i += 1999) {
    switch (r.int(0, 5)) {
      case 0:
        set(
          "cvr",
          i,
          `${String(c.cvr?.[i] ?? "").slice(0, 7)}${(Number(String(c.cvr?.[i] ?? "0").slice(7)) + 1) % 10}`,
        );
        break;
      case 1:
        set("timer", i, String(c.timer?.[i] ?? "").replace(".", ","));
        break;
      case 2:
        set("segment", i, "Vækst ");
        break;
      case 3:
        set("startdato", i, { error: "#N/A" });
        break;
      case 4:
        set("henvistTil", i, null);
        break;
      default:
        set("kommune", i, "Ukendt kommune");
    }
  }
}

function plantAnswerFaults(r: Random, e: Columns, n: number): void {
  const set = (field: string, i: number, v: CellValue) => {
    const col = e[field];
    if (col && i >= 0 && i < n) col[i] = v;
  };
  set("anbefaling", Math.floor(n * 0.1), 11);
  set("anbefaling", Math.floor(n * 0.3), "ni");
  set("effekt", Math.floor(n * 0.5), "måske");
  set("anbefaling", Math.floor(n * 0.7), null);
  for (let i = 499; i < n; i += 1999)
    set(r.chance(0.5) ? "anbefaling" : "henvisning", i, r.chance(0.5) ? 11 : "ja tak");
}
