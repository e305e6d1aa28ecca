/**
 * Answers belong to a period and to a company (issue 12): the user evaluation's answers are
 * placed by their Besvarelsesdato, and "procent af de virksomheder" counts companies. Each test
 * quotes the document it pins; the figures are worked out in the comments.
 */
import { parseReferralScale } from "../../src/domain/parse";
import { day, figures, goal, notesOf, times, type Row } from "./helpers";

const answer = (cvr: string | null, date: number | null, extra: Row): Row => ({
  cvr,
  ...(date === null ? {} : { besvarelsesdato: date }),
  ...extra,
});

describe("Rammeaftale 2024–27: answers of the year only", () => {
  // Three answers from 2024 (the worst) and three from 2025 (the best), each from its own company.
  const rows = [
    ...["10000001", "10000002", "10000003"].map((c) =>
      answer(c, day(2024, 11), { anbefaling: 0, henvisning: "nej", baeredygtighed: "slet ikke" }),
    ),
    ...["10000004", "10000005", "10000006"].map((c) =>
      answer(c, day(2025, 4), { anbefaling: 10, henvisning: "ja", baeredygtighed: "i høj grad" }),
    ),
  ];
  const y2025 = { params: { house: "sjaelland", year: "2025" } };

  it("mål 3 'opnår hvert år en Net Promotor Score (NPS) på mindst 70': 2024's answers are not 2025's", () => {
    // 2025: 3 promoters of 3 answers → NPS 100 ≥ 70 → 100 %.
    expect(figures("rammeaftale-2024-2027", "3", { Evaluering: rows }, y2025).indicators["nps"]).toEqual([100, 100]);
    // 2024: 3 detractors of 3 → NPS −100 → 0 %.
    const y2024 = { params: { house: "sjaelland", year: "2024" } };
    expect(figures("rammeaftale-2024-2027", "3", { Evaluering: rows }, y2024).indicators["nps"]).toEqual([-100, 0]);
  });

  it("mål 4 and mål 6 count the year's answers ('i det senest afsluttede kalenderår')", () => {
    // Mål 4: ja 3 of 3 = 100 % ≥ 50. Mål 6: 'i høj grad' 3 of 3 = 100 % ≥ 70.
    expect(figures("rammeaftale-2024-2027", "4", { Evaluering: rows }, y2025).indicators).toEqual({
      "anvendt-henvisning": [100, 100],
    });
    expect(figures("rammeaftale-2024-2027", "6", { Evaluering: rows }, y2025).pct).toBe(100);
  });

  it("without a Besvarelsesdato every answer is used, and the note says so instead of 'i perioden'", () => {
    const undated = rows.map(({ besvarelsesdato: _, ...r }) => r);
    // 3 promoters, 3 detractors of 6 → NPS 0 → 0 %.
    expect(figures("rammeaftale-2024-2027", "3", { Evaluering: undated }, y2025).indicators["nps"]).toEqual([0, 0]);
    const notes = notesOf("rammeaftale-2024-2027", "3", "nps", { Evaluering: undated }, y2025);
    expect(notes).toMatch(/ingen Besvarelsesdato, så alle svar i arket er brugt/);
    expect(notes).not.toMatch(/alle svar i Brugerevaluering i perioden/);
  });

  it("a Besvarelsesdato column with no date in it (a fill-in workbook's) is no date column: every answer is used, with the note", () => {
    const blankDates = rows.map((r) => ({ ...r, besvarelsesdato: null }));
    // As without the column: 3 promoters, 3 detractors of 6 → NPS 0 → 0 %; nothing left out.
    expect(figures("rammeaftale-2024-2027", "3", { Evaluering: blankDates }, y2025).indicators["nps"]).toEqual([0, 0]);
    const notes = notesOf("rammeaftale-2024-2027", "3", "nps", { Evaluering: blankDates }, y2025);
    expect(notes).toMatch(/ingen Besvarelsesdato, så alle svar i arket er brugt/);
    expect(notes).not.toMatch(/kan ikke placeres i perioden/);
  });

  it("with some answers dated, an undated answer cannot be placed in the period and is left out, with a note", () => {
    const mixed = [...rows, answer("10000007", null, { anbefaling: 0 })].map((r) => ({
      besvarelsesdato: null,
      ...r,
    }));
    // 2025: the three dated 2025 answers (all 10) → NPS 100; the undated 0 is left out.
    expect(figures("rammeaftale-2024-2027", "3", { Evaluering: mixed }, y2025).indicators["nps"]).toEqual([100, 100]);
    expect(notesOf("rammeaftale-2024-2027", "3", "nps", { Evaluering: mixed }, y2025)).toMatch(
      /1 række uden gyldig Besvarelsesdato kan ikke placeres i perioden/i,
    );
  });
});

