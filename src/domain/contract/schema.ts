/**
 * The contract template schema: what a goal is, how its indicator is measured from the bound
 * tables, what its target is and how fulfilment is computed. Templates in `src/templates/` and
 * contracts users write (JSON or a `Kontrakt` sheet) are validated by exactly this schema.
 */
import { z } from "zod";
import { ROLES } from "../model";

const Id = z.string().min(1).max(64);
const ShortText = z.string().min(1).max(500);
const LongText = z.string().max(5000);

export const RoleSchema = z.enum(ROLES);

/* ---------- filters: a small, data-only language (no code can run) ---------- */

export type Filter =
  | { readonly op: "in" | "notIn"; readonly field: string; readonly values: readonly string[] }
  | { readonly op: "blank" | "notBlank"; readonly field: string }
  | { readonly op: "contains"; readonly field: string; readonly value: string }
  | { readonly op: "gte" | "lte" | "gt" | "lt" | "eq"; readonly field: string; readonly value: number }
  /** Company younger than `years` at the course start (startdato − stiftelsesdato). */
  | { readonly op: "companyAgeUnder"; readonly years: number }
  | { readonly op: "all" | "any"; readonly of: readonly Filter[] }
  | { readonly op: "not"; readonly of: Filter };

export const FilterSchema: z.ZodType<Filter> = z.lazy(() =>
  z.union([
    z.object({ op: z.enum(["in", "notIn"]), field: Id, values: z.array(z.string().max(200)).min(1).max(100) }).strict(),
    z.object({ op: z.enum(["blank", "notBlank"]), field: Id }).strict(),
    z.object({ op: z.literal("contains"), field: Id, value: z.string().min(1).max(200) }).strict(),
    z.object({ op: z.enum(["gte", "lte", "gt", "lt", "eq"]), field: Id, value: z.number().finite() }).strict(),
    z.object({ op: z.literal("companyAgeUnder"), years: z.number().positive().max(200) }).strict(),
    z.object({ op: z.enum(["all", "any"]), of: z.array(FilterSchema).min(1).max(50) }).strict(),
    z.object({ op: z.literal("not"), of: FilterSchema }).strict(),
  ]),
);

/* ---------- measures: how an indicator's realised value is computed ---------- */

const TableMeasureBase = {
  table: RoleSchema,
  /** Rows considered at all (e.g. one segment). */
  where: FilterSchema.optional(),
};

export const MeasureSchema = z.discriminatedUnion("kind", [
  /** Net Promoter Score: % answers 9–10 minus % answers 0–6, in points. */
  z.object({ kind: z.literal("nps"), ...TableMeasureBase, field: Id }).strict(),
  /** Share (%) of rows matching `numerator` among rows matching `denominator`. */
  z
    .object({
      kind: z.literal("share"),
      ...TableMeasureBase,
      denominator: FilterSchema,
      numerator: FilterSchema,
      /** Count distinct values of this field instead of rows (e.g. companies by CVR). */
      distinct: Id.optional(),
    })
    .strict(),
  /** Number of rows matching `where`. */
  z.object({ kind: z.literal("count"), ...TableMeasureBase }).strict(),
  /** Number of distinct non-blank values of `field` among rows matching `where`. */
  z.object({ kind: z.literal("distinct"), ...TableMeasureBase, field: Id }).strict(),
  /** Sum of a numeric field. */
  z.object({ kind: z.literal("sum"), ...TableMeasureBase, field: Id }).strict(),
  /** A figure measured elsewhere, read from the `Noegletal` table by key. */
  z.object({ kind: z.literal("keyFigure"), key: Id }).strict(),
  /** Ratio of two key figures (e.g. gearing = omsætning i alt / basistilskud). */
  z.object({ kind: z.literal("keyRatio"), numerator: Id, denominator: Id }).strict(),
  /**
   * Distribution of rows over municipality types against population shares: the value is the
   * largest deviation over the groups, in percentage points or relative % (option).
   */
  z
    .object({
      kind: z.literal("distribution"),
      ...TableMeasureBase,
      /** Field in `table` holding the municipality. */
      field: Id,
      deviation: z.enum(["point", "relative"]),
      /** Count distinct values of this field (companies) instead of rows (courses). */
      distinct: Id.optional(),
    })
    .strict(),
  /** Growth against a control group (percentage points), a key figure from the effect study. */
  z.object({ kind: z.literal("controlGroup"), key: Id }).strict(),
  /** Qualitative items read from the `Aktiviteter` table for this goal. */
  z
    .object({
      kind: z.literal("checklist"),
      items: z
        .array(z.object({ id: Id, text: ShortText }).strict())
        .min(1)
        .max(50),
      /** Credit for an item with status `delvist` (0–1). */
      partialCredit: z.number().min(0).max(1),
    })
    .strict(),
]);
export type Measure = z.infer<typeof MeasureSchema>;
export type MeasureKind = Measure["kind"];

/* ---------- targets and fulfilment rules ---------- */

