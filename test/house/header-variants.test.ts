/**
 * Property: a column headed with any header the data dictionary accepts for its field — the Danish
 * header or an alternative, in capitals, with a colon, a trailing space or a question mark — binds to
 * that field, or the field is reported missing; never another column silently.
 */
import fc from "fast-check";
import { ROLE_SPECS } from "../../src/domain/model";
import type { NewWorkbookSpec } from "../../src/workbook/sheet/spec";
import { analyse } from "./analyse";
import { houseExport } from "./house-export";

/** The house export's CRM columns by field (position in the sheet). */
const CRM: Readonly<Record<string, number>> = {
  cvr: 0,
  virksomhed: 1,
  segment: 2,
  forloebstype: 3,
  tema: 4,
  startdato: 5,
  slutdato: 6,
  timer: 7,
  kommune: 8,
  hovedsaede: 9,
  henvistTil: 10,
  stiftelsesdato: 11,
};

const retitled = (spec: NewWorkbookSpec, column: number, header: string): NewWorkbookSpec => ({
  ...spec,
  sheets: spec.sheets.map((s) =>
    s.name !== "CRM-udtræk"
      ? s
      : { ...s, rows: (s.rows ?? []).map((r, i) => (i === 0 ? r.map((h, k) => (k === column ? header : h)) : r)) },
  ),
});

const variant = fc.tuple(
  fc.constantFrom(...Object.keys(CRM)),
  fc.nat(),
  fc.constantFrom(
    (s: string) => s,
    (s: string) => s.toUpperCase(),
    (s: string) => `${s}:`,
    (s: string) => `${s} `,
    (s: string) => s.replace(/ /g, "  "),
  ),
);

describe("Forløb headers as the data dictionary accepts them, varied", () => {
  it("bind to their field or are reported, never to another field", async () => {
    await fc.assert(
      fc.asyncProperty(variant, async ([field, pick, vary]) => {
        const spec = ROLE_SPECS.Forloeb.fields.find((f) => f.id === field)!;
        const names = [spec.header, ...spec.synonyms];
        const header = vary(names[pick % names.length]!);
        const r = await analyse(retitled(houseExport(), CRM[field]!, header));
        const fields = r.binding.roles.Forloeb?.fields ?? {};
        const bound = fields[field];
        const elsewhere = Object.values(fields).find((b) => b.header.trim() === header.trim() && b.field !== field);
        expect(elsewhere?.field).toBeUndefined();
        if (!bound || bound.header.trim() !== header.trim()) {
          const needed = r.inputs.fields.some((f) => f.role === "Forloeb" && f.field === field);
          if (needed)
            expect(r.check.findings.some((f) => f.rule === "input-column-missing" && f.params?.field === field)).toBe(
              true,
            );
        }
      }),
      { numRuns: 60, seed: 1313 },
    );
  });
});
