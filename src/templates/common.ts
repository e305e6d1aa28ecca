/**
 * Building blocks shared by the contract templates: the input types, the options several
 * templates offer (the ambiguities of docs/rules.md), and builders for checklist goals and answer
 * shares. Templates stay data; these only save repeating the same dozen lines.
 */
import type { ContractInput, Filter, Measure } from "../domain/contract/schema";

export type GoalInput = ContractInput["goals"][number];
export type IndicatorInput = GoalInput["indicators"][number];
export type NoteInput = NonNullable<GoalInput["notes"]>[number];
export type OptionInput = NonNullable<ContractInput["options"]>[number];
export type ParamInput = NonNullable<ContractInput["params"]>[number];
export type KeyFigureInput = NonNullable<ContractInput["keyFigures"]>[number];
export type VariantInput = NonNullable<IndicatorInput["variants"]>[number];

export type ShareMeasure = Extract<Measure, { kind: "share" }>;

export const note = (kind: NoteInput["kind"], da: string, en: string): NoteInput => ({ kind, text: { da, en } });

export const inField = (field: string, values: readonly string[]): Filter => ({ op: "in", field, values: [...values] });

/* ---------- checklists (qualitative goals) ---------- */

export const DELVIST_OPTION: OptionInput = {
  id: "delvistKredit",
  label: {
    da: "Kredit for en aktivitet med status 'delvist'",
    en: "Credit for an activity with status 'delvist' (partly)",
  },
  description: {
    da: "Kontrakterne siger ikke, hvad en delvist gennemført aktivitet tæller. Som standard giver 'delvist' ingen kredit (0); vælg 0,5 for at give halv kredit.",
    en: "The contracts do not say what a partly done activity counts for. By default 'delvist' gives no credit (0); choose 0.5 for half credit.",
  },
  choices: [
    { id: "0", label: { da: "0 (ingen kredit)", en: "0 (no credit)" } },
    { id: "0.5", label: { da: "0,5 (halv kredit)", en: "0.5 (half credit)" } },
  ],
  default: "0",
};

const DELVIST_NOTE = note(
  "default",
  "Opfyldelse = andel af aktiviteterne med status 'opfyldt' i Aktiviteter-arket. 'Delvist' giver ingen kredit som standard (indstillingen 'delvistKredit').",
  "Fulfilment = share of the activities with status 'opfyldt' in the Aktiviteter sheet. 'Delvist' gives no credit by default (option 'delvistKredit').",
);

export interface ChecklistArgs {
  readonly id?: string;
  readonly label: IndicatorInput["label"];
  /** The document's own items: [id, text]. */
  readonly items: readonly (readonly [string, string])[];
  readonly weight?: number;
  readonly notes?: readonly NoteInput[];
  readonly variants?: readonly VariantInput[];
  /** Only present when an option has this value (e.g. a weight the option decides). */
  readonly when?: IndicatorInput["when"];
}

/** One checklist indicator over the document's own items; 'delvist' credit is an option. */
export function checklist(args: ChecklistArgs): IndicatorInput {
  const items = args.items.map(([id, text]) => ({ id, text }));
  return {
    id: args.id ?? "aktiviteter",
    label: args.label,
    measure: { kind: "checklist", items, partialCredit: 0 },
    target: { op: ">=", value: items.length },
    rule: { kind: "checklist" },
    unit: "aktiviteter",
    weight: args.weight ?? 1,
    ...(args.when ? { when: args.when } : {}),
    whatIfOf: { da: "aktiviteter med status opfyldt", en: "activities with status met" },
    variants: [
      { when: { option: "delvistKredit", equals: "0.5" }, measure: { kind: "checklist", items, partialCredit: 0.5 } },
      ...(args.variants ?? []),
    ],
    notes: [DELVIST_NOTE, ...(args.notes ?? [])],
  };
}

/* ---------- user-evaluation answer shares ---------- */

export const EFFECT_POSITIVE = ["i høj grad", "i nogen grad"] as const;
/** The effect scale without "ved ikke": the denominator when "ved ikke" is left out. */
export const EFFECT_KNOWN = ["i høj grad", "i nogen grad", "i lav grad", "slet ikke"] as const;

export const VED_IKKE_EFFEKT_OPTION: OptionInput = {
  id: "vedIkkeEffekt",
  label: {
    da: "'Ved ikke' i andelen med positiv effekt",
    en: "'Ved ikke' (don't know) in the share with positive effect",
  },
  description: {
    da: "Målet opgøres som summen af svar 'i høj grad' og 'i nogen grad'. Som standard tæller 'ved ikke' med i nævneren (alle svar); vælg 'udelad' for kun at regne på svar med en vurdering.",
    en: "The goal counts answers 'i høj grad' and 'i nogen grad'. By default 'ved ikke' stays in the denominator (all answers); choose 'udelad' to count only answers with an assessment.",
  },
  choices: [
    { id: "medtag", label: { da: "Medtag 'ved ikke' i nævneren", en: "Keep 'ved ikke' in the denominator" } },
    { id: "udelad", label: { da: "Udelad 'ved ikke'", en: "Leave 'ved ikke' out" } },
  ],
  default: "medtag",
};