describe("Sjælland 2025 mål 3: 'hvert halve år' status uses the half-year's answers", () => {
  it("'Status på resultatopfyldelse skal afrapporteres … hvert halve år': H1 holds January–June's answers", () => {
    const rows = [
      ...times(4, answer(null, day(2024, 10, 1), { anbefaling: 0 })),
      ...times(4, answer(null, day(2025, 3, 1), { anbefaling: 10 })),
      ...times(2, answer(null, day(2025, 9, 1), { anbefaling: 10 })),
    ];
    // Year 2025: the six 2025 answers, all 10 → NPS 100. H1: the four from March → NPS 100.
    expect(figures("sjaelland-2025", "3", { Evaluering: rows }).indicators["nps"]).toEqual([100, 100]);
    expect(figures("sjaelland-2025", "3", { Evaluering: rows }, { period: "H1" }).indicators["nps"]).toEqual([
      100, 100,
    ]);
  });
});

describe("Per company where the text says 'virksomheder'", () => {
  it("Rammeaftale 2024–27 mål 4 'Mindst 50 procent af de virksomheder … har anvendt en eller flere af henvisningerne'", () => {
    const rows = [
      ...times(3, answer("10000001", null, { henvisning: "ja" })),
      answer("10000002", null, { henvisning: "nej" }),
      answer("10000003", null, { henvisning: "nej" }),
    ];
    // Companies: A used, B and C did not → 1/3 = 33.33 % < 50 → 0 %.
    expect(figures("rammeaftale-2024-2027", "4", { Evaluering: rows }).indicators).toEqual({
      "anvendt-henvisning": [33.3333, 0],
    });
    // Option 'svar': 3 of 5 answer rows = 60 % → 100 %.
    const perAnswer = figures("rammeaftale-2024-2027", "4", { Evaluering: rows }, { options: { svarEnhed: "svar" } });
    expect(perAnswer.indicators).toEqual({ "anvendt-henvisning": [60, 100] });
  });

  it("Rammeaftale 2024–27 mål 6 '70 pct. af de vejledte virksomheder, som er blevet vejledt inden for bæredygtighed'", () => {
    const rows = [
      ...times(3, answer("10000001", null, { baeredygtighed: "i høj grad" })),
      answer("10000002", null, { baeredygtighed: "i nogen grad" }),
      answer("10000003", null, { baeredygtighed: null }),
    ];
    // C was not guided on sustainability (blank). Companies: 1 of A, B = 50 % < 70 → 0 %.
    expect(figures("rammeaftale-2024-2027", "6", { Evaluering: rows }).indicators).toEqual({
      "baeredygtighed-i-hoej-grad": [50, 0],
    });
    // Per answer: 3 of 4 = 75 % → 100 %.
    const perAnswer = figures("rammeaftale-2024-2027", "6", { Evaluering: rows }, { options: { svarEnhed: "svar" } });
    expect(perAnswer.indicators).toEqual({ "baeredygtighed-i-hoej-grad": [75, 100] });
  });

  it("an answer without a CVR is one respondent, never dropped, and the note counts it", () => {
    const rows = [answer("10000001", null, { henvisning: "ja" }), answer(null, null, { henvisning: "nej" })];
    // A (ja) and the keyless answer (nej): 1/2 = 50 % ≥ 50 → 100 %.
    const run = {};
    expect(figures("rammeaftale-2024-2027", "4", { Evaluering: rows }, run).indicators).toEqual({
      "anvendt-henvisning": [50, 100],
    });
    expect(notesOf("rammeaftale-2024-2027", "4", "anvendt-henvisning", { Evaluering: rows })).toMatch(
      /1 svar uden CVR-nummer tæller hver som én virksomhed/,
    );
  });

  it("Sjælland 2025 mål 4 and mål 6 count companies too ('Andelen udgøres af de virksomheder …')", () => {
    const rows = [
      ...times(3, answer("10000001", null, { henvisning: "ja", baeredygtighed: "i høj grad" })),
      answer("10000002", null, { henvisning: "nej", baeredygtighed: "i lav grad" }),
      answer("10000003", null, { henvisning: "nej", baeredygtighed: "i nogen grad" }),
    ];
    // Mål 4: 1 of 3 companies = 33.33 % → 0 %. Mål 6: 1 of 3 = 33.33 % → 0 %.
    expect(figures("sjaelland-2025", "4", { Evaluering: rows }).indicators["anvendt-henvisning"]).toEqual([33.3333, 0]);
    expect(figures("sjaelland-2025", "6", { Evaluering: rows }).indicators["baeredygtighed-i-hoej-grad"]).toEqual([
      33.3333, 0,
    ]);
  });
});

