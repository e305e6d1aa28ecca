/**
 * "vejledte virksomheder under 3 år" (Rammeaftale 2024–27 and Sjælland 2025, mål 1): no company
 * is dropped in silence. Figures worked out in the comments; house Sjælland (171), year 2025.
 */
import { day, figures, notesOf, type Row } from "./helpers";

const rows: Row[] = [
  // A: founded 2025-06-01, after its course started 2025-03-01: certainly under 3 years.
  { cvr: "10000001", startdato: day(2025, 3, 1), stiftelsesdato: day(2025, 6, 1) },
  // B: no Stiftelsesdato anywhere: its age is unknown.
  { cvr: "10000002", startdato: day(2025, 4, 1), stiftelsesdato: null },
  // C: no date on its 2025 course; its 2024 course gives 2023-01-01, so 2.25 years at 2025-04-01.
  { cvr: "10000003", startdato: day(2025, 4, 1), stiftelsesdato: null },
  { cvr: "10000003", startdato: day(2024, 4, 1), stiftelsesdato: day(2023, 1, 1) },
  // D: founded 2010: not under 3.
  { cvr: "10000004", startdato: day(2025, 5, 1), stiftelsesdato: day(2010, 1, 1) },
];

describe.each(["rammeaftale-2024-2027", "sjaelland-2025"])("%s mål 1", (id) => {
  const run = id === "sjaelland-2025" ? {} : { params: { house: "sjaelland", year: "2025" } };

  it("'antallet af vejledte virksomheder under 3 år': founded after the start counts, the date is the company's", () => {
    // A and C: 2 of 171 = 1.17 %.
    expect(figures(id, "1", { Forloeb: rows }, run).indicators).toEqual({ "virksomheder-under-3-aar": [2, 1.17] });
  });

  it("a company with no Stiftelsesdato on any row is named in a note, not dropped in silence", () => {
    expect(notesOf(id, "1", "virksomheder-under-3-aar", { Forloeb: rows }, run)).toMatch(
      /1 virksomhed i perioden har ingen Stiftelsesdato på nogen række/,
    );
  });
});
