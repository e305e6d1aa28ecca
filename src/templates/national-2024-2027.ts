/**
 * The six national goals of the framework agreement 2024–2027, shared by the agreement itself
 * (targets by parameter: house, year) and by the contracts that carry them (Sjælland 2025,
 * fixed targets and the contract's own "Metode" texts). One definition, so the two never drift.
 */
import {
  KF_KENDSKAB_TILBUD,
  KF_KENDSKABSGRAD,
  KF_MERVAEKST_BESKAEFTIGELSE,
  KF_MERVAEKST_OMSAETNING,
  KF_MERVAEKST_PRODUKTIVITET,
  NPS_MEASURE,
  NPS_NOTE,
  inField,
  note,
  type GoalInput,
  type IndicatorInput,
  type KeyFigureInput,
  type OptionInput,
  type ShareMeasure,
} from "./common";

type TargetValue = IndicatorInput["target"]["value"];

export interface National2024Setup {
  /** Document and file for `source`. */
  readonly document: string;
  readonly file: string;
  /** Section label per goal number, e.g. "Mål 1 – Styrket indsats for iværksættere". */
  readonly section: (goal: number, title: string) => string;
  /** Targets that a parameter decides in the agreement and the contract fixes. */
  readonly entrepreneurTarget: TargetValue;
  readonly kendskabTilbudTarget: TargetValue;
  /** The "Metode" text per goal (1–6). */
  readonly methods: readonly [string, string, string, string, string, string];
  /** Extra notes per goal number. */
  readonly extraNotes?: Readonly<Partial<Record<number, GoalInput["notes"]>>>;
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

export const NATIONAL_2024_OPTIONS: readonly OptionInput[] = [NPS_OMFANG_OPTION, VED_IKKE_BAEREDYGTIGHED_OPTION];

const TITLES: readonly (readonly [string, string])[] = [
  ["Styrket indsats for iværksættere", "Stronger effort for entrepreneurs"],
  ["Kendskab", "Awareness"],
  ["Virksomhedernes tilfredshed", "Company satisfaction"],
  ["Erhvervshusenes knudepunktsfunktion", "The business hubs as nodes"],
  ["Effekt i virksomhederne", "Effect in the companies"],
  ["Bæredygtighed", "Sustainability"],
];

const TARGET_TEXTS: readonly string[] = [
  "Erhvervshusene fordobler frem til 2027 antallet af vejledte virksomheder under 3 år til mindst 1.200 virksomheder om året samlet set. Fordelingen mellem Erhvervshusene følger befolkningstallet (Fordeling 2024: Hovedstaden: 385, Midtjylland: 275, Sjælland: 171, Sydjylland: 156, Nordjylland: 119 og Fyn: 94).",
  "Virksomhedernes kendskabsgrad til hvert erhvervshus skal være mindst 50 procent. Blandt virksomheder, som kender erhvervshuset, har mindst 55 procent kendskab til deres tilbud i 2025. I 2027 er dette kendskab øget til mindst 65 procent.",
  "Erhvervshusene opnår hvert år en Net Promotor Score (NPS) på mindst 70 for deres drifts- og vækstsegment. Scoren måles ved, at virksomhederne angiver i brugerevalueringen, at de vil anbefale Erhvervshusene til andre virksomheder eller personer i deres netværk.",
  "Mindst 50 procent af de virksomheder, der henvises af erhvervshuset til ekstern rådgivning eller højt specialiseret statslig erhvervsfremme, angiver i brugerevalueringen, at de har anvendt en eller flere af henvisningerne fra erhvervshuset.",
  "For virksomheder i Erhvervshusenes vækstsegment skal der to år efter endt vejledning kunne måles en mervækst på mindst 10 procentpoint i omsætning og mindst 5 procentpoint i beskæftigelse i forhold til en kontrolgruppe af sammenlignelige virksomheder. Virksomheder i Erhvervshusenes driftssegment har to år efter endt vejledning en mervækst i produktivitet sammenlignet med en kontrolgruppe af sammenlignelige virksomheder.",
  "70 pct. af de vejledte virksomheder, som er blevet vejledt inden for bæredygtighed, tilkendegiver i deres brugerevaluering, at vejledningen i erhvervshuset ”i høj grad” har gjort dem bedre i stand til at målrette og prioritere arbejdet med et eller flere af følgende områder: miljø- og klima, sociale forhold og virksomhedsledelse.",
];

const REFERRAL_USED = ["ja", "forventer"] as const;
const REFERRAL_KNOWN = ["ja", "forventer", "nej"] as const;
const SUSTAINABILITY_KNOWN = ["i høj grad", "i nogen grad", "i lav grad", "slet ikke"] as const;

const SUSTAINABILITY_SHARE: ShareMeasure = {
  kind: "share",
  table: "Evaluering",
  numerator: inField("baeredygtighed", ["i høj grad"]),
  denominator: { op: "notBlank", field: "baeredygtighed" },
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
  const goal = (n: number, indicators: IndicatorInput[], notes: NonNullable<GoalInput["notes"]>): GoalInput => ({
    id: String(n),
    title: { da: TITLES[n - 1]![0], en: TITLES[n - 1]![1] },
    group: "national",
    targetText: TARGET_TEXTS[n - 1]!,
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
          notes: [
            note(
              "default",
              "Tæller forskellige CVR-numre i Forløb, hvor forløbets startdato ligger mindre end 3 år efter virksomhedens stiftelsesdato. Det officielle tal opgøres af Erhvervsstyrelsen fra ESCRM.",
              "Counts distinct CVR numbers in Forløb whose course start date is less than 3 years after the company's founding date. The official figure is computed by the Danish Business Authority from ESCRM.",
            ),
          ],
        },
      ],
      [
        note(
          "inconsistency",
          "Tallene pr. erhvervshus er betegnet 'Fordeling 2024', men summerer til 1.200 – målet for 2027 (en fordobling fra ca. 600 i 2022). Dokumentet angiver ingen mellemliggende måltal; skabelonen bruger tallene som årets måltal.",
          "The figures per house are labelled 'Fordeling 2024' (distribution 2024) but sum to 1,200 – the target for 2027 (a doubling from about 600 in 2022). The document gives no intermediate targets; the template uses the figures as the year's target.",
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
    goal(
      4,
      [
        {
          id: "anvendt-henvisning",
          label: {
            da: "Andel der har anvendt eller forventer at anvende henvisningen",
            en: "Share that used or expect to use the referral",
          },
          measure: {
            kind: "share",
            table: "Evaluering",
            numerator: inField("henvisning", REFERRAL_USED),
            denominator: inField("henvisning", REFERRAL_KNOWN),
          },
          target: { op: ">=", value: 50 },
          rule: { kind: "threshold" },
          unit: "procent",
          whatIfOf: { da: "svar 'ja' eller 'forventer'", en: "answers 'yes' or 'expect to'" },
          notes: [
            note(
              "default",
              "Andel = svar 'ja' eller 'forventer' ud af svar 'ja', 'forventer' og 'nej'. 'Ved ikke' udgår af beregningen, og tomme svar tæller ikke.",
              "Share = answers 'ja' or 'forventer' out of answers 'ja', 'forventer' and 'nej'. 'Ved ikke' leaves the calculation, and blank answers do not count.",
            ),
          ],
        },
      ],
      [
        note(
          "ambiguity",
          "Målet taler om de henviste virksomheder, metoden om 'det samlede antal vejledte virksomheder, der er sendt til brugerevaluering'. Kontrakttjek regner på svarene i kolonnen 'Brug af henvisning'; virksomheder uden svar tæller ikke.",
          "The goal speaks of the referred companies, the method of 'all guided companies sent to user evaluation'. Kontrakttjek counts the answers in the column 'Brug af henvisning'; companies without an answer do not count.",
        ),
      ],
    ),
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
          ],
        },
      ],
      [],
    ),
  ];
}
