/**
 * Measures over masks and compact views against hand counts: measures that share a filter (and
 * the period) share its mask and must still each give their own numbers; distinct companies are
 * counted from CVR keys; nothing reads the plain `columns` when views are there.
 */
import fc from "fast-check";
import { ContractSchema, type Contract, type ContractInput, type Filter } from "../contract/schema";
import type { CleanData, CleanTable, ColumnView, TypedValue } from "../clean";
import { makeValidCvr } from "../parse";
import { evaluateInWords as evaluateClean } from "../../app/evaluate";
import { serialOf } from "./dates";
import { cleanTable } from "./testing";

type IndicatorInput = ContractInput["goals"][number]["indicators"][number];

const contractOf = (indicators: IndicatorInput[]): Contract =>
  ContractSchema.parse({
    id: "test-masks",
    title: "Test",
    year: 2025,
    halfYearReporting: true,
    registration: "none",
    source: { document: "test", section: "1" },
    goals: [
      {
        id: "1",
        title: "Mål 1",
        group: "national",
        targetText: "",
        method: "",
        source: { document: "test", section: "1" },
        indicators,
      },
    ],
  });

const ind = (id: string, measure: IndicatorInput["measure"]): IndicatorInput => ({
  id,
  label: id,
  measure,
  target: { op: ">=", value: 1 },
  rule: { kind: "proportional" },
  unit: "antal",
});

const PLANS: Filter = { op: "in", field: "forloebstype", values: ["handlingsplan", "vækstplan"] };
const REFERRED: Filter = { op: "notBlank", field: "henvistTil" };
const YOUNG: Filter = { op: "companyAgeUnder", years: 3 };

const contract = contractOf([
  ind("count-plans", { kind: "count", table: "Forloeb", where: PLANS }),
  ind("count-plans-again", { kind: "count", table: "Forloeb", where: PLANS }),
  ind("share-referred", { kind: "share", table: "Forloeb", denominator: PLANS, numerator: REFERRED }),
  ind("share-referred-cvr", {
    kind: "share",
    table: "Forloeb",
    denominator: PLANS,
    numerator: REFERRED,
    distinct: "cvr",
  }),
  ind("distinct-plans", { kind: "distinct", table: "Forloeb", field: "cvr", where: PLANS }),
  ind("distinct-young", { kind: "distinct", table: "Forloeb", field: "cvr", where: YOUNG }),
  ind("sum-hours", { kind: "sum", table: "Forloeb", field: "timer", where: PLANS }),
  ind("fordeling", { kind: "distribution", table: "Forloeb", field: "kommune", deviation: "point" }),
  ind("fordeling-cvr", {
    kind: "distribution",
    table: "Forloeb",
    field: "kommune",
    deviation: "point",
    distinct: "cvr",
  }),
]);

const CVRS = [1234567, 2000000, 3141592, 8765431, 5555555].map((s) => makeValidCvr(s)!);
const KOMMUNER = cleanTable("Kommuner", [
  { kommune: "Roskilde", befolkning: 600, kommunetype: "by" },
  { kommune: "Lolland", befolkning: 400, kommunetype: "land" },
]);

const FIELDS = ["cvr", "forloebstype", "henvistTil", "timer", "kommune", "startdato", "stiftelsesdato"] as const;

type Row = Readonly<Record<(typeof FIELDS)[number], TypedValue>> & {
  readonly cvr: string | null;
  readonly forloebstype: string | null;
  readonly henvistTil: string | null;
  readonly timer: number | null;
  readonly kommune: string | null;
  readonly startdato: number | null;
  readonly stiftelsesdato: number | null;
};

