/**
 * The six national goals of the framework agreement 2024–2027, shared by the agreement itself
 * (targets by parameter: house, year) and by the contracts that carry them (Sjælland 2025,
 * fixed targets). The measures are defined once, so the two never drift; each contract brings
 * its own words — target texts, methods, and how its method counts the referral answers — so
 * one document's wording is never applied to another.
 */
import {
  KF_KENDSKAB_TILBUD,
  KF_KENDSKABSGRAD,
  KF_MERVAEKST_BESKAEFTIGELSE,
  KF_MERVAEKST_OMSAETNING,
  KF_MERVAEKST_PRODUKTIVITET,
  NPS_MEASURE,
  NPS_NOTE,
  SVAR_ENHED_NOTE,
  SVAR_ENHED_OPTION,
  inField,
  note,
  type GoalInput,
  type IndicatorInput,
  type KeyFigureInput,
  type NoteInput,
  type OptionInput,
  type ShareMeasure,
  type VariantInput,
} from "./common";

type TargetValue = IndicatorInput["target"]["value"];
type Six<T> = readonly [T, T, T, T, T, T];

export interface National2024Setup {
  /** Document and file for `source`. */
  readonly document: string;
  readonly file: string;
  /** Section label per goal number, e.g. "Mål 1 – Styrket indsats for iværksættere". */
  readonly section: (goal: number, title: string) => string;
  /** The document's own target text per goal (1–6): each contract quotes its own words. */
  readonly targetTexts: Six<string>;
  /** Targets that a parameter decides in the agreement and the contract fixes. */
  readonly entrepreneurTarget: TargetValue;
  readonly kendskabTilbudTarget: TargetValue;
  /** Other readings of the awareness-of-offers target (years the document does not state). */
  readonly kendskabTilbudVariants?: readonly VariantInput[];
  /** Goal 4's indicators: how the contract's own words count the referral answers. */
  readonly referralIndicators: readonly IndicatorInput[];
  /** The "Metode" text per goal (1–6). */
  readonly methods: Six<string>;
  /** Extra notes per goal number. */
  readonly extraNotes?: Readonly<Partial<Record<number, readonly NoteInput[]>>>;
}

export const NATIONAL_2024_KEY_FIGURES: readonly KeyFigureInput[] = [
  KF_KENDSKABSGRAD,
  KF_KENDSKAB_TILBUD,
  KF_MERVAEKST_OMSAETNING,
  KF_MERVAEKST_BESKAEFTIGELSE,
  KF_MERVAEKST_PRODUKTIVITET,
];

export const NPS_OMFANG_OPTION: OptionInput = {
  id: "npsOmfang",
  label: { da: "NPS for drifts- og vækstsegment", en: "NPS for the operations and growth segments" },
  description: {
    da: "Mål 3 kræver NPS ≥ 70 'for deres drifts- og vækstsegment'. Som standard beregnes én samlet NPS over alle svar; vælg 'pr. segment' for en NPS pr. segment (drift og vækst), der hver skal nå 70.",
    en: "Goal 3 requires NPS ≥ 70 'for their operations and growth segment'. By default one NPS is computed over all answers; choose 'per segment' for one NPS per segment (drift and vækst), each of which must reach 70.",
  },
  choices: [
    { id: "samlet", label: { da: "Samlet for begge segmenter", en: "One score for both segments" } },
    { id: "pr-segment", label: { da: "Pr. segment (drift og vækst)", en: "Per segment (drift and vækst)" } },
  ],
  default: "samlet",
};

export const VED_IKKE_BAEREDYGTIGHED_OPTION: OptionInput = {
  id: "vedIkkeBaeredygtighed",
  label: { da: "'Ved ikke' i andelen for bæredygtighed", en: "'Ved ikke' (don't know) in the sustainability share" },
  description: {
    da: "Mål 6 tæller svar 'i høj grad' blandt virksomheder vejledt om bæredygtighed (svar i kolonnen Bæredygtighed). Som standard tæller 'ved ikke' med i nævneren; vælg 'udelad' for kun at regne på svar med en vurdering.",
    en: "Goal 6 counts answers 'i høj grad' among companies guided on sustainability (answers in the Bæredygtighed column). By default 'ved ikke' stays in the denominator; choose 'udelad' to count only answers with an assessment.",
  },
  choices: [
    { id: "medtag", label: { da: "Medtag 'ved ikke' i nævneren", en: "Keep 'ved ikke' in the denominator" } },
    { id: "udelad", label: { da: "Udelad 'ved ikke'", en: "Leave 'ved ikke' out" } },
  ],
  default: "medtag",
};

