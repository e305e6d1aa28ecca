/**
 * Compound Danish headers on a word the data dictionary accepts: a CRM heads its start date
 * "Opstartsdato" ("Opstart" is an accepted header for Startdato), "Startdato for forløb" or
 * "Dato for opstart". They bind to Startdato (or are offered as its candidate), never to another
 * field; a compound on another head ("Kundenummer") is not the word it starts with.
 */
import fc from "fast-check";
import { matchHeader } from "../../src/domain/binding/match";
import { matchFields } from "../../src/domain/binding/propose";
import { ROLE_SPECS } from "../../src/domain/model";
import type { NewWorkbookSpec } from "../../src/workbook/sheet/spec";
import { analyse } from "./analyse";
import { houseExport } from "./house-export";

const START_COLUMN = 5;

const retitled = (spec: NewWorkbookSpec, column: number, header: string): NewWorkbookSpec => ({
  ...spec,
  sheets: spec.sheets.map((s) =>
    s.name !== "CRM-udtræk"
      ? s
      : { ...s, rows: (s.rows ?? []).map((r, i) => (i === 0 ? r.map((h, k) => (k === column ? header : h)) : r)) },
  ),
});

/** The start date's words, and the ways a CRM builds a date header on them. */
const WORDS = ["Opstart", "Start", "opstart", "start"] as const;
const SHAPES: readonly ((w: string) => string)[] = [
  (w) => `${w}sdato`,
  (w) => `${w}dato`,
  (w) => `${w}-dato`,
  (w) => `${w} dato`,
  (w) => `Dato for ${w.toLowerCase()}`,
  (w) => `${w}dato for forløb`,
  (w) => `${w}sdato (forløb)`,
  (w) => `${w.toUpperCase()}SDATO`,
];

const field = (id: string) => ROLE_SPECS.Forloeb.fields.find((f) => f.id === id)!;

describe("Compound headers built on an accepted word", () => {
  it('"Opstartsdato", "Startdato for forløb" and "Dato for opstart" are like Startdato and no other field', () => {
    for (const h of ["Opstartsdato", "Startdato for forløb", "Dato for opstart"]) {
      const fits = ROLE_SPECS.Forloeb.fields.map((f) => [f.id, matchHeader(h, f)?.confidence ?? 0] as const);
      const best = [...fits].sort((a, b) => b[1] - a[1])[0];
      expect([h, best?.[0]]).toEqual([h, "startdato"]);
    }
  });

  it("a CRM export headed Opstartsdato binds Startdato and computes the goals that read it", async () => {
    const r = await analyse(retitled(houseExport(), START_COLUMN, "Opstartsdato"));
    expect(r.binding.roles.Forloeb?.fields.startdato?.header).toBe("Opstartsdato");
    expect(r.check.findings.filter((f) => f.rule === "input-column-missing")).toEqual([]);
  });

  it("property: every compound of a start word binds to Startdato among the CRM's other columns", () => {
    const others = houseExport()
      .sheets.find((s) => s.name === "CRM-udtræk")!
      .rows![0]!.map((h) => String(h));
    fc.assert(
      fc.property(fc.constantFrom(...WORDS), fc.constantFrom(...SHAPES), fc.nat(others.length), (w, shape, at) => {
        const header = shape(w);
        const headers = others.filter((_, k) => k !== START_COLUMN);
        headers.splice(at % (headers.length + 1), 0, header);
        const fields = matchFields("Forloeb", {
          sheet: "CRM-udtræk",
          table: null,
          headerRow: 1,
          firstColumn: 0,
          headers,
          rowCount: 0,
        });
        expect(fields.startdato?.header).toBe(header);
        expect(Object.values(fields).filter((b) => b.header === header)).toHaveLength(1);
      }),
      { numRuns: 100, seed: 1313 },
    );
  });

  it("a compound on another head is not the word it starts with (Kundenummer is no company name)", () => {
    expect(matchHeader("Kundenummer", field("virksomhed"))).toBeNull();
    expect(matchHeader("Slutdato", field("startdato"))).toBeNull();
    expect(matchHeader("Stiftelsesdato", field("startdato"))).toBeNull();
  });
});
