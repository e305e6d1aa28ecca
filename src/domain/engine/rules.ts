/**
 * Fulfilment rules (DESIGN.md §2): the document's own steps where stated; otherwise
 * realised/target capped at 100 for counts, sums and ratios, and met/not met for scores,
 * shares and bands. "At least" is ≥.
 */
import type { Comparator, Rule } from "../contract/schema";

/** Compare with a tolerance far below any reported precision, so 70 meets "≥ 70" after float maths. */
const EPS = 1e-9;

export function meets(value: number, op: Comparator, target: number): boolean {
  switch (op) {
    case ">=":
      return value >= target - EPS;
    case ">":
      return value > target + EPS;
    case "<=":
      return value <= target + EPS;
  }
}

export interface Fulfilment {
  readonly pct: number;
  /** realised / target × 100 without the cap (proportional rules only). */
  readonly uncapped: number | null;
}

export function fulfilment(value: number, op: Comparator, target: number, rule: Rule): Fulfilment {
  switch (rule.kind) {
    case "threshold":
      return { pct: meets(value, op, target) ? 100 : 0, uncapped: null };
    case "steps": {
      let best = 0;
      for (const s of rule.steps) if (meets(value, op === "<=" ? "<=" : ">=", s.atLeast)) best = Math.max(best, s.pct);
      return { pct: best, uncapped: null };
    }
    case "proportional":
    case "checklist": {
      if (op === "<=") {
        // Lower is better (a band): full when within, else target/value.
        const pct = meets(value, op, target) ? 100 : value <= 0 ? 0 : (target / value) * 100;
        return { pct, uncapped: null };
      }
      if (target <= 0) return { pct: value >= 0 ? 100 : 0, uncapped: null };
      const uncapped = (value / target) * 100;
      return { pct: Math.max(0, Math.min(100, uncapped)), uncapped };
    }
  }
}

export type Status = "opfyldt" | "delvist" | "ikke opfyldt" | "mangler data";

export function statusOf(pct: number | null): Status {
  if (pct === null) return "mangler data";
  if (pct >= 100 - EPS) return "opfyldt";
  if (pct > EPS) return "delvist";
  return "ikke opfyldt";
}