describe("Sjælland 2025 mål 4: the survey's own answer wording", () => {
  it("'har benyttet eller forventer at benytte henvisningen': 'Nej, men jeg forventer at gøre det' is 'forventer'", () => {
    expect(parseReferralScale("Nej, men jeg forventer at gøre det")).toBe("forventer");
    expect(parseReferralScale("Nej, men jeg forventer ikke at gøre det")).toBe("nej");
    expect(parseReferralScale("Nej")).toBe("nej");
    // Ja, two 'Nej, men jeg forventer …' and Nej, each its own company: 3/4 = 75 % ≥ 50 → 100 %.
    const said = ["Ja", "Nej, men jeg forventer at gøre det", "Nej, men jeg forventer at gøre det", "Nej"];
    const rows = said.map((t, n) =>
      answer(String(10_000_001 + n), null, { henvisning: parseReferralScale(t) as string }),
    );
    expect(figures("sjaelland-2025", "4", { Evaluering: rows }).indicators["anvendt-henvisning"]).toEqual([75, 100]);
    // Under the rammeaftale's 'har anvendt' the same answers are 1/4 = 25 % → 0 %.
    expect(figures("rammeaftale-2024-2027", "4", { Evaluering: rows }).indicators["anvendt-henvisning"]).toEqual([
      25, 0,
    ]);
  });
});

describe("Sjælland 2025: key figures at the half-year", () => {
  const keys = [
    { noegle: "Forpligtende klyngesamarbejder 2025", vaerdi: 3 },
    { noegle: "Forpligtende klyngesamarbejder 1. halvår 2025", vaerdi: 1 },
  ];

  it("'afrapporteres … hvert halve år': mål 13's 'mindst tre af de landsdækkende erhvervsklynger' reads the half-year's row at H1", () => {
    // Year: 3 ≥ 3 → 100 %. H1: 1 of 3 = 33.33 %, and 1 < the pro-rata 1.5 due by 30 June.
    expect(figures("sjaelland-2025", "13", { Noegletal: keys }).indicators["klyngesamarbejder"]).toEqual([3, 100]);
    const h1 = goal("sjaelland-2025", "13", { Noegletal: keys }, { period: "H1" });
    const i = h1.indicators.find((x) => x.id === "klyngesamarbejder")!;
    expect([i.value, i.fulfilmentPct, i.pace?.onTrack]).toEqual([1, 33.33, false]);
  });

  it("without a half-year row the year's figure is used at H1, and a note says so", () => {
    const yearOnly = { Noegletal: [keys[0]!] };
    expect(notesOf("sjaelland-2025", "13", "klyngesamarbejder", yearOnly, { period: "H1" })).toMatch(
      /ingen række for halvåret; årets tal er brugt i halvårsstatus/,
    );
  });
});

