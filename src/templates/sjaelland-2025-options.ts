/**
 * Sjælland 2025's options: where the contract's own words leave a choice (goal text against
 * method, a word that may or may not be a filter), each with the default the text supports and
 * the reading it does not rule out. The goals in `sjaelland-2025.ts` name them in their notes.
 */
import type { Filter } from "../domain/contract/schema";
import { note, type OptionInput } from "./common";
import { ALL_MUNICIPALITIES, HOVEDSTADEN_REGION_NAMES, OTHER_REGION_NAMES, REGION_SJAELLAND } from "./municipalities";

export const OMSTILLINGSPLANER_OPTION: OptionInput = {
  id: "omstillingsplaner",
  label: { da: "Omstillingsplaner i mål 7", en: "Transition plans (omstillingsplaner) in goal 7" },
  description: {
    da: "Mål 7 nævner kun handlingsplaner og vækstplaner; mål 10 grupperer 'vækst- eller omstillingsplan'. Som standard tælles omstillingsplaner ikke i mål 7; vælg 'som vækstplan' for at tælle dem med vækstplanerne.",
    en: "Goal 7 names only action plans and growth plans; goal 10 groups 'growth or transition plan'. By default transition plans do not count in goal 7; choose 'as growth plan' to count them with the growth plans.",
  },
  choices: [
    { id: "udelad", label: { da: "Tælles ikke i mål 7", en: "Not counted in goal 7" } },
    { id: "vaekstplan", label: { da: "Tælles som vækstplan", en: "Counted as growth plan" } },
  ],
  default: "udelad",
};

/** "485 handlingsplaner (driftssegment) og 315 vækstplaner (vækstsegment)". */
export const MAAL7_SEGMENT_OPTION: OptionInput = {
  id: "maal7Segment",
  label: { da: "Kundesegment i mål 7", en: "Customer segment in goal 7" },
  description: {
    da: "Mål 7 skriver '485 handlingsplaner (driftssegment) og 315 vækstplaner (vækstsegment)'. Som standard beskriver parenteserne planerne, og der tælles efter Forløbstype alene; vælg 'type-og-segment' for kun at tælle handlingsplaner med Kundesegment drift og vækstplaner med Kundesegment vækst.",
    en: "Goal 7 reads '485 action plans (operations segment) and 315 growth plans (growth segment)'. By default the brackets describe the plans and courses are counted by Forløbstype alone; choose 'type-og-segment' to count only action plans with Kundesegment drift and growth plans with Kundesegment vækst.",
  },
  choices: [
    { id: "type", label: { da: "Forløbstype alene", en: "Course type alone" } },
    { id: "type-og-segment", label: { da: "Forløbstype og kundesegment", en: "Course type and segment" } },
  ],
  default: "type",
};

export const AFVIGELSE_OPTION: OptionInput = {
  id: "afvigelse",
  label: { da: "Afvigelse fra befolkningsandelen (mål 8)", en: "Deviation from the population share (goal 8)" },
  description: {
    da: "'En afvigelse på maks. 10 %' læses som standard som 10 procentpoint (fx 40 % af forløbene mod 50 % af befolkningen = 10). Vælg 'relativ' for 10 % af befolkningsandelen (fx 45 % mod 50 % = 10 %).",
    en: "'A deviation of at most 10 %' is read by default as 10 percentage points (e.g. 40 % of courses against 50 % of the population = 10). Choose 'relative' for 10 % of the population share (e.g. 45 % against 50 % = 10 %).",
  },
  choices: [
    { id: "point", label: { da: "Procentpoint", en: "Percentage points" } },
    { id: "relative", label: { da: "Relativ (procent af andelen)", en: "Relative (per cent of the share)" } },
  ],
  default: "point",
};

export const FORDELING_ENHED_OPTION: OptionInput = {
  id: "fordelingEnhed",
  label: {
    da: "Hvad fordeles på by- og landkommuner (mål 8)",
    en: "What is distributed over urban and rural municipalities (goal 8)",
  },
  description: {
    da: "Målteksten siger 'virksomhedsforløb', indledningen 'vejledte virksomheder'. Som standard tælles forløb; vælg 'virksomheder' for at tælle hver virksomhed (CVR) én gang.",
    en: "The goal text says 'courses', the introduction 'guided companies'. By default courses are counted; choose 'companies' to count each company (CVR) once.",
  },
  choices: [
    { id: "forloeb", label: { da: "Forløb", en: "Courses" } },
    { id: "virksomheder", label: { da: "Virksomheder (CVR)", en: "Companies (CVR)" } },
  ],
  default: "forloeb",
};

/** "til ekstern rådgivning (statslige og private aktører)". */
export const EKSTERN_AKTOER_OPTION: OptionInput = {
  id: "eksternAktoer",
  label: { da: "Henvisninger, der tæller i mål 10", en: "Referrals that count in goal 10" },
  description: {
    da: "Mål 10 kræver henvisning 'til ekstern rådgivning (statslige og private aktører)'. Som standard tæller en henvisning, der kun går til lokale aktører (lokal erhvervsservice, en kommune, et erhvervsråd), ikke; vælg 'alle' for at tælle enhver aktør i 'Henvist til'.",
    en: "Goal 10 requires referral 'to external advice (state and private actors)'. By default a referral only to local actors (local business service, a municipality, a business council) does not count; choose 'alle' (all) to count any actor in 'Henvist til'.",
  },
  choices: [
    { id: "udelad-lokale", label: { da: "Kun statslige og private aktører", en: "State and private actors only" } },
    { id: "alle", label: { da: "Enhver aktør", en: "Any actor" } },
  ],
  default: "udelad-lokale",
};

