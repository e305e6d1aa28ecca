/**
 * "A new measure kind is one file, one registry line and its test", proved with a kind that
 * exists only here: `max`, the largest value of a numeric field (the longest course in hours).
 * Registered next to the built-in kinds, it is validated by the contract schema, evaluated by
 * the engine, written to and read back from the Kontrakt sheet, linted, and given its own Excel
 * formula — without a line changed anywhere else.
 */
import { z } from "zod";
import { formulaWriter } from "../../app/formulas";
import { contractFromSheetRows, contractFromSheetRowsWith } from "../authoring/sheet-read";
import { contractToSheetRowsWith } from "../authoring/sheet-write";
import { lintContractWith } from "../authoring/lint";
import { Id, TableMeasureBase } from "../contract/parts";
import type { Measure } from "../contract/schema";
import type { ContractOf } from "../contract/shape";
import { serialOf } from "../engine/dates";
import { evaluateInWordsWith as evaluateWith } from "../../app/evaluate";
import { rowsOfMask } from "../engine/mask";
import { periodOf } from "../engine/period";
import { cleanTable } from "../engine/testing";
import { renderEngineNote } from "../../i18n/engine-notes";
import type { BoundTable } from "../model";
import { defineMeasureKind, type StateKind } from "./_lib/kind";
import { fieldsMissing, isRowSet, noRows, rowsOf } from "./_lib/rows";
import { BUILTIN_KINDS, createRegistry, MEASURES, type MeasureOf } from "./registry";

/* ---------- the new kind: what would be src/domain/measures/max.ts ---------- */

const MaxSchema = z.object({ kind: z.literal("max"), ...TableMeasureBase, field: Id }).strict();
type Max = z.infer<typeof MaxSchema>;

interface MaxState {
  readonly kind: "max";
  readonly max: number;
}

/** No number of added rows is "the best" for a largest value: no what-if. */
const MAX_STATE: StateKind<MaxState> = { kind: "max", whatIf: null };

const max = defineMeasureKind<typeof MaxSchema, MaxState>({
  kind: "max",
  schema: MaxSchema,
  states: [MAX_STATE],
  reads: (m) => ({ roles: [m.table], filters: { where: m.where }, fields: { field: m.field } }),
  compute(m, ctx) {
    const rs = rowsOf(ctx, m.table, m.where);
    if (!isRowSet(rs)) return rs;
    if (!rs.frame.fields.has(m.field)) return fieldsMissing(m.table, m.field);
    const x = rs.frame.numbers(m.field);
    let largest = -Infinity;
    for (const i of rowsOfMask(rs.mask)) if (x[i]! > largest) largest = x[i]!;
    if (largest === -Infinity) return noRows(m.table, rs.notes);
    return { value: largest, state: { kind: "max", max: largest }, notes: rs.notes };
  },
  defaults: { rule: { kind: "threshold" }, unit: "antal", pace: "level" },
  sheet: {
    words: ["maks", "største", "max"],
    columns: ["table", "filter", "field"],
    table: "required",
    read(r): Max | null {
      const field = r.field("field", null);
      return field ? { kind: "max", ...r.base, field } : null;
    },
    write: (m, w) => ({ ...w.table(m.table, m.where), field: w.field(m.table, m.field) }),
  },
  formula: {
    realised: (m, excel) =>
      excel.readsLikeEngine(m.table, [m.where], [m.field]) ? excel.aggregate("MAX", m.table, m.field, m.where) : null,
  },
});

/* ---------- the registry line ---------- */

const KINDS = [...BUILTIN_KINDS, max] as const;
const registry = createRegistry(KINDS);

/* ---------- a contract that uses it ---------- */

const GROWTH_PLANS = { op: "in", field: "forloebstype", values: ["vækstplan"] } as const;

