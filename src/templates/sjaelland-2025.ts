/**
 * Resultatkontrakt 2025, Erhvervshus Sjælland – KKR Sjælland: the six national goals of the
 * framework agreement 2024–2027 and nine local goals (7–15); status every half-year.
 */
import type { ContractInput, Filter } from "../domain/contract/schema";
import {
  DELVIST_OPTION,
  checklist,
  inField,
  note,
  type IndicatorInput,
  type NoteInput,
  type ShareMeasure,
  type VariantInput,
} from "./common";
import { HOVEDSTADEN_REGION_NAMES, REGION_HOVEDSTADEN, REGION_SJAELLAND } from "./municipalities";
import { NATIONAL_2024_KEY_FIGURES, NATIONAL_2024_OPTIONS, nationalGoals2024, referralUse } from "./national-2024-2027";
import {
  AFVIGELSE_OPTION,
  EKSTERN_AKTOER_NOTE,
  EKSTERN_AKTOER_OPTION,
  EXTERNAL_REFERRAL,
  FORDELING_ENHED_OPTION,
  GEARING_GRUNDLAG_OPTION,
  MAAL14_FORANKRING_OPTION,
  MAAL7_SEGMENT_OPTION,
  NOT_OUTSIDE_SJAELLAND,
  OMSTILLINGSPLANER_OPTION,
} from "./sjaelland-2025-options";

const DOCUMENT = "Resultatkontrakt 2025 mellem KKR Sjælland og Erhvervshus Sjælland";
const FILE = "001_1dda4f966525af20.txt";
const source = (section: string) => ({ document: DOCUMENT, section, file: FILE });
const REGISTRERING = "Målet opgøres af Erhvervshus Sjælland på baggrund af data fra erhvervshusets brugerregistrering.";

/* Course types as houses write them in `Forløbstype` (compared folded: case, spaces, hyphens). */
const KORTE = ["Kort forløb", "Korte forløb", "Kort vejledningsforløb", "Korte vejledningsforløb", "Kort vejledning"];
const HANDLINGSPLAN = ["Handlingsplan", "Handlingsplaner", "Handlingsplanforløb", "Handlings plan"];
const VAEKSTPLAN = ["Vækstplan", "Vækstplaner", "Vækstplanforløb", "Vækst plan"];
const OMSTILLINGSPLAN = ["Omstillingsplan", "Omstillingsplaner", "Omstillingsplanforløb", "Omstillings plan"];
const AI_TJEK = ["AI-tjek", "AI-tjekket", "AI-check", "KI-tjek", "Kunstig intelligens-tjek", "AI tjekket"];

const themeOrType = (text: string): Filter => ({
  op: "any",
  of: [
    { op: "contains", field: "forloebstype", value: text },
    { op: "contains", field: "tema", value: text },
  ],
});

/* ---------- goal 7: counts by course type ---------- */

const typeNote = (types: readonly string[]): NoteInput =>
  note(
    "default",
    `Tæller forløb med Forløbstype: ${types.join(", ")} (store/små bogstaver og bindestreger er ligegyldige).`,
    `Counts courses with Forløbstype: ${types.join(", ")} (case and hyphens do not matter).`,
  );

const WEIGHT0_NOTE = note(
  "default",
  "Summen af delmålene: vises, men indgår ikke i målets gennemsnit (vægt 0), så forløbene ikke tælles to gange.",
  "The sum of the sub-targets: shown, but not part of the goal's mean (weight 0), so courses are not counted twice.",
);

interface CountArgs {
  readonly id: string;
  readonly label: IndicatorInput["label"];
  readonly types: readonly string[];
  readonly target: number;
  readonly whatIfOf: IndicatorInput["whatIfOf"];
  readonly weight?: number;
  /** The course types when option `omstillingsplaner` counts transition plans as growth plans. */
  readonly withOmstilling?: readonly string[];
  /** Only courses of this Kundesegment (option `maal7Segment` = `type-og-segment`). */
  readonly segment?: "drift" | "vækst";
  readonly when?: IndicatorInput["when"];
}

/** Courses of the given types; realised/target capped at 100 (the default for counts, docs/rules.md). */
const count = (a: CountArgs): IndicatorInput => {
  const where = (types: readonly string[]): Filter =>
    a.segment
      ? { op: "all", of: [inField("forloebstype", types), inField("segment", [a.segment])] }
      : inField("forloebstype", types);
  const notes = [typeNote(a.types)];
  if (a.segment) notes.push(SEGMENT_NOTE);
  if (a.weight === 0) notes.push(WEIGHT0_NOTE);
  return {
    id: a.id,
    label: a.label,
    measure: { kind: "count", table: "Forloeb", where: where(a.types) },
    target: { op: ">=", value: a.target },
    rule: { kind: "proportional" },
    unit: "antal",
    weight: a.weight ?? 1,
    ...(a.when ? { when: a.when } : {}),
    whatIfOf: a.whatIfOf,
    variants: a.withOmstilling
      ? [
          {
            when: { option: "omstillingsplaner", equals: "vaekstplan" },
            measure: { kind: "count", table: "Forloeb", where: where(a.withOmstilling) },
          },
        ]
      : [],
    notes,
  };
};

const SEGMENT_NOTE = note(
  "default",
  "Med indstillingen 'maal7Segment' = 'type-og-segment' tæller kun forløb, hvis Kundesegment er det segment, planen står med i målteksten.",
  "With option 'maal7Segment' = 'type-og-segment' only courses whose Kundesegment is the segment the goal text gives the plan count.",
);