/** Goal 1: "Fordeling 2024" sums to the 2027 goal, yet no other yearly target is stated. */
export const MAAL1_MAALTAL_OPTION: OptionInput = {
  id: "maal1Maaltal",
  label: { da: "Måltal for mål 1 (virksomheder under 3 år)", en: "Target for goal 1 (companies under 3 years)" },
  description: {
    da: "Tallene pr. erhvervshus står som 'Fordeling 2024', men summerer til 1.200 – målet, der skal nås 'frem til 2027'. Som standard er de årets måltal; vælg 'eget' for at bruge det måltal, huset har aftalt for året (indstillingen 'maal1MaaltalEget').",
    en: "The figures per house are labelled 'Fordeling 2024' (distribution 2024) but sum to 1,200 – the goal to be reached 'by 2027'. By default they are the year's target; choose 'eget' (own) to use the target the house agreed for the year (option 'maal1MaaltalEget').",
  },
  choices: [
    { id: "fordeling-2024", label: { da: "Tallene fra 'Fordeling 2024'", en: "The 'Fordeling 2024' figures" } },
    { id: "eget", label: { da: "Eget måltal for året", en: "Own target for the year" } },
  ],
  default: "fordeling-2024",
};

export const MAAL1_MAALTAL_EGET_OPTION: OptionInput = {
  id: "maal1MaaltalEget",
  label: { da: "Eget måltal for mål 1", en: "Own target for goal 1" },
  description: {
    da: "Antal vejledte virksomheder under 3 år, huset skal nå i året; bruges, når 'maal1Maaltal' er 'eget'.",
    en: "Number of guided companies under 3 years the house is to reach in the year; used when 'maal1Maaltal' is 'eget'.",
  },
  default: null,
};

export const NATIONAL_2024_OPTIONS: readonly OptionInput[] = [
  MAAL1_MAALTAL_OPTION,
  MAAL1_MAALTAL_EGET_OPTION,
  NPS_OMFANG_OPTION,
  VED_IKKE_BAEREDYGTIGHED_OPTION,
  SVAR_ENHED_OPTION,
];

const TITLES: Six<readonly [string, string]> = [
  ["Styrket indsats for iværksættere", "Stronger effort for entrepreneurs"],
  ["Kendskab", "Awareness"],
  ["Virksomhedernes tilfredshed", "Company satisfaction"],
  ["Erhvervshusenes knudepunktsfunktion", "The business hubs as nodes"],
  ["Effekt i virksomhederne", "Effect in the companies"],
  ["Bæredygtighed", "Sustainability"],
];

/* ---------- goal 4: the answers to "Brug af henvisning" ---------- */

export interface ReferralUseArgs {
  readonly id: string;
  readonly label: IndicatorInput["label"];
  /** Answers that count as having used the referral (the contract's own words). */
  readonly used: readonly string[];
  /** Answers in the denominator. */
  readonly counted: readonly string[];
  readonly whatIfOf: IndicatorInput["whatIfOf"];
  readonly when?: IndicatorInput["when"];
  readonly variants?: readonly VariantInput[];
  readonly notes: readonly NoteInput[];
}

/** The share of the answers in `counted` that are in `used`. */
export const referralMeasure = (used: readonly string[], counted: readonly string[]): ShareMeasure => ({
  kind: "share",
  table: "Evaluering",
  numerator: inField("henvisning", used),
  denominator: inField("henvisning", counted),
  // "Mindst 50 procent af de virksomheder …, at de har anvendt en eller flere af henvisningerne".
  distinct: "cvr",
});

export const referralUse = (a: ReferralUseArgs): IndicatorInput => ({
  id: a.id,
  label: a.label,
  measure: referralMeasure(a.used, a.counted),
  target: { op: ">=", value: 50 },
  rule: { kind: "threshold" },
  unit: "procent",
  ...(a.when ? { when: a.when } : {}),
  whatIfOf: a.whatIfOf,
  variants: [...(a.variants ?? [])],
  notes: [...a.notes, SVAR_ENHED_NOTE],
});

/* ---------- goal 6 ---------- */

const SUSTAINABILITY_KNOWN = ["i høj grad", "i nogen grad", "i lav grad", "slet ikke"] as const;

const SUSTAINABILITY_SHARE: ShareMeasure = {
  kind: "share",
  table: "Evaluering",
  numerator: inField("baeredygtighed", ["i høj grad"]),
  denominator: { op: "notBlank", field: "baeredygtighed" },
  // "70 pct. af de vejledte virksomheder …": companies, not answers.
  distinct: "cvr",
};