const contract = registry.contractSchema.parse({
  id: "test-max",
  title: "Test af en ny målingstype",
  year: 2025,
  halfYearReporting: false,
  registration: "none",
  source: { document: "test", section: "1" },
  goals: [
    {
      id: "1",
      title: "Grundige vækstplaner",
      group: "lokal",
      targetText: "Mindst ét forløb på 20 timer",
      method: "Forløbslisten",
      source: { document: "test", section: "1" },
      indicators: [
        {
          id: "1a",
          label: "Flest timer i én vækstplan",
          measure: { kind: "max", table: "Forloeb", where: GROWTH_PLANS, field: "timer" },
          target: { op: ">=", value: 20 },
          rule: { kind: "proportional" },
          unit: "antal",
        },
        {
          id: "1b",
          label: "Forløb i alt",
          measure: { kind: "count", table: "Forloeb" },
          target: { op: ">=", value: 4 },
          rule: { kind: "proportional" },
          unit: "antal",
        },
      ],
    },
  ],
});

const day = (month: number, d: number) => serialOf(2025, month, d);
const courses = cleanTable("Forloeb", [
  { startdato: day(2, 1), forloebstype: "vækstplan", timer: 12 },
  { startdato: day(3, 1), forloebstype: "vækstplan", timer: 25 },
  { startdato: day(4, 1), forloebstype: "handlingsplan", timer: 40 },
]);

/* ---------- types: the schemas stay precise ---------- */

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
// The built-in union is exactly the contract's `Measure`, and the contract schema's output is
// `ContractOf<Measure>` (what the registry hands its consumers); an added kind joins the union.
const builtInMeasures: Same<z.output<typeof MEASURES.measureSchema>, Measure> = true;
const builtInContract: Same<z.output<typeof MEASURES.schemas.ContractSchema>, ContractOf<Measure>> = true;
const withMax: Same<MeasureOf<typeof KINDS>, Measure | Max> = true;

