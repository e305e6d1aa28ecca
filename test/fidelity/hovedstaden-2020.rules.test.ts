/**
 * Resultatkontrakt 2020, KKR Hovedstaden – Erhvervshus Hovedstaden: each rule pinned by a few
 * hand-made rows, the contract's own words in the test name; figures worked out in the comments.
 */
import { activities, day, figures, itemsOf, notesOf, times, type Row } from "./helpers";

const ID = "hovedstaden-2020";

describe("Hovedstaden 2020, mål 3", () => {
  const [indgang, arbejdsgruppe] = itemsOf(ID, "3");
  const [retningslinjer] = itemsOf(ID, "3", "redaktionelle-retningslinjer");

  it("'Målet er 100 pct. opfyldt når … etableret en fælles visuel identitet og bidraget til udvikling af den digitale erhvervsfremmeplatform'", () => {
    const rows = activities("3", [
      [indgang!, "opfyldt"],
      [arbejdsgruppe!, "opfyldt"],
      [retningslinjer!, "ikke opfyldt"],
    ]);
    // Both stated conditions met → 100 %; the editorial guidelines (not met) are shown, weight 0.
    const f = figures(ID, "3", { Aktiviteter: rows });
    expect([f.pct, f.status]).toEqual([100, "opfyldt"]);
    expect(f.indicators).toEqual({ aktiviteter: [2, 100], "redaktionelle-retningslinjer": [0, 0] });
    // Option 'alle-tre': the share of three items, 2/3 = 66.67 %.
    expect(figures(ID, "3", { Aktiviteter: rows }, { options: { maal3Regel: "alle-tre" } }).pct).toBe(66.67);
  });
});

describe("Hovedstaden 2020, mål 1 and 2: 'vejledning i 2020'", () => {
  // Four answers from 2019 (0, 'slet ikke') and four from 2020 (10, 'i høj grad'), each company its own.
  const rows: Row[] = [
    ...[1, 2, 3, 4].map((n) => ({
      cvr: String(10_000_000 + n),
      besvarelsesdato: day(2019, 10, 1),
      anbefaling: 0,
      effekt: "slet ikke",
    })),
    ...[5, 6, 7, 8].map((n) => ({
      cvr: String(10_000_000 + n),
      besvarelsesdato: day(2020, 3, 1),
      anbefaling: 10,
      effekt: "i høj grad",
    })),
  ];

  it("'Målet for 2020 er, at erhvervshusene opnår en Net Promotor Score på mindst 60': 2020's answers", () => {
    // 4 promoters of 4 → NPS 100 ≥ 60 → 100 %.
    expect(figures(ID, "1", { Evaluering: rows }).indicators["nps"]).toEqual([100, 100]);
  });

  it("'mindst 70 procent af de virksomheder, der har modtaget specialiseret vejledning i 2020': 2020's answers", () => {
    // 4 of 4 → 100 % ≥ 70 → 100 %.
    expect(figures(ID, "2", { Evaluering: rows }).indicators["positiv-effekt"]).toEqual([100, 100]);
  });
});

describe("Hovedstaden 2020, mål 2: 'procent af de virksomheder'", () => {
  it("'når andelen af virksomheder der oplever effekt opgøres til mindst 70 procent': a company counts once", () => {
    const rows: Row[] = [
      ...times(5, { cvr: "10000001", effekt: "i høj grad" }),
      { cvr: "10000002", effekt: "i lav grad" },
      { cvr: "10000003", effekt: "slet ikke" },
    ];
    // Companies: 1 of 3 = 33.33 % < 60 → 0 %. Per answer it would be 5/7 = 71.43 % → 100 %.
    expect(figures(ID, "2", { Evaluering: rows }).indicators["positiv-effekt"]).toEqual([33.3333, 0]);
    const perAnswer = figures(ID, "2", { Evaluering: rows }, { options: { svarEnhed: "svar" } });
    expect(perAnswer.indicators["positiv-effekt"]).toEqual([71.4286, 100]);
  });
});

describe("Hovedstaden 2020, mål 4", () => {
  it("'Konkret gennemføres der samlet set 1870 evaluerede vejledningsforløb': only courses sent to evaluation count", () => {
    const rows: Row[] = [
      { cvr: "10000001", startdato: day(2020, 3), forloebstype: "Vækstforløb", sendtTilEvaluering: true },
      { cvr: "10000002", startdato: day(2020, 4), forloebstype: "Vækstforløb", sendtTilEvaluering: false },
    ];
    // One evaluated Vækstforløb: 1 of 670. Option 'nej' counts both: 2.
    expect(figures(ID, "4", { Forloeb: rows }).indicators["vaekstforloeb"]?.[0]).toBe(1);
    const all = figures(ID, "4", { Forloeb: rows }, { options: { kunEvaluerede: "nej" } });
    expect(all.indicators["vaekstforloeb"]?.[0]).toBe(2);
  });

  it("'evaluerede vejledningsforløb' without a Sendt til brugerevaluering column: all courses, and a note says why", () => {
    const rows: Row[] = [
      { cvr: "10000001", startdato: day(2020, 3), forloebstype: "Vækstforløb" },
      { cvr: "10000002", startdato: day(2020, 4), forloebstype: "Vækstforløb" },
    ];
    // No column to tell the evaluated ones: both count (2), never "mangler data".
    expect(figures(ID, "4", { Forloeb: rows }).indicators["vaekstforloeb"]?.[0]).toBe(2);
    expect(notesOf(ID, "4", "vaekstforloeb", { Forloeb: rows })).toMatch(
      /Indstillingen 'kunEvaluerede' kræver kolonnen Sendt til brugerevaluering, som ikke er bundet/,
    );
  });
});
