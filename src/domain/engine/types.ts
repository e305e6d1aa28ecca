/** What `evaluate` returns: the shape of the CLI's `evaluate --json` output. */
import type { Finding } from "../findings";
import type { Comparator, Unit } from "../contract/schema";
import type { StateBase } from "../measures/_lib/kind";
import type { BuiltinState } from "../measures/registry";

export type GoalStatus = "opfyldt" | "delvist" | "ikke opfyldt" | "mangler data";

export type Lang = "da" | "en";

export interface Period {
  readonly kind: "year" | "H1";
  readonly year: number | null;
  /** Inclusive Excel serial bounds; null when the contract has no year. */
  readonly from: number | null;
  readonly to: number | null;
  /** Share of the year's cumulative targets due by the end of the period (1 for the year). */
  readonly dueShare: number;
}

export interface WhatIf {
  /** Smallest number of additional counting rows (or units) that reaches the level. */
  readonly add: number;
  readonly of: string;
}

export interface Pace {
  /** The part of the year's target due by the end of the period. */
  readonly due: number;
  readonly onTrack: boolean;
}

/**
 * Raw counts behind a value, for what-if and for the status sheet's formulas: one kind per
 * measure kind's state (`src/domain/measures/`).
 */
export type MeasureState = BuiltinState;

/** One indicator's result; `S` the raw states of the measure kinds evaluated (the built-in ones by default). */
export interface IndicatorResult<S extends StateBase = MeasureState> {
  readonly id: string;
  readonly label: string;
  readonly value: number | null;
  readonly target: number | null;
  readonly op: Comparator;
  readonly unit: Unit;
  readonly fulfilmentPct: number | null;
  /** realised / target × 100 without the cap, for proportional rules. */
  readonly uncappedPct: number | null;
  readonly status: GoalStatus;
  readonly weight: number;
  readonly whatIf: WhatIf | null;
  /** Needed to reach 50 % fulfilment (null when already there or not reachable by adding). */
  readonly whatIfHalf: WhatIf | null;
  readonly pace: Pace | null;
  readonly state: S | null;
  readonly notes: readonly string[];
}

export interface GoalResult<S extends StateBase = MeasureState> {
  readonly id: string;
  readonly title: string;
  readonly fulfilmentPct: number | null;
  readonly status: GoalStatus;
  readonly notes: readonly string[];
  readonly indicators: readonly IndicatorResult<S>[];
  readonly pace: { readonly onTrack: boolean } | null;
}

export interface EvaluationResult<S extends StateBase = MeasureState> {
  readonly contract: string;
  readonly title: string;
  readonly period: Period;
  readonly params: Readonly<Record<string, string>>;
  readonly options: Readonly<Record<string, string | number | boolean | null>>;
  readonly goals: readonly GoalResult<S>[];
  readonly findings: readonly Finding[];
}