const npsIndicator = (id: string, label: string, labelEn: string, segment: string | null): IndicatorInput => ({
  id,
  label: { da: label, en: labelEn },
  measure: segment === null ? NPS_MEASURE : { ...NPS_MEASURE, where: inField("segment", [segment]) },
  target: { op: ">=", value: 70 },
  rule: { kind: "threshold" },
  unit: "point",
  when: { option: "npsOmfang", equals: segment === null ? "samlet" : "pr-segment" },
  whatIfOf:
    segment === null
      ? { da: "svar på 9-10", en: "answers of 9–10" }
      : segment === "drift"
        ? { da: "svar på 9-10 i driftssegmentet", en: "answers of 9–10 in the operations segment" }
        : { da: "svar på 9-10 i vækstsegmentet", en: "answers of 9–10 in the growth segment" },
  notes:
    segment === null
      ? [
          NPS_NOTE,
          note(
            "ambiguity",
            "'For deres drifts- og vækstsegment' læses som én samlet NPS over svar fra begge segmenter (indstillingen 'npsOmfang'); svar uden segment tæller med.",
            "'For their operations and growth segment' is read as one NPS over the answers of both segments (option 'npsOmfang'); answers without a segment count too.",
          ),
        ]
      : [
          NPS_NOTE,
          note(
            "ambiguity",
            "Pr. segment: hvert segment skal nå NPS 70; målets opfyldelse er gennemsnittet af de to (50 %, hvis kun det ene segment når målet).",
            "Per segment: each segment must reach NPS 70; the goal's fulfilment is the mean of the two (50 % when only one segment reaches it).",
          ),
        ],
});

const controlGroup = (
  id: string,
  key: string,
  label: string,
  labelEn: string,
  op: ">=" | ">",
  value: number,
): IndicatorInput => ({
  id,
  label: { da: label, en: labelEn },
  measure: { kind: "controlGroup", key },
  target: { op, value },
  rule: { kind: "threshold" },
  unit: "procentpoint",
  notes: [],
});

