/**
 * The parts of the contract schema that do not depend on the measure kinds: ids and texts
 * (language maps where a reader sees them in their language: `texts.ts`),
 * tables, filters, targets, fulfilment rules, units, options and parameters, notes, sources
 * and key figures. Kept apart from `schema.ts` so the measure kinds (`src/domain/measures/`)
 * can build on them while the contract schema is built from the kinds.
 */
import { z } from "zod";
import { ROLES } from "../model";
import { langText } from "./texts";

export const Id = z.string().min(1).max(64);
export const ShortText = z.string().min(1).max(500);
export const LongText = z.string().max(5000);
/** A short or long text in every language it has (`{ da, en? }`; a string is Danish only). */
export const ShortTexts = langText(ShortText);
export const LongTexts = langText(LongText);

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

/** The properties every measure over one of the bound tables has. */
export const TableMeasureBase = {
  table: RoleSchema,
  /** Rows considered at all (e.g. one segment). */
  where: FilterSchema.optional(),
};

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
    label: ShortTexts,
    description: LongTexts,
    choices: z.array(z.object({ id: Id, label: ShortTexts }).strict()).optional(),
    /** A string choice id, a number, or null (no value: e.g. a target not yet agreed). */
    default: z.union([z.string(), z.number(), z.boolean(), z.null()]),
  })
  .strict();
export type ContractOption = z.infer<typeof OptionSchema>;

export const ParamSchema = z
  .object({
    id: Id,
    label: ShortTexts,
    /** The choices' labels are names (houses, years): Danish only. */
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
    text: LongTexts,
  })
  .strict();
export type Note = z.infer<typeof NoteSchema>;

export const SourceSchema = z
  .object({ document: ShortText, section: ShortText, file: z.string().max(200).optional() })
  .strict();

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
