import fc from "fast-check";
import { columnView, type TypedValue } from "../../clean";
import { ROLE_SPECS, type CellValue } from "../../model";
import { isInvalid } from "../../parse/_lib/invalid";
import { parseField } from "../../parse/parseField";
import { checkData } from "../checkData";
import { bound, type Row } from "../_lib/tables.testing";

/** What one cell should become: the parser's value, or null when blank or invalid. */
const expected = (type: Parameters<typeof parseField>[0], raw: CellValue): TypedValue => {
  const r = parseField(type, raw);
  return r === null || isInvalid(r) ? null : r;
};

const FORLOEB = ROLE_SPECS.Forloeb.fields;

/** Cells as houses type them: valid spellings, near misses, numbers, blanks and error values. */
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>(
    null,
    "",
    "  ",
    "12345674",
    "DK 12 34 56 74",
    "12345675",
    "1012345678",
    "10 1234 5678",
    "Vækst",
    "vaekst",
    " drift ",
    "ja",
    "Nej",
    "x",
    "2025-03-04",
    "04.03.2025",
    "31.04.2025",
    "2,5 t",
    "-1",
    "EIFO; Innovationsfonden",
    "Va\u0308kst",
    { error: "#N/A" },
  ),
  fc.integer({ min: -5, max: 50_000 }),
  fc.double({ min: 0, max: 100, noNaN: true }),
  fc.string({ maxLength: 12 }),
);

describe("checkTable's compact columns", () => {
  it("give, row by row, exactly what the field's parser gives (null for blank or invalid) — property", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: FORLOEB.length, maxLength: FORLOEB.length })), (cells) => {
        const rows: Row[] = cells.map((r) => Object.fromEntries(FORLOEB.map((f, k) => [f.id, r[k] ?? null])));
        const forloeb = checkData(
          { Forloeb: bound("Forloeb", rows, { fields: FORLOEB.map((f) => f.id) }) },
          {
            registration: "2024-2027",
          },
        ).clean.Forloeb!;
        for (const f of FORLOEB) {
          const view = columnView(forloeb, f.id);
          const want = rows.map((r) => expected(f.type, r[f.id] ?? null));
          expect(Array.from({ length: rows.length }, (_, i) => view.at(i))).toEqual(want);
          // The plain arrays, made on demand, say the same.
          expect([...forloeb.columns[f.id]!]).toEqual(want);
          if (view.numbers)
            want.forEach((v, i) => expect(Number.isNaN(view.numbers![i]!) ? null : view.numbers![i]).toBe(v));
          if (view.dict) want.forEach((v, i) => expect(view.dict!.values[view.dict!.codes[i]!] ?? null).toEqual(v));
        }
      }),
      { numRuns: 150 },
    );
  });

  it("a free-text column of mostly distinct names is kept as the cells themselves, and stays exact", () => {
    const n = 6000;
    const rows: Row[] = Array.from({ length: n }, (_, i) => ({
      virksomhed: i % 97 === 0 ? `  Firma ${i} ` : i % 89 === 0 ? null : `Firma ${i}`,
      pnummer: i % 50 === 0 ? 1012345678 + i : String(1012345678 + i),
    }));
    const t = checkData({ Forloeb: bound("Forloeb", rows) }, { registration: "none" }).clean.Forloeb!;
    const names = columnView(t, "virksomhed");
    expect(names.dict).toBeUndefined();
    for (let i = 0; i < n; i++) {
      expect(names.at(i)).toBe(expected("text", rows[i]!.virksomhed ?? null));
      expect(columnView(t, "pnummer").at(i)).toBe(expected("pnummer", rows[i]!.pnummer ?? null));
    }
  });

  it("a coded column with more than 255, then 65,535 distinct values widens its codes and keeps them apart", () => {
    const n = 70_000;
    const rows: Row[] = Array.from({ length: n }, (_, i) => ({
      kommune: `Kommune ${i % 1000}`,
      henvistTil: `Aktør ${i % 66_000}`,
    }));
    const t = checkData({ Forloeb: bound("Forloeb", rows) }, { registration: "none" }).clean.Forloeb!;
    const kommune = columnView(t, "kommune");
    expect(kommune.dict?.codes).toBeInstanceOf(Uint16Array);
    const lists = columnView(t, "henvistTil");
    expect(lists.dict?.codes).toBeInstanceOf(Int32Array);
    for (const i of [0, 255, 256, 999, 1000, 65_535, 65_999, 66_000, n - 1]) {
      expect(kommune.at(i)).toBe(`Kommune ${i % 1000}`);
      expect(lists.at(i)).toEqual([`Aktør ${i % 66_000}`]);
    }
    const coded = checkData(
      {
        Forloeb: bound(
          "Forloeb",
          Array.from({ length: n }, (_, i) => ({ segment: i % 3 === 0 ? "Vækst" : "drift" })),
        ),
      },
      { registration: "none" },
    ).clean.Forloeb!;
    const seg = columnView(coded, "segment");
    expect(seg.dict?.values).toEqual([null, "vækst", "drift"]);
    expect(seg.dict?.codes).toBeInstanceOf(Uint8Array);
  });
});