const BY_TYPE = { option: "maal7Segment", equals: "type" } as const;
const BY_TYPE_AND_SEGMENT = { option: "maal7Segment", equals: "type-og-segment" } as const;

const goal7Indicators: IndicatorInput[] = [
  count({
    id: "korte-forloeb",
    label: { da: "Korte vejledningsforløb", en: "Short guidance courses" },
    types: KORTE,
    target: 880,
    whatIfOf: { da: "korte forløb", en: "short courses" },
  }),
  count({
    id: "handlingsplaner",
    label: { da: "Handlingsplaner (driftssegment)", en: "Action plans (operations segment)" },
    types: HANDLINGSPLAN,
    target: 485,
    whatIfOf: { da: "handlingsplaner", en: "action plans" },
    when: BY_TYPE,
  }),
  count({
    id: "handlingsplaner-drift",
    label: { da: "Handlingsplaner med kundesegment drift", en: "Action plans with segment drift" },
    types: HANDLINGSPLAN,
    target: 485,
    whatIfOf: { da: "handlingsplaner i driftssegmentet", en: "action plans in the operations segment" },
    segment: "drift",
    when: BY_TYPE_AND_SEGMENT,
  }),
  count({
    id: "vaekstplaner",
    label: { da: "Vækstplaner (vækstsegment)", en: "Growth plans (growth segment)" },
    types: VAEKSTPLAN,
    target: 315,
    whatIfOf: { da: "vækstplaner", en: "growth plans" },
    withOmstilling: [...VAEKSTPLAN, ...OMSTILLINGSPLAN],
    when: BY_TYPE,
  }),
  count({
    id: "vaekstplaner-vaekst",
    label: { da: "Vækstplaner med kundesegment vækst", en: "Growth plans with segment vækst" },
    types: VAEKSTPLAN,
    target: 315,
    whatIfOf: { da: "vækstplaner i vækstsegmentet", en: "growth plans in the growth segment" },
    withOmstilling: [...VAEKSTPLAN, ...OMSTILLINGSPLAN],
    segment: "vækst",
    when: BY_TYPE_AND_SEGMENT,
  }),
  count({
    id: "laengere-forloeb",
    label: { da: "Længere vejledningsforløb i alt", en: "Longer guidance courses in total" },
    types: [...HANDLINGSPLAN, ...VAEKSTPLAN],
    target: 800,
    whatIfOf: { da: "længere forløb", en: "longer courses" },
    weight: 0,
    withOmstilling: [...HANDLINGSPLAN, ...VAEKSTPLAN, ...OMSTILLINGSPLAN],
  }),
  count({
    id: "forloeb-i-alt",
    label: { da: "Forløb i alt", en: "Courses in total" },
    types: [...KORTE, ...HANDLINGSPLAN, ...VAEKSTPLAN],
    target: 1680,
    whatIfOf: { da: "forløb", en: "courses" },
    weight: 0,
    withOmstilling: [...KORTE, ...HANDLINGSPLAN, ...VAEKSTPLAN, ...OMSTILLINGSPLAN],
  }),
];

/* ---------- goal 8: distribution over urban and rural municipalities ---------- */

const distribution = (unit: "forloeb" | "virksomheder"): IndicatorInput => {
  const base = { kind: "distribution", table: "Forloeb", field: "kommune" } as const;
  const distinct = unit === "virksomheder" ? { distinct: "cvr" } : {};
  return {
    id: unit === "forloeb" ? "fordeling-forloeb" : "fordeling-virksomheder",
    label: {
      da:
        unit === "forloeb"
          ? "Største afvigelse mellem forløbenes og befolkningens fordeling på by/land"
          : "Største afvigelse mellem virksomhedernes og befolkningens fordeling på by/land",
      en:
        unit === "forloeb"
          ? "Largest deviation between the courses' and the population's urban/rural split"
          : "Largest deviation between the companies' and the population's urban/rural split",
    },
    measure: { ...base, ...distinct, deviation: "point" },
    target: { op: "<=", value: 10 },
    rule: { kind: "threshold" },
    unit: "procentpoint",
    when: { option: "fordelingEnhed", equals: unit },
    whatIfOf:
      unit === "forloeb"
        ? {
            da: "forløb i den underrepræsenterede kommunetype",
            en: "courses in the under-represented type of municipality",
          }
        : {
            da: "virksomheder i den underrepræsenterede kommunetype",
            en: "companies in the under-represented type of municipality",
          },
    variants: [
      { when: { option: "afvigelse", equals: "relative" }, measure: { ...base, ...distinct, deviation: "relative" } },
    ],
    notes: [
      note(
        "ambiguity",
        "'Maks. 10 %' læses som 10 procentpoint mellem andelen af forløb og andelen af befolkningen i hver kommunetype (indstillingen 'afvigelse').",
        "'At most 10 %' is read as 10 percentage points between the share of courses and the share of the population in each municipality type (option 'afvigelse').",
      ),
    ],
  };
};

/* ---------- goal 10: referral shares from the registration ---------- */

