/**
 * The contract as the sheet reader builds it, before the contract schema validates it: the
 * input shape, with measures of any registered kind and the parts a later pass fills in
 * (measure, target, rule, unit) not yet there.
 */
import type { ContractInput } from "../../contract/schema";
import type { MeasureBase } from "../../contract/shape";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type GoalInput = ContractInput["goals"][number];
type IndicatorInput = GoalInput["indicators"][number];
type VariantInput = NonNullable<IndicatorInput["variants"]>[number];

export type VariantDraft = Omit<VariantInput, "measure"> & { measure?: MeasureBase };

export type IndicatorDraft = Mutable<Omit<IndicatorInput, "measure" | "target" | "rule" | "unit" | "variants">> & {
  measure?: MeasureBase;
  target?: IndicatorInput["target"];
  rule?: IndicatorInput["rule"];
  unit?: IndicatorInput["unit"];
  variants?: VariantDraft[];
};

export type GoalDraft = Mutable<Omit<GoalInput, "indicators">> & { indicators: IndicatorDraft[] };

export type ContractDraft = Mutable<Omit<ContractInput, "goals">> & { goals: GoalDraft[] };
