/**
 * The measure kinds, in one typed registry. The contract schema (a zod discriminated union of
 * the kinds' schemas), the engine, authoring and the formula writer are driven from it, so a
 * new kind is one file in this folder, one line in `BUILTIN_KINDS` and its test.
 *
 * `createRegistry` also takes kinds beyond the built-in ones (tests prove a new kind that way):
 * its `contractSchema` admits them, and the `…With(registry, …)` entry points of the engine,
 * authoring and formula writer use them.
 */
import { z } from "zod";
import { contractSchemas, type ContractOf, type MeasureBase } from "../contract/shape";
import type { AnyMeasureKind, MeasureKindDefinition, MeasureKindOps, StateBase, StateKind } from "./_lib/kind";
import { checklist } from "./checklist";
import { controlGroup } from "./controlGroup";
import { count } from "./count";
import { distinct } from "./distinct";
import { distribution } from "./distribution";
import { keyFigure } from "./keyFigure";
import { keyRatio } from "./keyRatio";
import { nps } from "./nps";
import { share } from "./share";
import { sum } from "./sum";

/** The built-in kinds, in the order of the contract schema's union (and of the sheet's word list). */
export const BUILTIN_KINDS = [
  nps,
  share,
  count,
  distinct,
  sum,
  keyFigure,
  keyRatio,
  distribution,
  controlGroup,
  checklist,
] as const;

type KindList = readonly [AnyMeasureKind, ...AnyMeasureKind[]];

/** The measures of a list of kinds (a union, discriminated by `kind`). */
export type MeasureOf<T extends readonly AnyMeasureKind[]> = z.output<T[number]["schema"]>;
type StateOfKind<K> = K extends MeasureKindDefinition<infer _Schema, infer S, infer _Q> ? S : never;
/** The raw states a list of kinds computes. */
export type StateOf<T extends readonly AnyMeasureKind[]> = StateOfKind<T[number]>;
type SchemasOf<T extends KindList> = { readonly [I in keyof T]: T[I]["schema"] };

/** What the engine, authoring and the formula writer ask of the kinds of measures `M`. */
export interface MeasureRegistry<M extends MeasureBase, S extends StateBase> {
  /** The kinds, in registration order. */
  readonly list: readonly MeasureKindOps<M, S>[];
  /** The kind of this measure (its methods are then called with this measure), or of this `kind`. */
  kindOf(measure: { readonly kind: M["kind"] }): MeasureKindOps<M, S>;
  /** The kind registered under a name, if any (for drafts that are not yet validated). */
  find(kind: string): MeasureKindOps<M, S> | undefined;
  /** How a state's value moves as rows are added. */
  stateKindOf(state: S): StateKind<S>;
  /** Contracts whose measures are of these kinds. */
  readonly contractSchema: z.ZodType<ContractOf<M>>;
}

/** A registry made from a list of kinds, with the precise zod schemas of that list. */
export interface Registry<T extends KindList> extends MeasureRegistry<MeasureOf<T>, StateOf<T>> {
  readonly kinds: T;
  readonly measureSchema: z.ZodDiscriminatedUnion<SchemasOf<T>, "kind">;
  readonly schemas: ReturnType<typeof contractSchemas<z.ZodDiscriminatedUnion<SchemasOf<T>, "kind">>>;
}

export function createRegistry<const T extends KindList>(kinds: T): Registry<T> {
  type M = MeasureOf<T>;
  type S = StateOf<T>;
  // Each kind's methods take its own measure; the registry hands it only those (by `kind`).
  const list = kinds as unknown as readonly MeasureKindOps<M, S>[];
  const byKind = new Map<string, MeasureKindOps<M, S>>();
  const states = new Map<string, StateKind<S>>();
  for (const k of list) {
    if (byKind.has(k.kind)) throw new Error(`Measure kind "${k.kind}" is registered twice`);
    byKind.set(k.kind, k);
    for (const s of k.states) {
      const seen = states.get(s.kind);
      if (seen && seen !== s) throw new Error(`State kind "${s.kind}" is defined twice`);
      states.set(s.kind, s);
    }
  }
  // A tuple's map is typed as an array; it is the tuple of the kinds' schemas, in order.
  const measureSchema = z.discriminatedUnion("kind", kinds.map((k) => k.schema) as unknown as SchemasOf<T>);
  const schemas = contractSchemas(measureSchema);
  return {
    kinds,
    list,
    measureSchema,
    schemas,
    // zod cannot tell which keys of a generic union are optional; for a concrete list of kinds
    // the two types are the same (registry.test.ts holds the built-in one to it).
    contractSchema: schemas.ContractSchema as z.ZodType as z.ZodType<ContractOf<M>>,
    kindOf(measure) {
      const kind = byKind.get(measure.kind);
      if (!kind) throw new Error(`Unknown measure kind "${measure.kind}"`);
      return kind;
    },
    find: (kind) => byKind.get(kind),
    stateKindOf(state) {
      const kind = states.get(state.kind);
      if (!kind) throw new Error(`Unknown state kind "${state.kind}"`);
      return kind;
    },
  };
}

/** The built-in measure kinds. */
export const MEASURES = createRegistry(BUILTIN_KINDS);

export type BuiltinMeasure = MeasureOf<typeof BUILTIN_KINDS>;
export type BuiltinState = StateOf<typeof BUILTIN_KINDS>;
