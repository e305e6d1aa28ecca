/**
 * The JSON Schema of a contract file (format version 2), generated from the zod schema so the
 * two never drift. `schemas/contract-v2.json` is this, committed; a test fails when it is out of
 * date. `schemas/contract-v1.json` stays as it was, for editors of version-1 files (which are
 * still read). The `$id` is an identifier for editors, never fetched.
 */
import { z } from "zod";
import {
  ContractSchemaV2,
  FilterSchema,
  GoalSchema,
  IndicatorSchema,
  LongTexts,
  MeasureSchema,
  NoteSchema,
  RuleSchema,
  ShortTexts,
  SourceSchema,
  TargetSchema,
} from "../contract/schema";

export const CONTRACT_SCHEMA_URL = "https://kontrakttjek.dk/schemas/contract-v2.json";
/** Version-1 files name this schema (`schemas/contract-v1.json`). */
export const CONTRACT_SCHEMA_V1_URL = "https://kontrakttjek.dk/schemas/contract-v1.json";

type Meta = { id: string; title: string; description: string };

const NAMED: readonly (readonly [z.ZodType, Meta])[] = [
  [
    FilterSchema,
    {
      id: "Filter",
      title: "Filter",
      description:
        "Hvilke rækker der tæller (data, ingen kode). Which rows count (data only, no code). Se/see docs/filtersprog.md.",
    },
  ],
  [
    MeasureSchema,
    {
      id: "Measure",
      title: "Måling / Measure",
      description: "Hvordan indikatorens realiserede værdi beregnes. How the indicator's realised value is computed.",
    },
  ],
  [
    TargetSchema,
    { id: "Target", title: "Måltal / Target", description: "Sammenligning og måltal. Comparator and target." },
  ],
  [RuleSchema, { id: "Rule", title: "Regel / Rule", description: "Opfyldelsesregel. Fulfilment rule." }],
  [
    NoteSchema,
    {
      id: "Note",
      title: "Bemærkning / Note",
      description: "En bemærkning vist ved målet. A note shown with the goal.",
    },
  ],
  [SourceSchema, { id: "Source", title: "Kilde / Source", description: "Hvor i dokumentet. Where in the document." }],
  [
    ShortTexts,
    {
      id: "Text",
      title: "Tekst / Text",
      description:
        'En tekst på dansk og evt. andre sprog: {"da": "…", "en": "…"}; en streng er dansk. A text in Danish and perhaps other languages; a string is Danish.',
    },
  ],
  [
    LongTexts,
    {
      id: "LongText",
      title: "Lang tekst / Long text",
      description: 'En længere tekst på dansk og evt. andre sprog: {"da": "…", "en": "…"}. A longer text by language.',
    },
  ],
  [
    IndicatorSchema,
    { id: "Indicator", title: "Delmål / Indicator", description: "Et delmål med måling, måltal og regel." },
  ],
  [GoalSchema, { id: "Goal", title: "Mål / Goal", description: "Et mål i kontrakten med dets delmål." }],
];

/** The JSON Schema (draft 2020-12) of a contract file as a plain object. */
export function contractJsonSchema(): Record<string, unknown> {
  const registry = z.registry<Meta>();
  for (const [schema, meta] of NAMED) registry.add(schema, meta);
  const generated = z.toJSONSchema(ContractSchemaV2, { io: "input", target: "draft-2020-12", metadata: registry });
  const { $schema, ...rest } = generated as Record<string, unknown>;
  return {
    $schema,
    $id: CONTRACT_SCHEMA_URL,
    title: "Kontrakttjek: resultatkontrakt (version 2)",
    description:
      "En resultatkontrakt med mål, delmål, målinger, måltal og regler. A performance contract with goals, indicators, measures, targets and rules.",
    ...rest,
  };
}

/** The schema file's text: pretty printed, with a final newline. */
export const contractJsonSchemaText = (): string => `${JSON.stringify(contractJsonSchema(), null, 2)}\n`;
