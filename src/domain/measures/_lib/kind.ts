/**
 * What a measure kind is: everything Kontrakttjek knows about one way of measuring an indicator
 * (NPS, a share, a count, …), in one object. Each `src/domain/measures/<kind>.ts` exports one;
 * `registry.ts` lists them, and the contract schema, the engine, authoring and the formula
 * writer ask the registry instead of switching on `kind`.
 */
import type { z } from "zod";
import type { CleanData, CleanTable } from "../../clean";
import type { MeasureBase } from "../../contract/shape";
import type { Filter, KeyFigure, Rule, Unit } from "../../contract/parts";
import type { Role } from "../../model";
import type { TableFrame } from "../../engine/frame";
import type { Period } from "../../engine/types";
import type { EngineNote } from "../../engine/notes";
import type { RealisedFormula } from "./formula";
import type { KindSheet, ListedItem, MeasureLint } from "./sheet";

export type { MeasureBase };

/** The raw counts behind a value (what-if and the status sheet work from them). */
export interface StateBase {
  readonly kind: string;
}

/** A measure's zod schema: an object whose `kind` is a literal, one branch of a discriminated union. */
export type KindSchema = z.ZodType<MeasureBase> & z.core.$ZodTypeDiscriminable;

/** The measure a kind's schema describes. */
export type MeasureOfSchema<Schema extends KindSchema> = z.output<Schema>;

/** What a measure sees of one evaluation. */
export interface MeasureContext {
  readonly keyFigures: readonly KeyFigure[];
  readonly data: CleanData;
  readonly period: Period;
  /** The field that places a course in a period (`startdato` by default). */
  readonly periodField: string;
  /**
   * Option 'svarEnhed' = 'svar': a share over answers counts answer rows even where the template
   * counts companies (`distinct`), as the documents' "virksomheder" would otherwise say.
   */
  readonly perAnswer?: boolean;
  readonly goalId: string;
  /** This evaluation's frame of a table (views and masks shared by its measures). */
  readonly frameOf: (table: CleanTable) => TableFrame;
}

/** A measure's value, the raw state behind it, and why it is missing (never 0 by accident). */
export interface MeasureOutcome<S extends StateBase = StateBase> {
  readonly value: number | null;
  readonly state: S | null;
  readonly notes: readonly EngineNote[];
}

/** How adding the best rows (an answer of 9–10, one more course) changes a state's value. */
export interface WhatIfRule<S extends StateBase> {
  /** The value after adding k best-valued rows (or k units, for ratios). */
  valueAfter(state: S, k: number): number | null;
  /**
   * When given, rows are tried one at a time up to this many (a checklist cannot have more done
   * than it has items); otherwise the solver doubles, then halves, as the value only improves.
   */
  most?(state: S): number;
}

/** A kind of raw state; several measure kinds may share one (a distinct count is a count). */
export interface StateKind<S extends StateBase> {
  readonly kind: S["kind"];
  /** Null when no number of added rows changes the value (a key figure measured elsewhere). */
  readonly whatIf: WhatIfRule<S> | null;
  /** The state of a realised value a user typed in (what-if in the task pane), when it has one. */
  withValue?(value: number): S;
}

/** The tables, filters, fields and key figures a measure reads, by its own property names. */
export interface MeasureReads {
  /** Every table it reads; filters and fields are of the first. */
  readonly roles: readonly Role[];
  readonly filters?: Readonly<Record<string, Filter | undefined>>;
  readonly fields?: Readonly<Record<string, string | undefined>>;
  /** Key figure ids (`Noegletal`). */
  readonly keys?: Readonly<Record<string, string>>;
}

/** Where a document states no rule, unit or pace, the kind's own. */
export interface KindDefaults {
  readonly rule: Rule;
  readonly unit: Unit;
  /** Half-year pace: cumulative counts are due pro rata, levels (scores, shares) in full. */
  readonly pace: "proRata" | "level";
}

/**
 * What the engine, authoring and the formula writer do with a measure of kind `M`, whose
 * `compute` returns states `S`. Methods (not function properties) on purpose: a registry holds
 * kinds of different `M` side by side, and hands each only measures of its own kind.
 */
export interface MeasureKindOps<M extends MeasureBase, S extends StateBase, Q extends object = object> {
  readonly kind: M["kind"];
  /** The states `compute` returns. */
  readonly states: readonly StateKind<S>[];
  reads(m: M): MeasureReads;
  compute(m: M, ctx: MeasureContext): MeasureOutcome<S>;
  /** A target the measure sets itself, in place of the indicator's (a checklist: its items). */
  impliedTarget?(m: M, rule: Rule): number;
  readonly defaults: KindDefaults;
  /**
   * What it lists (a checklist's activities): `Punkt` rows on the sheet (their number is the
   * target when the sheet gives none), `Aktiviteter` rows in the fill-in workbook.
   */
  items?(m: M): readonly ListedItem[];
  /** How the `Kontrakt` sheet says it. */
  readonly sheet: KindSheet<M, Q>;
  /** Checks beyond the tables, fields and key figures it reads (unique item ids). */
  lint?(m: M, check: MeasureLint): void;
  /** Its live Excel formula for `Realiseret`, or "none" when Excel cannot compute it (the value is written). */
  readonly formula: RealisedFormula<M> | "none";
}

/** One measure kind: its operations and the zod schema of its measure (a branch of the contract's union). */
export interface MeasureKindDefinition<
  Schema extends KindSchema = KindSchema,
  S extends StateBase = StateBase,
  Q extends object = object,
> extends MeasureKindOps<MeasureOfSchema<Schema>, S, Q> {
  readonly schema: Schema;
}

/** Any measure kind, as a registry holds them. */
export type AnyMeasureKind = MeasureKindDefinition<KindSchema, StateBase>;

/**
 * Define a kind: the identity, so its methods are typed from the schema. Name the schema's and
 * the state's types (`defineMeasureKind<typeof NpsSchema, NpsState>({ … })`): inferred, the
 * state's `kind` would widen to `string`.
 */
export const defineMeasureKind = <Schema extends KindSchema, S extends StateBase, Q extends object = object>(
  kind: MeasureKindDefinition<Schema, S, Q>,
): MeasureKindDefinition<Schema, S, Q> => kind;
