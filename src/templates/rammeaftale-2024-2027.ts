/**
 * Aftale om rammerne for erhvervshuse 2024–2027 (KL – Erhvervsministeriet): the six national
 * goals of § 8.1 for any house and year. The house sets goal 1's target, the year goal 2's.
 */
import type { ContractInput } from "../domain/contract/schema";
import { note, type OptionInput, type VariantInput } from "./common";
import { ALL_MUNICIPALITIES } from "./municipalities";
import {
  NATIONAL_2024_KEY_FIGURES,
  NATIONAL_2024_OPTIONS,
  nationalGoals2024,
  referralMeasure,
  referralUse,
} from "./national-2024-2027";

const DOCUMENT = "Aftale om rammerne for erhvervshuse 2024-2027";
const FILE = "002_ff57313717d895e6.txt";

/** § 9: the yearly statement every national goal rests on. */
const OPGOERELSE =
  "Erhvervsstyrelsen tilrettelægger på baggrund af registreringerne i CRM-systemet en årlig opgørelse af erhvervshusenes opfyldelse af de i rammeaftalen fastsatte nationale mål. (§ 9)";
const EVALUERING =
  "Erhvervshusene registrerer og brugerevaluerer alle virksomheder, der har modtaget specialiseret vejledning. Hvis vejledningen har en varighed af mere end 3 timer, udtages virksomheden altid til brugerevaluering. (§ 9)";

/* ---------- goal 4: "har anvendt en eller flere af henvisningerne" ---------- */

const FORVENTER_OPTION: OptionInput = {
  id: "forventerHenvisning",
  label: { da: "Svaret 'forventer' i mål 4", en: "The answer 'forventer' (expects to) in goal 4" },
  description: {
    da: "Aftalen tæller virksomheder, der angiver, at de 'har anvendt en eller flere af henvisningerne'. Som standard er 'forventer (at benytte)' derfor ikke anvendt: svaret står i nævneren, ikke i tælleren. Vælg 'anvendt', hvis husets resultatkontrakt tæller det med (som Erhvervshus Sjælland 2025's metode: 'har benyttet eller forventer at benytte').",
    en: "The agreement counts companies stating that they 'have used one or more of the referrals'. By default 'forventer' (expects to use) is therefore not used: the answer is in the denominator, not the numerator. Choose 'anvendt' when the house's contract counts it (as Erhvervshus Sjælland 2025's method does: 'have used or expect to use').",
  },
  choices: [
    { id: "ikke-anvendt", label: { da: "Ikke anvendt (aftalens ord)", en: "Not used (the agreement's words)" } },
    { id: "anvendt", label: { da: "Anvendt", en: "Used" } },
  ],
  default: "ikke-anvendt",
};

const VED_IKKE_HENVISNING_OPTION: OptionInput = {
  id: "vedIkkeHenvisning",
  label: { da: "'Ved ikke' i andelen for mål 4", en: "'Ved ikke' (don't know) in goal 4's share" },
  description: {
    da: "Aftalen siger ikke, hvor svaret 'ved ikke' hører hjemme. Som standard udgår det af beregningen, som resultatkontrakternes metode siger (fx Erhvervshus Sjælland 2025: 'Virksomheder der ikke ved om de har benyttet henvisningen, udgår af beregningen'); vælg 'medtag' for at have det i nævneren.",
    en: "The agreement does not say where the answer 'ved ikke' belongs. By default it leaves the calculation, as the contracts' method says (e.g. Erhvervshus Sjælland 2025: 'companies that do not know whether they used the referral leave the calculation'); choose 'medtag' to keep it in the denominator.",
  },
  choices: [
    { id: "udelad", label: { da: "Udelad 'ved ikke'", en: "Leave 'ved ikke' out" } },
    { id: "medtag", label: { da: "Medtag 'ved ikke' i nævneren", en: "Keep 'ved ikke' in the denominator" } },
  ],
  default: "udelad",
};