const referralShare = (
  id: string,
  label: string,
  labelEn: string,
  types: readonly string[],
  target: number,
): IndicatorInput => {
  const measure = (numerator: Filter): ShareMeasure => ({
    kind: "share",
    table: "Forloeb",
    denominator: inField("forloebstype", types),
    numerator,
    distinct: "cvr",
  });
  const anyActor: VariantInput = {
    when: { option: "eksternAktoer", equals: "alle" },
    measure: measure({ op: "notBlank", field: "henvistTil" }),
  };
  return {
    id,
    label: { da: label, en: labelEn },
    measure: measure(EXTERNAL_REFERRAL),
    target: { op: ">=", value: target },
    rule: { kind: "threshold" },
    unit: "procent",
    whatIfOf: { da: "henviste virksomheder", en: "referred companies" },
    variants: [anyActor],
    notes: [
      typeNote(types),
      note(
        "default",
        "Andel af virksomhederne (CVR) med en sådan plan, hvor mindst ét af planforløbene har en ekstern aktør i 'Henvist til'.",
        "Share of the companies (CVR) with such a plan where at least one of the plan courses names an external actor in 'Henvist til'.",
      ),
      EKSTERN_AKTOER_NOTE,
    ],
  };
};

/* ---------- goal 14: the anchoring the method does not measure ---------- */

const forankring = (choice: "vises" | "indgaar"): IndicatorInput =>
  checklist({
    id: choice === "vises" ? "aktiviteter" : "aktiviteter-indgaar",
    label: {
      da: "Bred geografisk forankring af projektaktiviteter",
      en: "Broad geographical anchoring of project activities",
    },
    items: [
      [
        "bred-forankring",
        "Bred geografisk forankring af projektaktiviteterne med inddragelse af virksomheder, lokal erhvervsservice, klynger, uddannelsesinstitutioner mv.",
      ],
    ],
    weight: choice === "vises" ? 0 : 1,
    when: { option: "maal14Forankring", equals: choice },
  });

/* ---------- the contract ---------- */

