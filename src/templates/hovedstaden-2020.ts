/**
 * Resultatkontrakt 2020, Erhvervshus Hovedstaden – KKR Hovedstaden: three national goals (1–3),
 * four common goals (4–7) and two local goals (8–9), under the framework agreement 2019–2020.
 */
import type { ContractInput, Filter } from "../domain/contract/schema";
import {
  DELVIST_OPTION,
  EFFECT_SHARE,
  SVAR_ENHED_NOTE,
  SVAR_ENHED_OPTION,
  EFFECT_SHARE_NOTE,
  EFFECT_SHARE_VARIANTS,
  NPS_MEASURE,
  NPS_NOTE,
  VED_IKKE_EFFEKT_OPTION,
  checklist,
  inField,
  note,
  type IndicatorInput,
  type OptionInput,
} from "./common";
import { REGION_HOVEDSTADEN, REGION_SJAELLAND, SJAELLAND_REGION_NAMES } from "./municipalities";

const DOCUMENT = "Resultatkontrakt 2020, Erhvervshus Hovedstaden – KKR Hovedstaden";
const FILE = "000_010b600dbd70e859.txt";
const source = (section: string) => ({ document: DOCUMENT, section, file: FILE });

/* Course types of goal 4 as houses write them in `Forløbstype` (compared folded). */
const VAEKSTFORLOEB = ["Vækstforløb", "Vækstforløb SMV", "SMV vækst", "SMV vækstforløb"];
const SMV_DRIFT = [
  "SMV drift",
  "SMV drift forløb",
  "SMV driftsforløb",
  "Driftsforløb",
  "Etablerede virksomheder",
  "Etableret virksomhed",
  "EW forløb",
  "EW",
  "Early Warning",
  "Early Warning forløb",
];
const IVAERKSAETTER = [
  "Iværksætterforløb",
  "Iværksætter",
  "Intro til iværksætteri",
  "Introer til iværksætteri",
  "Iværksætterintro",
  "Iværksætterintroduktion",
];

const KUN_EVALUEREDE_OPTION: OptionInput = {
  id: "kunEvaluerede",
  label: { da: "Kun forløb sendt til brugerevaluering (mål 4)", en: "Only courses sent to user evaluation (goal 4)" },
  description: {
    da: "Mål 4 taler om '1870 evaluerede vejledningsforløb'. Som standard tælles kun forløb med 'Sendt til brugerevaluering' = ja (kolonnen skal være udfyldt); vælg 'nej' for at tælle alle forløb af de nævnte typer.",
    en: "Goal 4 speaks of '1870 evaluated guidance courses'. By default only courses with 'Sendt til brugerevaluering' = ja count (the column must be filled in); choose 'nej' to count all courses of the named types.",
  },
  choices: [
    { id: "nej", label: { da: "Nej, alle forløb", en: "No, all courses" } },
    { id: "ja", label: { da: "Ja, kun evaluerede forløb", en: "Yes, evaluated courses only" } },
  ],
  default: "ja",
};

const MAAL3_INDGANG = [
  "digital-indgang",
  "Digital indgang med fælles visuel identitet etableret i samarbejde med den digitale erhvervsfremmeplatform",
] as const;
const MAAL3_ARBEJDSGRUPPE = [
  "arbejdsgruppe",
  "Deltagelse i arbejdsgruppe, der løbende udvikler digitale redskaber og indhold til erhvervsfremmeplatformen",
] as const;
const MAAL3_RETNINGSLINJER = [
  "redaktionelle-retningslinjer",
  "Indholdet afstemt af Erhvervshuset efter fælles redaktionelle retningslinjer",
] as const;

/** Mål 3: the stated two-condition rule, or all three items of the goal text. */
const MAAL3_OPTION: OptionInput = {
  id: "maal3Regel",
  label: { da: "Opfyldelse af mål 3", en: "Fulfilment of goal 3" },
  description: {
    da: "Kontraktens regel: 100 % når fælles visuel identitet er etableret og Erhvervshuset har bidraget til udvikling af platformen (de redaktionelle retningslinjer vises). 'alle-tre' tæller målets tre punkter som en andel.",
    en: "The contract's rule: 100 % when the common visual identity is established and the house has contributed to the platform (the editorial guidelines are shown). 'alle-tre' counts the goal's three items as a share.",
  },
  choices: [
    { id: "regel", label: { da: "Kontraktens regel (to forhold)", en: "The contract's rule (two conditions)" } },
    { id: "alle-tre", label: { da: "Alle tre punkter", en: "All three items" } },
  ],
  default: "regel",
};

const MAAL6_OPTION: OptionInput = {
  id: "maal6Grundlag",
  label: { da: "Grundlag for opfyldelse af mål 6", en: "Basis for the fulfilment of goal 6" },
  description: {
    da: "Mål 6 oplister 9 indsatser, men siger 'Målet er 100% opfyldt, når de 6 indsatser er opfyldt'. Som standard er opfyldelsen andelen af de 9 indsatser; vælg 'seks' for 100 %, når 6 af de 9 er opfyldt.",
    en: "Goal 6 lists 9 efforts but says 'the goal is 100% met when the 6 efforts are met'. By default fulfilment is the share of the 9 efforts; choose 'seks' for 100 % when 6 of the 9 are met.",
  },
  choices: [
    { id: "ni", label: { da: "Andel af de 9 indsatser", en: "Share of the 9 efforts" } },
    { id: "seks", label: { da: "100 % ved 6 opfyldte indsatser", en: "100 % when 6 efforts are met" } },
  ],
  default: "ni",
};

/* ---------- goal 4: counts by course type ---------- */

const EVALUATED: Filter = inField("sendtTilEvaluering", ["ja"]);