const KENDSKAB_MELLEMAAR_OPTION: OptionInput = {
  id: "kendskabTilbudMellemaar",
  label: {
    da: "Kendskab til tilbud i 2024 og 2026 (mål 2)",
    en: "Awareness of the offers in 2024 and 2026 (goal 2)",
  },
  description: {
    da: "Aftalen angiver kun 2025 (mindst 55 %) og 2027 (mindst 65 %). Som standard er 2024 55 % og 2026 60 % (lineært mellem 2025 og 2027); vælg 'seneste-angivne' for 55 % i både 2024 og 2026.",
    en: "The agreement states only 2025 (at least 55 %) and 2027 (at least 65 %). By default 2024 is 55 % and 2026 60 % (linear between 2025 and 2027); choose 'seneste-angivne' (latest stated) for 55 % in both 2024 and 2026.",
  },
  choices: [
    { id: "interpoler", label: { da: "2026 lineært (60 %)", en: "2026 linear (60 %)" } },
    { id: "seneste-angivne", label: { da: "Seneste angivne niveau (55 %)", en: "Latest stated level (55 %)" } },
  ],
  default: "interpoler",
};

const REFERRAL_ANSWERS = ["ja", "forventer", "nej"] as const;
const REFERRAL_ALL = ["ja", "forventer", "nej", "ved ikke"] as const;

/** The "ved ikke" option as a variant of a referral share with these used answers. */
const vedIkkeVariant = (used: readonly string[]): VariantInput => ({
  when: { option: "vedIkkeHenvisning", equals: "medtag" },
  measure: referralMeasure(used, REFERRAL_ALL),
});

const VED_IKKE_NOTE = note(
  "source",
  "Aftalen definerer ikke nævneren. Som standard udgår 'ved ikke' af beregningen, som resultatkontrakternes metode siger (indstillingen 'vedIkkeHenvisning'); tomme svar tæller ikke.",
  "The agreement does not define the denominator. By default 'ved ikke' leaves the calculation, as the contracts' method says (option 'vedIkkeHenvisning'); blank answers do not count.",
);

const GOAL4_INDICATORS = [
  referralUse({
    id: "anvendt-henvisning",
    label: {
      da: "Andel der har anvendt en eller flere af henvisningerne",
      en: "Share that used one or more of the referrals",
    },
    used: ["ja"],
    counted: REFERRAL_ANSWERS,
    when: { option: "forventerHenvisning", equals: "ikke-anvendt" },
    whatIfOf: { da: "svar 'ja'", en: "answers 'yes'" },
    variants: [vedIkkeVariant(["ja"])],
    notes: [
      note(
        "default",
        "Andel = svar 'ja' ud af svar 'ja', 'forventer' og 'nej': aftalen tæller virksomheder, der 'har anvendt' henvisningen, så 'forventer' er ikke anvendt (indstillingen 'forventerHenvisning').",
        "Share = answers 'ja' out of answers 'ja', 'forventer' and 'nej': the agreement counts companies that 'have used' the referral, so 'forventer' is not used (option 'forventerHenvisning').",
      ),
      VED_IKKE_NOTE,
    ],
  }),
  referralUse({
    id: "anvendt-eller-forventet-henvisning",
    label: {
      da: "Andel der har anvendt eller forventer at anvende henvisningen",
      en: "Share that used or expect to use the referral",
    },
    used: ["ja", "forventer"],
    counted: REFERRAL_ANSWERS,
    when: { option: "forventerHenvisning", equals: "anvendt" },
    whatIfOf: { da: "svar 'ja' eller 'forventer'", en: "answers 'yes' or 'expect to'" },
    variants: [vedIkkeVariant(["ja", "forventer"])],
    notes: [
      note(
        "default",
        "Andel = svar 'ja' eller 'forventer' ud af svar 'ja', 'forventer' og 'nej' (indstillingen 'forventerHenvisning' = 'anvendt', som husets resultatkontrakt kan sige).",
        "Share = answers 'ja' or 'forventer' out of answers 'ja', 'forventer' and 'nej' (option 'forventerHenvisning' = 'anvendt', as the house's contract may say).",
      ),
      VED_IKKE_NOTE,
    ],
  }),
];