/** Words in an actor's name that make it local (municipal), not state or private. */
export const LOCAL_ACTOR_WORDS = ["erhvervsservice", "kommune", "erhvervsråd", "erhvervsforum", "erhvervskontor"];
/** Words that name a state or private actor even beside a local one on the same row. */
export const EXTERNAL_ACTOR_WORDS = [
  "EIFO",
  "Vækstfonden",
  "Eksportrådet",
  "Trade Council",
  "Innovationsfonden",
  "GTS",
  "Teknologisk Institut",
  "Patent- og Varemærkestyrelsen",
  "klynge",
  "rådgiver",
  "revisor",
  "advokat",
  "bank",
];

const anyContains = (words: readonly string[]): Filter => ({
  op: "any",
  of: words.map((value) => ({ op: "contains", field: "henvistTil", value })),
});

/** A row referred to at least one state or private actor (as far as its names tell). */
export const EXTERNAL_REFERRAL: Filter = {
  op: "all",
  of: [
    { op: "notBlank", field: "henvistTil" },
    { op: "any", of: [anyContains(EXTERNAL_ACTOR_WORDS), { op: "not", of: anyContains(LOCAL_ACTOR_WORDS) }] },
  ],
};

export const EKSTERN_AKTOER_NOTE = note(
  "default",
  `Kun henvisninger 'til ekstern rådgivning (statslige og private aktører)' tæller: en række tæller, når en aktør i 'Henvist til' nævner ${EXTERNAL_ACTOR_WORDS.join(", ")}, eller når ingen aktør nævner ${LOCAL_ACTOR_WORDS.join(", ")} (indstillingen 'eksternAktoer').`,
  `Only referrals 'to external advice (state and private actors)' count: a row counts when an actor in 'Henvist til' names ${EXTERNAL_ACTOR_WORDS.join(", ")}, or when no actor names ${LOCAL_ACTOR_WORDS.join(", ")} (option 'eksternAktoer').`,
);

/** Method: "samlede omsætning i forhold til basistilskuddet"; target: "i form af eksterne midler". */
export const GEARING_GRUNDLAG_OPTION: OptionInput = {
  id: "gearingGrundlag",
  label: { da: "Tæller i gearingen (mål 14)", en: "Numerator of the leverage (goal 14)" },
  description: {
    da: "Målteksten taler om gearing 'i form af eksterne midler til projektaktiviteter', metoden om 'samlede omsætning i forhold til basistilskuddet'. Som standard følges metoden (Omsætning i alt / Basistilskud); vælg 'eksterne' for Eksterne projektmidler / Basistilskud.",
    en: "The goal text speaks of leverage 'in the form of external funds for project activities', the method of 'total revenue relative to the base grant'. By default the method is followed (Omsætning i alt / Basistilskud); choose 'eksterne' for external project funds / base grant.",
  },
  choices: [
    { id: "omsaetning", label: { da: "Samlet omsætning (metoden)", en: "Total revenue (the method)" } },
    { id: "eksterne", label: { da: "Eksterne projektmidler (målteksten)", en: "External project funds (the goal)" } },
  ],
  default: "omsaetning",
};

/** "Der skal tilsigtes en bred geografisk forankring": the method measures the leverage only. */
export const MAAL14_FORANKRING_OPTION: OptionInput = {
  id: "maal14Forankring",
  label: { da: "Bred geografisk forankring i mål 14", en: "Broad geographical anchoring in goal 14" },
  description: {
    da: "Mål 14's metode beregner kun 'samlede omsætning i forhold til basistilskuddet'; forankringen er noget, der 'skal tilsigtes'. Som standard vises forankringen (Aktiviteter), men målets opfyldelse er gearingen alene; vælg 'indgaar' for at lade den indgå med samme vægt som gearingen.",
    en: "Goal 14's method computes only 'total revenue relative to the base grant'; the anchoring is something to be 'aimed at'. By default the anchoring is shown (Aktiviteter), but the goal's fulfilment is the leverage alone; choose 'indgaar' to weigh it equally with the leverage.",
  },
  choices: [
    { id: "vises", label: { da: "Vises, indgår ikke", en: "Shown, not counted" } },
    { id: "indgaar", label: { da: "Indgår med halv vægt", en: "Counted at half weight" } },
  ],
  default: "vises",
};

/* ---------- regions: "sjællandske SMV'er" and "hovedsæde i Region Hovedstaden" ---------- */

const NOT_SJAELLAND_NAMES = [...HOVEDSTADEN_REGION_NAMES, ...OTHER_REGION_NAMES];
const SJAELLAND: ReadonlySet<string> = new Set(REGION_SJAELLAND);
const OUTSIDE_SJAELLAND = ALL_MUNICIPALITIES.filter((m) => !SJAELLAND.has(m));

/** Not registered as outside Region Sjælland: the house's own companies unless a column says otherwise. */
export const NOT_OUTSIDE_SJAELLAND: Filter = {
  op: "not",
  of: {
    op: "any",
    of: [
      { op: "in", field: "hovedsaede", values: NOT_SJAELLAND_NAMES },
      { op: "in", field: "kommune", values: OUTSIDE_SJAELLAND },
    ],
  },
};
