/**
 * Sjælland 2025 (seed 001): each rule of the contract pinned by a few hand-made rows, the
 * contract's own words in the test name. Figures are worked out in the comments.
 */
import { activities, day, figures, itemsOf, times, type Row } from "./helpers";

const ID = "sjaelland-2025";
const course = (cvr: string, extra: Row): Row => ({ cvr, startdato: day(2025, 3), ...extra });

describe("Sjælland 2025, mål 1", () => {
  // 120 companies founded in 2024, each with one course in 2025.
  const rows = Array.from({ length: 120 }, (_, n) =>
    course(String(20_000_000 + n), { stiftelsesdato: day(2024, 1), forloebstype: "Handlingsplan" }),
  );

  it("'(Fordeling 2024: … Sjælland: 171 …)' is the 2025 target by default; 'eget' takes the house's own", () => {
    // 120 / 171 = 70.18 %.
    expect(figures(ID, "1", { Forloeb: rows }).indicators).toEqual({ "virksomheder-under-3-aar": [120, 70.18] });
    // 120 / 128 = 93.75 %.
    const own = { options: { maal1Maaltal: "eget", maal1MaaltalEget: 128 } };
    expect(figures(ID, "1", { Forloeb: rows }, own).indicators).toEqual({ "virksomheder-under-3-aar": [120, 93.75] });
  });
});

describe("Sjælland 2025, mål 4", () => {
  it("'har benyttet eller forventer at benytte henvisningen': 'forventer' is used; 'ved ikke' udgår af beregningen", () => {
    // ja 1 + forventer 2 of ja 1 + forventer 2 + nej 1 = 3/4 = 75 % ≥ 50 (the 'ved ikke' answer is out).
    const answers = [{ henvisning: "ja" }, ...times(2, { henvisning: "forventer" }), { henvisning: "nej" }];
    const f = figures(ID, "4", { Evaluering: [...answers, { henvisning: "ved ikke" }] });
    expect(f.indicators).toEqual({ "anvendt-henvisning": [75, 100] });
  });
});

describe("Sjælland 2025, mål 7", () => {
  const rows = [
    ...times(3, course("11111111", { forloebstype: "Handlingsplan", segment: "drift" })),
    course("22222222", { forloebstype: "Handlingsplan", segment: "vækst" }),
    ...times(2, course("33333333", { forloebstype: "Vækstplan", segment: "vækst" })),
    course("44444444", { forloebstype: "Vækst plan", segment: "drift" }),
  ];

  it("'485 handlingsplaner (driftssegment) og 315 vækstplaner (vækstsegment)': by type, or by type and segment", () => {
    // By type: 4 handlingsplaner, 3 vækstplaner ("Vækst plan" written apart counts too).
    const byType = figures(ID, "7", { Forloeb: rows }).indicators;
    expect([byType["handlingsplaner"]?.[0], byType["vaekstplaner"]?.[0]]).toEqual([4, 3]);
    // Type and segment: 3 handlingsplaner with drift, 2 vækstplaner with vækst.
    const both = figures(ID, "7", { Forloeb: rows }, { options: { maal7Segment: "type-og-segment" } }).indicators;
    expect([both["handlingsplaner-drift"]?.[0], both["vaekstplaner-vaekst"]?.[0]]).toEqual([3, 2]);
    expect(both["handlingsplaner"]).toBeUndefined();
  });
});

describe("Sjælland 2025, mål 10", () => {
  // Four companies with a Handlingsplan; the denominator is companies (CVR).
  const plans = [
    course("11111111", { forloebstype: "Handlingsplan", henvistTil: ["EIFO"] }),
    course("22222222", { forloebstype: "Handlingsplan", henvistTil: ["Lokal erhvervsservice"] }),
    course("33333333", { forloebstype: "Handlingsplan", henvistTil: ["Køge Kommune", "Revisor Hansen"] }),
    course("44444444", { forloebstype: "Handlingsplan", henvistTil: ["Nordea"] }),
  ];

  it("'henviser 70% … til ekstern rådgivning (statslige og private aktører)': a local actor alone is no referral", () => {
    // EIFO (state), Revisor (private, beside a municipality) and Nordea (no local word) count;
    // "Lokal erhvervsservice" alone does not: 3/4 = 75 % ≥ 70.
    expect(figures(ID, "10", { Forloeb: plans }).indicators["henvist-handlingsplan"]).toEqual([75, 100]);
    // Replace EIFO by a municipality: 2/4 = 50 % < 70.
    const local = [course("11111111", { forloebstype: "Handlingsplan", henvistTil: ["Slagelse Kommune"] })];
    expect(figures(ID, "10", { Forloeb: [...local, ...plans.slice(1)] }).indicators["henvist-handlingsplan"]).toEqual([
      50, 0,
    ]);
    // Option 'alle': every named actor counts, 4/4.
    const all = figures(ID, "10", { Forloeb: plans }, { options: { eksternAktoer: "alle" } });
    expect(all.indicators["henvist-handlingsplan"]).toEqual([100, 100]);
  });
});