const typeCount = (
  id: string,
  label: string,
  labelEn: string,
  types: readonly string[],
  target: number,
  whatIfOf: IndicatorInput["whatIfOf"],
  weight = 1,
): IndicatorInput => {
  const where = inField("forloebstype", types);
  return {
    id,
    label: { da: label, en: labelEn },
    measure: { kind: "count", table: "Forloeb", where },
    target: { op: ">=", value: target },
    rule: { kind: "proportional" },
    unit: "antal",
    weight,
    whatIfOf,
    variants: [
      {
        when: { option: "kunEvaluerede", equals: "ja" },
        measure: { kind: "count", table: "Forloeb", where: { op: "all", of: [where, EVALUATED] } },
      },
    ],
    notes: [
      note(
        "default",
        `Tæller forløb med Forløbstype: ${types.join(", ")} (store/små bogstaver og bindestreger er ligegyldige).`,
        `Counts courses with Forløbstype: ${types.join(", ")} (case and hyphens do not matter).`,
      ),
      ...(weight === 0
        ? [
            note(
              "default",
              "Summen af delmålene: vises, men indgår ikke i målets gennemsnit (vægt 0), så forløbene ikke tælles to gange.",
              "The sum of the sub-targets: shown, but not part of the goal's mean (weight 0), so courses are not counted twice.",
            ),
          ]
        : []),
    ],
  };
};

/* ---------- goal 6: the efforts, and the measurable ones shown beside them ---------- */

const GOAL6_ITEMS: readonly (readonly [string, string])[] = [
  [
    "aaben-proces",
    "Åben og involverende proces med kommunerne og andre aktører om udmøntning af den regionale strategi for 2020 og frem",
  ],
  [
    "oplaeg-kommuner",
    "Tilbudt alle 29 kommuner oplæg og/eller dialog om Erhvervshuset (borgmester, kommunalbestyrelse, udvalg, lokale erhvervsfora)",
  ],
  [
    "koordineringsmoeder",
    "Koordineringsmøder for den brede kreds af interessenter videreført og udviklet, herunder oplæg til videndeling",
  ],
  [
    "dialogmoeder",
    "Dialogmøder med kommunernes lokale repræsentanter/erhvervschefer med fokus på en dialog- og efterspørgselsdrevet tilgang",
  ],
  [
    "arrangement-private-raadgivere",
    "Mindst 1 arrangement for private rådgivere om samarbejdet mellem Erhvervshuset, private rådgivere og virksomheder",
  ],
  [
    "henvisning-70",
    "Min. 70 % af alle vækst- og driftsforløb henvist til private eller offentlige aktører, altid til min. 2 aktører inden for hvert område",
  ],
  [
    "case-samling",
    "Case-samling om samarbejdet mellem virksomhederne og erhvervsfremmesystemet, min. 1 case pr. kommune (video eller skriftlig)",
  ],
  [
    "gode-eksempler",
    "Min. 3 gode eksempler på samarbejdet mellem virksomheder, kommunal/lokal erhvervsservice og Erhvervshuset",
  ],
  ["efterspoergselsanalyse", "Virksomhedernes efterspørgsel undersøgt via en kvantitativ analyse (en gang om året)"],
];

const SHOWN_NOTE = note(
  "default",
  "Vises som dokumentation for en af indsatserne; indgår ikke i målets opfyldelse (vægt 0), som følger indsatsernes status i Aktiviteter.",
  "Shown as evidence for one of the efforts; not part of the goal's fulfilment (weight 0), which follows the efforts' status in Aktiviteter.",
);

const keyFigureShown = (id: string, key: string, label: string, labelEn: string, target: number): IndicatorInput => ({
  id,
  label: { da: label, en: labelEn },
  measure: { kind: "keyFigure", key },
  target: { op: ">=", value: target },
  rule: { kind: "proportional" },
  unit: "antal",
  weight: 0,
  notes: [SHOWN_NOTE],
});

/* ---------- the contract ---------- */