describe("a measure kind added in one file, registered in one line", () => {
  it("keeps the contract schema a precise discriminated union of the kinds", () => {
    expect([builtInMeasures, builtInContract, withMax]).toEqual([true, true, true]);
    expect(registry.measureSchema.def.discriminator).toBe("kind");
    expect(registry.measureSchema.options.map((o) => o.shape.kind.value)).toEqual([
      ...BUILTIN_KINDS.map((k) => k.kind),
      "max",
    ]);
    // The built-in schema does not know the new kind; the registry's does.
    expect(MEASURES.contractSchema.safeParse(contract).success).toBe(false);
    expect(registry.contractSchema.safeParse(contract).success).toBe(true);
  });

  it("is evaluated by the engine, beside the built-in kinds", () => {
    const result = evaluateWith(registry, contract, { Forloeb: courses });
    const [longest, all] = result.goals[0]!.indicators;
    expect(longest).toMatchObject({ value: 25, target: 20, fulfilmentPct: 100, status: "opfyldt" });
    expect(longest!.state).toEqual({ kind: "max", max: 25 });
    expect(longest!.whatIf).toBeNull();
    expect(all).toMatchObject({ value: 3, fulfilmentPct: 75, state: { kind: "count", count: 3 } });
    expect(result.goals[0]!.fulfilmentPct).toBe(87.5);

    const short = cleanTable("Forloeb", [{ startdato: day(2, 1), forloebstype: "vækstplan", timer: 12 }]);
    const missed = evaluateWith(registry, contract, { Forloeb: short }).goals[0]!.indicators[0]!;
    expect(missed).toMatchObject({ value: 12, fulfilmentPct: 60, status: "delvist", whatIf: null });
    // Its state has no what-if, so no "cannot be reached by adding rows" either.
    expect(missed.notes).not.toContain(renderEngineNote({ code: "whatif-unreachable" }, "da"));
    // The tables it reads, for loading the workbook.
    const measure = contract.goals[0]!.indicators[0]!.measure;
    expect(registry.kindOf(measure).reads(measure).roles).toEqual(["Forloeb"]);
  });

  it("is written to the Kontrakt sheet and read back the same", () => {
    const rows = contractToSheetRowsWith(registry, contract);
    const header = rows.findIndex((r) => r.includes("Indikator"));
    const kindCol = rows[header]!.indexOf("Indikator");
    const fieldCol = rows[header]!.indexOf("Felt");
    const row = rows.find((r) => r[kindCol] === "maks")!;
    expect(row[fieldCol]).toBe("Timer");
    const read = contractFromSheetRowsWith(registry, rows, "Kontrakt");
    expect(read.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(read.contract).toEqual(contract);
    // The built-in kinds alone do not know the word, and say which they know.
    const builtIn = contractFromSheetRows(rows, "Kontrakt");
    expect(builtIn.contract).toBeNull();
    expect(builtIn.findings).toContainEqual(
      expect.objectContaining({
        rule: "kontrakt-kind",
        value: "maks",
        params: expect.objectContaining({ reason: "kind-unknown" }),
      }),
    );
  });

  it("gets its default rule and its mistakes reported on the sheet like any kind", () => {
    const rows = contractToSheetRowsWith(registry, contract).map((r) => [...r]);
    const header = rows.findIndex((r) => r.includes("Indikator"));
    const col = (name: string) => rows[header]!.indexOf(name);
    const row = rows.find((r) => r[col("Indikator")] === "maks")!;
    row[col("Regel")] = null;
    const defaults = contractFromSheetRowsWith(registry, rows, "Kontrakt").contract!;
    expect(defaults.goals[0]!.indicators[0]!.rule).toEqual({ kind: "threshold" });
    row[col("Felt")] = "Ukendt kolonne";
    row[col("Tæller")] = 'Tema = "x"';
    const bad = contractFromSheetRowsWith(registry, rows, "Kontrakt");
    expect(bad.contract).toBeNull();
    expect(bad.findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(["kontrakt-field-unknown", "kontrakt-not-used"]),
    );
  });

  it("is linted by what it reads", () => {
    const measure: Max = { kind: "max", table: "Forloeb", field: "nope" };
    const wrong = registry.contractSchema.parse({
      ...contract,
      goals: [{ ...contract.goals[0]!, indicators: [{ ...contract.goals[0]!.indicators[0]!, measure }] }],
    });
    expect(lintContractWith(registry, wrong)).toEqual([
      expect.objectContaining({
        rule: "kontrakt-field-unknown",
        path: ["goals", 0, "indicators", 0, "measure", "field"],
      }),
    ]);
    expect(lintContractWith(registry, contract)).toEqual([]);
  });

  it("writes its own Excel formula", () => {
    const column = (field: string, header: string, sheetColumn: number, values: (string | number)[]) => ({
      field,
      header,
      sheetColumn,
      values,
    });
    const forloeb: BoundTable = {
      role: "Forloeb",
      sheet: "Forløb",
      table: "Forloeb",
      firstRow: 2,
      rowCount: 3,
      columns: {
        startdato: column("startdato", "Startdato", 0, [day(2, 1), day(3, 1), day(4, 1)]),
        forloebstype: column("forloebstype", "Forløbstype", 1, ["vækstplan", "vækstplan", "handlingsplan"]),
        timer: column("timer", "Timer", 2, [12, 25, 40]),
      },
    };
    const realised = formulaWriter(registry);
    const ctx = { data: { Forloeb: forloeb }, period: periodOf("year", 2025), periodField: "startdato" };
    const labels = (key: string) => [key];
    expect(realised(contract.goals[0]!.indicators[0]!.measure, ctx, labels)).toBe(
      'MAXIFS(Forloeb[[Timer]],Forloeb[[Forløbstype]],"vækstplan",' +
        'Forloeb[[Startdato]],">="&DATE(2025,1,1),Forloeb[[Startdato]],"<="&DATE(2025,12,31))',
    );
    // The built-in kinds keep theirs.
    expect(realised(contract.goals[0]!.indicators[1]!.measure, ctx, labels)).toBe(
      'COUNTIFS(Forloeb[[Startdato]],">="&DATE(2025,1,1),Forloeb[[Startdato]],"<="&DATE(2025,12,31))',
    );
  });

  it("cannot take a kind's name twice", () => {
    expect(() => createRegistry([...BUILTIN_KINDS, max, max])).toThrow(/registered twice/);
  });
});