describe("nothing left out in silence", () => {
  it("Sjælland 2025 mål 3 'for deres drifts- og vækstsegment' per segment: answers without a segment are counted in a note", () => {
    const rows: Row[] = [
      ...times(2, { anbefaling: 10, segment: "drift" }),
      ...times(2, { anbefaling: 10, segment: "vækst" }),
      ...times(2, { anbefaling: 0, segment: null }),
    ];
    const run = { options: { npsOmfang: "pr-segment" } };
    // Each segment: 2 promoters of 2 → 100; the two answers without a segment are in neither.
    expect(figures("sjaelland-2025", "3", { Evaluering: rows }, run).indicators).toEqual({
      "nps-drift": [100, 100],
      "nps-vaekst": [100, 100],
    });
    expect(notesOf("sjaelland-2025", "3", "nps-drift", { Evaluering: rows }, run)).toMatch(
      /2 rækker i Evaluering uden segment er udeladt her/,
    );
  });

  it("Sjælland 2025 mål 8 'virksomhedsforløb fordeles på by- og landkommuner': courses without a Kommune are counted in a note", () => {
    const kommuner: Row[] = [
      { kommune: "Køge", befolkning: 50, kommunetype: "by" },
      { kommune: "Faxe", befolkning: 50, kommunetype: "land" },
    ];
    const courses: Row[] = [
      ...times(5, { cvr: "10000001", startdato: day(2025, 3), kommune: "Køge" }),
      ...times(5, { cvr: "10000002", startdato: day(2025, 3), kommune: "Faxe" }),
      ...times(4, { cvr: "10000003", startdato: day(2025, 3), kommune: null }),
    ];
    // 5 by and 5 land against 50/50: deviation 0 → met; the 4 without a Kommune are named.
    const tables = { Forloeb: courses, Kommuner: kommuner };
    expect(figures("sjaelland-2025", "8", tables).indicators["fordeling-forloeb"]).toEqual([0, 100]);
    expect(notesOf("sjaelland-2025", "8", "fordeling-forloeb", tables)).toMatch(
      /4 rækker i Forløb uden kommune er udeladt her/,
    );
  });
});

describe("course types no goal counts", () => {
  it("Sjælland 2025 mål 7 'på baggrund af data fra erhvervshusets brugerregistrering': a type no goal counts is named on the goal", () => {
    const courses: Row[] = [
      { cvr: "10000001", startdato: day(2025, 3), forloebstype: "Handlingsplan" },
      { cvr: "10000002", startdato: day(2025, 3), forloebstype: "Handlingsplan (drift)" },
      { cvr: "10000003", startdato: day(2025, 3), forloebstype: "Kort" },
      { cvr: "10000004", startdato: day(2025, 3), forloebstype: null },
    ];
    // One Handlingsplan counted; 'Handlingsplan (drift)' and 'Kort' are counted by no goal (blank is no type).
    const g = goal("sjaelland-2025", "7", { Forloeb: courses });
    expect(g.indicators.find((i) => i.id === "handlingsplaner")!.value).toBe(1);
    expect(JSON.stringify(g.notes)).toMatch(
      /2 forløb i perioden har en Forløbstype, som intet mål i kontrakten tæller: 'Handlingsplan \(drift\)' \(1\), 'Kort' \(1\)/,
    );
  });

  it("Hovedstaden 2020 mål 4 '670 Vækstforløb … 500 SMV drift … 700 Iværksætterforløb': an unlisted type is named", () => {
    const courses: Row[] = [
      { cvr: "10000001", startdato: day(2020, 3), forloebstype: "Vækstforløb" },
      { cvr: "10000002", startdato: day(2020, 3), forloebstype: "UM eksportforløb" },
    ];
    const g = goal("hovedstaden-2020", "4", { Forloeb: courses });
    expect(JSON.stringify(g.notes)).toMatch(/1 forløb i perioden har en Forløbstype.*'UM eksportforløb' \(1\)/);
  });
});
