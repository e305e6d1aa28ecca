import fc from "fast-check";
import { rowsNeeded, valueAfter } from "./whatif";
import { fulfilment } from "./rules";
import type { MeasureState } from "./types";
import type { Rule } from "../contract/schema";

const reaches = (s: MeasureState, k: number, target: number, rule: Rule, level: number): boolean => {
  const v = valueAfter(s, k);
  return v !== null && fulfilment(v, ">=", target, rule).pct >= level - 1e-9;
};

describe("what-if is exact: k reaches the level and k − 1 does not", () => {
  const threshold: Rule = { kind: "threshold" };
  it("NPS for any answers and targets below 100", () => {
    fc.assert(
      fc.property(
        fc.nat(2000),
        fc.nat(2000),
        fc.nat(2000),
        fc.integer({ min: -100, max: 99 }),
        (p, passive, d, target) => {
          const state: MeasureState = { kind: "nps", promoters: p, detractors: d, answers: p + passive + d + 1 };
          const k = rowsNeeded(state, ">=", target, threshold, 100);
          expect(k).not.toBeNull();
          expect(reaches(state, k!, target, threshold, 100)).toBe(true);
          if (k! > 0) expect(reaches(state, k! - 1, target, threshold, 100)).toBe(false);
        },
      ),
    );
  });
  it("shares for any counts and targets below 100 %", () => {
    fc.assert(
      fc.property(fc.nat(5000), fc.nat(5000), fc.integer({ min: 1, max: 99 }), (hits, misses, target) => {
        const state: MeasureState = { kind: "share", hits, total: hits + misses };
        const k = rowsNeeded(state, ">=", target, threshold, 100)!;
        expect(reaches(state, k, target, threshold, 100)).toBe(true);
        if (k > 0) expect(reaches(state, k - 1, target, threshold, 100)).toBe(false);
      }),
    );
  });
  it("counts need exactly target − realised", () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.integer({ min: 1, max: 10_000 }), (count, target) => {
        const k = rowsNeeded({ kind: "count", count }, ">=", target, { kind: "proportional" }, 100);
        expect(k).toBe(Math.max(0, target - count));
      }),
    );
  });
  it("NPS 100 cannot be reached once there is a detractor", () => {
    expect(rowsNeeded({ kind: "nps", promoters: 5, detractors: 1, answers: 6 }, ">=", 100, threshold, 100)).toBeNull();
  });
  it("adding a 9–10 answer never lowers NPS", () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), fc.nat(1000), (p, passive, d) => {
        const state: MeasureState = { kind: "nps", promoters: p, detractors: d, answers: p + passive + d + 1 };
        expect(valueAfter(state, 1)!).toBeGreaterThanOrEqual(valueAfter(state, 0)!);
      }),
    );
  });
});
