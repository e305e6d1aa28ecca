import fc from "fast-check";
import { importContractJson } from "../../../app/authoring/problems";
import { renderAuthoringMessage } from "../../../i18n/authoring";
import { AUTHORING_FINDINGS, AUTHORING_REASONS } from "../../../i18n/locales/views.testing";
import { contractFromSheetRows } from "../sheet-read";
import { contractToSheetRows } from "../sheet-write";
import { ContractSchema, type Contract } from "../../contract/schema";
import type { CellValue } from "../../model";
import { findContract } from "../../../templates";

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    "Mål",
    "Delmål",
    "Indikator",
    "Måltal",
    "antal",
    "Forløb",
    "nps",
    "≥",
    "trin: 1=2",
    "tjekliste",
    "Nøgletal",
  ),
  fc.double(),
  fc.boolean(),
  fc.constantFrom<CellValue>({ error: "#N/A" }, { error: "#DIV/0!" }),
);

describe("the sheet reader never throws", () => {
  it("on random grids", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 30 }), (rows) => {
        const r = contractFromSheetRows(rows, "Kontrakt");
        if (r.contract) expect(ContractSchema.safeParse(r.contract).success).toBe(true);
        for (const f of r.findings)
          expect(renderAuthoringMessage(f.rule, f.params ?? {}, "da")).not.toMatch(/^kontrakt-/);
      }),
      { numRuns: 500 },
    );
  });

  it("on a real contract sheet with random cells changed; a contract it returns is schema-valid", () => {
    const base = contractToSheetRows(findContract("sjaelland-2025") as Contract);
    const edit = fc.record({ row: fc.nat(base.length - 1), col: fc.nat(30), value: cell });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        const rows = base.map((r) => [...r]);
        for (const e of edits) {
          const row = rows[e.row] as CellValue[];
          while (row.length <= e.col) row.push(null);
          row[e.col] = e.value;
        }
        const r = contractFromSheetRows(rows, "Kontrakt");
        if (r.contract) expect(ContractSchema.safeParse(r.contract).success).toBe(true);
        else expect(r.findings.some((f) => f.severity === "error")).toBe(true);
        for (const f of r.findings) {
          expect(f.sheet).toBe("Kontrakt");
          if (f.row !== null) expect(f.row).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("on a sheet at the row limit, quickly", () => {
    const rows: CellValue[][] = [
      ["Id", "stor-2026"],
      ["Titel", "Stor"],
      [],
      ["Mål", "Delmål", "Titel", "Indikator", "Tabel", "Måltal"],
    ];
    for (let g = 0; rows.length < 4999; g++) {
      rows.push([`g${g}`, null, `Mål ${g}`]);
      rows.push([`g${g}`, "a", "Antal", "antal", "Forløb", 10]);
    }
    const t = Date.now();
    const r = contractFromSheetRows(rows, "Kontrakt");
    expect(Date.now() - t).toBeLessThan(5000);
    // The schema allows at most 100 goals: reported on the 101st goal's id.
    expect(r.contract).toBeNull();
    expect(r.findings.map((f) => [f.rule, f.params?.reason])).toContainEqual(["kontrakt-schema", "schema-too-many"]);
    const tooMany = contractFromSheetRows([...rows, [], [], []], "Kontrakt");
    expect(tooMany.findings.map((f) => f.rule)).toEqual(["kontrakt-too-big"]);
  });
});

describe("the JSON reader never throws", () => {
  it("on arbitrary JSON", () => {
    fc.assert(
      fc.property(fc.json({ depthSize: "medium" }), (text) => {
        const r = importContractJson(text);
        if (!r.ok) for (const e of r.errors) expect(e.message.da.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
  it("on arbitrary text", () => {
    fc.assert(fc.property(fc.string(), (text) => expect(importContractJson(text).ok).toBe(false)));
  });
});

describe("the message catalogue", () => {
  const entries = Object.entries({ ...AUTHORING_FINDINGS, ...AUTHORING_REASONS });
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  it.each(entries)("%s has Danish and English texts with the same placeholders", (_code, entry) => {
    expect(entry.da.trim()).not.toBe("");
    expect(entry.en.trim()).not.toBe("");
    expect(placeholders(entry.da)).toEqual(placeholders(entry.en));
  });
});
