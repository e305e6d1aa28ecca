import { checkData } from "../domain/checks";
import { bound, course, type Row } from "../domain/checks/_lib/tables.testing";
import type { WorkbookData } from "../domain/model";
import { LIBRARY } from "../templates";
import { evaluateInWords as evaluateClean, runChecks, runEvaluation } from "./evaluate";

const contract = LIBRARY.find((c) => c.id === "sjaelland-2025")!;

/** A workbook of `n` courses and half as many answers; `salt` varies every value. */
function workbook(n: number, salt: number): WorkbookData {
  const types = ["Kort forløb", "Handlingsplan", "Vækstplan", "AI-tjek"];
  const courses: Row[] = Array.from({ length: n }, (_, i) =>
    course({
      cvr: ["12345674", "10000009", "29403473"][(i + salt) % 3]!,
      forloebstype: types[(i * 7 + salt) % types.length]!,
      startdato: 45658 + ((i * 13 + salt * 5) % 365),
      timer: ((i + salt) % 9) + 0.5,
      segment: (i + salt) % 4 === 0 ? "Drift" : "vækst",
      henvistTil: (i + salt) % 5 === 0 ? null : "EIFO",
      sendtTilEvaluering: (i + salt) % 2 === 0 ? "ja" : "nej",
    }),
  );
  const answers: Row[] = Array.from({ length: Math.floor(n / 2) }, (_, i) => ({
    cvr: ["12345674", "10000009"][(i + salt) % 2]!,
    anbefaling: (i * 3 + salt) % 11,
    henvisning: ["ja", "nej", "forventer", "ved ikke"][(i + salt) % 4]!,
  }));
  return { Forloeb: bound("Forloeb", courses), Evaluering: bound("Evaluering", answers) };
}

/** The same evaluation on fresh memory, as a caller that keeps the checked data would run it. */
function fresh(data: WorkbookData) {
  const { findings, clean } = checkData(data, { registration: contract.registration });
  return { goals: evaluateClean(contract, clean).goals, findings: findings.length };
}

describe("runEvaluation reusing the typed columns' memory", () => {
  it("gives every call the figures a fresh evaluation gives, whatever ran before (sizes up and down)", () => {
    const a = workbook(120, 1);
    const b = workbook(900, 2);
    const c = workbook(40, 3);
    for (const data of [a, b, a, c, b, a]) {
      const r = runEvaluation(contract, data);
      const f = fresh(data);
      expect(r.goals).toEqual(f.goals);
      expect(r.findings).toHaveLength(f.findings);
    }
  });

  it("runChecks between evaluations changes nothing in their figures", () => {
    const a = workbook(200, 4);
    const first = runEvaluation(contract, a).goals;
    runChecks(contract, workbook(600, 5));
    expect(runEvaluation(contract, a).goals).toEqual(first);
    expect(first).toEqual(fresh(a).goals);
    // Real figures, not a row of "mangler data".
    const values = first.flatMap((g) => g.indicators.map((i) => i.value));
    expect(values.filter((v) => v !== null).length).toBeGreaterThan(5);
  });
});