export const ComparatorSchema = z.enum([">=", ">", "<="]);
export type Comparator = z.infer<typeof ComparatorSchema>;

export const TargetValueSchema = z.union([
  z.number().finite(),
  /** A target that depends on a contract parameter (house, year). */
  z.object({ param: Id, values: z.record(z.string(), z.number().finite()) }).strict(),
  /** A target the contract leaves to be set locally: read from an option. */
  z.object({ option: Id }).strict(),
]);
export type TargetValue = z.infer<typeof TargetValueSchema>;

export const TargetSchema = z.object({ op: ComparatorSchema, value: TargetValueSchema }).strict();
export type Target = z.infer<typeof TargetSchema>;

export const RuleSchema = z.discriminatedUnion("kind", [
  /** realised / target, capped at 100 (uncapped shown too). Default for counts, sums, ratios. */
  z.object({ kind: z.literal("proportional") }).strict(),
  /** 100 when the target is met, else 0. Default for scores, shares and bands. */
  z.object({ kind: z.literal("threshold") }).strict(),
  /** The document's own steps, e.g. 100 % at NPS ≥ 60, 50 % at NPS ≥ 50. Highest step met wins. */
  z
    .object({
      kind: z.literal("steps"),
      steps: z.array(z.object({ atLeast: z.number().finite(), pct: z.number().min(0).max(100) }).strict()).min(1),
    })
    .strict(),
  /** Checklist: share of items done; with `requiredDone`, 100 % when that many are done. */
  z.object({ kind: z.literal("checklist"), requiredDone: z.number().int().positive().optional() }).strict(),
]);
export type Rule = z.infer<typeof RuleSchema>;

export const UnitSchema = z.enum([
  "antal",
  "procent",
  "point",
  "procentpoint",
  "faktor",
  "virksomheder",
  "aktiviteter",
]);
export type Unit = z.infer<typeof UnitSchema>;

/* ---------- options and parameters ---------- */

export const OptionSchema = z
  .object({
    id: Id,
    label: ShortText,
    labelEn: ShortText.optional(),
    description: LongText,
    descriptionEn: LongText.optional(),
    choices: z.array(z.object({ id: Id, label: ShortText, labelEn: ShortText.optional() }).strict()).optional(),
    /** A string choice id, a number, or null (no value: e.g. a target not yet agreed). */
    default: z.union([z.string(), z.number(), z.boolean(), z.null()]),
  })
  .strict();
export type ContractOption = z.infer<typeof OptionSchema>;

export const ParamSchema = z
  .object({
    id: Id,
    label: ShortText,
    labelEn: ShortText.optional(),
    choices: z.array(z.object({ id: Id, label: ShortText }).strict()).min(1),
    default: z.string(),
  })
  .strict();
export type ContractParam = z.infer<typeof ParamSchema>;

/** Applies when an option (or parameter) has the given value: overrides parts of an indicator. */
export const WhenSchema = z.object({ option: Id, equals: z.union([z.string(), z.number(), z.boolean()]) }).strict();

export const NoteSchema = z
  .object({
    kind: z.enum(["default", "inconsistency", "ambiguity", "source", "info"]),
    text: LongText,
    textEn: LongText.optional(),
  })
  .strict();
export type Note = z.infer<typeof NoteSchema>;

export const SourceSchema = z
  .object({ document: ShortText, section: ShortText, file: z.string().max(200).optional() })
  .strict();

/* ---------- indicators and goals ---------- */

export const IndicatorSchema = z
  .object({
    id: Id,
    label: ShortText,
    labelEn: ShortText.optional(),
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
    /** Noun for the what-if answer, e.g. "svar på 9-10" or "vækstplaner". */
    whatIfOf: ShortText.optional(),
    /** The same noun in English ("answers of 9–10"); without it English shows the Danish one. */
    whatIfOfEn: ShortText.optional(),
    notes: z.array(NoteSchema).default([]),
  })
  .strict();
export type Indicator = z.infer<typeof IndicatorSchema>;

export const GoalSchema = z
  .object({
    /** The document's own id: "1", "15", "III", "2a", "b-c". */
    id: Id,
    title: ShortText,
    titleEn: ShortText.optional(),
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
export type Goal = z.infer<typeof GoalSchema>;

export const KeyFigureSchema = z
  .object({
    id: Id,
    /** The Danish `Nøgle` text in a fill-in workbook. */
    label: ShortText,
    synonyms: z.array(z.string().max(200)).default([]),
    unit: UnitSchema.or(z.literal("kr")),
  })
  .strict();
export type KeyFigure = z.infer<typeof KeyFigureSchema>;

export const ContractSchema = z
  .object({
    $schema: z.string().max(500).optional(),
    schemaVersion: z.literal(1).default(1),
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/),
    title: ShortText,
    titleEn: ShortText.optional(),
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
export type Contract = z.infer<typeof ContractSchema>;
export type ContractInput = z.input<typeof ContractSchema>;
