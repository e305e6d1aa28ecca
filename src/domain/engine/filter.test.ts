/**
 * Filter masks against the row-by-row predicate the engine used before masks (kept here as the
 * reference): random tables whose columns are coded, numbers, lists or plain views without a
 * compact form, and random filters with not/any/all, some over fields the table lacks.
 */
import fc from "fast-check";
import type { Filter } from "../contract/schema";
import type { CleanTable, ColumnView, TypedValue } from "../clean";
import { addYears } from "./dates";
import { fold } from "./fold";
import { filterMask } from "./filter";
import { newFrame, newScratch } from "./frame";
import { countMask, rowsOfMask } from "./mask";

/* ---------- the reference: one predicate per row over plain values ---------- */

/** Texts compare folded and without word breaks ("Vækst-forløb" is "Vækstforløb"). */
const key = (s: string): string => fold(s).replace(/ /g, "");

const isBlank = (v: TypedValue | undefined): boolean =>
  v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0);

const textOf = (v: TypedValue): string | null =>
  typeof v === "string" ? v : typeof v === "boolean" ? (v ? "ja" : "nej") : typeof v === "number" ? String(v) : null;

function reference(
  filter: Filter,
  table: CleanTable,
  columns: Record<string, readonly TypedValue[]>,
): { test: (i: number) => boolean; missingFields: string[] } {
  let missing = new Set<string>();
  const need = (field: string): readonly TypedValue[] => {
    if (!table.fields.has(field)) missing.add(field);
    return columns[field] ?? [];
  };
  const build = (node: Filter): ((i: number) => boolean) => {
    switch (node.op) {
      case "in":
      case "notIn": {
        const col = need(node.field);
        const wanted = new Set(node.values.map(key));
        const hit = (v: TypedValue | undefined): boolean => {
          if (v === undefined || v === null) return false;
          if (Array.isArray(v)) return v.some((x) => wanted.has(key(x)));
          const t = textOf(v as TypedValue);
          return t !== null && wanted.has(key(t));
        };
        return node.op === "in" ? (i) => hit(col[i]) : (i) => !isBlank(col[i]) && !hit(col[i]);
      }
      case "blank":
      case "notBlank": {
        const col = need(node.field);
        return node.op === "blank" ? (i) => isBlank(col[i]) : (i) => !isBlank(col[i]);
      }
      case "contains": {
        const col = need(node.field);
        const needle = key(node.value);
        return (i) => {
          const v = col[i];
          if (v === undefined || v === null) return false;
          if (Array.isArray(v)) return v.some((x) => key(x).includes(needle));
          const t = textOf(v as TypedValue);
          return t !== null && key(t).includes(needle);
        };
      }
      case "gte":
      case "lte":
      case "gt":
      case "lt":
      case "eq": {
        const col = need(node.field);
        const x = node.value;
        const op = node.op;
        return (i) => {
          const v = col[i];
          if (typeof v !== "number") return false;
          return op === "gte" ? v >= x : op === "lte" ? v <= x : op === "gt" ? v > x : op === "lt" ? v < x : v === x;
        };
      }
      case "companyAgeUnder": {
        const start = need("startdato");
        const founded = need("stiftelsesdato");
        return (i) => {
          const s = start[i];
          const b = founded[i];
          if (typeof s !== "number" || typeof b !== "number") return false;
          // Founded after the course start: certainly under N years.
          if (b > s) return true;
          const days = s - b;
          return days < 365 * node.years || (days < 366 * node.years && s < addYears(b, node.years));
        };
      }
      case "all": {
        const parts = node.of.map(build);
        return (i) => parts.every((p) => p(i));
      }
      case "any": {
        const parts = node.of.map((p) => {
          const outer = missing;
          missing = new Set();
          const test = build(p);
          const miss = missing;
          missing = outer;
          return { test, miss };
        });
        if (parts.every((x) => x.miss.size > 0)) for (const x of parts) for (const m of x.miss) missing.add(m);
        const usable = parts.filter((x) => x.miss.size === 0).map((x) => x.test);
        return (i) => usable.some((p) => p(i));
      }
      case "not": {
        const inner = build(node.of);
        return (i) => !inner(i);
      }
    }
  };
  const test = build(filter);
  return { test, missingFields: [...missing] };
}

/* ---------- random tables and filters ---------- */

const TEXTS = [
  "Kort forløb",
  "kort  FORLØB",
  "Vækstplan",
  "vaekstplan",
  "Vækst-plan",
  "Vækst plan",
  "Handlingsplan",
  "ja",
  "12",
  "",
  null,
];
const FIELDS = ["type", "tema", "liste", "flag", "tal", "startdato", "stiftelsesdato"] as const;
type Field = (typeof FIELDS)[number];

const cell: Record<Field, fc.Arbitrary<TypedValue>> = {
  type: fc.constantFrom(...TEXTS),
  tema: fc.oneof(fc.constantFrom(...TEXTS), fc.string({ maxLength: 6 })),
  liste: fc.oneof(
    fc.constant(null),
    fc.array(fc.constantFrom("Vækstplan", "Innovationsfonden", "ja"), { maxLength: 3 }),
  ),
  flag: fc.constantFrom(true, false, null),
  tal: fc.oneof(fc.constant(null), fc.integer({ min: -3, max: 12 }), fc.double({ min: -5, max: 15, noNaN: true })),
  startdato: fc.oneof(fc.constant(null), fc.integer({ min: 45600, max: 45700 })),
  stiftelsesdato: fc.oneof(fc.constant(null), fc.integer({ min: 44500, max: 45700 })),
};