describe("Sjælland 2025, mål 11", () => {
  it("'45 sjællandske SMV’er … SMV Vækstpilot': companies registered outside Region Sjælland do not count", () => {
    const rows = [
      course("11111111", { tema: "SMV Vækstpilot", kommune: "Næstved" }),
      course("22222222", { tema: "SMV Vækstpilot", kommune: "København" }),
      course("33333333", { tema: "SMV Vækstpilot", hovedsaede: "Region Hovedstaden" }),
      course("44444444", { tema: "SMV Vækstpilot" }),
    ];
    // Næstved and the company with neither column filled: 2 of 45 = 4.44 %.
    expect(figures(ID, "11", { Forloeb: rows }).indicators["smv-vaekstpilot"]).toEqual([2, 4.44]);
  });
});

describe("Sjælland 2025, mål 12", () => {
  it("'20 virksomheder med hovedsæde i Region Hovedstaden': a blank Hovedsæde falls back to the Kommune", () => {
    const rows = [
      course("11111111", { hovedsaede: "Region Hovedstaden", kommune: "Køge" }),
      course("22222222", { hovedsaede: null, kommune: "Gentofte" }),
      course("33333333", { hovedsaede: "Region Sjælland", kommune: "København" }),
      course("44444444", { hovedsaede: null, kommune: "Roskilde" }),
    ];
    // The first (Hovedsæde) and the second (blank Hovedsæde, Kommune in the Capital Region): 2/20 = 10 %.
    expect(figures(ID, "12", { Forloeb: rows }).indicators["virksomheder-hovedstaden"]).toEqual([2, 10]);
  });
});

describe("Sjælland 2025, mål 14", () => {
  const keys = [
    { noegle: "Omsætning i alt 2025", vaerdi: 130 },
    { noegle: "Basistilskud 2025", vaerdi: 50 },
    { noegle: "Eksterne projektmidler 2025", vaerdi: 80 },
  ];
  const anchoring = activities("14", [[itemsOf(ID, "14")[0]!, "ikke opfyldt"]]);

  it("'beregnes som … samlede omsætning i forhold til basistilskuddet': the goal is the leverage; the anchoring is shown", () => {
    // 130 / 50 = 2.6 ≥ 2.5 → 100 %; the anchoring (not met) has weight 0.
    const f = figures(ID, "14", { Noegletal: keys, Aktiviteter: anchoring });
    expect(f.pct).toBe(100);
    expect(f.indicators).toEqual({ gearing: [2.6, 100], aktiviteter: [0, 0] });
    // Option 'indgaar': the mean of 100 and 0.
    expect(
      figures(ID, "14", { Noegletal: keys, Aktiviteter: anchoring }, { options: { maal14Forankring: "indgaar" } }).pct,
    ).toBe(50);
  });

  it("'geares min. med en faktor 2,50 i form af eksterne midler': option 'eksterne' divides the external funds", () => {
    // 80 / 50 = 1.6 → 1.6 / 2.5 = 64 %.
    const f = figures(ID, "14", { Noegletal: keys }, { options: { gearingGrundlag: "eksterne" } });
    expect(f.indicators["gearing"]).toEqual([1.6, 64]);
  });
});

describe("Sjælland 2025, mål 10: per company", () => {
  it("'henviser 70% af de virksomheder, der får en handlingsplan': a referral on another of the company's courses counts", () => {
    const rows = [
      // A: the Handlingsplan without a referral, then a short course referring it to Eksportrådet.
      course("11111111", { forloebstype: "Handlingsplan", henvistTil: [] }),
      course("11111111", { forloebstype: "Kort forløb", henvistTil: ["Eksportrådet"] }),
      // B: a Handlingsplan, never referred.
      course("22222222", { forloebstype: "Handlingsplan", henvistTil: [] }),
    ];
    // Companies with a Handlingsplan: A and B; A was referred → 1/2 = 50 % < 70 → 0 %.
    expect(figures(ID, "10", { Forloeb: rows }).indicators["henvist-handlingsplan"]).toEqual([50, 0]);
  });
});
