/** Test helper: a full sheet of realistic course rows, with a few bad values (test-only). */
import type { BoundColumn, BoundTable, CellValue } from "../../model";
import { ROLE_SPECS } from "../../model";
import { makeValidCvr } from "../../parse/makeValidCvr";

export const ROWS = 1_048_575;

export function bigForloeb(): BoundTable {
  const cvrs: string[] = [];
  for (let s = 1_000_000; cvrs.length < 150_000; s++) {
    const c = makeValidCvr(s);
    if (c !== null) cvrs.push(c);
  }
  const segments = ["drift", "vækst", "Vækst", "DRIFT"];
  const themes = ["Eksport", "Digitalisering", "Grøn omstilling", "Finansiering", "Ledelse"];
  const types = ["Vækstforløb", "SMV drift", "Iværksætterforløb", "Kort forløb"];
  const kommuner = ["Køge", "Roskilde", "Næstved", "Holbæk", "Slagelse", "Kalundborg"];
  const actors = ["EIFO", "Innovationsfonden; EIFO", "", "Eksportrådet"];
  const gen: Record<string, (i: number) => CellValue> = {
    cvr: (i) =>
      i % 1000 === 7 ? "12345675" : i % 3 === 0 ? Number(cvrs[i % cvrs.length]) : (cvrs[i % cvrs.length] ?? null),
    pnummer: (i) => 1_000_000_000 + (i % 100_000),
    virksomhed: (i) => `Firma ${i % 150_000} ApS`,
    segment: (i) => segments[i % 4] ?? null,
    forloebstype: (i) => types[i % 4] ?? null,
    tema: (i) => themes[i % 5] ?? null,
    startdato: (i) => (i % 500 === 1 ? "2025-03-04" : 45292 + (i % 730)),
    slutdato: (i) => 45292 + (i % 730) + 30,
    timer: (i) => (i % 250 === 0 ? "2,5" : (i % 9) + 0.5),
    kommune: (i) => kommuner[i % 6] ?? null,
    henvistTil: (i) => actors[i % 4] ?? null,
    sendtTilEvaluering: (i) => (i % 2 === 0 ? "ja" : "nej"),
    ledelsesvurdering: (i) => (i % 5 === 0 ? "ja" : null),
  };
  const columns: Record<string, BoundColumn> = {};
  ROLE_SPECS.Forloeb.fields.forEach((spec, k) => {
    const g = gen[spec.id];
    if (!g) return;
    const values = new Array<CellValue>(ROWS);
    for (let i = 0; i < ROWS; i++) values[i] = g(i);
    columns[spec.id] = { field: spec.id, header: spec.header, sheetColumn: k, values };
  });
  return { role: "Forloeb", sheet: "Forløb", table: "Forloeb", firstRow: 2, rowCount: ROWS, columns };
}
