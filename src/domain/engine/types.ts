/**
 * What `evaluate` returns: the shape of the CLI's `evaluate --json` output. The engine gives its
 * texts as codes and language maps (`InCodes`); the app puts them in one language's words
 * (`InWords`), which is what every host shows.
 */
import type { Finding } from "../findings";
import type { Comparator, Unit } from "../contract/schema";
import type { LangText } from "../contract/texts";
import type { StateBase } from "../measures/_lib/kind";
import type { BuiltinState } from "../measures/registry";
import type { EngineNote } from "./notes";

export type GoalStatus = "opfyldt" | "delvist" | "ikke opfyldt" | "mangler data";

/** A note on a result: the contract's own (its text in each language it has) or the engine's (a code). */
export type ResultNote = EngineNote | { readonly text: LangText };

/** How a result carries its texts: titles and labels, the what-if noun, notes. */
export interface TextForm {
  readonly text: unknown;
  readonly noun: unknown;
  readonly note: unknown;
}
/** The engine's: contract texts as language maps, no noun where the contract names none, notes as codes. */
export interface InCodes extends TextForm {
  readonly text: LangText;
  readonly noun: LangText | null;
  readonly note: ResultNote;
}
/** In one language's words (rendered by the app). */
export interface InWords extends TextForm {
  readonly text: string;
  readonly noun: string;
  readonly note: string;
}

export interface Period {
  readonly kind: "year" | "H1";
  readonly year: number | null;
  /** Inclusive Excel serial bounds; null when the contract has no year. */
  readonly from: number | null;
  readonly to: number | null;
  /** Share of the year's cumulative targets due by the end of the period (1 for the year). */
  readonly dueShare: number;
}

export interface WhatIf<N = string> {
  /** Smallest number of additional counting rows (or units) that reaches the level. */
  readonly add: number;
  readonly of: N;
}

export interface Pace {
  /** The part of the year's target due by the end of the period. */
  readonly due: number;
  readonly onTrack: boolean;
  /**
   * How `due` was found: `proRata` — a cumulative count or sum, the period's share of the year's
   * target; `level` — a score, share, ratio or checklist, the current value against the target.
   */
  readonly basis: "proRata" | "level";
}

/**
 * Raw counts behind a value, for what-if and for the status sheet's formulas: one kind per
 * measure kind's state (`src/domain/measures/`).
 */
export type MeasureState = BuiltinState;

/**
 * One indicator's result; `S` the raw states of the measure kinds evaluated (the built-in ones
 * by default), `W` how it carries its texts (in words by default).
 */
export interface IndicatorResult<S extends StateBase = MeasureState, W extends TextForm = InWords> {
  readonly id: string;
  readonly label: W["text"];
  readonly value: number | null;
  readonly target: number | null;
  readonly op: Comparator;
  readonly unit: Unit;
  readonly fulfilmentPct: number | null;
  /** realised / target × 100 without the cap, for proportional rules. */
  readonly uncappedPct: number | null;
  readonly status: GoalStatus;
  readonly weight: number;
  readonly whatIf: WhatIf<W["noun"]> | null;
  /** Needed to reach 50 % fulfilment (null when already there or not reachable by adding). */
  readonly whatIfHalf: WhatIf<W["noun"]> | null;
  readonly pace: Pace | null;
  readonly state: S | null;
  readonly notes: readonly W["note"][];
}

export interface GoalResult<S extends StateBase = MeasureState, W extends TextForm = InWords> {
  readonly id: string;
  readonly title: W["text"];
  /** The weighted mean of the parts; while some lack data, a lower bound (they count as 0 %). */
  readonly fulfilmentPct: number | null;
  /** "mangler data" while any weighted part lacks data, whatever the known parts show. */
  readonly status: GoalStatus;
  /** How many weighted parts have data, when some but not all do ("mangler data (1 af 2 delmål)"). */
  readonly partial: { readonly known: number; readonly total: number } | null;
  readonly notes: readonly W["note"][];
  readonly indicators: readonly IndicatorResult<S, W>[];
  /** On track when every weighted part is; null at year end, or while a part has no pace (no data). */
  readonly pace: { readonly onTrack: boolean } | null;
}

export interface EvaluationResult<S extends StateBase = MeasureState, W extends TextForm = InWords> {
  readonly contract: string;
  readonly title: W["text"];
  readonly period: Period;
  readonly params: Readonly<Record<string, string>>;
  readonly options: Readonly<Record<string, string | number | boolean | null>>;
  readonly goals: readonly GoalResult<S, W>[];
  readonly findings: readonly Finding[];
}