export const hovedstaden2020: ContractInput = {
  id: "hovedstaden-2020",
  title: {
    da: "Resultatkontrakt 2020, Erhvervshus Hovedstaden – KKR Hovedstaden",
    en: "Performance contract 2020, Erhvervshus Hovedstaden – KKR Hovedstaden",
  },
  year: 2020,
  halfYearReporting: false,
  registration: "2019-2020",
  source: source("Hele kontrakten"),
  params: [],
  options: [
    VED_IKKE_EFFEKT_OPTION,
    SVAR_ENHED_OPTION,
    KUN_EVALUEREDE_OPTION,
    MAAL3_OPTION,
    MAAL6_OPTION,
    DELVIST_OPTION,
  ],
  keyFigures: [
    {
      id: "arrangementer-private-raadgivere",
      label: "Arrangementer for private rådgivere",
      synonyms: ["Arrangement for private rådgivere", "Rådgiverarrangementer", "Events for private advisers"],
      unit: "antal",
    },
    {
      id: "cases",
      label: "Cases om samarbejdet",
      synonyms: ["Cases", "Case-samling", "Antal cases", "Cases pr. kommune"],
      unit: "antal",
    },
    {
      id: "gode-eksempler",
      label: "Gode eksempler på samarbejdet",
      synonyms: ["Gode eksempler", "Antal gode eksempler", "Good examples"],
      unit: "antal",
    },
    {
      id: "forloeb-eh-sjaelland-hovedstaden",
      label: "Forløb med virksomheder i Hovedstaden leveret af Erhvervshus Sjælland",
      synonyms: [
        "Forløb leveret af Erhvervshus Sjælland",
        "EH Sjælland forløb i Hovedstaden",
        "Forløb fra Erhvervshus Sjælland",
      ],
      unit: "antal",
    },
  ],
  municipalities: [...REGION_HOVEDSTADEN],
  notes: [
    note(
      "info",
      "'Basisbevillingen udgør i 2020 kr. 52.378.000.' Intet mål bruger tallet.",
      "'The base grant is DKK 52,378,000 in 2020.' No goal uses the figure.",
    ),
    note(
      "info",
      "Status afrapporteres til KKR Hovedstaden én gang årligt; den endelige resultatopgørelse, når året er afsluttet.",
      "Status is reported to KKR Hovedstaden once a year; the final statement once the year has ended.",
    ),
    note(
      "source",
      "Mål 1–3 er nationalt fastsatte mål og mål 4–7 fælles indsatsmål fra Aftale om rammerne for Erhvervshusene 2019-2020; mål 8–9 er lokale mål aftalt mellem KKR Hovedstaden og Erhvervshus Hovedstaden.",
      "Goals 1–3 are national goals and goals 4–7 common goals from the framework agreement 2019–2020; goals 8–9 are local goals agreed between KKR Hovedstaden and Erhvervshus Hovedstaden.",
    ),
    note(
      "ambiguity",
      "Indledningen nævner 'de 29 kommuner i Hovedstaden og Bornholms Regionskommune', mål 6 'alle 29 kommuner'. Region Hovedstaden har 29 kommuner inklusive Bornholm; skabelonen bruger de 29.",
      "The introduction names 'the 29 municipalities of Hovedstaden and Bornholm', goal 6 'all 29 municipalities'. The Capital Region has 29 municipalities including Bornholm; the template uses those 29.",
    ),
  ],
  goals: [
    {
      id: "1",
      title: {
        da: "Virksomhedernes tilfredshed med den specialiserede vejledning",
        en: "Companies' satisfaction with the specialised guidance",
      },
      group: "national",
      targetText: "Målet for 2020 er, at erhvervshusene opnår en Net Promotor Score på mindst 60.",
      method:
        "Målet opgøres af Erhvervsstyrelsen ved, at de virksomheder, der har modtaget specialiseret vejledning i 2020 og er tilmeldt brugerevalueringssystemet, spørges til, om de vil anbefale erhvervshusene til andre virksomheder. Målet opgøres på baggrund af data i brugerevalueringssystemet, hvor spørgsmålet ”Hvor sandsynligt er det, at du vil anbefale Erhvervshuset til andre virksomhedsejere og personer i dit netværk?” måles på en skala fra 0 – 10, hvor 0 er ”usandsynligt” og 10 er ”meget sandsynligt”. Net Promotor Score opgøres ved, at andelen af svar på 9-10 (promotors) fratrækkes andelen af svar mellem 0-6 (detractors). Virksomheder, der har modtaget specialiseret vejledning, er de virksomheder, der har modtaget 1:1 vejledning af erhvervshuset. Vejledningen kan have karakter af kortere eller længere forløb på ét eller flere møder.",
      source: source("Nationalt fastsatte mål, Mål 1 – Virksomhedernes tilfredshed med den specialiserede vejledning"),
      indicators: [
        {
          id: "nps",
          label: { da: "Net Promoter Score", en: "Net Promoter Score" },
          measure: NPS_MEASURE,
          target: { op: ">=", value: 60 },
          rule: {
            kind: "steps",
            steps: [
              { atLeast: 60, pct: 100 },
              { atLeast: 50, pct: 50 },
            ],
          },
          unit: "point",
          whatIfOf: { da: "svar på 9-10", en: "answers of 9–10" },
          notes: [
            NPS_NOTE,
            note(
              "source",
              "Kontraktens egen regel: 100 % opfyldt ved NPS mindst 60, 50 % opfyldt ved NPS mindst 50.",
              "The contract's own rule: 100 % met at NPS of at least 60, 50 % met at NPS of at least 50.",
            ),
          ],
        },
      ],
      notes: [
        note(
          "info",
          "'Virksomheder, der har modtaget specialiseret vejledning, er de virksomheder, der har modtaget 1:1 vejledning af erhvervshuset.' Brugerevalueringen viser ikke forløbstypen, så Kontrakttjek kan ikke udelade andre svar: medtag kun svar fra virksomheder med 1:1 vejledning. Med kolonnen Besvarelsesdato tælles kun svarene fra 2020.",
          "'Companies that received specialised guidance are those that received 1:1 guidance from the house.' The user evaluation does not show the course type, so Kontrakttjek cannot leave other answers out: include only answers from companies with 1:1 guidance. With the Besvarelsesdato column only the 2020 answers count.",
        ),
      ],
    },
    {
      id: "2",
      title: {
        da: "Virksomhedernes oplevede effekt af den specialiserede vejledning",
        en: "Companies' perceived effect of the specialised guidance",
      },
      group: "national",
      targetText:
        "Målet for 2020 er, at mindst 70 procent af de virksomheder, der har modtaget specialiseret vejledning i 2020 i brugerevalueringen forventer, at erhvervshusets vejledning får en positiv effekt for virksomheden.",
      method:
        "Målet opgøres af Erhvervsstyrelsen ved, at de virksomheder, der har modtaget specialiseret vejledning i 2020 og er tilmeldt brugerevaluering, bedes vurdere, om de forventer, at vejledningen vil få en positiv effekt for virksomheden. Målet opgøres på baggrund af data i brugerevalueringssystemet, hvor spørgsmålet ”Forventer du, at vejledningen vil få positiv effekt for din virksomhed?” kan besvares ”i høj grad”, ”i nogen grad”, ”i lav grad”, ”slet ikke” eller ”ved ikke”. Målet opgøres som summen af dem, der svarer ”i høj grad” eller ”i nogen grad” til spørgsmålet.",
      source: source(
        "Nationalt fastsatte mål, Mål 2 – Virksomhedernes oplevede effekt af den specialiserede vejledning",
      ),
      indicators: [
        {
          id: "positiv-effekt",
          label: { da: "Andel der forventer positiv effekt", en: "Share expecting a positive effect" },
          measure: EFFECT_SHARE,
          target: { op: ">=", value: 70 },
          rule: {
            kind: "steps",
            steps: [
              { atLeast: 70, pct: 100 },
              { atLeast: 60, pct: 50 },
            ],
          },
          unit: "procent",
          whatIfOf: {
            da: "svar 'i høj grad' eller 'i nogen grad'",
            en: "answers 'to a great extent' or 'to some extent'",
          },
          variants: EFFECT_SHARE_VARIANTS,
          notes: [
            EFFECT_SHARE_NOTE,
            SVAR_ENHED_NOTE,
            note(
              "source",
              "Kontraktens egen regel: 100 % opfyldt ved mindst 70 procent, 50 % opfyldt ved 60 procent.",
              "The contract's own rule: 100 % met at least 70 per cent, 50 % met at 60 per cent.",
            ),
            note(
              "ambiguity",
              "'50 pct. opfyldt, når andelen … opgøres til 60 procent' læses som mindst 60 procent.",
              "'50 % met when the share … is 60 per cent' is read as at least 60 per cent.",
            ),
          ],
        },
      ],
      notes: [
        note(
          "info",
          "'Virksomheder, der har modtaget specialiseret vejledning, er de virksomheder, der har modtaget 1:1 vejledning af erhvervshuset.' Brugerevalueringen viser ikke forløbstypen, så Kontrakttjek kan ikke udelade andre svar: medtag kun svar fra virksomheder med 1:1 vejledning. Med kolonnen Besvarelsesdato tælles kun svarene fra 2020.",
          "'Companies that received specialised guidance are those that received 1:1 guidance from the house.' The user evaluation does not show the course type, so Kontrakttjek cannot leave other answers out: include only answers from companies with 1:1 guidance. With the Besvarelsesdato column only the 2020 answers count.",
        ),
      ],
    },
    {
      id: "3",
      title: {
        da: "Etablering af en fælles digital indgang til erhvervshusene",
        en: "A common digital entrance to the business hubs",
      },
      group: "national",
      targetText:
        "Målet for 2020 er: At Erhvervshusene i samarbejde med den digitale erhvervsfremmeplatform etablerer en digital indgang med en fælles visuel identitet. At Erhvervshuset indgår i en arbejdsgruppe, der løbende udvikler digitale redskaber og indhold til den digitale erhvervsfremmeplatform. Indholdet på erhvervshusenes digitale indgange afstemmes af hvert Erhvervshus, men overholder fælles redaktionelle retningslinjer.",
      method: "Målet opgøres af Erhvervsstyrelsen og Erhvervshuset i fællesskab.",
      source: source("Nationalt fastsatte mål, Mål 3 – Etablering af en fælles digital indgang til erhvervshusene"),
      indicators: [
        // "Målet er 100 pct. opfyldt når Erhvervshusene har etableret en fælles visuel identitet og
        // bidraget til udvikling af den digitale erhvervsfremmeplatform": the two stated conditions.
        checklist({
          label: {
            da: "Fælles digital indgang (opfyldelsesreglens to forhold)",
            en: "Common digital entrance (the rule's two conditions)",
          },
          items: [MAAL3_INDGANG, MAAL3_ARBEJDSGRUPPE],
          when: { option: "maal3Regel", equals: "regel" },
          notes: [
            note(
              "source",
              "Kontraktens egen regel: 100 % opfyldt, når begge forhold er opfyldt. Er kun det ene opfyldt, siger kontrakten intet; standardreglen giver andelen (50 %).",
              "The contract's own rule: 100 % when both conditions are met. With only one met the contract is silent; the default rule gives the share (50 %).",
            ),
          ],
        }),
        checklist({
          id: "redaktionelle-retningslinjer",
          label: { da: "Fælles redaktionelle retningslinjer (vises)", en: "Common editorial guidelines (shown)" },
          items: [MAAL3_RETNINGSLINJER],
          weight: 0,
          when: { option: "maal3Regel", equals: "regel" },
        }),
        checklist({
          id: "aktiviteter-alle-tre",
          label: { da: "Fælles digital indgang (alle tre punkter)", en: "Common digital entrance (all three items)" },
          items: [MAAL3_INDGANG, MAAL3_ARBEJDSGRUPPE, MAAL3_RETNINGSLINJER],
          when: { option: "maal3Regel", equals: "alle-tre" },
        }),
      ],
      notes: [
        note(
          "inconsistency",
          "Opfyldelsesreglen nævner to forhold (fælles visuel identitet og bidrag til udvikling af platformen), målet tre. Som standard følger opfyldelsen reglen; det tredje punkt (redaktionelle retningslinjer) vises uden vægt. Indstillingen 'maal3Regel' = 'alle-tre' tæller alle tre punkter.",
          "The fulfilment rule names two conditions (common visual identity and contribution to the platform), the goal three. By default fulfilment follows the rule; the third item (editorial guidelines) is shown without weight. Option 'maal3Regel' = 'alle-tre' counts all three items.",
        ),
      ],
    },
    {
      id: "4",
      title: {
        da: "Erhvervshusenes vejledning af den brede gruppe af virksomheder",
        en: "The business hubs' guidance of the broad group of companies",
      },
      group: "faelles",
      targetText:
        "Med henblik på at sikre volumen i indsatsen er måltallet for 2020, at Erhvervshus Hovedstaden yder specialiseret vejledning til 1870 virksomheder, som fordeles på forløbstyper i hht. nedenstående: Konkret gennemføres der samlet set 1870 evaluerede vejledningsforløb fordelt på: • 670 Vækstforløb • 500 SMV drift forløb/etablerede virksomheder indeholdende EW forløb • 700 Iværksætterforløb og introer til iværksætteri (målgruppen her vil være ca. 2200). Hertil kommer Virksomhedsguiden som supplement i kraft henvisninger dertil. Korte forløb/kontakter: RK øvrige – disse giver inflow og øget kendskab til Erhvervshus Hovedstaden. Hertil kommer der et antal forløb for det fælles samarbejde med Udenrigsministeriet. Ved indgangen til 2020 er det 50 længerevarende forløb (disse indgår i ovenstående mål herunder kommer 130 kortere forløb). Disse er udover de forløb, som tæller enten vækstforløb eller driftsforløb. Der vil være en vis fleksibilitet mellem de to primære målgrupper vækst og drift. En del af denne målgruppe vil også indeholde forløb for techvirksomheder, som har en anden livscyklus end traditionelle virksomheder.",
      method:
        "Målet opgøres af Erhvervshus Hovedstaden. Forløbene opgøres på baggrund af diverse lister og registreringer i det fælles CRM system. Erhvervshus Hovedstaden udarbejder en samlet opgørelse over antal forløb samt kvalitetsvurderinger til KKR Hovedstaden herunder en opgørelse over forløb leveret til virksomheder.",
      source: source("Fælles indsatsmål, Mål 4 – Erhvervshusenes vejledning af den brede gruppe af virksomheder"),
      indicators: [
        typeCount("vaekstforloeb", "Vækstforløb", "Growth courses", VAEKSTFORLOEB, 670, {
          da: "vækstforløb",
          en: "growth courses",
        }),
        typeCount(
          "smv-drift",
          "SMV drift forløb/etablerede virksomheder (inkl. EW forløb)",
          "SME operations courses/established companies (incl. Early Warning)",
          SMV_DRIFT,
          500,
          { da: "SMV drift forløb", en: "SME operations courses" },
        ),
        typeCount(
          "ivaerksaetter",
          "Iværksætterforløb og introer til iværksætteri",
          "Entrepreneur courses and introductions to entrepreneurship",
          IVAERKSAETTER,
          700,
          { da: "iværksætterforløb", en: "entrepreneur courses" },
        ),
        typeCount(
          "forloeb-i-alt",
          "Vejledningsforløb i alt",
          "Guidance courses in total",
          [...VAEKSTFORLOEB, ...SMV_DRIFT, ...IVAERKSAETTER],
          1870,
          { da: "forløb", en: "courses" },
          0,
        ),
      ],
      notes: [
        note(
          "info",
          "'(målgruppen her vil være ca. 2200)': iværksættermålgruppen anslås til ca. 2200; det er intet måltal og opgøres ikke.",
          "'(the target group here will be about 2200)': the entrepreneur target group is estimated at about 2200; it is no target and is not computed.",
        ),
        note(
          "default",
          "Målet er gennemsnittet af de tre delmål (670, 500, 700), hver opgjort som realiseret/måltal, højst 100 %. Totalen 1870 vises uden at indgå i gennemsnittet.",
          "The goal is the mean of the three sub-targets (670, 500, 700), each realised/target, at most 100 %. The total of 1870 is shown without entering the mean.",
        ),
        note(
          "ambiguity",
          "Målet siger '1870 evaluerede vejledningsforløb': som standard tælles kun forløb sendt til brugerevaluering (Sendt til brugerevaluering = ja). Indstillingen 'kunEvaluerede' = 'nej' tæller alle forløb af typerne.",
          "The goal says '1870 evaluated guidance courses': by default only courses sent to user evaluation count (Sendt til brugerevaluering = ja). Option 'kunEvaluerede' = 'nej' counts all courses of the types.",
        ),
        note(
          "ambiguity",
          "Målet nævner både '1870 virksomheder' og '1870 … vejledningsforløb'; skabelonen tæller forløb.",
          "The goal names both '1870 companies' and '1870 … guidance courses'; the template counts courses.",
        ),
        note(
          "inconsistency",
          "Forløbene med Udenrigsministeriet (50 længerevarende, 130 kortere) siges både at 'indgå i ovenstående mål' og at være 'udover de forløb, som tæller enten vækstforløb eller driftsforløb'. Skabelonen tæller dem kun, hvis de er registreret med en af de tre forløbstyper.",
          "The courses with the Ministry of Foreign Affairs (50 longer, 130 shorter) are said both to 'be part of the targets above' and to be 'in addition to the courses counting as growth or operations courses'. The template counts them only when registered with one of the three course types.",
        ),
        note(
          "info",
          "Ikke modelleret: 'en vis fleksibilitet mellem vækst og drift' (hvert delmål opgøres for sig), henvisninger til Virksomhedsguiden og korte forløb/kontakter (RK øvrige), som ikke har måltal.",
          "Not modelled: 'some flexibility between growth and operations' (each sub-target is measured on its own), referrals to Virksomhedsguiden and short courses/contacts (RK øvrige), which have no target.",
        ),
      ],
    },
    {
      id: "5",
      title: {
        da: "Specialiseret vejledning til Erhvervshusenes forskellige målgrupper",
        en: "Specialised guidance for the business hubs' different target groups",
      },
      group: "faelles",
      targetText:
        "Målet for 2020 er, at Erhvervshus Hovedstaden: Kortlægger alle virksomheder i Erhvervshusets område fordelt på: 1. Iværksættere 2. Start- ups 3. SMV drift 4. SMV vækst. Kortlægningen skal dokumentere kendskabet til virksomhedernes behov for specialiseret erhvervsservice gennem beskrivelse af disse fordelt på de 4 virksomhedsgrupper. Erhvervshuset gennemfører kvantitative og kvalitative undersøgelser og også i samarbejde med de øvrige Erhvervshuse og Erhvervsstyrelsen. På basis af undersøgelserne og løbende dialog med virksomhederne og deres efterspørgsel fremlægges plan for udvikling af værditilbud, der kan møde virksomhedernes fremtidige behov.",
      method:
        "Målet opgøres af Erhvervshus Hovedstaden. Afrapportering: Erhvervshus Hovedstaden udarbejder samlet opgørelse til KKR Hovedstaden.",
      source: source("Fælles indsatsmål, Mål 5 - Specialiseret vejledning til Erhvervshusenes forskellige målgrupper"),
      indicators: [
        checklist({
          label: { da: "Kortlægning og plan for værditilbud", en: "Mapping and plan for value offers" },
          items: [
            [
              "kortlaegning",
              "Kortlægning af alle virksomheder i området fordelt på iværksættere, start-ups, SMV drift og SMV vækst",
            ],
            [
              "behov-dokumenteret",
              "Behovet for specialiseret erhvervsservice dokumenteret og beskrevet for hver af de 4 virksomhedsgrupper",
            ],
            [
              "undersoegelser",
              "Kvantitative og kvalitative undersøgelser gennemført, også med de øvrige Erhvervshuse og Erhvervsstyrelsen",
            ],
            [
              "plan-vaerditilbud",
              "Plan for udvikling af værditilbud, der kan møde virksomhedernes fremtidige behov, fremlagt",
            ],
          ],
        }),
      ],
      notes: [
        note(
          "default",
          "Kontrakten angiver ingen opfyldelsesregel; opfyldelsen er andelen af de fire punkter, der er opfyldt.",
          "The contract states no fulfilment rule; fulfilment is the share of the four items that are met.",
        ),
      ],
    },
    {
      id: "6",
      title: {
        da: "Erhvervshusene som knudepunkter i erhvervsfremmesystemet",
        en: "The business hubs as nodes in the business promotion system",
      },
      group: "faelles",
      targetText:
        "Målet for 2020 er, at Erhvervshus Hovedstaden realiserer følgende: - Sikrer en åben og involverende proces ift. kommunerne og andre aktørers til udmøntning af den regionale strategi for 2020 og frem. - Tilbyder alle 29 kommuner at afholde oplæg og/eller dialog om Erhvervshuset i forbindelse med møder hos borgmester, kommunalbestyrelse, udvalg eller/og lokale erhvervsfora. - Viderefører og udvikler koordineringsmøder for den brede kreds af interessenter herunder oplæg til videndelingen mellem alle aktører. - Afholder dialogmøder med kommunernes lokale repræsentanter/erhvervschefer, så der kontinuerligt holdes fokus på en dialog og efterspørgselsdrevet tilgang til gavn for virksomhedernes konkurrencekraft. - Der er afholdt minimum 1 arrangement for private rådgivere, hvor samarbejdet mellem Erhvervshuset, private rådgivere og virksomheder udfoldes - Der henvises min. 70 % af alle vækst- og driftsforløb til private eller offentlige aktører. Der henvises altid til min. 2 aktører inden for hvert område medmindre det dokumenteres, at det ikke er relevant. - Der udarbejdes en case samling, som beskriver de gode historier omkring samarbejdet mellem virksomhederne og erhvervsfremmesystemet. Der udarbejdes min. 1 case pr. kommune. (videoproduktion eller skriftlig case) - Der udarbejdes min. 3 gode eksempler på samarbejdet mellem virksomheder, kommunal/lokal erhvervsservice og Erhvervshuset. - En gang om året undersøges virksomhedernes efterspørgsel via en kvantitativ analyse",
      method:
        "Målet opgøres af Erhvervshuset ultimo 2020 ved at dokumentere, at de alle indsatser er realiseret. Målet er 100% opfyldt, når de 6 indsatser er opfyldt.",
      source: source("Fælles indsatsmål, Mål 6 – Erhvervshusene som knudepunkter i erhvervsfremmesystemet"),
      indicators: [
        checklist({
          label: { da: "Indsatser som knudepunkt", en: "Efforts as a node" },
          items: GOAL6_ITEMS,
          variants: [
            { when: { option: "maal6Grundlag", equals: "seks" }, rule: { kind: "checklist", requiredDone: 6 } },
          ],
        }),
        {
          id: "henvisningsandel",
          label: {
            da: "Andel vækst- og driftsforløb henvist til private eller offentlige aktører",
            en: "Share of growth and operations courses referred to private or public actors",
          },
          measure: {
            kind: "share",
            table: "Forloeb",
            denominator: inField("forloebstype", [...VAEKSTFORLOEB, ...SMV_DRIFT]),
            numerator: { op: "notBlank", field: "henvistTil" },
          },
          target: { op: ">=", value: 70 },
          rule: { kind: "threshold" },
          unit: "procent",
          weight: 0,
          whatIfOf: { da: "henviste forløb", en: "referred courses" },
          notes: [
            SHOWN_NOTE,
            note(
              "info",
              "Andel af forløbene med Forløbstype for vækst- eller driftsforløb (som i mål 4), hvor 'Henvist til' ikke er tom. Kravet om mindst 2 aktører inden for hvert område kan ikke opgøres af registreringen.",
              "Share of the courses with a growth or operations Forløbstype (as in goal 4) whose 'Henvist til' is not blank. The requirement of at least 2 actors within each area cannot be computed from the registration.",
            ),
          ],
        },
        keyFigureShown(
          "arrangementer-private-raadgivere",
          "arrangementer-private-raadgivere",
          "Arrangementer for private rådgivere",
          "Events for private advisers",
          1,
        ),
        keyFigureShown(
          "cases",
          "cases",
          "Cases om samarbejdet (1 pr. kommune)",
          "Cases on the cooperation (1 per municipality)",
          29,
        ),
        keyFigureShown(
          "gode-eksempler",
          "gode-eksempler",
          "Gode eksempler på samarbejdet",
          "Good examples of the cooperation",
          3,
        ),
      ],
      notes: [
        note(
          "inconsistency",
          "Målet oplister 9 indsatser, men siger 'Målet er 100% opfyldt, når de 6 indsatser er opfyldt'. Som standard er opfyldelsen andelen af de 9 (indstillingen 'maal6Grundlag': 'seks' giver 100 % ved 6 opfyldte).",
          "The goal lists 9 efforts but says 'the goal is 100% met when the 6 efforts are met'. By default fulfilment is the share of the 9 (option 'maal6Grundlag': 'seks' gives 100 % at 6 met).",
        ),
        note(
          "ambiguity",
          "'Min. 1 case pr. kommune' læses som mindst 29 cases (Region Hovedstadens 29 kommuner).",
          "'At least 1 case per municipality' is read as at least 29 cases (the Capital Region's 29 municipalities).",
        ),
      ],
    },
    {
      id: "7",
      title: { da: "Særlig indsats for digital omstilling", en: "Special effort for digital transformation" },
      group: "faelles",
      targetText:
        "Målet for 2020 er, at Erhvervshuset øger vejledningen af virksomheder indenfor digitalisering gennem en naturlig adressering i alle vejledninger. Dette gøres gennem: - Udvikling af Erhvervshusets kompetencer gennem øget viden og kendskab til digitaliseringens betydning for målgruppen samt understøttet vejledning med relevante værktøjer og metoder - Afholdelse af målrettede events og workshops for relevante målgrupper og inddragelse af eksisterende finansieringsmuligheder gennem regionale og nationale programtilbud til kunderne - Erhvervshuset indgår i mulige projektsamarbejder bl.a. gennem calls vedr. digitalisering herunder eksempelvis SMV:Digital",
      method:
        "Målet opgøres af Erhvervshuset, og opgøres ved en skriftlig afrapportering på ovenstående vedlagte bilag om konkrete aktiviteter i 2020. Målet er 100 pct. opfyldt, når der er redegjort for aktiviteter indenfor alle de nævnte områder i en skriftlig afrapportering.",
      source: source("Fælles indsatsmål, Mål 7 – Særlig indsats for digital omstilling"),
      indicators: [
        checklist({
          label: { da: "Aktiviteter inden for digitalisering", en: "Activities within digitalisation" },
          items: [
            [
              "kompetencer",
              "Udvikling af Erhvervshusets kompetencer om digitaliseringens betydning for målgruppen, med relevante værktøjer og metoder",
            ],
            [
              "events-workshops",
              "Målrettede events og workshops for relevante målgrupper med inddragelse af regionale og nationale programtilbud",
            ],
            [
              "projektsamarbejder",
              "Deltagelse i mulige projektsamarbejder, bl.a. gennem calls vedr. digitalisering, fx SMV:Digital",
            ],
          ],
        }),
      ],
      notes: [
        note(
          "info",
          "Stigningen i vejledningen om digitalisering opgøres ikke af registreringen; målet vurderes efter den skriftlige afrapportering (punkterne).",
          "The increase in guidance on digitalisation is not computed from the registration; the goal is assessed from the written report (the items).",
        ),
        note(
          "default",
          "Kontrakten giver kun reglen for 100 % (redegjort for alle områder); færre områder giver andelen af de tre.",
          "The contract gives only the rule for 100 % (all areas accounted for); fewer areas give the share of the three.",
        ),
      ],
    },
    {
      id: "8",
      title: {
        da: "Indsatser i relation til den nationale og regionale erhvervsfremmestrategi for Hovedstadsområdet",
        en: "Efforts related to the national and regional business promotion strategy for the capital area",
      },
      group: "lokal",
      targetText:
        "Med henblik på at sikre, at Erhvervshus Hovedstaden har fokus på værdiskabelse og øget kapacitet i målgruppen og med særligt fokus på digitalisering, internationalisering, bæredygtighed, arbejdskraft og kompetencer samt iværksætteri, skal Erhvervshuset sørge for at udbyde program aktiviteter inden for professionalisering af virksomhedsdrift herunder ejerskifte, digitalisering, internationalisering, bæredygtighed og iværksætteri. At delmålene i Erhvervshusets strategi indfries, og der hele tiden er fokus på optimering af samarbejder med Danmarks Erhvervsfremmebestyrelse og øvrige lokale, nationale og internationale aktører. Erhvervshus Hovedstaden afholder en konference for en bred kreds af aktører med fokus på udmøntningsplanen fra Danmarks Erhvervsfremmebestyrelse 2020-23 med henblik på at forankre udmøntningsplanen i Hovedstadsområdet.",
      method:
        "Målet opgøres af Erhvervshus Hovedstaden. Afrapportering: Erhvervshus Hovedstaden udarbejder samlet opgørelse til KKR Hovedstaden.",
      source: source(
        "Lokale mål, Mål 8 - Indsatser i relation til den nationale og regionale erhvervsfremmestrategi for Hovedstadsområdet",
      ),
      indicators: [
        checklist({
          label: { da: "Indsatser for erhvervsfremmestrategien", en: "Efforts for the business promotion strategy" },
          items: [
            [
              "programaktiviteter",
              "Programaktiviteter udbudt inden for professionalisering af virksomhedsdrift, herunder ejerskifte, digitalisering, internationalisering, bæredygtighed og iværksætteri",
            ],
            [
              "strategiens-delmaal",
              "Delmålene i Erhvervshusets strategi indfriet, med fokus på samarbejdet med Danmarks Erhvervsfremmebestyrelse og øvrige aktører",
            ],
            [
              "konference",
              "Konference for en bred kreds af aktører om udmøntningsplanen fra Danmarks Erhvervsfremmebestyrelse 2020-23",
            ],
          ],
        }),
      ],
      notes: [
        note(
          "default",
          "Kontrakten angiver ingen opfyldelsesregel; opfyldelsen er andelen af de tre punkter, der er opfyldt.",
          "The contract states no fulfilment rule; fulfilment is the share of the three items that are met.",
        ),
      ],
    },
    {
      id: "9",
      title: { da: "Samarbejde i Greater Copenhagen", en: "Cooperation in Greater Copenhagen" },
      group: "lokal",
      targetText:
        "Der opstilles følgende mål for 2020: - Løbende orientering til den lokale erhvervsservice om samarbejdet i Greater Copenhagen gennem nyhedsbreve og på møder med kommunerne. - Samarbejde med aktører i Greater Copenhagen om tiltrækning af udenlandsk arbejdskraft til virksomhederne - Etablering af et formelt samarbejde omkring internationale projekter og brugen af medarbejdere fra Eksportrådet. - Etablering af en fælles strategi for arbejdet med klyngerne i Greater Copenhagen området, og hvordan klynger placeret uden for Greater Copenhagen forankres i et tæt samarbejde med de to Erhvervshuse. - Samarbejde om styrkelse af Greater Copenhagen som vækstmetropol også i relation til den regionale strategi - Programsamarbejde mellem de to Erhvervshuse på nationale programmer, således at ressourcer og kompetencer deles, og der afholdes fælles kollektive arrangementer - 20 forløb med virksomheder i Erhvervshus Sjællands område og 20 forløb med virksomheder i Hovedstaden. Leveret af de to erhvervshuse.",
      method: "Målene opgøres af Erhvervshus Hovedstaden.",
      source: source("Lokale mål, Mål 9 – Samarbejde i Greater Copenhagen"),
      indicators: [
        checklist({
          label: {
            da: "Samarbejde med Erhvervshus Sjælland i Greater Copenhagen",
            en: "Cooperation with Erhvervshus Sjælland in Greater Copenhagen",
          },
          items: [
            [
              "orientering",
              "Løbende orientering af den lokale erhvervsservice om samarbejdet i Greater Copenhagen (nyhedsbreve, møder med kommunerne)",
            ],
            [
              "udenlandsk-arbejdskraft",
              "Samarbejde med aktører i Greater Copenhagen om tiltrækning af udenlandsk arbejdskraft til virksomhederne",
            ],
            [
              "internationale-projekter",
              "Formelt samarbejde om internationale projekter og brugen af medarbejdere fra Eksportrådet etableret",
            ],
            [
              "klyngestrategi",
              "Fælles strategi for arbejdet med klyngerne i Greater Copenhagen-området, også for klynger uden for området",
            ],
            [
              "vaekstmetropol",
              "Samarbejde om styrkelse af Greater Copenhagen som vækstmetropol, også i relation til den regionale strategi",
            ],
            [
              "programsamarbejde",
              "Programsamarbejde mellem de to Erhvervshuse på nationale programmer med delte ressourcer og fælles kollektive arrangementer",
            ],
          ],
        }),
        {
          id: "forloeb-sjaelland",
          label: {
            da: "Forløb med virksomheder i Erhvervshus Sjællands område",
            en: "Courses with companies in Erhvervshus Sjælland's area",
          },
          measure: {
            kind: "count",
            table: "Forloeb",
            where: {
              op: "any",
              of: [inField("hovedsaede", SJAELLAND_REGION_NAMES), inField("kommune", REGION_SJAELLAND)],
            },
          },
          target: { op: ">=", value: 20 },
          rule: { kind: "proportional" },
          unit: "antal",
          whatIfOf: { da: "forløb med sjællandske virksomheder", en: "courses with companies from Zealand" },
          notes: [
            note(
              "default",
              "Tæller forløb, hvor 'Hovedsæde (region)' er Region Sjælland, eller hvor Kommune er en af Region Sjællands 17 kommuner.",
              "Counts courses whose 'Hovedsæde (region)' is Region Sjælland, or whose Kommune is one of Region Zealand's 17 municipalities.",
            ),
          ],
        },
        {
          id: "eh-sjaelland-leverance",
          label: {
            da: "Forløb med virksomheder i Hovedstaden leveret af Erhvervshus Sjælland",
            en: "Courses with companies in the capital area delivered by Erhvervshus Sjælland",
          },
          measure: { kind: "keyFigure", key: "forloeb-eh-sjaelland-hovedstaden" },
          target: { op: ">=", value: 20 },
          rule: { kind: "proportional" },
          unit: "antal",
          notes: [
            note(
              "info",
              "Opgøres af Erhvervshus Sjælland og indtastes i Nøgletal.",
              "Counted by Erhvervshus Sjælland and entered in Nøgletal.",
            ),
          ],
        },
      ],
      notes: [
        note(
          "default",
          "Kontrakten angiver ingen opfyldelsesregel. Målet er gennemsnittet af tre dele: de seks samarbejdspunkter (andel opfyldt), Erhvervshus Hovedstadens 20 forløb og Erhvervshus Sjællands 20 forløb (hver realiseret/måltal, højst 100 %).",
          "The contract states no fulfilment rule. The goal is the mean of three parts: the six cooperation items (share met), Erhvervshus Hovedstaden's 20 courses and Erhvervshus Sjælland's 20 courses (each realised/target, at most 100 %).",
        ),
      ],
    },
  ],
};
