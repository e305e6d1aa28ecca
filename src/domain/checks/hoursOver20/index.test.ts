import { checkData } from "../checkData";
import type { Finding } from "../../findings";
import { FindingCollector } from "../_lib/collector";
import { bound, course, type Row } from "../_lib/tables.testing";
import fc from "fast-check";
import { addYearsToSerial } from "../../parse/serial";
import { checkHoursOver20 } from ".";

const A = "12345674";
const B = "10000009";

/** Course rows (firstRow 2) with just the fields the rule reads, plus a distinct company name. */
const run = (rows: Row[], fields?: string[]): Finding[] =>
  checkData(
    {
      Forloeb: bound(
        "Forloeb",
        rows.map((r, i) => course({ virksomhed: `F${i}`, sendtTilEvaluering: "ja", ...r })),
        fields ? { fields } : {},
      ),
    },
    { registration: "2024-2027" },
  ).findings.filter((f) => f.rule === "hours-over-20-no-decision");

const rowsOf = (fs: Finding[]) => fs.map((f) => f.row).sort((a, b) => (a ?? 0) - (b ?? 0));

describe("hours-over-20-no-decision (rammeaftale 2024–27 §5.1)", () => {
  it("'i det konkrete tilfælde': one finding per case, at the course where the hours pass 20", () => {
    // 12 h, then 10 h: the second course takes the company to 22 h within 12 months.
    const fs = run([
      { cvr: A, startdato: "2025-01-10", timer: 12 },
      { cvr: A, startdato: "2025-11-01", timer: 10 },
    ]);
    expect(rowsOf(fs)).toEqual([3]);
    expect(fs[0]).toMatchObject({
      severity: "error",
      column: "Ledelsesvurdering",
      value: "nej",
      params: {
        cvr: A,
        hours: 10,
        total: 22,
        limit: 20,
        windowStart: "2025-01-10",
        windowEnd: "2026-01-09",
        otherRows: "2",
        courses: 2,
      },
    });
  });

  it("exactly 20 hours is not above 20 (0,1-hour steps do not drift)", () => {
    const tenths = Array.from({ length: 200 }, (_, i) => ({ cvr: A, startdato: 45700 + (i % 30), timer: "0,1" }));
    expect(run(tenths)).toEqual([]);
    expect(run([...tenths, { cvr: A, startdato: 45700, timer: "0,1" }])).toHaveLength(1);
  });

  it("12 months are calendar months: the same day next year is outside the window", () => {
    expect(
      run([
        { cvr: A, startdato: "2025-03-04", timer: 15 },
        { cvr: A, startdato: "2026-03-04", timer: 15 },
      ]),
    ).toEqual([]);
    expect(
      rowsOf(
        run([
          { cvr: A, startdato: "2025-03-04", timer: 15 },
          { cvr: A, startdato: "2026-03-03", timer: 15 },
        ]),
      ),
    ).toEqual([3]);
  });

  it("a window from 29 February runs to 28 February (the next day is 1 March)", () => {
    const leap = [
      { cvr: A, startdato: "2024-02-29", timer: 15 },
      { cvr: A, startdato: "2025-02-28", timer: 15 },
    ];
    expect(run(leap)[0]!.params).toMatchObject({ windowStart: "2024-02-29", windowEnd: "2025-02-28" });
    expect(run([leap[0]!, { cvr: A, startdato: "2025-03-01", timer: 15 }])).toEqual([]);
  });

  it("'ja' before the hours pass 20 does not decide the case; the crossing course is reported", () => {
    const fs = run([
      { cvr: A, startdato: "2025-01-10", timer: 12, ledelsesvurdering: "ja" },
      { cvr: A, startdato: "2025-02-10", timer: 12, ledelsesvurdering: null },
    ]);
    expect(fs.map((f) => [f.row, f.value])).toEqual([[3, ""]]);
  });

  it("'ja' on the course where the hours pass 20, or a later one of the window, decides the case", () => {
    // 8 + 8 + 8 h: the third course passes 20 h and carries the decision (Sjælland audit case).
    const decidedThird = [
      { cvr: A, startdato: "2025-01-10", timer: 8, ledelsesvurdering: "nej" },
      { cvr: A, startdato: "2025-03-10", timer: 8, ledelsesvurdering: "nej" },
      { cvr: A, startdato: "2025-05-10", timer: 8, ledelsesvurdering: "ja" },
    ];
    expect(run(decidedThird)).toEqual([]);
    // 12 h then 10 h, neither decided: one case, reported once at the second course.
    const undecided = run([
      { cvr: B, startdato: "2025-01-10", timer: 12, ledelsesvurdering: null },
      { cvr: B, startdato: "2025-06-10", timer: 10, ledelsesvurdering: null },
    ]);
    expect(undecided.map((f) => [f.row, f.params?.otherRows])).toEqual([[3, "2"]]);
  });

  it("companies are counted apart; rows without CVR, date or hours are left out", () => {
    expect(
      run([
        { cvr: A, startdato: "2025-01-10", timer: 12 },
        { cvr: B, startdato: "2025-01-10", timer: 12 },
        { cvr: "12345675", startdato: "2025-01-10", timer: 12 },
        { cvr: A, startdato: null, timer: 12 },
        { cvr: A, startdato: "2025-01-10", timer: "mange" },
      ]),
    ).toEqual([]);
  });

  it("a long history: only courses inside some over-20 window are reported", () => {
    // 8 hours every 5 months: any 12 months hold at most 3 courses (24 h) — courses 5 months apart.
    const rows = Array.from({ length: 6 }, (_, i) => ({
      cvr: A,
      startdato: `${2020 + Math.floor((i * 5) / 12)}-${String(((i * 5) % 12) + 1).padStart(2, "0")}-01`,
      timer: 8,
    }));
    // Each 12 months from a course holds 3 courses; the third of each is where a case passes 20 h.
    expect(rowsOf(run(rows))).toEqual([4, 5, 6, 7]);
    // 8 hours every 7 months: never 3 in 12 months.
    const sparse = Array.from({ length: 6 }, (_, i) => ({
      cvr: A,
      startdato: `${2020 + Math.floor((i * 7) / 12)}-${String(((i * 7) % 12) + 1).padStart(2, "0")}-01`,
      timer: 8,
    }));
    expect(run(sparse)).toEqual([]);
  });

  it("courses on the same day all belong to the window, whatever their order", () => {
    const fs = run([
      { cvr: A, startdato: "2025-05-01", timer: 7 },
      { cvr: A, startdato: "2025-05-01", timer: 7 },
      { cvr: A, startdato: "2025-05-01", timer: 7 },
    ]);
    // 7 + 7 + 7 = 21 h on one day: one case, passing 20 h at the third row.
    expect(rowsOf(fs)).toEqual([4]);
    expect(fs.map((f) => f.params?.windowStart)).toEqual(["2025-05-01"]);
  });

  it("needs CVR, Startdato and Timer bound; without Ledelsesvurdering no course has a decision", () => {
    const rows = [
      { cvr: A, startdato: "2025-01-10", timer: 12 },
      { cvr: A, startdato: "2025-02-10", timer: 12 },
    ];
    expect(run(rows, ["cvr", "startdato"])).toEqual([]);
    const noDecision = run(rows, ["cvr", "startdato", "timer"]);
    expect(noDecision.map((f) => [f.row, f.column])).toEqual([[3, "Timer"]]);
  });

  it("lists at most 10 other rows", () => {
    const many = Array.from({ length: 15 }, () => ({ cvr: A, startdato: "2025-01-10", timer: 2 }));
    const fs = run(many.map((r, i) => ({ ...r, tema: `T${i}` })));
    // 2 h each: the 11th course (row 12) passes 20 h; one case.
    expect(fs).toHaveLength(1);
    expect(fs[0]!.row).toBe(12);
    expect(fs[0]!.params?.otherRows).toBe("2, 3, 4, 5, 6, 7, 8, 9, 10, 11, …");
  });

  it("gives the same findings on typed columns the checks did not make (no compact views)", () => {
    const rows = Array.from({ length: 60 }, (_, i) => ({
      cvr: i % 3 === 0 ? A : i % 3 === 1 ? B : null,
      startdato: 45658 + ((i * 37) % 500),
      timer: i % 7 === 0 ? "mange" : 1.5 + (i % 4),
      ledelsesvurdering: i % 5 === 0 ? "ja" : "nej",
    }));
    const table = bound(
      "Forloeb",
      rows.map((r, i) => course({ virksomhed: `F${i}`, ...r })),
    );
    const collect = (copy: boolean): Finding[] => {
      const { clean } = checkData({ Forloeb: table }, { registration: "none" });
      const forloeb = clean.Forloeb!;
      // Without the checks' views the rule reads plain typed arrays (a table built by hand).
      const { views: _views, ...plain } = forloeb;
      const given = copy
        ? { ...plain, columns: Object.fromEntries(Object.entries(forloeb.columns).map(([f, c]) => [f, [...c]])) }
        : forloeb;
      const out = new FindingCollector(1000);
      checkHoursOver20(table, given, { sheet: "Forløb", table: null }, out);
      return out.findings();
    };
    const fs = collect(false);
    expect(fs.length).toBeGreaterThan(0);
    expect(collect(true)).toEqual(fs);
  });

  it("reports exactly the courses a brute-force look at every 12-month window reports (property)", () => {
    const companies = ["12345674", "10000009", "29403473"];
    const row = fc.record({
      company: fc.integer({ min: 0, max: 2 }),
      day: fc.integer({ min: 0, max: 3 * 366 }),
      tenths: fc.integer({ min: 0, max: 150 }),
      decided: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const start = (r: (typeof rows)[number]) => 45658 + r.day;
        const found = rowsOf(
          run(
            rows.map((r) => ({
              cvr: companies[r.company]!,
              startdato: start(r),
              timer: r.tenths / 10,
              ledelsesvurdering: r.decided ? "ja" : "nej",
            })),
          ),
        );
        // Per company, the courses by start; within a day (no order of its own) undecided
        // before decided, then by hours, then by row — so a "ja" that day counts for a case
        // passing 20 h that day, whatever the row order. Every window from a course start
        // that holds more than 20 hours (in tenths, exact) is a case, passing 20 h at course c; it
        // is decided when a course from c on in the window says ja. An undecided window whose c
        // lies inside the last reported one is the same case.
        const expected: number[] = [];
        for (let company = 0; company < 3; company++) {
          const mine = rows
            .map((r, i) => ({ ...r, row: i + 2 }))
            .filter((r) => r.company === company && r.tenths > 0)
            .sort(
              (x, y) =>
                start(x) - start(y) || Number(x.decided) - Number(y.decided) || x.tenths - y.tenths || x.row - y.row,
            );
          let reportedTo = -1;
          for (let from = 0; from < mine.length; from++) {
            if (from > 0 && start(mine[from]!) === start(mine[from - 1]!)) continue;
            const end = addYearsToSerial(start(mine[from]!), 1);
            let to = from;
            while (to < mine.length && start(mine[to]!) < end) to++;
            let acc = 0;
            let c = from;
            for (; c < to; c++) if ((acc += mine[c]!.tenths) > 200) break;
            if (c === to) continue;
            if (mine.slice(c, to).some((q) => q.decided) || c < reportedTo) continue;
            reportedTo = to;
            expected.push(mine[c]!.row);
          }
        }
        expected.sort((x, y) => x - y);
        expect(found).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
