/** A full sheet of courses (1,048,575 rows) must check in well under a couple of seconds. */
import { checkData } from "./checkData";
import { bigForloeb, ROWS } from "./_lib/bigTable.testing";

describe("checkData performance", () => {
  it(`checks ${ROWS.toLocaleString("en")} course rows quickly`, () => {
    const table = bigForloeb();
    const t0 = performance.now();
    const { findings, clean } = checkData({ Forloeb: table }, { registration: "2024-2027" });
    const ms = performance.now() - t0;
    console.log(
      `checkData: ${ROWS} rows × ${Object.keys(table.columns).length} columns in ${Math.round(ms)} ms, ${findings.length} findings`,
    );
    expect(clean.Forloeb!.rowCount).toBe(ROWS);
    expect(findings.some((f) => f.rule === "cvr-check-digit")).toBe(true);
    expect(findings.some((f) => f.rule === "more-findings")).toBe(true);
    // About 1 s of CPU on one core when the machine is idle. The bound is loose because CI
    // shares two cores between jest workers; it catches O(n²) slips and slow global look-ups
    // (17 s before built-ins were aliased, see parse/_lib/builtins.ts), not small regressions.
    expect(ms).toBeLessThan(10_000);
  });
});
