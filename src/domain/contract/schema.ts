/**
 * The contract template schema: what a goal is, how its indicator is measured from the bound
 * tables, what its target is and how fulfilment is computed. Templates in `src/templates/` and
 * contracts users write (JSON or a `Kontrakt` sheet) are validated by exactly this schema.
 *
 * The measures are the built-in measure kinds (`src/domain/measures/`), one file each; the
 * other parts are in `parts.ts`, the indicator, goal and contract around them in `shape.ts`.
 */
import type { z } from "zod";
import { MEASURES } from "../measures/registry";

export {
  RoleSchema,
  FilterSchema,
  ComparatorSchema,
  TargetValueSchema,
  TargetSchema,
  RuleSchema,
  UnitSchema,
  OptionSchema,
  ParamSchema,
  WhenSchema,
  NoteSchema,
  SourceSchema,
  KeyFigureSchema,
  ShortTexts,
  LongTexts,
  type Filter,
  type Comparator,
  type TargetValue,
  type Target,
  type Rule,
  type Unit,
  type ContractOption,
  type ContractParam,
  type Note,
  type KeyFigure,
} from "./parts";
export type { LangText } from "./texts";

/* ---------- measures: how an indicator's realised value is computed (one branch per kind) ---------- */

export const MeasureSchema = MEASURES.measureSchema;
export type Measure = z.infer<typeof MeasureSchema>;
export type MeasureKind = Measure["kind"];

/* ---------- indicators, goals and the contract ---------- */

export const { IndicatorSchema, GoalSchema, ContractSchemaV2, ContractSchema } = MEASURES.schemas;
export type Indicator = z.infer<typeof IndicatorSchema>;
export type Goal = z.infer<typeof GoalSchema>;
export type Contract = z.infer<typeof ContractSchema>;
/** A contract as written (version 2: texts as language maps or Danish strings, defaults left out). */
export type ContractInput = z.input<typeof ContractSchemaV2>;