interface Case {
  readonly table: CleanTable;
  readonly columns: Record<string, readonly TypedValue[]>;
}

const arbCase: fc.Arbitrary<Case> = fc
  .record({
    n: fc.integer({ min: 0, max: 90 }),
    bound: fc.subarray([...FIELDS]),
    // Per field: a view without dictionary or numbers (read through `at`), a dictionary over any
    // values, or the view `columnView` makes from the array.
    plain: fc.subarray([...FIELDS]),
    coded: fc.subarray([...FIELDS]),
    seed: fc.array(fc.tuple(...FIELDS.map((f) => cell[f])), { minLength: 1, maxLength: 90 }),
    nearBirthday: fc.boolean(),
  })
  .map(({ n, bound, plain, coded, seed, nearBirthday }) => {
    const columns: Record<string, TypedValue[]> = {};
    FIELDS.forEach((f, k) => {
      columns[f] = Array.from({ length: n }, (_, i) => seed[i % seed.length]![k] ?? null);
    });
    if (nearBirthday) {
      // Founded close to three years before the start (the calendar decides), on it, or after.
      const s = columns.startdato!;
      const offset = [1094, 1095, 1096, 1097, 1098, 0, -1, 365, 366];
      columns.stiftelsesdato = s.map((v, i) => (typeof v === "number" ? v - offset[i % offset.length]! : null));
    }
    const views: Record<string, ColumnView> = {};
    for (const f of plain) {
      const col = columns[f]!;
      views[f] = { length: n, at: (i) => col[i] ?? null };
    }
    for (const f of coded) {
      if (plain.includes(f)) continue;
      // Coded as the checks code: lists too, and an empty list gets a code of its own.
      const col = columns[f]!;
      const values: TypedValue[] = [null];
      const ids = new Map<string, number>();
      const codes = Uint8Array.from(col, (v) => {
        if (v === null || v === "") return 0;
        const key = JSON.stringify(v);
        let id = ids.get(key);
        if (id === undefined) ids.set(key, (id = values.push(v) - 1));
        return id;
      });
      views[f] = { length: n, at: (i) => col[i] ?? null, dict: { codes, values } };
    }
    const table: CleanTable = {
      role: "Forloeb",
      sheet: "Forløb",
      table: null,
      firstRow: 2,
      rowCount: n,
      fields: new Set(bound),
      headers: {},
      columns,
      views,
      blank: new Uint8Array(n),
    };
    return { table, columns };
  });

const field = fc.constantFrom<string>(...FIELDS, "ukendt");
const leaf: fc.Arbitrary<Filter> = fc.oneof(
  fc.record({
    op: fc.constantFrom("in" as const, "notIn" as const),
    field,
    values: fc.array(fc.constantFrom("kort forløb", "VAEKSTPLAN", "ja", "nej", "12", "Innovationsfonden"), {
      minLength: 1,
      maxLength: 3,
    }),
  }),
  fc.record({ op: fc.constantFrom("blank" as const, "notBlank" as const), field }),
  fc.record({
    op: fc.constant("contains" as const),
    field,
    value: fc.constantFrom("kort", "plan", "vaekst", "a", "1"),
  }),
  fc.record({
    op: fc.constantFrom("gte" as const, "lte" as const, "gt" as const, "lt" as const, "eq" as const),
    field,
    value: fc.oneof(fc.integer({ min: -2, max: 12 }), fc.constantFrom(45650, 0.5)),
  }),
  fc.record({ op: fc.constant("companyAgeUnder" as const), years: fc.constantFrom(1, 3, 2.5) }),
);
const arbFilter: fc.Arbitrary<Filter> = fc.letrec<{ f: Filter }>((tie) => ({
  f: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.record({
      op: fc.constantFrom("all" as const, "any" as const),
      of: fc.array(tie("f"), { minLength: 1, maxLength: 3 }),
    }),
    fc.record({ op: fc.constant("not" as const), of: tie("f") }),
  ),
})).f;

describe("filter masks", () => {
  it("keep exactly the rows the row-by-row predicate keeps, and lack the same fields", () => {
    fc.assert(
      fc.property(arbCase, fc.array(arbFilter, { minLength: 1, maxLength: 4 }), ({ table, columns }, filters) => {
        // One frame for all filters: shared sub-filters come from its cache.
        const frame = newFrame(table, newScratch());
        for (const filter of filters) {
          const ref = reference(filter, table, columns);
          const got = filterMask(filter, frame);
          expect(got.missingFields).toEqual(ref.missingFields);
          if (ref.missingFields.length > 0) continue;
          const want = Array.from({ length: table.rowCount }, (_, i) => i).filter(ref.test);
          expect(rowsOfMask(got.mask!)).toEqual(want);
          expect(countMask(got.mask!)).toBe(want.length);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("no filter keeps every row", () => {
    const frame = newFrame(
      {
        role: "Forloeb",
        sheet: "F",
        table: null,
        firstRow: 2,
        rowCount: 3,
        fields: new Set(),
        headers: {},
        columns: {},
        blank: [false, false, false],
      },
      newScratch(),
    );
    expect(filterMask(undefined, frame)).toEqual({ mask: null, missingFields: [] });
  });
});
