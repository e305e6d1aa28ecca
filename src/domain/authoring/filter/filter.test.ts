import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { roleByName } from "../names";
import { FilterSchema, type Filter } from "../../contract/schema";
import { ROLE_SPECS, ROLES, type Role } from "../../model";
import { formatFilter } from "./format";
import { FILTER_MAX_DEPTH, FILTER_MAX_LENGTH, parseFilter } from "./parse";
import { renderAuthoringMessage } from "../../../i18n/authoring";
import { serialOf } from "../../engine/dates";

const ok = (text: string, role?: Role): Filter => {
  const r = parseFilter(text, role ? { role } : {});
  if (!r.ok) throw new Error(`${text}: ${r.error.code} at ${r.error.pos}`);
  return r.filter;
};
const err = (text: string, role?: Role) => {
  const r = parseFilter(text, role ? { role } : {});
  if (r.ok) throw new Error(`${text} parsed: ${JSON.stringify(r.filter)}`);
  return r.error;
};

describe("the filter language: the brief's examples", () => {
  it.each<[string, Filter]>([
    ['Forløbstype = "Vækstplan"', { op: "in", field: "forloebstype", values: ["Vækstplan"] }],
    [
      'Forløbstype i ("Handlingsplan"; "Vækstplan")',
      { op: "in", field: "forloebstype", values: ["Handlingsplan", "Vækstplan"] },
    ],
    ['Kundesegment ≠ "drift"', { op: "notIn", field: "segment", values: ["drift"] }],
    ['Kundesegment != "drift"', { op: "notIn", field: "segment", values: ["drift"] }],
    ["Henvist til er udfyldt", { op: "notBlank", field: "henvistTil" }],
    ["Henvist til er tom", { op: "blank", field: "henvistTil" }],
    ['Tema indeholder "AI"', { op: "contains", field: "tema", value: "AI" }],
    ["Timer >= 3", { op: "gte", field: "timer", value: 3 }],
    ["Timer ≥ 3", { op: "gte", field: "timer", value: 3 }],
    ["Timer < 2,5", { op: "lt", field: "timer", value: 2.5 }],
    ["Timer ≤ 20", { op: "lte", field: "timer", value: 20 }],
    ["Timer > 20", { op: "gt", field: "timer", value: 20 }],
    ["Timer = 3", { op: "eq", field: "timer", value: 3 }],
    ["virksomhedsalder < 3 år", { op: "companyAgeUnder", years: 3 }],
    ["Virksomhedsalder < 3", { op: "companyAgeUnder", years: 3 }],
    ['Forløbstype ikke i ("A"; "B")', { op: "notIn", field: "forloebstype", values: ["A", "B"] }],
    ["Startdato >= 2026-01-01", { op: "gte", field: "startdato", value: serialOf(2026, 1, 1) }],
    ["Ledelsesvurdering = ja", { op: "in", field: "ledelsesvurdering", values: ["ja"] }],
  ])("%s", (text, expected) => {
    expect(ok(text, "Forloeb")).toEqual(expected);
  });

  it("og binds tighter than eller; ikke tighter than og; parentheses group", () => {
    expect(ok('Tema = "a" og Tema = "b" eller Tema = "c"', "Forloeb")).toEqual({
      op: "any",
      of: [
        {
          op: "all",
          of: [
            { op: "in", field: "tema", values: ["a"] },
            { op: "in", field: "tema", values: ["b"] },
          ],
        },
        { op: "in", field: "tema", values: ["c"] },
      ],
    });
    expect(ok('ikke Tema = "a" og (Timer > 1 eller Timer < 0)', "Forloeb")).toEqual({
      op: "all",
      of: [
        { op: "not", of: { op: "in", field: "tema", values: ["a"] } },
        {
          op: "any",
          of: [
            { op: "gt", field: "timer", value: 1 },
            { op: "lt", field: "timer", value: 0 },
          ],
        },
      ],
    });
  });

  it("field names are case-, spacing- and diacritics-insensitive, ids and unique synonyms work", () => {
    const expected = { op: "in", field: "forloebstype", values: ["x"] };
    for (const name of ["Forløbstype", "forløbstype", "FORLØBSTYPE", "forlobstype", "forloebstype", "Forloebstype"])
      expect(ok(`${name} = "x"`, "Forloeb")).toEqual(expected);
    expect(ok("Anbefaling (0-10) >= 9", "Evaluering")).toEqual({ op: "gte", field: "anbefaling", value: 9 });
    expect(ok("anbefaling >= 9", "Evaluering")).toEqual({ op: "gte", field: "anbefaling", value: 9 });
    expect(ok('Hovedsæde (region) = "Region Hovedstaden"', "Forloeb")).toEqual({
      op: "in",
      field: "hovedsaede",
      values: ["Region Hovedstaden"],
    });
    expect(ok("CVR nummer er udfyldt", "Forloeb")).toEqual({ op: "notBlank", field: "cvr" });
    // "Type" names Forløbstype in Forløb, but is ambiguous across all tables.
    expect(ok('Type = "x"', "Forloeb")).toEqual(expected);
    expect(err('Type = "x"').code).toBe("filter-unknown-field");
  });

  it("texts keep their spelling; quotes double inside; Danish typographic quotes work", () => {
    expect(ok('Tema = "Grøn ""omstilling"""', "Forloeb")).toEqual({
      op: "in",
      field: "tema",
      values: ['Grøn "omstilling"'],
    });
    expect(ok("Tema = „AI“", "Forloeb")).toEqual({ op: "in", field: "tema", values: ["AI"] });
    expect(ok("Tema = “AI”", "Forloeb")).toEqual({ op: "in", field: "tema", values: ["AI"] });
  });

  it("alle (…) and en af (…) state one-part groups explicitly", () => {
    expect(ok('alle (Tema = "a")', "Forloeb")).toEqual({ op: "all", of: [{ op: "in", field: "tema", values: ["a"] }] });
    expect(ok('en af (Tema = "a"; Timer > 2)', "Forloeb")).toEqual({
      op: "any",
      of: [
        { op: "in", field: "tema", values: ["a"] },
        { op: "gt", field: "timer", value: 2 },
      ],
    });
  });
});

