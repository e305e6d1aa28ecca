import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkContract, deriveContract, importContractJson } from "../../app/authoring/problems";
import { exportContractJson } from "./json";
import { CONTRACT_SCHEMA_URL, contractJsonSchema, contractJsonSchemaText } from "./json-schema";
import { canonicalContract } from "./canonical";
import type { Contract } from "../contract/schema";
import { LIBRARY, findContract } from "../../templates";

const SCHEMA_FILE = join(__dirname, "../../../schemas/contract-v2.json");
const sjaelland = findContract("sjaelland-2025") as Contract;

const fail = (text: string, maxBytes?: number) => {
  const r = importContractJson(text, maxBytes === undefined ? {} : { maxBytes });
  if (r.ok) throw new Error("imported");
  return r.errors;
};
type Key = string | number;
/** Set (or with `undefined`, delete) the value at a path of a parsed JSON document. */
function put(doc: unknown, path: readonly Key[], value: unknown): void {
  let node = doc as Record<Key, unknown>;
  for (const k of path.slice(0, -1)) node = node[k] as Record<Key, unknown>;
  const last = path[path.length - 1] as Key;
  if (value === undefined) delete node[last];
  else node[last] = value;
}
/** The Sjælland 2025 contract file with some edits, as text. */
const mutate = (...edits: (readonly [readonly Key[], unknown])[]): string => {
  const doc: unknown = JSON.parse(exportContractJson(sjaelland));
  for (const [path, value] of edits) put(doc, path, value);
  return JSON.stringify(doc);
};

describe("contract files", () => {
  it.each(LIBRARY.map((c) => [c.id, c] as const))("%s exports and imports back unchanged", (_id, c) => {
    const text = exportContractJson(c);
    const r = importContractJson(text);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.contract).toEqual({ ...c, $schema: CONTRACT_SCHEMA_URL });
      expect(r.warnings).toEqual([]);
    }
  });

  it("is versioned, names its schema first and is pretty printed", () => {
    const text = exportContractJson(sjaelland);
    expect(
      text.startsWith(`{\n  "$schema": "${CONTRACT_SCHEMA_URL}",\n  "schemaVersion": 2,\n  "id": "sjaelland-2025",`),
    ).toBe(true);
    expect(text.endsWith("}\n")).toBe(true);
  });

  it("accepts a byte-order mark and a contract without defaults", () => {
    const minimal = {
      id: "mini-2026",
      title: "Mini",
      year: 2026,
      halfYearReporting: false,
      registration: "none",
      source: { document: "Mini", section: "1" },
      goals: [
        {
          id: "1",
          title: "AI",
          group: "lokal",
          targetText: "",
          method: "",
          source: { document: "Mini", section: "Mål 1" },
          indicators: [
            {
              id: "ai",
              label: "AI-tjek",
              measure: { kind: "count", table: "Forloeb" },
              target: { op: ">=", value: 40 },
              rule: { kind: "proportional" },
              unit: "antal",
            },
          ],
        },
      ],
    };
    const r = importContractJson(`\uFEFF${JSON.stringify(minimal)}`);
    expect(r.ok && r.contract.goals[0]?.indicators[0]?.weight).toBe(1);
  });
});