const arbRow: fc.Arbitrary<Row> = fc.record({
  cvr: fc.constantFrom(...CVRS, null),
  forloebstype: fc.constantFrom("Handlingsplan", "vaekstplan", "Kort forløb", null),
  henvistTil: fc.constantFrom("Innovationsfonden", "", null),
  timer: fc.oneof(
    fc.constant(null),
    fc.integer({ min: 0, max: 40 }).map((h) => h / 2),
  ),
  kommune: fc.constantFrom("Roskilde", "lolland", "Atlantis", null),
  startdato: fc.oneof(fc.constant(null), fc.integer({ min: serialOf(2024, 11, 1), max: serialOf(2025, 8, 1) })),
  stiftelsesdato: fc.oneof(fc.constant(null), fc.integer({ min: serialOf(2020, 1, 1), max: serialOf(2025, 1, 1) })),
});

/**
 * The table as the checks hand it over: a view per field, CVR numbers as keys; `compact` adds
 * dictionaries (an empty text coded like any other) and numbers, else views read through `at`.
 */
function withViews(table: CleanTable, compact: boolean): CleanTable {
  const views: Record<string, ColumnView> = {};
  for (const f of table.fields) {
    const col = table.columns[f] ?? [];
    const at = (i: number): TypedValue => col[i] ?? null;
    let view: ColumnView = { length: table.rowCount, at };
    if (f === "cvr") view = { ...view, cvrKeys: Int32Array.from(col, (v) => (typeof v === "string" ? Number(v) : 0)) };
    else if (compact && col.every((v) => v === null || typeof v === "number"))
      view = { ...view, numbers: Float64Array.from(col, (v) => (typeof v === "number" ? v : NaN)) };
    else if (compact) {
      const values: TypedValue[] = [null];
      const codes = Uint8Array.from(col, (v) => {
        if (v === null) return 0;
        const k = values.indexOf(v);
        return k > 0 ? k : values.push(v) - 1;
      });
      view = { ...view, dict: { codes, values } };
    }
    views[f] = view;
  }
  const columns = new Proxy(
    {},
    {
      get: () => {
        throw new Error("the engine read a plain column");
      },
    },
  );
  return { ...table, views, columns };
}

/** Hand counts of every indicator above over the rows in the period. */
function handCounts(rows: readonly Row[], from: number, to: number): Record<string, number | null> {
  const inPeriod = rows.filter((r) => r.startdato !== null && r.startdato >= from && r.startdato <= to);
  const plans = inPeriod.filter((r) => r.forloebstype === "Handlingsplan" || r.forloebstype === "vaekstplan");
  const referred = plans.filter((r) => r.henvistTil !== null && r.henvistTil !== "");
  const companies = (rs: readonly Row[]) => new Set(rs.map((r) => r.cvr).filter((c) => c !== null)).size;
  // A company's founding date is the earliest on any of its rows; founded after the start is young.
  const foundedOf = (r: Row): number | null => {
    const dates = rows
      .filter((x) => (r.cvr === null ? x === r : x.cvr === r.cvr))
      .map((x) => x.stiftelsesdato)
      .filter((x): x is number => x !== null);
    return dates.length === 0 ? null : Math.min(...dates);
  };
  const young = inPeriod.filter((r) => {
    const b = foundedOf(r);
    if (r.startdato === null || b === null) return false;
    if (b > r.startdato) return true;
    const d = new Date(Date.UTC(1899, 11, 30 + b));
    return r.startdato < serialOf(d.getUTCFullYear() + 3, d.getUTCMonth() + 1, d.getUTCDate());
  });
  const split = (rs: readonly Row[]): number | null => {
    const by = rs.filter((r) => r.kommune === "Roskilde").length;
    const land = rs.filter((r) => r.kommune === "lolland").length;
    return by + land === 0
      ? null
      : Math.max(Math.abs(by / (by + land) - 0.6), Math.abs(land / (by + land) - 0.4)) * 100;
  };
  const firstPerCompany = (() => {
    const seen = new Set<string>();
    return inPeriod.filter((r) => {
      if (r.kommune !== "Roskilde" && r.kommune !== "lolland") return false;
      if (r.cvr === null || seen.has(r.cvr)) return false;
      seen.add(r.cvr);
      return true;
    });
  })();
  const round = (x: number | null) => (x === null ? null : Number(x.toFixed(4)));
  return {
    "count-plans": plans.length,
    "count-plans-again": plans.length,
    "share-referred": plans.length === 0 ? null : round((referred.length * 100) / plans.length),
    // By company: a company with a plan is a hit when any of its courses in the period was referred.
    "share-referred-cvr":
      companies(plans) === 0
        ? null
        : round(
            (companies(
              plans.filter((p) =>
                inPeriod.some((r) => r.cvr === p.cvr && p.cvr !== null && r.henvistTil !== null && r.henvistTil !== ""),
              ),
            ) *
              100) /
              companies(plans),
          ),
    "distinct-plans": companies(plans),
    "distinct-young": companies(young),
    "sum-hours": round(plans.reduce((a, r) => a + (r.timer ?? 0), 0)),
    fordeling: round(split(inPeriod)),
    "fordeling-cvr": round(split(firstPerCompany)),
  };
}

