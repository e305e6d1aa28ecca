import fc from "fast-check";
import { bound, course, type Row } from "../domain/checks/_lib/tables.testing";
import type { CellValue, Role, WorkbookData } from "../domain/model";
import { LIBRARY } from "../templates";
import { application } from "./application";
import { runEvaluation } from "./evaluate";
import { startRecheck, type RowChange } from "./recheck";

const contract = LIBRARY.find((c) => c.id === "sjaelland-2025")!;

// Few companies, so edits make duplicates and several courses of one company in a window.
const CVRS = ["12345674", "10000009", "29403473"];

function workbook(n: number, salt: number): WorkbookData {
  const types = ["Kort forløb", "Handlingsplan", "Vækstplan", "AI-tjek"];
  const courses: Row[] = Array.from({ length: n }, (_, i) =>
    course({
      cvr: CVRS[(i + salt) % 3]!,
      forloebstype: types[(i * 7 + salt) % types.length]!,
      startdato: 45658 + ((i * 13 + salt * 5) % 365),
      slutdato: 45658 + ((i * 13 + salt * 5) % 365) + 20,
      timer: ((i + salt) % 9) + 0.5,
      segment: (i + salt) % 4 === 0 ? "Drift" : "vækst",
      sendtTilEvaluering: (i + salt) % 2 === 0 ? "ja" : "nej",
    }),
  );
  const answers: Row[] = Array.from({ length: Math.ceil(n / 2) }, (_, i) => ({
    cvr: CVRS[(i + salt) % 2]!,
    anbefaling: (i * 3 + salt) % 11,
    henvisning: ["ja", "nej", "forventer", "ved ikke"][(i + salt) % 4]!,
  }));
  return { Forloeb: bound("Forloeb", courses), Evaluering: bound("Evaluering", answers) };
}

/** Values an edit may write into a field: valid, invalid, blank, a duplicate, over a threshold. */
const VALUES: Readonly<Record<string, readonly CellValue[]>> = {
  cvr: [...CVRS, "12345678", "1234", "", null, " 12 34 56 74", "55667788"],
  forloebstype: ["Kort forløb", "Handlingsplan", "Vækstplan", "AI-tjek", "?", null],
  startdato: [45658, 45700, 45990, "2025-13-40", null, "2025-06-01", 40000],
  slutdato: [45650, 45720, 46100, null, "x"],
  timer: [0.5, 2, 3, 3.5, 10, 20, 20.5, 25, -1, "mange", null],
  segment: ["drift", "vækst", "Drift", "x", null],
  sendtTilEvaluering: ["ja", "nej", "måske", null],
  anbefaling: [0, 5, 10, 11, -2, "ti", null],
  henvisning: ["ja", "nej", "forventer", "ved ikke", "x", null],
  virksomhed: ["Test ApS", "Andet A/S", null],
};

const edit = (data: WorkbookData) =>
  fc.constantFrom<Role>("Forloeb", "Evaluering").chain((role) => {
    const t = data[role]!;
    const fields = Object.keys(t.columns).filter((f) => VALUES[f]);
    return fc.record({
      role: fc.constant(role),
      index: fc.nat({ max: t.rowCount - 1 }),
      cells: fc.oneof(
        {
          weight: 9,
          arbitrary: fc
            .constantFrom(...fields)
            .chain((f) => fc.constantFrom(...VALUES[f]!).map((v) => ({ [f]: v }) as Record<string, CellValue>)),
        },
        // A row cleared entirely: blank now, and every rule skips it.
        { weight: 1, arbitrary: fc.constant(Object.fromEntries(Object.keys(t.columns).map((f) => [f, null]))) },
      ),
    });
  });

/** The data with the edits applied, built afresh: what a full re-check reads. */
function applied(data: WorkbookData, changes: readonly RowChange[]): WorkbookData {
  const copy = structuredClone(data) as WorkbookData;
  for (const ch of changes)
    for (const [f, v] of Object.entries(ch.cells)) (copy[ch.role]!.columns[f]!.values as CellValue[])[ch.index] = v;
  return copy;
}

const TODAY = { period: "year" } as const;

describe("re-check after an edit", () => {
  it("gives the findings and goal results of a full check after any sequence of cell edits", () => {
    const data = workbook(24, 1);
    const ways = { full: 0, rows: 0 };
    fc.assert(
      fc.property(
        fc.array(fc.array(edit(data), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 }),
        (steps) => {
          const session = startRecheck({ contract, data, evaluate: TODAY });
          const done: RowChange[] = [];
          for (const step of steps) {
            const { result, full: all } = session.recheck(step);
            ways[all ? "full" : "rows"]++;
            done.push(...step);
            const full = runEvaluation(contract, applied(data, done), TODAY);
            expect(result.findings).toEqual(full.findings);
            expect(result.goals).toEqual(full.goals);
          }
        },
      ),
      { numRuns: 60 },
    );
    // Not vacuous: most edits take the incremental way.
    expect(ways.rows).toBeGreaterThan(ways.full);
  });

  it("re-checks a one-cell edit without running everything again", () => {
    // Through the application object, as the pane calls it.
    const session = application.startRecheck({ contract, data: workbook(40, 2), evaluate: TODAY });
    expect(session.recheck([{ role: "Forloeb", index: 7, cells: { timer: 25 } }]).full).toBe(false);
  });

  it("runs everything again when an edit makes the last row a totals row ('I alt'), and agrees with a full check", () => {
    const data = workbook(30, 3);
    const session = startRecheck({ contract, data, evaluate: TODAY });
    const cells = Object.fromEntries(Object.keys(data.Forloeb!.columns).map((f) => [f, null]));
    const change: RowChange = { role: "Forloeb", index: 29, cells: { ...cells, virksomhed: "I alt", timer: 150 } };
    const r = session.recheck([change]);
    expect(r.full).toBe(true);
    expect(r.result.findings).toEqual(runEvaluation(contract, applied(data, [change]), TODAY).findings);
  });

  it("keeps the full check's 1000 findings per rule when an edit takes a rule over its cap", () => {
    const data = workbook(1001, 4);
    const bad: RowChange[] = Array.from({ length: 1001 }, (_, i) => ({
      role: "Forloeb",
      index: i,
      cells: { cvr: "1234" },
    }));
    const session = startRecheck({ contract, data: applied(data, bad.slice(0, 1000)), evaluate: TODAY });
    const r = session.recheck([bad[1000]!, { role: "Forloeb", index: 3, cells: { cvr: "12345674" } }]);
    expect(r.full).toBe(false);
    expect(r.result.findings).toEqual(
      runEvaluation(contract, applied(data, [...bad, { role: "Forloeb", index: 3, cells: { cvr: "12345674" } }]), TODAY)
        .findings,
    );
  });
});