export const sjaelland2025: ContractInput = {
  id: "sjaelland-2025",
  title: {
    da: "Resultatkontrakt 2025, Erhvervshus Sjælland – KKR Sjælland",
    en: "Performance contract 2025, Erhvervshus Sjælland – KKR Sjælland",
  },
  year: 2025,
  halfYearReporting: true,
  registration: "2024-2027",
  source: source("Hele kontrakten"),
  params: [],
  options: [
    ...NATIONAL_2024_OPTIONS,
    OMSTILLINGSPLANER_OPTION,
    MAAL7_SEGMENT_OPTION,
    AFVIGELSE_OPTION,
    FORDELING_ENHED_OPTION,
    EKSTERN_AKTOER_OPTION,
    GEARING_GRUNDLAG_OPTION,
    MAAL14_FORANKRING_OPTION,
    DELVIST_OPTION,
  ],
  keyFigures: [
    ...NATIONAL_2024_KEY_FIGURES,
    {
      id: "omsaetning-i-alt",
      label: "Omsætning i alt",
      synonyms: ["Samlet omsætning", "Omsætning", "Total omsætning", "Total revenue"],
      unit: "kr",
    },
    {
      id: "eksterne-projektmidler",
      label: "Eksterne projektmidler",
      synonyms: [
        "Eksterne midler",
        "Projektmidler",
        "Eksterne midler til projektaktiviteter",
        "External project funds",
      ],
      unit: "kr",
    },
    {
      id: "basistilskud",
      label: "Basistilskud",
      synonyms: ["Basisbevilling", "Basistilskud fra kommunerne", "Driftsmidler", "Base grant"],
      unit: "kr",
    },
    {
      id: "forloeb-eh-hovedstaden-sjaellandske",
      label: "Virksomheder fra Region Sjælland vejledt af Erhvervshus Hovedstaden",
      synonyms: [
        "EH Hovedstaden sjællandske virksomheder",
        "Vejledt af Erhvervshus Hovedstaden",
        "Sjællandske virksomheder vejledt af EH Hovedstaden",
      ],
      unit: "virksomheder",
    },
    {
      id: "klyngesamarbejder",
      label: "Forpligtende klyngesamarbejder",
      synonyms: ["Klyngesamarbejder", "Samarbejder med landsdækkende klynger", "Cluster partnerships"],
      unit: "antal",
    },
  ],
  municipalities: [...REGION_SJAELLAND],
  notes: [
    note(
      "info",
      "Status afrapporteres til KKR Sjælland hvert halve år; i halvårsstatus sammenlignes tællinger med den forholdsmæssige del af årets måltal.",
      "Status is reported to KKR Sjælland every half-year; in the half-year status counts are compared with the pro-rata part of the year's target.",
    ),
    note(
      "source",
      "Mål 1–6 er de nationale mål fra Aftale om rammerne for erhvervshuse 2024-2027; mål 7–15 er lokale mål aftalt mellem KKR Sjælland og Erhvervshus Sjælland.",
      "Goals 1–6 are the national goals of the framework agreement 2024–2027; goals 7–15 are local goals agreed between KKR Sjælland and Erhvervshus Sjælland.",
    ),
    note(
      "info",
      "Kontrakten indgås 'inden for rammerne af Aftale om rammerne for erhvervshuse 2024-2027', så aftalens registreringskrav kontrolleres (§ 9): CVR- og P-nummer, kundesegment (drift eller vækst), hvilken anden aktør virksomheden er henvist til, og tema for vejledning; vejledning over 3 timer udtages altid til brugerevaluering; over 20 timer pr. virksomhed på 12 måneder kræver en eksplicit ledelsesvurdering (§ 5.1).",
      "The contract is made 'within the framework agreement 2024–2027', so the agreement's registration rules are checked (§ 9): CVR and P number, customer segment (drift or vækst), the other actor the company was referred to, and the theme of guidance; guidance above 3 hours always goes to user evaluation; above 20 hours per company within 12 months needs an explicit management decision (§ 5.1).",
    ),
  ],
  goals: [
    ...nationalGoals2024({
      document: DOCUMENT,
      file: FILE,
      section: (n, title) => `Nationalt fastsatte mål, Mål ${n} – ${title}`,
      entrepreneurTarget: 171,
      kendskabTilbudTarget: 55,
      referralIndicators: [
        referralUse({
          id: "anvendt-henvisning",
          label: {
            da: "Andel der har benyttet eller forventer at benytte henvisningen",
            en: "Share that used or expect to use the referral",
          },
          used: ["ja", "forventer"],
          counted: ["ja", "forventer", "nej"],
          whatIfOf: { da: "svar 'ja' eller 'forventer'", en: "answers 'yes' or 'expect to'" },
          notes: [
            note(
              "source",
              "Metoden: 'Andelen udgøres af de virksomheder der angiver at de har benyttet eller forventer at benytte henvisningen indenfor det næste halve år'. Andel = svar 'ja' eller 'forventer' ud af svar 'ja', 'forventer' og 'nej'; 'Virksomheder der ikke ved om de har benyttet henvisningen, udgår af beregningen'. Tomme svar tæller ikke.",
              "The method: 'the share is the companies stating that they have used or expect to use the referral within the next half-year'. Share = answers 'ja' or 'forventer' out of answers 'ja', 'forventer' and 'nej'; companies that do not know 'leave the calculation'. Blank answers do not count.",
            ),
          ],
        }),
      ],
      targetTexts: [
        "Erhvervshusene fordobler frem til 2027 antallet af vejledte virksomheder under 3 år til mindst 1.200 virksomheder om året samlet set. Fordelingen mellem Erhvervshusene følger befolkningstallet (Fordeling 2024: Hovedstaden: 385, Midtjylland: 275, Sjælland: 171, Sydjylland: 156, Nordjylland: 119 og Fyn: 94).",
        "Virksomhedernes kendskabsgrad til hvert erhvervshus skal være mindst 50 procent. Blandt virksomheder, som kender erhvervshuset, har mindst 55 procent kendskab til deres tilbud i 2025. I 2027 er dette kendskab øget til mindst 65 procent.",
        "Erhvervshusene opnår hvert år en Net Promotor Score (NPS) på mindst 70 for deres drifts- og vækstsegment. Scoren måles ved, at virksomhederne angiver i brugerevalueringen, at de vil anbefale Erhvervshusene til andre virksomheder eller personer i deres netværk.",
        "Mindst 50 procent af de virksomheder, der henvises af erhvervshuset til ekstern rådgivning eller højt specialiseret statslig erhvervsfremme, angiver i brugerevalueringen, at de har anvendt en eller flere af henvisningerne fra erhvervshuset.",
        "For virksomheder i Erhvervshusenes vækstsegment skal der to år efter endt vejledning kunne måles en mervækst på mindst 10 procentpoint i omsætning og mindst 5 procentpoint i beskæftigelse i forhold til en kontrolgruppe af sammenlignelige virksomheder. Virksomheder i Erhvervshusenes driftssegment har to år efter endt vejledning en mervækst i produktivitet sammenlignet med en kontrolgruppe af sammenlignelige virksomheder.",
        "70 pct. af de vejledte virksomheder, som er blevet vejledt inden for bæredygtighed, tilkendegiver i deres brugerevaluering, at vejledningen i erhvervshuset ”i høj grad” har gjort dem bedre i stand til at målrette og prioritere arbejdet med et eller flere af følgende områder: miljø- og klima, sociale forhold og virksomhedsledelse.",
      ],
      methods: [
        "Målet opgøres af Erhvervsstyrelsen på baggrund af data om antal vejledte virksomheder fra ESCRM.",
        "Målet opgøres af Erhvervsstyrelsen på baggrund af gennemførte kendskabsmålinger.",
        "Målet opgøres af Erhvervsstyrelsen på baggrund af data fra brugerevalueringssystemet.",
        "Målet opgøres af Erhvervsstyrelsen på baggrund af data fra brugerevalueringssystemet. Andelen udgøres af de virksomheder der angiver at de har benyttet eller forventer at benytte henvisningen indenfor det næste halve år, ud af det samlede antal vejledte virksomheder, der er sendt til brugerevaluering. Virksomheder der ikke ved om de har benyttet henvisningen, udgår af beregningen.",
        "Målet opgøres af Erhvervsstyrelsen på baggrund af en effektmåling, der gennemføres af Danmarks Statistik. Produktivitet opgøres som omsætning pr. årsværk. Såfremt der udvikles en bedre proxy for produktivitet, vil denne blive taget i anvendelse.",
        "Målet opgøres af Erhvervsstyrelsen på baggrund af data fra brugerevalueringssystemet.",
      ],
      extraNotes: {
        1: [
          note(
            "info",
            "Erhvervshus Sjællands andel af de 1.200 virksomheder er 171. Det officielle tal opgøres af Erhvervsstyrelsen fra ESCRM.",
            "Erhvervshus Sjælland's share of the 1,200 companies is 171. The official figure is computed by the Danish Business Authority from ESCRM.",
          ),
        ],
        2: [
          note(
            "info",
            "Kontrakten gælder 2025: kendskab til tilbud skal være mindst 55 %; de 65 % er målet for 2027.",
            "The contract covers 2025: awareness of the offers must be at least 55 %; 65 % is the target for 2027.",
          ),
        ],
        4: [
          note(
            "ambiguity",
            "Målet taler om de henviste virksomheder, metoden om 'det samlede antal vejledte virksomheder, der er sendt til brugerevaluering'. Kontrakttjek regner på svarene i kolonnen 'Brug af henvisning'; virksomheder uden svar tæller ikke.",
            "The goal speaks of the referred companies, the method of 'all guided companies sent to user evaluation'. Kontrakttjek counts the answers in the column 'Brug af henvisning'; companies without an answer do not count.",
          ),
        ],
      },
    }),
    {
      id: "7",
      title: { da: "Kvantitative mål vedr. virksomhedsforløb", en: "Quantitative targets for company courses" },
      group: "lokal",
      targetText:
        "Erhvervshus Sjælland gennemfører 880 korte vejledningsforløb i 2025 og 800 længere vejledningsforløb i 2025, de længere vejledningsforløb fordelt på 485 handlingsplaner (driftssegment) og 315 vækstplaner (vækstsegment).",
      method: REGISTRERING,
      source: source("Lokale mål, Mål 7 – Kvantitative mål vedr. virksomhedsforløb"),
      indicators: goal7Indicators,
      notes: [
        note(
          "source",
          "De 1.680 forløb i alt står i målets indledning: 'Samlet set skal Erhvervshus Sjælland gennemføre 1.680 forløb i 2025' (880 + 485 + 315).",
          "The 1,680 courses in total are stated in the goal's introduction: 'In total Erhvervshus Sjælland shall carry out 1,680 courses in 2025' (880 + 485 + 315).",
        ),
        note(
          "default",
          "Målet er gennemsnittet af de tre delmål (korte forløb, handlingsplaner, vækstplaner), hver opgjort som realiseret/måltal, højst 100 %.",
          "The goal is the mean of the three sub-targets (short courses, action plans, growth plans), each realised/target, at most 100 %.",
        ),
        note(
          "ambiguity",
          "'(driftssegment)' og '(vækstsegment)' beskriver som standard planerne, og der filtreres ikke på Kundesegment (indstillingen 'maal7Segment': 'type-og-segment' kræver også segmentet). Omstillingsplaner tælles ikke som standard (indstillingen 'omstillingsplaner').",
          "'(driftssegment)' and '(vækstsegment)' describe the plans by default, and Kundesegment is not filtered on (option 'maal7Segment': 'type-og-segment' requires the segment too). Transition plans are not counted by default (option 'omstillingsplaner').",
        ),
      ],
    },
    {
      id: "8",
      title: { da: "Bred geografisk dækning", en: "Broad geographical coverage" },
      group: "lokal",
      targetText:
        "Erhvervshus Sjællands virksomhedsforløb fordeles på by- og landkommuner i henhold til kommunernes befolkningsandele med en afvigelse på maks. 10 %.",
      method: `${REGISTRERING} By- og landkommuner er defineret af KL.`,
      source: source("Lokale mål, Mål 8 – Bred geografisk dækning"),
      indicators: [distribution("forloeb"), distribution("virksomheder")],
      notes: [
        note(
          "info",
          "Kommuner-arket skal have hver kommunes befolkning og kommunetype (by/land efter KL's definition); Kontrakttjek leverer kun kommunenavnene. Forløbets kommune slås op i Kommuner.",
          "The Kommuner sheet must hold each municipality's population and type (urban/rural by KL's definition); Kontrakttjek ships the names only. A course's municipality is looked up in Kommuner.",
        ),
        note(
          "ambiguity",
          "Målteksten siger 'virksomhedsforløb', indledningen 'andelen af vejledte virksomheder'. Som standard tælles forløb (indstillingen 'fordelingEnhed').",
          "The goal text says 'courses', the introduction 'the share of guided companies'. By default courses are counted (option 'fordelingEnhed').",
        ),
      ],
    },
    {
      id: "9",
      title: {
        da: "Sjællandske virksomheder skal med i front når det kommer til kunstig intelligens",
        en: "Zealand companies at the front in artificial intelligence",
      },
      group: "lokal",
      targetText: "Erhvervshus Sjællands gennemfører i 2025 40 AI-tjek.",
      method: REGISTRERING,
      source: source(
        "Lokale mål, Mål 9 – Sjællandske virksomheder skal med i front når det kommer til kunstig intelligens",
      ),
      indicators: [
        count({
          id: "ai-tjek",
          label: { da: "AI-tjek", en: "AI checks" },
          types: AI_TJEK,
          target: 40,
          whatIfOf: { da: "AI-tjek", en: "AI checks" },
        }),
      ],
      notes: [],
    },
    {
      id: "10",
      title: {
        da: "Knudepunkt for erhvervsfremme og viden i Region Sjælland",
        en: "Hub for business promotion and knowledge in Region Zealand",
      },
      group: "lokal",
      targetText:
        "I samarbejde med alle lokale erhvervsserviceoperatør gennemføres der fælles aktiviteter målrettet det lokale erhvervsliv. Det kan være events, raketvækst, projektforløb, målrettede indsatser og lignende. Erhvervshus Sjælland henviser 70% af de virksomheder, der får en handlingsplan, og 80% af de virksomheder, der får en vækst- eller omstillingsplan, til ekstern rådgivning (statslige og private aktører)",
      method: REGISTRERING,
      source: source("Lokale mål, Mål 10 – Knudepunkt for erhvervsfremme og viden i Region Sjælland"),
      indicators: [
        checklist({
          label: {
            da: "Fælles aktiviteter med den lokale erhvervsservice",
            en: "Joint activities with the local business services",
          },
          items: [
            [
              "faelles-aktiviteter",
              "Fælles aktiviteter målrettet det lokale erhvervsliv gennemført i samarbejde med alle lokale erhvervsserviceoperatører (fx events, raketvækst, projektforløb, målrettede indsatser)",
            ],
          ],
          notes: [
            note(
              "ambiguity",
              "'Alle lokale erhvervsserviceoperatører' er ét punkt: det er opfyldt, når der er fælles aktiviteter med dem alle.",
              "'All local business service operators' is one item: it is met when there are joint activities with all of them.",
            ),
          ],
        }),
        referralShare(
          "henvist-handlingsplan",
          "Andel virksomheder med handlingsplan henvist til ekstern rådgivning",
          "Share of companies with an action plan referred to external advice",
          HANDLINGSPLAN,
          70,
        ),
        referralShare(
          "henvist-vaekst-omstillingsplan",
          "Andel virksomheder med vækst- eller omstillingsplan henvist til ekstern rådgivning",
          "Share of companies with a growth or transition plan referred to external advice",
          [...VAEKSTPLAN, ...OMSTILLINGSPLAN],
          80,
        ),
      ],
      notes: [],
    },
    {
      id: "11",
      title: { da: "Kvalificeret arbejdskraft til de sjællandske SMV’er", en: "Qualified labour for Zealand's SMEs" },
      group: "lokal",
      targetText:
        "Udvikle en ny vejledningsydelse om rekruttering og fastholdelse med henvisning til relevante aktører – ydelsen udvikles i samarbejde med lokale/kommunale aktører og kan udbydes i samarbejde med lokal erhvervsservice, alt efter virksomhedernes efterspørgsel. Sikre at 20 virksomheder indgår i et dybere forløb omkring trivsel og mental sundhed på arbejdspladsen gennem initiativet Attraktive Arbejdspladser, der skal bidrage til at rekruttere og fastholde fremtidens kvalificerede arbejdskraft. Sikre at 45 sjællandske SMV’er opnår tilskud til at ansætte en ny kompetence igennem den landsdækkende pulje SMV Vækstpilot.",
      method: REGISTRERING,
      source: source("Lokale mål, Mål 11 – Kvalificeret arbejdskraft til de sjællandske SMV’er"),
      indicators: [
        checklist({
          label: {
            da: "Ny vejledningsydelse om rekruttering og fastholdelse",
            en: "New guidance service on recruitment and retention",
          },
          items: [
            [
              "ny-ydelse-rekruttering",
              "Ny vejledningsydelse om rekruttering og fastholdelse udviklet i samarbejde med lokale/kommunale aktører, med henvisning til relevante aktører",
            ],
          ],
        }),
        {
          id: "attraktive-arbejdspladser",
          label: {
            da: "Virksomheder i forløb under Attraktive Arbejdspladser",
            en: "Companies in a course under Attraktive Arbejdspladser (attractive workplaces)",
          },
          measure: {
            kind: "distinct",
            table: "Forloeb",
            field: "cvr",
            where: themeOrType("Attraktive Arbejdspladser"),
          },
          target: { op: ">=", value: 20 },
          rule: { kind: "proportional" },
          unit: "virksomheder",
          whatIfOf: { da: "virksomheder i Attraktive Arbejdspladser", en: "companies in Attraktive Arbejdspladser" },
          notes: [
            note(
              "default",
              "Tæller forskellige CVR-numre med 'Attraktive Arbejdspladser' i Forløbstype eller Tema.",
              "Counts distinct CVR numbers with 'Attraktive Arbejdspladser' in Forløbstype or Tema.",
            ),
          ],
        },
        {
          id: "smv-vaekstpilot",
          label: { da: "SMV'er med tilskud fra SMV Vækstpilot", en: "SMEs with a grant from SMV Vækstpilot" },
          measure: {
            kind: "distinct",
            table: "Forloeb",
            field: "cvr",
            where: { op: "all", of: [themeOrType("SMV Vækstpilot"), NOT_OUTSIDE_SJAELLAND] },
          },
          target: { op: ">=", value: 45 },
          rule: { kind: "proportional" },
          unit: "virksomheder",
          whatIfOf: { da: "virksomheder med SMV Vækstpilot", en: "companies with SMV Vækstpilot" },
          notes: [
            note(
              "default",
              "'Sjællandske SMV’er': en virksomhed tæller ikke, når dens 'Hovedsæde (region)' er en anden region, eller dens Kommune ligger uden for Region Sjælland; står ingen af delene, regnes den for sjællandsk.",
              "'SMEs of Zealand': a company does not count when its 'Hovedsæde (region)' is another region or its Kommune lies outside Region Zealand; when neither is filled in, it is taken to be from Zealand.",
            ),
            note(
              "ambiguity",
              "Tæller forskellige CVR-numre med 'SMV Vækstpilot' i Forløbstype eller Tema. Om tilskuddet faktisk er opnået, står ikke i registreringen; registrér kun virksomheder med bevilget tilskud.",
              "Counts distinct CVR numbers with 'SMV Vækstpilot' in Forløbstype or Tema. Whether the grant was actually obtained is not in the registration; record only companies with a granted subsidy.",
            ),
          ],
        },
      ],
      notes: [],
    },
    {
      id: "12",
      title: { da: "Greater Copenhagen samarbejde", en: "Greater Copenhagen cooperation" },
      group: "lokal",
      targetText:
        "Erhvervshus Sjælland yder specialiseret vejledning til 20 virksomheder med hovedsæde i Region Hovedstaden, og Erhvervshus Hovedstaden yder specialiseret vejledning til 20 virksomheder med hovedsæde i Region Sjælland.",
      method: REGISTRERING,
      source: source("Lokale mål, Mål 12 – Greater Copenhagen samarbejde"),
      indicators: [
        {
          id: "virksomheder-hovedstaden",
          label: {
            da: "Virksomheder med hovedsæde i Region Hovedstaden vejledt af Erhvervshus Sjælland",
            en: "Companies headquartered in the Capital Region guided by Erhvervshus Sjælland",
          },
          measure: {
            kind: "distinct",
            table: "Forloeb",
            field: "cvr",
            // A blank Hovedsæde falls back to the Kommune rather than dropping the company.
            where: {
              op: "any",
              of: [
                inField("hovedsaede", HOVEDSTADEN_REGION_NAMES),
                { op: "all", of: [{ op: "blank", field: "hovedsaede" }, inField("kommune", REGION_HOVEDSTADEN)] },
              ],
            },
          },
          target: { op: ">=", value: 20 },
          rule: { kind: "proportional" },
          unit: "virksomheder",
          whatIfOf: { da: "virksomheder fra Region Hovedstaden", en: "companies from the Capital Region" },
          notes: [
            note(
              "default",
              `Tæller forskellige CVR-numre, hvor 'Hovedsæde (region)' er ${HOVEDSTADEN_REGION_NAMES.join(", ")}, eller – når Hovedsæde er tom – hvor Kommune ligger i Region Hovedstaden.`,
              `Counts distinct CVR numbers whose 'Hovedsæde (region)' is ${HOVEDSTADEN_REGION_NAMES.join(", ")}, or – when Hovedsæde is blank – whose Kommune lies in the Capital Region.`,
            ),
          ],
        },
        {
          id: "eh-hovedstaden-leverance",
          label: {
            da: "Virksomheder fra Region Sjælland vejledt af Erhvervshus Hovedstaden",
            en: "Companies from Region Zealand guided by Erhvervshus Hovedstaden",
          },
          measure: { kind: "keyFigure", key: "forloeb-eh-hovedstaden-sjaellandske" },
          target: { op: ">=", value: 20 },
          rule: { kind: "proportional" },
          unit: "virksomheder",
          pace: "proRata",
          notes: [
            note(
              "info",
              "Opgøres af Erhvervshus Hovedstaden og indtastes i Nøgletal.",
              "Counted by Erhvervshus Hovedstaden and entered in Nøgletal.",
            ),
          ],
        },
      ],
      notes: [
        note(
          "default",
          "Målet er gennemsnittet af de to halvdele: Erhvervshus Sjællands 20 og Erhvervshus Hovedstadens 20.",
          "The goal is the mean of its two halves: Erhvervshus Sjælland's 20 and Erhvervshus Hovedstaden's 20.",
        ),
      ],
    },
    {
      id: "13",
      title: {
        da: "Innovation og klyngesamarbejde i Region Sjælland",
        en: "Innovation and cluster cooperation in Region Zealand",
      },
      group: "lokal",
      targetText:
        "Erhvervshus Sjælland vil i 2025 arbejde sammen med RUC og KKR Sjælland og herigennem de sjællandske kommuner og den lokale erhvervsservice om at styrke klyngesamarbejdet og innovation for virksomhederne på Sjælland og øerne. Erhvervshus Sjælland vil i 2025 bidrage til at afholde relevante klyngearrangementer for SMV’er i Region Sjælland i samarbejde med klyngerne, RUC og lokal erhvervsservice. Erhvervshus Sjælland vil i 2025 iværksætte et konkret og forpligtende samarbejde med mindst tre af de landsdækkende erhvervsklynger.",
      method: REGISTRERING,
      source: source("Lokale mål, Mål 13 – Innovation og klyngesamarbejde i Region Sjælland"),
      indicators: [
        checklist({
          label: { da: "Samarbejde om klynger og innovation", en: "Cooperation on clusters and innovation" },
          items: [
            [
              "ruc-kkr-samarbejde",
              "Samarbejde med RUC og KKR Sjælland – og herigennem kommunerne og den lokale erhvervsservice – om at styrke klyngesamarbejdet og innovation",
            ],
            [
              "klyngearrangementer",
              "Bidraget til at afholde relevante klyngearrangementer for SMV’er i Region Sjælland med klyngerne, RUC og lokal erhvervsservice",
            ],
          ],
        }),
        {
          id: "klyngesamarbejder",
          label: {
            da: "Forpligtende samarbejder med landsdækkende erhvervsklynger",
            en: "Binding partnerships with national business clusters",
          },
          measure: { kind: "keyFigure", key: "klyngesamarbejder" },
          target: { op: ">=", value: 3 },
          rule: { kind: "proportional" },
          unit: "antal",
          pace: "proRata",
          notes: [
            note(
              "info",
              "Antallet af konkrete og forpligtende klyngesamarbejder indtastes i Nøgletal som 'Forpligtende klyngesamarbejder'.",
              "The number of concrete, binding cluster partnerships is entered in Nøgletal as 'Forpligtende klyngesamarbejder'.",
            ),
          ],
        },
      ],
      notes: [],
    },
    {
      id: "14",
      title: {
        da: "Erhvervshus Sjælland gearer erhvervsfremmeindsatsen med projektmidler",
        en: "Erhvervshus Sjælland leverages its business promotion with project funds",
      },
      group: "lokal",
      targetText:
        "Driftsmidlerne geares min. med en faktor 2,50 i form af eksterne midler til projektaktiviteter i Erhvervshus Sjælland. Der skal tilsigtes en bred geografisk forankring af projektaktiviteter ift. inddragelse af virksomheder og relevante erhvervsfremmeaktører herunder lokal erhvervsservice, klynger, uddannelsesinstitutioner mv.",
      method:
        "Målet opgøres af Erhvervshus Sjælland på baggrund af data fra erhvervshusets økonomisystem, og beregnes som Erhvervshus Sjællands samlede omsætning i forhold til basistilskuddet.",
      source: source("Lokale mål, Mål 14 – Erhvervshus Sjælland gearer erhvervsfremmeindsatsen med projektmidler"),
      indicators: [
        {
          id: "gearing",
          label: { da: "Gearing: samlet omsætning / basistilskud", en: "Leverage: total revenue / base grant" },
          measure: { kind: "keyRatio", numerator: "omsaetning-i-alt", denominator: "basistilskud" },
          target: { op: ">=", value: 2.5 },
          rule: { kind: "proportional" },
          unit: "faktor",
          whatIfOf: { da: "kr. i omsætning", en: "DKK of turnover" },
          variants: [
            {
              when: { option: "gearingGrundlag", equals: "eksterne" },
              measure: { kind: "keyRatio", numerator: "eksterne-projektmidler", denominator: "basistilskud" },
            },
          ],
          notes: [
            note(
              "ambiguity",
              "Målteksten taler om gearing 'i form af eksterne midler', metoden om 'samlede omsætning i forhold til basistilskuddet'. Som standard følges metoden: Omsætning i alt / Basistilskud (begge fra Nøgletal); indstillingen 'gearingGrundlag' = 'eksterne' bruger Eksterne projektmidler / Basistilskud.",
              "The goal text speaks of leverage 'in the form of external funds', the method of 'total revenue relative to the base grant'. By default the method is followed: Omsætning i alt / Basistilskud (both from Nøgletal); option 'gearingGrundlag' = 'eksterne' uses external project funds / base grant.",
            ),
          ],
        },
        forankring("vises"),
        forankring("indgaar"),
      ],
      notes: [
        note(
          "default",
          "Metoden beregner kun gearingen ('samlede omsætning i forhold til basistilskuddet'); den brede geografiske forankring, der 'skal tilsigtes', vises, men indgår som standard ikke i opfyldelsen (indstillingen 'maal14Forankring').",
          "The method computes the leverage only ('total revenue relative to the base grant'); the broad geographical anchoring to be 'aimed at' is shown but by default not part of the fulfilment (option 'maal14Forankring').",
        ),
      ],
    },
    {
      id: "15",
      title: {
        da: "Udmøntning, videreudvikling og forankring af de sjællandske fyrtårne – Femern og Biosolutions",
        en: "Implementing, developing and anchoring the Zealand beacons – Femern and Biosolutions",
      },
      group: "lokal",
      targetText:
        "Erhvervshus Sjælland spiller i 2025 fortsat en aktiv rolle i forankringen og videreudviklingen af de to sjællandske erhvervsfyrtårne. Erhvervshuset bidrager som partner ift. forretningsudvikling i relation til projekterne, og sikrer at aktiviteterne forankres bredt både geografisk og i forhold til involvering af virksomheder, vidensinstitutioner, offentlige aktører m.fl.",
      method: "Målet opgøres af Erhvervshus Sjælland på baggrund af data fra erhvervshusets brugerregistreringssystem.",
      source: source(
        "Lokale mål, Mål 15 – Udmøntning, videreudvikling og forankring af de sjællandske fyrtårne – Femern og Biosolutions",
      ),
      indicators: [
        checklist({
          label: {
            da: "Erhvervsfyrtårnene Femern og Biosolutions",
            en: "The business beacons Femern and Biosolutions",
          },
          items: [
            ["femern", "Femern Bælt-fyrtårnet: aktiv rolle i forankringen og videreudviklingen"],
            ["biosolutions", "Biosolutions-fyrtårnet: aktiv rolle i forankringen og videreudviklingen"],
            ["partner-forretningsudvikling", "Partner ift. forretningsudvikling i relation til fyrtårnsprojekterne"],
            [
              "bred-forankring",
              "Aktiviteterne forankret bredt geografisk og med involvering af virksomheder, vidensinstitutioner, offentlige aktører m.fl.",
            ],
          ],
          notes: [
            note(
              "info",
              "Målteksten er ét afsnit; punkterne er dets forpligtelser, med de to fyrtårne hver for sig.",
              "The goal text is one paragraph; the items are its commitments, with the two beacons separately.",
            ),
          ],
        }),
      ],
      notes: [],
    },
  ],
};
