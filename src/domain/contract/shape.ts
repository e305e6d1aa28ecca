/**
 * Indicators, goals and contracts around a measure schema. The contract schema is built from
 * the registered measure kinds (`src/domain/measures/registry.ts`): the built-in kinds give
 * `ContractSchema` in `schema.ts`, and a registry with extra kinds gives the contract schema
 * that admits them too.
 */
import { z } from "zod";
import { migrateContract } from "./migrate";
import {
  Id,
  KeyFigureSchema,
  LongText,
  NoteSchema,
  OptionSchema,
  ParamSchema,
  RuleSchema,
  ShortTexts,
  SourceSchema,
  TargetSchema,
  UnitSchema,
  WhenSchema,
} from "./parts";

/** What every measure has: its kind. */
export interface MeasureBase {
  readonly kind: string;
}

export function contractSchemas<MS extends z.ZodType<MeasureBase>>(MeasureSchema: MS) {
  const IndicatorSchema = z
    .object({
      id: Id,
      label: ShortTexts,
      measure: MeasureSchema,
      target: TargetSchema,
      rule: RuleSchema,
      unit: UnitSchema,
      /** Weight in the goal's mean (0 = shown, not averaged, e.g. a total of sub-targets). */
      weight: z.number().min(0).max(100).default(1),
      /** How the half-year target is due: pro rata for cumulative counts, level for scores. */
      pace: z.enum(["proRata", "level"]).optional(),
      /** Only present when an option has a value (e.g. NPS per segment). */
      when: WhenSchema.optional(),
      /** Overrides that apply when an option has a value. */
      variants: z
        .array(
          z
            .object({
              when: WhenSchema,
              measure: MeasureSchema.optional(),
              target: TargetSchema.optional(),
              rule: RuleSchema.optional(),
            })
            .strict(),
        )
        .max(10)
        .optional(),
      /** Noun for the what-if answer, e.g. "svar på 9-10" or "vækstplaner" (in English "answers of 9–10"). */
      whatIfOf: ShortTexts.optional(),
      notes: z.array(NoteSchema).default([]),
    })
    .strict();

  const GoalSchema = z
    .object({
      /** The document's own id: "1", "15", "III", "2a", "b-c". */
      id: Id,
      title: ShortTexts,
      group: z.enum(["national", "faelles", "lokal", "regional"]),
      /** The document's "Mål" text (or the closest equivalent). */
      targetText: LongText,
      /** The document's "Metode" text. */
      method: LongText,
      source: SourceSchema,
      indicators: z.array(IndicatorSchema).min(1).max(50),
      notes: z.array(NoteSchema).default([]),
    })
    .strict();

  const ContractSchemaV2 = z
    .object({
      $schema: z.string().max(500).optional(),
      /** Format version 2: texts as language maps (version 1, with `…En` twins, is read through `migrate.ts`). */
      schemaVersion: z.literal(2).default(2),
      id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/),
      title: ShortTexts,
      /** The calendar year the contract covers; null when a parameter sets it. */
      year: z.number().int().min(2000).max(2100).nullable(),
      /** Reported every half-year (Sjælland) or yearly. */
      halfYearReporting: z.boolean(),
      /** Which registration rules the entry checks apply (rammeaftale 2024–27 §9, 2019–20, none). */
      registration: z.enum(["2024-2027", "2019-2020", "none"]),
      source: SourceSchema,
      params: z.array(ParamSchema).default([]),
      options: z.array(OptionSchema).default([]),
      keyFigures: z.array(KeyFigureSchema).default([]),
      /** Municipality names of the region, for the fill-in `Kommuner` table (no invented figures). */
      municipalities: z.array(z.string().max(100)).default([]),
      goals: z.array(GoalSchema).min(1).max(100),
      notes: z.array(NoteSchema).default([]),
    })
    .strict();

  /** Any contract Kontrakttjek reads (format version 1 or 2), as version 2. */
  const ContractSchema = z.preprocess(migrateContract, ContractSchemaV2);

  return { IndicatorSchema, GoalSchema, ContractSchemaV2, ContractSchema };
}

type SchemasOf<M extends MeasureBase> = ReturnType<typeof contractSchemas<z.ZodType<M>>>;

/** A contract, goal and indicator whose measures are `M` (the built-in ones: `Contract`, …). */
export type ContractOf<M extends MeasureBase> = z.output<SchemasOf<M>["ContractSchema"]>;
export type GoalOf<M extends MeasureBase> = z.output<SchemasOf<M>["GoalSchema"]>;
export type IndicatorOf<M extends MeasureBase> = z.output<SchemasOf<M>["IndicatorSchema"]>;
