/**
 * Registration rules of the framework agreements, checked per company or per case where the
 * text says so (issue 12). Each test quotes the agreement; the hand result is in the comments.
 */
import { checkData } from "../../src/domain/checks/checkData";
import { bound, course, type Row } from "../../src/domain/checks/_lib/tables.testing";

const A = "12345674";
const B = "10000009";
const C = "29403473";

const findings = (rows: Row[], rule: string) =>
  checkData(
    {
      Forloeb: bound(
        "Forloeb",
        rows.map((r, i) => course({ virksomhed: `F${i}`, ...r })),
      ),
    },
    { registration: "2024-2027" },
  )
    .findings.filter((f) => f.rule === rule)
    .map((f) => [f.row, f.params?.["hours"], f.params?.["otherRows"]]);

describe("Rammeaftale 2024–27 §9: the 3-hour rule is the company's", () => {
  it("'Hvis vejledningen har en varighed af mere end 3 timer, udtages virksomheden altid til brugerevaluering'", () => {
    const rows = [
      // A: 2 h + 2 h in 2025, both not sent: 4 h of guidance, never sent → one finding.
      { cvr: A, startdato: "2025-02-01", timer: 2, sendtTilEvaluering: "nej" },
      { cvr: A, startdato: "2025-06-01", timer: 2, sendtTilEvaluering: "nej" },
      // B: 5 h not sent, 1 h sent: the company was sent → no finding.
      { cvr: B, startdato: "2025-03-01", timer: 5, sendtTilEvaluering: "nej" },
      { cvr: B, startdato: "2025-04-01", timer: 1, sendtTilEvaluering: "ja" },
      // C: 3 h exactly is not more than 3 → no finding.
      { cvr: C, startdato: "2025-05-01", timer: 3, sendtTilEvaluering: "nej" },
    ];
    // A's finding sits on its first (longest-first) course, row 2, naming row 3.
    expect(findings(rows, "hours-over-3-not-evaluated")).toEqual([[2, 4, "3"]]);
  });

  it("a company's hours of different years are different guidance", () => {
    const rows = [
      { cvr: A, startdato: "2024-11-01", timer: 2, sendtTilEvaluering: "nej" },
      { cvr: A, startdato: "2025-02-01", timer: 2, sendtTilEvaluering: "nej" },
    ];
    expect(findings(rows, "hours-over-3-not-evaluated")).toEqual([]);
  });
});

describe("Rammeaftale 2024–27 §5.1: the 20-hour rule is one decision per case", () => {
  it("'have taget eksplicit stilling, i det konkrete tilfælde': ja on the course that passes 20 hours decides it", () => {
    const rows = [
      // A: 8 + 8 + 8 h; the third course passes 20 h and carries the decision → no finding.
      { cvr: A, startdato: "2025-01-10", timer: 8, ledelsesvurdering: "nej", sendtTilEvaluering: "ja" },
      { cvr: A, startdato: "2025-03-10", timer: 8, ledelsesvurdering: "nej", sendtTilEvaluering: "ja" },
      { cvr: A, startdato: "2025-05-10", timer: 8, ledelsesvurdering: "ja", sendtTilEvaluering: "ja" },
      // B: 12 h then 10 h, no decision → one case, at the second course (row 6), naming row 5.
      { cvr: B, startdato: "2025-01-10", timer: 12, ledelsesvurdering: null, sendtTilEvaluering: "ja" },
      { cvr: B, startdato: "2025-06-10", timer: 10, ledelsesvurdering: null, sendtTilEvaluering: "ja" },
    ];
    expect(findings(rows, "hours-over-20-no-decision")).toEqual([[6, 10, "5"]]);
  });
});

describe("Rammeaftale 2019–20: 'registrerer alle betjente virksomheder (cvr) og den service, som er ydet'", () => {
  const run = (rows: Row[], fields?: string[]) =>
    checkData(
      {
        Forloeb: bound(
          "Forloeb",
          rows.map((r, i) => course({ virksomhed: `F${i}`, ...r })),
          fields ? { fields } : {},
        ),
      },
      { registration: "2019-2020" },
    ).findings.filter((f) => f.rule === "service-missing");

  it("a course with neither Forløbstype nor Tema has no service registered", () => {
    // Row 2 names its type, row 3 its theme, row 4 neither → one finding on row 4.
    const rows: Row[] = [{ tema: null }, { forloebstype: null }, { forloebstype: null, tema: null }];
    expect(run(rows).map((f) => f.row)).toEqual([4]);
  });

  it("a course list without either column cannot show the service: one finding for the table", () => {
    expect(run([{}], ["cvr", "startdato", "timer"]).map((f) => f.row)).toEqual([null]);
  });
});

describe("'Erhvervshusene registrerer og brugerevaluerer alle virksomheder' (2024–27 §9)", () => {
  it("an answer whose CVR is in no course is a finding that names both places", () => {
    const data = {
      Forloeb: bound("Forloeb", [course({ cvr: A })]),
      Evaluering: bound("Evaluering", [
        { cvr: A, anbefaling: 9 },
        { cvr: B, anbefaling: 10 },
      ]),
    };
    const fs = checkData(data, { registration: "2024-2027" }).findings.filter(
      (f) => f.rule === "answer-cvr-unregistered",
    );
    // B answered (row 3 of the answers) but has no course.
    expect(fs.map((f) => [f.row, f.params?.["cvr"], f.params?.["coursesSheet"]])).toEqual([[3, B, "Forløb"]]);
  });
});
