/**
 * Aftale om rammerne for erhvervshuse 2024–2027 (seed 002): each rule of the agreement pinned by a
 * few hand-made rows, the agreement's own words in the test name. Figures are worked out in the
 * comments. Parameters: house Sjælland, year 2025 unless said otherwise.
 */
import { contract, day, figures, goal, times } from "./helpers";

const ID = "rammeaftale-2024-2027";

describe("Rammeaftale 2024–27, mål 4", () => {
  const answers = [
    { henvisning: "ja" },
    { henvisning: "forventer" },
    ...times(2, { henvisning: "nej" }),
    { henvisning: "ved ikke" },
  ];

  it("'angiver …, at de har anvendt en eller flere af henvisningerne': 'forventer' is not used", () => {
    // ja 1 of ja 1 + forventer 1 + nej 2 = 25 % < 50 ('ved ikke' is out by default).
    expect(figures(ID, "4", { Evaluering: answers }).indicators).toEqual({ "anvendt-henvisning": [25, 0] });
    // Sjælland 2025's method ('har benyttet eller forventer at benytte') as the option: 2/4 = 50 %.
    const asUsed = figures(ID, "4", { Evaluering: answers }, { options: { forventerHenvisning: "anvendt" } });
    expect(asUsed.indicators).toEqual({ "anvendt-eller-forventet-henvisning": [50, 100] });
  });

  it("the agreement is silent on 'ved ikke': left out by default, kept in the denominator on request", () => {
    // With 'ved ikke' counted: ja 1 of 5 answers = 20 %.
    const kept = figures(ID, "4", { Evaluering: answers }, { options: { vedIkkeHenvisning: "medtag" } });
    expect(kept.indicators).toEqual({ "anvendt-henvisning": [20, 0] });
    const both = figures(
      ID,
      "4",
      { Evaluering: answers },
      { options: { vedIkkeHenvisning: "medtag", forventerHenvisning: "anvendt" } },
    );
    // ja + forventer 2 of 5 = 40 %.
    expect(both.indicators).toEqual({ "anvendt-eller-forventet-henvisning": [40, 0] });
  });

  it("its notes quote the agreement, not Sjælland 2025's method", () => {
    const g = contract(ID).goals.find((x) => x.id === "4")!;
    const texts = JSON.stringify([g.notes, g.indicators.map((i) => i.notes), g.targetText, g.method]);
    expect(texts).not.toMatch(/sendt til brugerevaluering/);
    expect(g.targetText).toMatch(/højtspecialiseret statslig erhvervsfremme/);
  });
});

describe("Rammeaftale 2024–27, mål 1", () => {
  it("'(Fordeling 2024: …)' is every year's target by default; 'eget' takes the house's target for the year", () => {
    const rows = Array.from({ length: 47 }, (_, n) => ({
      cvr: String(10_000_000 + n),
      startdato: day(2026, 3),
      stiftelsesdato: day(2024, 4),
    }));
    const run = { params: { house: "fyn", year: "2026" } };
    // 47 / 94 = 50 %.
    expect(figures(ID, "1", { Forloeb: rows }, run).indicators).toEqual({ "virksomheder-under-3-aar": [47, 50] });
    // An own target of 60: 47 / 60 = 78.33 %.
    const own = { ...run, options: { maal1Maaltal: "eget", maal1MaaltalEget: 60 } };
    expect(figures(ID, "1", { Forloeb: rows }, own).indicators).toEqual({ "virksomheder-under-3-aar": [47, 78.33] });
  });
});

describe("Rammeaftale 2024–27, mål 2", () => {
  const keys = [
    { noegle: "Kendskabsgrad", vaerdi: 55 },
    { noegle: "Kendskab til tilbud", vaerdi: 58 },
  ];

  it("'mindst 55 procent … i 2025. I 2027 … mindst 65 procent': 2026 is 60 by default, 55 as 'seneste-angivne'", () => {
    const y2026 = { params: { year: "2026" } };
    // 58 < 60 → 0; the goal is the mean of 100 and 0.
    expect(figures(ID, "2", { Noegletal: keys }, y2026).pct).toBe(50);
    const latest = { params: { year: "2026" }, options: { kendskabTilbudMellemaar: "seneste-angivne" } };
    expect(figures(ID, "2", { Noegletal: keys }, latest).pct).toBe(100);
  });
});

describe("Rammeaftale 2024–27, §9 reporting", () => {
  it("'Erhvervshusene skal årligt og senest i andet kvartal afrapportere': a half-year status says it is not agreed", () => {
    const g = goal(ID, "2", { Noegletal: [{ noegle: "Kendskabsgrad", vaerdi: 55 }] }, { period: "H1" });
    expect(JSON.stringify(g.notes)).toMatch(/afrapporteres én gang om året; en halvårsstatus er ikke aftalt/);
    // Sjælland 2025 agrees on 'hvert halve år': no such note there.
    const sj = goal("sjaelland-2025", "2", { Noegletal: [{ noegle: "Kendskabsgrad", vaerdi: 55 }] }, { period: "H1" });
    expect(JSON.stringify(sj.notes)).not.toMatch(/halvårsstatus er ikke aftalt/);
  });
});
