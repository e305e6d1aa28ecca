/**
 * Aftale om rammerne for Erhvervshuse, 2019-2020: each national goal pinned by a few hand-made
 * rows, the agreement's words in the test name; figures worked out in the comments (year 2020).
 */
import { activities, day, figures, itemsOf, times, type Row } from "./helpers";

const ID = "rammeaftale-2019-2020";
const done = (goal: string) =>
  activities(
    goal,
    itemsOf(ID, goal).map((t) => [t, "opfyldt"] as const),
  );

describe("Rammeaftale 2019–20, I", () => {
  it("'I resultatkontrakten … skal formuleres et resultatmål, der afspejler, at erhvervshusene betjener en bredere målgruppe': one requirement", () => {
    // The one item met → 100 % (the 'hvor de ydelser …' clause is part of it, not a second item).
    expect(itemsOf(ID, "I")).toHaveLength(1);
    expect(figures(ID, "I", { Aktiviteter: done("I") }).pct).toBe(100);
  });
});

describe("Rammeaftale 2019–20, II and III: answers of the year, per company", () => {
  const rows: Row[] = [
    // 2019: A and B (3, 'slet ikke'); 2020: A and B (10, 'i høj grad').
    { cvr: "10000001", besvarelsesdato: day(2019, 6), anbefaling: 3, effekt: "slet ikke" },
    { cvr: "10000002", besvarelsesdato: day(2019, 6), anbefaling: 3, effekt: "slet ikke" },
    { cvr: "10000001", besvarelsesdato: day(2020, 6), anbefaling: 10, effekt: "i høj grad" },
    { cvr: "10000002", besvarelsesdato: day(2020, 6), anbefaling: 10, effekt: "i høj grad" },
  ];

  it("'Erhvervshusene skal opnå en Net Promotor Score på minimum 60': the year's answers", () => {
    // 2020: 2 promoters of 2 → 100 → 100 %. 2019: 2 detractors → −100 → 0 %.
    expect(figures(ID, "II", { Evaluering: rows }).indicators["nps"]).toEqual([100, 100]);
    expect(figures(ID, "II", { Evaluering: rows }, { params: { year: "2019" } }).indicators["nps"]).toEqual([-100, 0]);
  });

  it("'Mindst 70 pct. af de virksomheder, der er registreret i brugerevalueringssystemet, skal svare …': companies", () => {
    // 2020: A and B positive → 100 %. Undated, per company: A, B, C; A positive five times → 1/3.
    expect(figures(ID, "III", { Evaluering: rows }).indicators["positiv-effekt"]).toEqual([100, 100]);
    const once: Row[] = [
      ...times(5, { cvr: "10000001", effekt: "i høj grad" }),
      { cvr: "10000002", effekt: "slet ikke" },
      { cvr: "10000003", effekt: "slet ikke" },
    ];
    expect(figures(ID, "III", { Evaluering: once }).indicators["positiv-effekt"]).toEqual([33.3333, 0]);
  });
});

describe("Rammeaftale 2019–20, IV–VII: the agreement's requirements as items", () => {
  it("'Der skal i resultatkontrakterne fastsættes mål for erhvervshusenes samarbejde med øvrige aktører' (IV), V, VI and VII score their items", () => {
    for (const g of ["V", "VI", "VII"]) expect(figures(ID, g, { Aktiviteter: done(g) }).pct).toBe(100);
    // VII with one of three items not met: 2/3 = 66.67 %.
    const [first, ...rest] = itemsOf(ID, "VII");
    const vii = activities("VII", [[first!, "ikke opfyldt"], ...rest.map((t) => [t, "opfyldt"] as const)]);
    expect(figures(ID, "VII", { Aktiviteter: vii }).pct).toBe(66.67);
    // IV: 'Målet kan fx være om … antal henviste virksomheder': two referred companies of a local target of 4.
    const courses: Row[] = [
      { cvr: "10000001", startdato: day(2020, 3), henvistTil: ["Innovationsfonden"] },
      { cvr: "10000002", startdato: day(2020, 4), henvistTil: ["Vækstfonden", "EKF"] },
    ];
    const iv = figures(ID, "IV", { Aktiviteter: done("IV"), Forloeb: courses }, { options: { henvisteMaal: 4 } });
    expect(iv.indicators["henviste-virksomheder"]).toEqual([2, 50]);
  });
});
