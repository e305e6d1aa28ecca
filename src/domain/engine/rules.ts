/**
 * Fulfilment rules (docs/rules.md): the document's own steps where stated; otherwise
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

/** One part of a goal: its weight in the goal's mean and its fulfilment (null: no data). */
export interface GoalPart {
  readonly weight: number;
  readonly pct: number | null;
}

export interface GoalFulfilment {
  /** Σ weight × fulfilment of the parts with data / Σ weight of all parts: a lower bound while parts lack data. */
  readonly pct: number | null;
  readonly status: Status;
  /** How many weighted parts have data, when some but not all have. */
  readonly partial: { readonly known: number; readonly total: number } | null;
}

/**
 * A goal's fulfilment from its parts (docs/rules.md: "A goal is never 'opfyldt' while one of its
 * indicators has no data"). A part without data counts as 0 %, so the figure is what the data
 * shows at least; the status stays "mangler data" until every weighted part has data.
 */
export function goalFulfilment(parts: readonly GoalPart[]): GoalFulfilment {
  const weighted = parts.filter((p) => p.weight > 0);
  const known = weighted.filter((p) => p.pct !== null);
  if (known.length === 0) return { pct: null, status: "mangler data", partial: null };
  const total = weighted.reduce((a, p) => a + p.weight, 0);
  // The mean of the unrounded parts: (100 + 66.666…) / 2 is 83.33, not 83.34.
  const pct = known.reduce((a, p) => a + (p.pct ?? 0) * p.weight, 0) / total;
  if (known.length < weighted.length)
    return { pct, status: "mangler data", partial: { known: known.length, total: weighted.length } };
  return { pct, status: statusOf(pct), partial: null };
}

/**
 * A fulfilment as reported in numbers (JSON): to 2 decimals, but never up to 100 unless met —
 * 99.996 is "99.99", not "100" beside the status "delvist".
 */
export function reportedPct(pct: number): number {
  if (pct >= 100 - EPS) return 100;
  return Math.min(Number(pct.toFixed(2)), 99.99);
}

/**
 * A fulfilment as shown to a reader (CLI, task pane): rounded down to one decimal, below 1 % to
 * two significant digits, so a displayed figure never rounds up into a higher status (99.96 %
 * is "99.9 %", not "100 %"; 0.04 % is "0.04 %", not "0 %").
 */
export function shownPct(pct: number): number {
  if (pct >= 100 - EPS) return Math.max(100, Math.floor(pct * 10 + 1e-7) / 10);
  if (pct <= EPS) return 0;
  if (pct < 1) {
    const scale = 10 ** (1 - Math.floor(Math.log10(pct)));
    return Math.floor(pct * scale * (1 + 1e-12)) / scale;
  }
  return Math.floor(pct * 10 + 1e-7) / 10;
}