export const rammeaftale20242027: ContractInput = {
  id: "rammeaftale-2024-2027",
  title: {
    da: "Aftale om rammerne for erhvervshuse 2024-2027 – nationale mål",
    en: "Framework agreement for the business hubs 2024–2027 – national goals",
  },
  year: null,
  halfYearReporting: false,
  registration: "2024-2027",
  source: { document: DOCUMENT, section: "8.1 Nationale mål for erhvervshusene", file: FILE },
  params: [
    {
      id: "house",
      label: { da: "Erhvervshus", en: "Business hub" },
      choices: [
        { id: "hovedstaden", label: "Erhvervshus Hovedstaden" },
        { id: "midtjylland", label: "Erhvervshus Midtjylland" },
        { id: "sjaelland", label: "Erhvervshus Sjælland" },
        { id: "sydjylland", label: "Erhvervshus Sydjylland" },
        { id: "nordjylland", label: "Erhvervshus Nordjylland" },
        { id: "fyn", label: "Erhvervshus Fyn" },
      ],
      default: "sjaelland",
    },
    {
      id: "year",
      label: { da: "År", en: "Year" },
      choices: [
        { id: "2024", label: "2024" },
        { id: "2025", label: "2025" },
        { id: "2026", label: "2026" },
        { id: "2027", label: "2027" },
      ],
      default: "2025",
    },
  ],
  options: [...NATIONAL_2024_OPTIONS, FORVENTER_OPTION, VED_IKKE_HENVISNING_OPTION, KENDSKAB_MELLEMAAR_OPTION],
  keyFigures: [...NATIONAL_2024_KEY_FIGURES],
  municipalities: [...ALL_MUNICIPALITIES],
  notes: [
    note(
      "source",
      "Rammeaftalen har ingen særskilt metodetekst pr. mål; metoden er sammensat af aftalens egne formuleringer i § 8.1 og § 9. Resultatkontrakterne (fx Erhvervshus Sjælland 2025) gentager målene med en metode pr. mål.",
      "The framework agreement has no method text per goal; the method is assembled from the agreement's own wording in § 8.1 and § 9. The performance contracts (e.g. Erhvervshus Sjælland 2025) repeat the goals with a method per goal.",
    ),
    note(
      "info",
      "Registreringskrav (§ 9): CVR- og P-nummer, kundesegment (drift eller vækst), hvilken anden aktør virksomheden er henvist til, og tema for vejledning. Vejledning over 3 timer udtages altid til brugerevaluering; over 20 timer pr. virksomhed på 12 måneder kræver en eksplicit ledelsesvurdering (§ 5.1).",
      "Registration rules (§ 9): CVR and P number, customer segment (drift or vækst), the other actor the company was referred to, and the theme of guidance. Guidance above 3 hours always goes to user evaluation; above 20 hours per company within 12 months needs an explicit management decision (§ 5.1).",
    ),
  ],
  goals: nationalGoals2024({
    document: DOCUMENT,
    file: FILE,
    section: (n, title) => `8.1 Nationale mål for erhvervshusene, Mål ${n}: ${title}`,
    entrepreneurTarget: {
      param: "house",
      values: { hovedstaden: 385, midtjylland: 275, sjaelland: 171, sydjylland: 156, nordjylland: 119, fyn: 94 },
    },
    kendskabTilbudTarget: { param: "year", values: { "2024": 55, "2025": 55, "2026": 60, "2027": 65 } },
    kendskabTilbudVariants: [
      {
        when: { option: "kendskabTilbudMellemaar", equals: "seneste-angivne" },
        target: { op: ">=", value: { param: "year", values: { "2024": 55, "2025": 55, "2026": 55, "2027": 65 } } },
      },
    ],
    referralIndicators: GOAL4_INDICATORS,
    targetTexts: [
      "Erhvervshusene fordobler frem til 2027 antallet af vejledte virksomheder under 3 år til mindst 1.200 virksomheder om året samlet set. Fordelingen mellem erhvervshusene følger befolkningstallet (Fordeling 2024: Hovedstaden: 385, Midtjylland: 275, Sjælland: 171, Sydjylland: 156, Nordjylland: 119 og Fyn: 94).",
      "Virksomhedernes kendskabsgrad til hvert erhvervshus skal være mindst 50 procent. Blandt virksomheder, som kender erhvervshuset, har mindst 55 procent kendskab til deres tilbud i 2025. I 2027 er dette kendskab øget til mindst 65 procent.",
      "Erhvervshusene opnår hvert år en Net Promotor Score (NPS) på mindst 70 for deres drifts- og vækstsegment. Scoren måles ved, at virksomhederne angiver i brugerevalueringen, at de vil anbefale erhvervshusene til andre virksomheder eller personer i deres netværk.",
      "Mindst 50 procent af de virksomheder, der henvises af erhvervshuset til ekstern rådgivning eller højtspecialiseret statslig erhvervsfremme, angiver i brugerevalueringen, at de har anvendt en eller flere af henvisningerne fra erhvervshuset.",
      "For virksomheder i erhvervshusenes vækstsegment skal der to år efter endt vejledning kunne måles en mervækst på mindst 10 procentpoint i omsætning og mindst 5 procentpoint i beskæftigelse i forhold til en kontrolgruppe af sammenlignelige virksomheder. Virksomheder i erhvervshusenes driftssegment har to år efter endt vejledning en mervækst i produktivitet sammenlignet med en kontrolgruppe af sammenlignelige virksomheder.",
      "70 pct. af de vejledte virksomheder, som er blevet vejledt inden for bæredygtighed, tilkendegiver i deres brugerevaluering, at vejledningen i erhvervshuset ”i høj grad” har gjort dem bedre i stand til at målrette og prioritere arbejdet med et eller flere af følgende områder: miljø- og klima, sociale forhold og virksomhedsledelse.",
    ],
    methods: [
      `Antal vejledte virksomheder under 3 år. ${OPGOERELSE}`,
      "Der gennemføres målinger for alle erhvervshuse i rammeaftalens løbetid. Erhvervsstyrelsen er ansvarlig for målingerne. (§ 8.1) Erhvervsstyrelsen gennemfører målinger af virksomhedernes kendskab til erhvervshusene. (§ 9)",
      `Scoren måles ved, at virksomhederne angiver i brugerevalueringen, at de vil anbefale erhvervshusene til andre virksomheder eller personer i deres netværk. (§ 8.1) ${EVALUERING}`,
      `Virksomhederne angiver i brugerevalueringen, om de har anvendt en eller flere af henvisningerne fra erhvervshuset. (§ 8.1) ${OPGOERELSE}`,
      "Produktivitet opgøres som omsætning pr. årsværk. Såfremt der udvikles en bedre proxy for produktivitet, vil denne blive taget i anvendelse. (§ 8.1, note 1) Rapporten udarbejdes på baggrund, dels af registreringerne i det senest afsluttede kalenderår, dels to år efter vejledning. (§ 9)",
      `Virksomhederne tilkendegiver i deres brugerevaluering, om vejledningen 'i høj grad' har gjort dem bedre i stand til at målrette og prioritere arbejdet med bæredygtighed. (§ 8.1) ${OPGOERELSE}`,
    ],
    extraNotes: {
      1: [
        note(
          "default",
          "Måltallet afhænger af parameteren 'house' (Hovedstaden 385, Midtjylland 275, Sjælland 171, Sydjylland 156, Nordjylland 119, Fyn 94) og er som standard det samme for alle år (indstillingen 'maal1Maaltal').",
          "The target depends on the parameter 'house' (Hovedstaden 385, Midtjylland 275, Sjælland 171, Sydjylland 156, Nordjylland 119, Fyn 94) and is by default the same for every year (option 'maal1Maaltal').",
        ),
        note(
          "info",
          "Erhvervsstyrelsen opgør det officielle tal på baggrund af registreringerne i CRM-systemet (§ 9).",
          "The Danish Business Authority computes the official figure from the registrations in the CRM system (§ 9).",
        ),
      ],
      2: [
        note(
          "default",
          "Kendskab til tilbud afhænger af parameteren 'year': 2025 ≥ 55 % og 2027 ≥ 65 % står i aftalen.",
          "Awareness of the offers depends on the parameter 'year': 2025 ≥ 55 % and 2027 ≥ 65 % are stated in the agreement.",
        ),
        note(
          "ambiguity",
          "2024 er ikke angivet i aftalen; skabelonen bruger 55 % (niveauet for 2025).",
          "2024 is not stated in the agreement; the template uses 55 % (the 2025 level).",
        ),
        note(
          "ambiguity",
          "2026 er ikke angivet i aftalen; som standard bruges 60 % (lineært mellem 55 % i 2025 og 65 % i 2027), med indstillingen 'kendskabTilbudMellemaar' = 'seneste-angivne' 55 %.",
          "2026 is not stated in the agreement; by default 60 % is used (linear between 55 % in 2025 and 65 % in 2027), with option 'kendskabTilbudMellemaar' = 'seneste-angivne' 55 %.",
        ),
      ],
      4: [
        note(
          "ambiguity",
          "Målet taler om 'de virksomheder, der henvises af erhvervshuset til ekstern rådgivning eller højtspecialiseret statslig erhvervsfremme'; aftalen har ingen metode. Kontrakttjek regner på svarene i kolonnen 'Brug af henvisning'; virksomheder uden svar tæller ikke.",
          "The goal speaks of 'the companies referred by the hub to external advice or highly specialised state business promotion'; the agreement has no method. Kontrakttjek counts the answers in the column 'Brug af henvisning'; companies without an answer do not count.",
        ),
      ],
    },
  }),
};