describe("a broken contract file: errors at JSON paths, in Danish and English", () => {
  it("too large, counted in UTF-8 bytes", () => {
    const errors = fail(`{"title": "${"æ".repeat(600)}"}`, 1000);
    expect(errors.map((e) => [e.rule, e.path])).toEqual([["json-too-large", "$"]]);
    expect(errors[0]?.params).toEqual({ size: 1213, max: 1000 });
    expect(errors[0]?.message.da).toBe("Filen fylder 1213 byte; en kontrakt må højst fylde 1000 byte.");
    expect(fail("x".repeat(1_000_001))[0]?.rule).toBe("json-too-large");
  });

  it("not JSON, too deep, a newer version", () => {
    expect(fail("{ id: 1 }")[0]?.rule).toBe("json-syntax");
    expect(fail(`${"[".repeat(200)}${"]".repeat(200)}`)[0]?.rule).toBe("json-too-deep");
    const v3 = fail(mutate([["schemaVersion"], 3]));
    expect(v3.map((e) => [e.rule, e.path])).toEqual([["json-version", "$.schemaVersion"]]);
    expect(v3[0]?.message.en).toContain("format version 3");
  });

  it("schema violations name the path and what is wrong", () => {
    const errors = fail(
      mutate(
        [["goals", 2, "indicators", 0, "target", "value"], "halvfjerds"],
        [["goals", 0, "title"], ""],
        [["goals", 1, "indicators", 0, "measure", "kind"], "gennemsnit"],
        [["goals", 3, "indicators", 0, "measure", "numerator"], { op: "between", field: "henvisning" }],
        [["goals", 4, "notes"], [{ kind: "info", text: "x", colour: "red" }]],
        [["year"], 2025.5],
        [["registration"], undefined],
      ),
    );
    const by = Object.fromEntries(errors.map((e) => [e.path, e]));
    expect(by["$.goals[0].title"]?.message.da).toBe("$.goals[0].title må ikke være tom.");
    expect(by["$.goals[2].indicators[0].target.value"]?.message.da).toMatch(/skal være tal, ikke tekst/);
    expect(by["$.goals[1].indicators[0].measure.kind"]?.message.da).toMatch(
      /^\$\.goals\[1\]\.indicators\[0\]\.measure\.kind skal være en af: "nps", "share"/,
    );
    expect(by["$.goals[3].indicators[0].measure.numerator.op"]?.message.da).toMatch(
      /skal være en af: "in", "notIn", "blank"/,
    );
    expect(by["$.goals[4].notes[0]"]?.message.da).toBe(
      "ukendt felt colour i $.goals[4].notes[0]; slet det eller ret stavningen.",
    );
    expect(by["$.goals[4].notes[0]"]?.message.en).toBe(
      "unknown property colour in $.goals[4].notes[0]; delete it or correct the spelling.",
    );
    expect(by["$.year"]?.message.da).toBe("$.year skal være heltal, ikke tal.");
    expect(by["$.registration"]?.message.da).toBe("$.registration mangler.");
    expect(errors.every((e) => e.rule === "json-schema" && e.severity === "error")).toBe(true);
  });

  it("an invalid id says how ids are written", () => {
    const [e] = fail(mutate([["id"], "Sjælland 2026"]));
    expect(e?.rule).toBe("kontrakt-id-invalid");
    expect(e?.path).toBe("$.id");
    expect(e?.message.da).toContain("brug 2–64 små bogstaver a–z");
  });

  it("cross-checks: duplicate ids, unknown columns in filters, unknown options", () => {
    const errors = fail(
      mutate(
        [["goals", 1, "id"], "1"],
        [["goals", 3, "indicators", 0, "measure", "numerator"], { op: "in", field: "forloebstype", values: ["x"] }],
        [["goals", 2, "indicators", 0, "when", "option"], "npsOmfnag"],
        [["goals", 0, "indicators", 0, "measure", "where"], { op: "companyAgeUnder", years: 3 }],
      ),
    );
    expect(errors.map((e) => [e.rule, e.path])).toEqual([
      ["kontrakt-duplicate-id", "$.goals[1].id"],
      ["kontrakt-option-unknown", "$.goals[2].indicators[0].when"],
      ["kontrakt-field-unknown", "$.goals[3].indicators[0].measure.numerator.field"],
    ]);
    expect(errors[0]?.message.da).toBe("Mål “1” er allerede brugt ($.goals[0].id). Giv hver sin id.");
    expect(errors[2]?.message.da).toMatch(
      /^Kolonnen “forloebstype” findes ikke i tabellen Evaluering\. Brug en af: CVR-nummer/,
    );
  });

  it("a filter field on the wrong table is an error; an undeclared key figure is a note", () => {
    const r = importContractJson(mutate([["goals", 1, "indicators", 0, "measure", "key"], "kendskab-2026"]));
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(r.warnings.map((w) => [w.rule, w.severity, w.path])).toEqual([
        ["kontrakt-key-undeclared", "info", "$.goals[1].indicators[0].measure.key"],
      ]);
  });

  it("never throws on arbitrary input", () => {
    for (const t of ["", "null", "[]", "42", '"x"', "{}", '{"goals": [null]}', '{"__proto__": {"x": 1}}', "\uFEFF"])
      expect(importContractJson(t).ok).toBe(false);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("checkContract validates a contract edited in a form", () => {
    const edited = { ...sjaelland, goals: sjaelland.goals.map((g, i) => (i === 0 ? { ...g, title: "" } : g)) };
    const r = checkContract(edited);
    expect(!r.ok && r.errors.map((e) => e.path)).toEqual(["$.goals[0].title"]);
  });
});

describe("copy a contract as next year's", () => {
  it("re-ids, retitles and sets the year, keeps goals and targets, notes the origin, leaves the original alone", () => {
    const before = JSON.stringify(sjaelland);
    const r = deriveContract(sjaelland, {
      id: "sjaelland-2026",
      title: "Resultatkontrakt 2026, Erhvervshus Sjælland – KKR Sjælland",
      year: 2026,
    });
    expect(JSON.stringify(sjaelland)).toBe(before);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const c = r.contract;
    expect([c.id, c.title.da, c.year]).toEqual([
      "sjaelland-2026",
      "Resultatkontrakt 2026, Erhvervshus Sjælland – KKR Sjælland",
      2026,
    ]);
    expect(c.title.en).toBe("Performance contract 2026, Erhvervshus Sjælland – KKR Sjælland");
    expect(c.goals).toEqual(sjaelland.goals);
    expect(c.options).toEqual(sjaelland.options);
    expect(c.notes.at(-1)).toEqual({
      kind: "source",
      text: {
        da: "Oprettet som kopi af sjaelland-2025 (Resultatkontrakt 2025, Erhvervshus Sjælland – KKR Sjælland). Mål, måltal og regler er kopieret; ret dem til den nye kontrakt.",
        en: "Created as a copy of sjaelland-2025 (Performance contract 2025, Erhvervshus Sjælland – KKR Sjælland). Goals, targets and rules are copied; edit them for the new contract.",
      },
    });
    // The copy is independent of the original.
    (c.goals[0]?.indicators[0]?.target as { value: number }).value = 1;
    expect(sjaelland.goals[0]?.indicators[0]?.target.value).toBe(171);
  });

  it("rejects an invalid id with the id message", () => {
    const r = deriveContract(sjaelland, { id: "Sjælland 2026", title: "x", year: 2026 });
    expect(!r.ok && r.errors.map((e) => [e.rule, e.path])).toEqual([["kontrakt-id-invalid", "$.id"]]);
  });

  it("every library contract derives cleanly", () => {
    for (const c of LIBRARY) {
      const r = deriveContract(c, { id: `${c.id}-kopi`, title: `Kopi af ${c.title.da}`, year: 2026 });
      expect(r.ok && canonicalContract(r.contract).goals).toEqual(canonicalContract(c).goals);
    }
  });
});

describe("schemas/contract-v2.json", () => {
  it("is the JSON Schema generated from the contract schema (UPDATE_SCHEMAS=1 rewrites it)", () => {
    if (process.env.UPDATE_SCHEMAS === "1") writeFileSync(SCHEMA_FILE, contractJsonSchemaText());
    // Compared as data, so formatting the file (Prettier) does not matter.
    const committed = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as Record<string, unknown>;
    expect(committed).toEqual(contractJsonSchema());
    expect(committed.$id).toBe(CONTRACT_SCHEMA_URL);
    expect(committed.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(Object.keys(committed.$defs as object)).toEqual(
      expect.arrayContaining(["Filter", "Measure", "Goal", "Indicator"]),
    );
    expect(committed.required).toEqual(expect.arrayContaining(["id", "title", "goals"]));
  });
});
