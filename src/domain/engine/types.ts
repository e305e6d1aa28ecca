/** What `evaluate` returns: the shape of the CLI's `evaluate --json` output. */
import type { Finding } from "../findings";
import type { Comparator, Unit } from "../contract/schema";

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

/** Raw counts behind a value, for what-if and for the status sheet's formulas. */
export type MeasureState =
  | { readonly kind: "nps"; readonly promoters: number; readonly detractors: number; readonly answers: number }
  | { readonly kind: "share"; readonly hits: number; readonly total: number }
  | { readonly kind: "count"; readonly count: number }
  | { readonly kind: "sum"; readonly sum: number }
  | { readonly kind: "keyFigure"; readonly value: number }
  | { readonly kind: "keyRatio"; readonly numerator: number; readonly denominator: number }
  | {
      readonly kind: "distribution";
      /** Per group (by/land): counted rows and population. */
      readonly groups: readonly { readonly group: string; readonly count: number; readonly population: number }[];
      readonly relative: boolean;
    }
  | {
      readonly kind: "checklist";
      readonly done: number;
      readonly partial: number;
      readonly items: number;
      readonly partialCredit: number;
    };

export interface IndicatorResult {
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
  readonly state: MeasureState | null;
  readonly notes: readonly string[];
}

export interface GoalResult {
  readonly id: string;
  readonly title: string;
  readonly fulfilmentPct: number | null;
  readonly status: GoalStatus;
  readonly notes: readonly string[];
  readonly indicators: readonly IndicatorResult[];
  readonly pace: { readonly onTrack: boolean } | null;
}

export interface EvaluationResult {
  readonly contract: string;
  readonly title: string;
  readonly period: Period;
  readonly params: Readonly<Record<string, string>>;
  readonly options: Readonly<Record<string, string | number | boolean | null>>;
  readonly goals: readonly GoalResult[];
  readonly findings: readonly Finding[];
}