/** Goals 1–6 of the framework agreement 2024–2027 with the given targets and texts. */
export function nationalGoals2024(setup: National2024Setup): GoalInput[] {
  const source = (n: number) => ({
    document: setup.document,
    section: setup.section(n, TITLES[n - 1]![0]),
    file: setup.file,
  });
  const goal = (n: number, indicators: IndicatorInput[], notes: readonly NoteInput[]): GoalInput => ({
    id: String(n),
    title: { da: TITLES[n - 1]![0], en: TITLES[n - 1]![1] },
    group: "national",
    targetText: setup.targetTexts[n - 1]!,
    method: setup.methods[n - 1]!,
    source: source(n),
    indicators,
    notes: [...notes, ...(setup.extraNotes?.[n] ?? [])],
  });

  return [
    goal(
      1,
      [
        {
          id: "virksomheder-under-3-aar",
          label: { da: "Vejledte virksomheder under 3 år", en: "Guided companies younger than 3 years" },
          measure: { kind: "distinct", table: "Forloeb", field: "cvr", where: { op: "companyAgeUnder", years: 3 } },
          target: { op: ">=", value: setup.entrepreneurTarget },
          rule: { kind: "proportional" },
          unit: "virksomheder",
          whatIfOf: { da: "virksomheder under 3 år", en: "companies under 3 years" },
          variants: [
            {
              when: { option: "maal1Maaltal", equals: "eget" },
              target: { op: ">=", value: { option: "maal1MaaltalEget" } },
            },
          ],
          notes: [
            note(
              "default",
              "Tæller forskellige CVR-numre i Forløb, hvor forløbets startdato ligger mindre end 3 år efter virksomhedens stiftelsesdato.",
              "Counts distinct CVR numbers in Forløb whose course start date is less than 3 years after the company's founding date.",
            ),
          ],
        },
      ],
      [
        note(
          "inconsistency",
          "Tallene pr. erhvervshus er betegnet 'Fordeling 2024', men summerer til 1.200 – målet, der skal nås 'frem til 2027' (en fordobling fra ca. 600 i 2022). Dokumentet angiver ingen mellemliggende måltal; som standard er tallene årets måltal (indstillingen 'maal1Maaltal': 'eget' bruger husets eget måltal for året).",
          "The figures per house are labelled 'Fordeling 2024' (distribution 2024) but sum to 1,200 – the goal to be reached 'by 2027' (a doubling from about 600 in 2022). The document gives no intermediate targets; by default the figures are the year's target (option 'maal1Maaltal': 'eget' uses the house's own target for the year).",
        ),
      ],
    ),
    goal(
      2,
      [
        {
          id: "kendskabsgrad",
          label: { da: "Kendskabsgrad til erhvervshuset", en: "Awareness of the business hub" },
          measure: { kind: "keyFigure", key: "kendskabsgrad" },
          target: { op: ">=", value: 50 },
          rule: { kind: "threshold" },
          unit: "procent",
          notes: [],
        },
        {
          id: "kendskab-til-tilbud",
          label: {
            da: "Kendskab til tilbud blandt virksomheder, der kender erhvervshuset",
            en: "Awareness of the offers among companies that know the hub",
          },
          measure: { kind: "keyFigure", key: "kendskab-til-tilbud" },
          target: { op: ">=", value: setup.kendskabTilbudTarget },
          rule: { kind: "threshold" },
          unit: "procent",
          variants: [...(setup.kendskabTilbudVariants ?? [])],
          notes: [],
        },
      ],
      [
        note(
          "info",
          "Begge tal måles af Erhvervsstyrelsen (kendskabsmålinger) og indtastes i Nøgletal som 'Kendskabsgrad' og 'Kendskab til tilbud' (procent).",
          "Both figures are measured by the Danish Business Authority (awareness surveys) and entered in Nøgletal as 'Kendskabsgrad' and 'Kendskab til tilbud' (per cent).",
        ),
      ],
    ),
    goal(
      3,
      [
        npsIndicator(
          "nps",
          "NPS (drifts- og vækstsegment samlet)",
          "NPS (operations and growth segments together)",
          null,
        ),
        npsIndicator("nps-drift", "NPS driftssegment", "NPS operations segment", "drift"),
        npsIndicator("nps-vaekst", "NPS vækstsegment", "NPS growth segment", "vækst"),
      ],
      [],
    ),
    goal(4, [...setup.referralIndicators], []),
    goal(
      5,
      [
        controlGroup(
          "mervaekst-omsaetning",
          "mervaekst-omsaetning-vaekst",
          "Mervækst i omsætning, vækstsegment",
          "Additional turnover growth, growth segment",
          ">=",
          10,
        ),
        controlGroup(
          "mervaekst-beskaeftigelse",
          "mervaekst-beskaeftigelse-vaekst",
          "Mervækst i beskæftigelse, vækstsegment",
          "Additional employment growth, growth segment",
          ">=",
          5,
        ),
        controlGroup(
          "mervaekst-produktivitet",
          "mervaekst-produktivitet-drift",
          "Mervækst i produktivitet, driftssegment",
          "Additional productivity growth, operations segment",
          ">",
          0,
        ),
      ],
      [
        note(
          "info",
          "Tallene kommer fra effektmålingen (Danmarks Statistik for Erhvervsstyrelsen) for virksomheder, hvis vejledning sluttede to år tidligere, og indtastes i Nøgletal i procentpoint i forhold til kontrolgruppen.",
          "The figures come from the effect study (Statistics Denmark for the Danish Business Authority) of companies whose guidance ended two years earlier, and are entered in Nøgletal in percentage points against the control group.",
        ),
        note(
          "ambiguity",
          "For driftssegmentet kræves blot 'en mervækst i produktivitet'; det læses som mervækst > 0 procentpoint.",
          "For the operations segment the text only requires 'additional growth in productivity'; read as more than 0 percentage points.",
        ),
      ],
    ),
    goal(
      6,
      [
        {
          id: "baeredygtighed-i-hoej-grad",
          label: {
            da: "Andel vejledt i bæredygtighed, der svarer 'i høj grad'",
            en: "Share guided on sustainability answering 'i høj grad' (to a great extent)",
          },
          measure: SUSTAINABILITY_SHARE,
          target: { op: ">=", value: 70 },
          rule: { kind: "threshold" },
          unit: "procent",
          whatIfOf: { da: "svar 'i høj grad'", en: "answers 'to a great extent'" },
          variants: [
            {
              when: { option: "vedIkkeBaeredygtighed", equals: "udelad" },
              measure: { ...SUSTAINABILITY_SHARE, denominator: inField("baeredygtighed", SUSTAINABILITY_KNOWN) },
            },
          ],
          notes: [
            note(
              "default",
              "Andel = svar 'i høj grad' ud af alle svar i kolonnen Bæredygtighed (tom = ikke vejledt om bæredygtighed). 'Ved ikke' tæller med i nævneren (indstillingen 'vedIkkeBaeredygtighed').",
              "Share = answers 'i høj grad' out of all answers in the Bæredygtighed column (blank = not guided on sustainability). 'Ved ikke' stays in the denominator (option 'vedIkkeBaeredygtighed').",
            ),
            SVAR_ENHED_NOTE,
          ],
        },
      ],
      [],
    ),
  ];
}