const valuesOf = (data: CleanData, period: "year" | "H1"): Record<string, number | null> =>
  Object.fromEntries(evaluateClean(contract, data, { period }).goals[0]!.indicators.map((i) => [i.id, i.value]));

describe("measures over shared masks and views", () => {
  it("give the hand counts, for plain columns and for views alike, year and half-year in turn", () => {
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 60 }), (rows) => {
        const plain = cleanTable("Forloeb", rows, [...FIELDS]);
        const viewed = withViews(plain, false);
        const compact = withViews(plain, true);
        const year = handCounts(rows, serialOf(2025, 1, 1), serialOf(2025, 12, 31));
        const h1 = handCounts(rows, serialOf(2025, 1, 1), serialOf(2025, 6, 30));
        for (const forloeb of [plain, viewed, compact]) {
          const data: CleanData = { Forloeb: forloeb, Kommuner: KOMMUNER };
          // The same tables evaluated for another period must not reuse the first one's rows.
          expect(valuesOf(data, "year")).toEqual(year);
          expect(valuesOf(data, "H1")).toEqual(h1);
          expect(valuesOf(data, "year")).toEqual(year);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("counts distinct companies from CVR keys, valid numbers or not", () => {
    // One valid CVR number and three that fail modulus 11 (one shares its first seven digits).
    const keys = [12345674, 12345674, 12345675, 87654321, 0, 99999999, 12345674, 12345675];
    const n = keys.length;
    const table: CleanTable = {
      role: "Evaluering",
      sheet: "Evaluering",
      table: null,
      firstRow: 2,
      rowCount: n,
      fields: new Set(["cvr"]),
      headers: {},
      columns: {},
      views: { cvr: { length: n, at: (i) => (keys[i] ? String(keys[i]) : null), cvrKeys: Int32Array.from(keys) } },
      blank: new Uint8Array(n),
    };
    const c = contractOf([ind("virksomheder", { kind: "distinct", table: "Evaluering", field: "cvr" })]);
    expect(evaluateClean(c, { Evaluering: table }).goals[0]!.indicators[0]!.value).toBe(4);
  });
  it("lists unknown municipalities in order of their first row, for every shape of the table", () => {
    const d = serialOf(2025, 3, 1);
    const rows = ["Lemuria", "Roskilde", "Atlantis", null, "Lemuria", "lolland", "Atlantis", "Lemuria"].map(
      (kommune, i) => ({ kommune, startdato: i === 3 ? null : d, cvr: CVRS[i % CVRS.length]! }),
    );
    const plain = cleanTable("Forloeb", rows, ["kommune", "startdato", "cvr"]);
    for (const forloeb of [plain, withViews(plain, false), withViews(plain, true)]) {
      const r = evaluateClean(contract, { Forloeb: forloeb, Kommuner: KOMMUNER }, { lang: "en" });
      const notes = r.goals[0]!.indicators.find((x) => x.id === "fordeling")!.notes;
      expect(notes).toContain(
        "5 courses have a municipality not listed in Kommuner and are left out: Lemuria, Atlantis.",
      );
      expect(notes).toContain("1 row without a valid startdato cannot be placed in the period and is left out.");
    }
  });
});