/**
 * "procent af de virksomheder …": a share over answers counts companies by default (a company is
 * a hit when any of its answers is); 'svar' counts answer rows. The engine reads the option.
 */
export const SVAR_ENHED_OPTION: OptionInput = {
  id: "svarEnhed",
  label: { da: "Andele af brugerevalueringens svar tæller", en: "Shares of the user evaluation's answers count" },
  description: {
    da: "Målteksterne siger 'procent af de virksomheder': en virksomhed tæller én gang og er med i tælleren, når et af dens svar er det. Vælg 'svar' for at tælle hvert svar for sig. NPS regnes altid på svarene ('andelen af svar').",
    en: "The goal texts say 'per cent of the companies': a company counts once and is a hit when any of its answers is. Choose 'svar' to count each answer. NPS is always computed on the answers ('the share of answers').",
  },
  choices: [
    { id: "virksomhed", label: { da: "Virksomheder (CVR)", en: "Companies (CVR)" } },
    { id: "svar", label: { da: "Svar", en: "Answers" } },
  ],
  default: "virksomhed",
};

export const SVAR_ENHED_NOTE = note(
  "default",
  "Tæller virksomheder (CVR), som teksten siger: en virksomhed med flere svar tæller én gang og er med i tælleren, når et af svarene er det; et svar uden CVR tæller som én virksomhed (indstillingen 'svarEnhed').",
  "Counts companies (CVR), as the text says: a company with several answers counts once and is a hit when any of them is; an answer without a CVR counts as one company (option 'svarEnhed').",
);

/** Share of companies expecting a positive effect ("i høj grad" + "i nogen grad"). */
export const EFFECT_SHARE: ShareMeasure = {
  kind: "share",
  table: "Evaluering",
  numerator: inField("effekt", EFFECT_POSITIVE),
  denominator: { op: "notBlank", field: "effekt" },
  distinct: "cvr",
};

export const EFFECT_SHARE_VARIANTS: VariantInput[] = [
  {
    when: { option: "vedIkkeEffekt", equals: "udelad" },
    measure: { ...EFFECT_SHARE, denominator: inField("effekt", EFFECT_KNOWN) },
  },
];

export const EFFECT_SHARE_NOTE = note(
  "default",
  "Andel = svar 'i høj grad' eller 'i nogen grad' ud af alle svar på spørgsmålet; 'ved ikke' tæller med i nævneren (indstillingen 'vedIkkeEffekt'). Tomme svar tæller ikke.",
  "Share = answers 'i høj grad' or 'i nogen grad' out of all answers to the question; 'ved ikke' stays in the denominator (option 'vedIkkeEffekt'). Blank answers do not count.",
);

export const NPS_NOTE = note(
  "info",
  "NPS = andel svar 9-10 minus andel svar 0-6, i point, over svarene i Brugerevaluering: periodens svar, når kolonnen Besvarelsesdato er udfyldt, ellers alle svar i arket (en note siger det).",
  "NPS = share of answers 9-10 minus share of answers 0-6, in points, over the answers in the user evaluation: the period's answers when the Besvarelsesdato column is filled in, otherwise every answer in the sheet (a note says so).",
);

export const NPS_MEASURE: Extract<Measure, { kind: "nps" }> = { kind: "nps", table: "Evaluering", field: "anbefaling" };

/* ---------- key figures shared by several templates ---------- */

export const KF_KENDSKABSGRAD: KeyFigureInput = {
  id: "kendskabsgrad",
  label: "Kendskabsgrad",
  synonyms: ["Kendskabsgrad til erhvervshuset", "Kendskab til erhvervshuset", "Kendskab", "Awareness"],
  unit: "procent",
};
export const KF_KENDSKAB_TILBUD: KeyFigureInput = {
  id: "kendskab-til-tilbud",
  label: "Kendskab til tilbud",
  synonyms: [
    "Kendskab til erhvervshusets tilbud",
    "Kendskab til tilbuddene",
    "Kendskab til værditilbud",
    "Awareness of offers",
  ],
  unit: "procent",
};
export const KF_MERVAEKST_OMSAETNING: KeyFigureInput = {
  id: "mervaekst-omsaetning-vaekst",
  label: "Mervækst omsætning (vækstsegment)",
  synonyms: ["Mervækst omsætning", "Mervækst i omsætning", "Mervækst omsætning vækst", "Additional turnover growth"],
  unit: "procentpoint",
};
export const KF_MERVAEKST_BESKAEFTIGELSE: KeyFigureInput = {
  id: "mervaekst-beskaeftigelse-vaekst",
  label: "Mervækst beskæftigelse (vækstsegment)",
  synonyms: [
    "Mervækst beskæftigelse",
    "Mervækst i beskæftigelse",
    "Mervækst beskæftigelse vækst",
    "Additional employment growth",
  ],
  unit: "procentpoint",
};
export const KF_MERVAEKST_PRODUKTIVITET: KeyFigureInput = {
  id: "mervaekst-produktivitet-drift",
  label: "Mervækst produktivitet (driftssegment)",
  synonyms: [
    "Mervækst produktivitet",
    "Mervækst i produktivitet",
    "Mervækst produktivitet drift",
    "Additional productivity growth",
  ],
  unit: "procentpoint",
};