describe("mistakes come back with a position and a message, never an exception", () => {
  it.each<[string, string, number, Role | undefined]>([
    ["Tmer >= 3", "filter-unknown-field", 0, "Forloeb"],
    ['Tema = "AI', "filter-unterminated-text", 7, "Forloeb"],
    ['(Tema = "a"', "filter-expected-close", 11, "Forloeb"],
    ['Tema i ("a", "b")', "filter-list-separator", 11, "Forloeb"],
    ["Tema >= 3", "filter-type", 0, "Forloeb"],
    ["Kundesegment = drift", "filter-expected-value", 15, "Forloeb"],
    ['Tema "a"', "filter-expected-operator", 5, "Forloeb"],
    ["Timer >= ", "filter-expected-value", 9, "Forloeb"],
    ['Timer >= "3"', "filter-expected-number", 9, "Forloeb"],
    ['Tema = "a" Timer > 3', "filter-unexpected", 11, "Forloeb"],
    ["virksomhedsalder < 3 år", "filter-age-table", 0, "Evaluering"],
    ["virksomhedsalder < 0", "filter-age-range", 19, "Forloeb"],
    ["   ", "filter-empty", 3, "Forloeb"],
    ['Tema indeholder ""', "filter-expected-text", 16, "Forloeb"],
    ["og", "filter-expected-condition", 0, "Forloeb"],
  ])("%s → %s at %i", (text, code, pos, role) => {
    const e = err(text, role);
    expect(e.code).toBe(code);
    expect(e.pos).toBe(pos);
  });

  it("messages name the problem in Danish and English", () => {
    const e = err("Tmer >= 3", "Forloeb");
    expect(renderAuthoringMessage(e.code, e.params, "da")).toBe("kolonnen “Tmer” findes ikke i tabellen Forløb.");
    expect(renderAuthoringMessage(e.code, e.params, "en")).toBe(
      "the column “Tmer” does not exist in the table Forløb.",
    );
  });

  it("length, nesting and list sizes are bounded", () => {
    expect(err(`Tema = "${"x".repeat(FILTER_MAX_LENGTH)}"`).code).toBe("filter-too-long");
    expect(err(`${"(".repeat(FILTER_MAX_DEPTH + 1)}Timer > 1${")".repeat(FILTER_MAX_DEPTH + 1)}`).code).toBe(
      "filter-too-deep",
    );
    expect(err(`${"ikke ".repeat(FILTER_MAX_DEPTH + 1)}Timer > 1`).code).toBe("filter-too-deep");
    const many = Array.from({ length: 101 }, (_, i) => `"v${i}"`).join("; ");
    expect(err(`Tema i (${many})`).code).toBe("filter-too-many");
    expect(err(`Tema = "${"x".repeat(201)}"`).code).toBe("filter-text-too-long");
  });

  it("code-looking text is only text: nothing runs", () => {
    expect(err("process.exit(1)").code).toBe("filter-unknown-field");
    expect(err("constructor = 1").code).toBe("filter-unknown-field");
    expect(err("__proto__ er tom").code).toBe("filter-unknown-field");
    expect(ok('Tema = "${globalThis.x = 1}"', "Forloeb")).toEqual({
      op: "in",
      field: "tema",
      values: ["${globalThis.x = 1}"],
    });
    expect((globalThis as { x?: unknown }).x).toBeUndefined();
  });

  it("never throws on arbitrary text and always yields a schema-valid filter or an error in range", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80, unit: "grapheme" }),
        fc.constantFrom<Role | undefined>(undefined, ...ROLES),
        (text, role) => {
          const r = parseFilter(text, role ? { role } : {});
          if (r.ok) expect(FilterSchema.safeParse(r.filter).success).toBe(true);
          else expect(r.error.pos).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("never throws on text made of the language's own pieces", () => {
    const piece = fc.constantFrom(
      "Tema",
      "Timer",
      " = ",
      " i ",
      "(",
      ")",
      ";",
      '"a"',
      " og ",
      " eller ",
      "ikke ",
      " er ",
      "tom",
      "udfyldt",
      "3",
      ",5",
      "≥",
      "<",
      "virksomhedsalder",
      " år",
      "alle",
      "en af",
      "indeholder",
      "“",
      "”",
      "-",
      "2026-01-01",
      "Anbefaling (0-10)",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), (pieces) => {
        const r = parseFilter(pieces.join(""), { role: "Forloeb" });
        if (r.ok) expect(FilterSchema.safeParse(r.filter).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

/* ---------- round trip: parse(format(f)) = f ---------- */

const NUMERIC_TYPES = new Set(["number", "hours", "score", "date"]);

const text = fc.string({ minLength: 1, maxLength: 20, unit: "grapheme" });
const num = fc.oneof(
  fc.integer({ min: -1000, max: 50000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).filter((x) => !Object.is(x, -0)),
);

function filterArb(role: Role): fc.Arbitrary<Filter> {
  const fields = ROLE_SPECS[role].fields;
  const numFields = fields.filter((f) => NUMERIC_TYPES.has(f.type)).map((f) => f.id);
  const anyField = fc.constantFrom(...fields.map((f) => f.id));
  const leaves: fc.Arbitrary<Filter>[] = [
    fc.record({
      op: fc.constantFrom("in", "notIn"),
      field: anyField,
      values: fc.array(text, { minLength: 1, maxLength: 4 }),
    }) as fc.Arbitrary<Filter>,
    fc.record({ op: fc.constantFrom("blank", "notBlank"), field: anyField }) as fc.Arbitrary<Filter>,
    fc.record({ op: fc.constant("contains"), field: anyField, value: text }) as fc.Arbitrary<Filter>,
  ];
  if (numFields.length > 0)
    leaves.push(
      fc.record({
        op: fc.constantFrom("gte", "lte", "gt", "lt", "eq"),
        field: fc.constantFrom(...numFields),
        value: num,
      }) as fc.Arbitrary<Filter>,
    );
  if (role === "Forloeb")
    leaves.push(
      fc.record({
        op: fc.constant("companyAgeUnder"),
        years: fc.oneof(fc.integer({ min: 1, max: 200 }), fc.double({ min: 0.01, max: 200, noNaN: true })),
      }) as fc.Arbitrary<Filter>,
    );
  const { tree } = fc.letrec<{ tree: Filter }>((tie) => ({
    tree: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      ...leaves,
      fc.record({
        op: fc.constantFrom("all", "any"),
        of: fc.array(tie("tree"), { minLength: 1, maxLength: 4 }),
      }) as fc.Arbitrary<Filter>,
      fc.record({ op: fc.constant("not"), of: tie("tree") }) as fc.Arbitrary<Filter>,
    ),
  }));
  return tree.filter((f) => depth(f) <= FILTER_MAX_DEPTH);
}

/** Nesting as the parser counts it: parentheses, `ikke`, `alle (…)`. */
function depth(f: Filter): number {
  switch (f.op) {
    case "not":
      return 1 + depth(f.of);
    case "all":
    case "any":
      return 1 + Math.max(...f.of.map(depth));
    default:
      return 0;
  }
}

describe("parse(format(f)) equals f", () => {
  it.each(ROLES.map((r) => [r]))("for generated filters on %s", (role) => {
    fc.assert(
      fc.property(filterArb(role), (f) => {
        const text = formatFilter(f, { role });
        const back = parseFilter(text, { role });
        if (!back.ok) throw new Error(`${text}\n${back.error.code} at ${back.error.pos}`);
        expect(back.filter).toEqual(f);
      }),
      { numRuns: 400 },
    );
  });

  it("with no table given (fields of all tables)", () => {
    fc.assert(
      fc.property(filterArb("Evaluering"), (f) => {
        const back = parseFilter(formatFilter(f));
        expect(back.ok && back.filter).toEqual(f);
      }),
      { numRuns: 200 },
    );
  });

  it("formats readably", () => {
    const f: Filter = {
      op: "all",
      of: [
        { op: "in", field: "forloebstype", values: ["Handlingsplan", "Vækstplan"] },
        {
          op: "any",
          of: [
            { op: "notBlank", field: "henvistTil" },
            { op: "gte", field: "startdato", value: serialOf(2026, 7, 1) },
          ],
        },
        { op: "not", of: { op: "contains", field: "tema", value: 'AI "light"' } },
      ],
    };
    expect(formatFilter(f, { role: "Forloeb" })).toBe(
      'Forløbstype i ("Handlingsplan"; "Vækstplan") og (Henvist til er udfyldt eller Startdato >= 2026-07-01) og ikke Tema indeholder "AI ""light"""',
    );
  });
});

describe("docs/filtersprog.md", () => {
  const doc = readFileSync(join(__dirname, "../../../../docs/filtersprog.md"), "utf8");
  const blocks = [...doc.matchAll(/```filter (\S+)\n([\s\S]*?)```/g)];
  const examples = blocks.flatMap(([, table, body]) =>
    (body ?? "")
      .split("\n")
      .filter((l) => l.trim() !== "")
      .map((line) => [table as string, line] as const),
  );

  it("has examples for every kind of table it names", () => {
    expect(new Set(examples.map(([t]) => t))).toEqual(new Set(["Forløb", "Evaluering", "Kommuner"]));
    expect(examples.length).toBeGreaterThan(15);
  });

  it.each(examples)("the example in %s parses and formats back: %s", (table, line) => {
    const role = roleByName(table) as Role;
    const f = ok(line, role);
    expect(ok(formatFilter(f, { role }), role)).toEqual(f);
  });

  it("the error table shows the messages Kontrakttjek gives", () => {
    const rows = [
      ...doc.matchAll(
        /^\| `([^`]+)`(?: \(i (\w+)\))?\s*\| (?:Filteret kan ikke læses )?(?:…\s)?ved tegn (\d+): (.+?)\s*\|$/gm,
      ),
    ];
    expect(rows.length).toBe(6);
    for (const [, text, table, pos, message] of rows) {
      const e = err(text as string, (roleByName(table ?? "Forløb") ?? "Forloeb") as Role);
      expect(e.pos + 1).toBe(Number(pos));
      const full = renderAuthoringMessage(e.code, e.params, "da");
      expect(full.startsWith((message as string).replace(/ …$/, ""))).toBe(true);
    }
  });
});
