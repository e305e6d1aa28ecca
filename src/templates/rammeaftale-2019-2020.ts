/**
 * Aftale om rammerne for Erhvervshuse 2019–2020 (Erhvervsministeriet – KL): the national goals
 * I–VII. II and III are measured from the user evaluation; the others ask each performance
 * contract to set a goal, so they are checklists of what the agreement requires.
 */
import type { ContractInput } from "../domain/contract/schema";
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
  note,
  type GoalInput,
} from "./common";
import { ALL_MUNICIPALITIES } from "./municipalities";

const DOCUMENT = "Aftale om rammerne for Erhvervshuse, 2019-2020";
const FILE = "003_69b6f0dae6ee8603.txt";
const source = (goal: string, title: string) => ({
  document: DOCUMENT,
  section: `Nationale mål for erhvervshusene, ${goal}. ${title}`,
  file: FILE,
});

/** The agreement has no method per goal; this is its own sentence on reporting. */
const AFRAPPORTERING =
  "Erhvervshusene skal årligt afrapportere til KKR, KL og Erhvervsstyrelsen om resultatopfyldelse med udgangspunkt i de indgåede resultatkontrakter.";
const LOKALT_MAAL = `Konkrete mål formuleres i resultatkontrakten mellem KKR og det enkelte erhvervshus. ${AFRAPPORTERING}`;

const LOCAL_CONTRACT_NOTE = note(
  "info",
  "Rammeaftalen fastsætter ikke selv et måltal her, men kræver et mål i hver resultatkontrakt. Punkterne er aftalens krav; brug den lokale resultatkontrakt (fx hovedstaden-2020) for de konkrete mål.",
  "The agreement sets no target here itself but requires one in each performance contract. The items are the agreement's requirements; use the local contract (e.g. hovedstaden-2020) for the concrete targets.",
);

const goal = (g: Omit<GoalInput, "source"> & { readonly sourceTitle: string }): GoalInput => {
  const { sourceTitle, ...rest } = g;
  return { ...rest, source: source(g.id, sourceTitle) };
};

export const rammeaftale20192020: ContractInput = {
  id: "rammeaftale-2019-2020",
  title: {
    da: "Aftale om rammerne for Erhvervshuse 2019-2020 – nationale mål",
    en: "Framework agreement for the business hubs 2019–2020 – national goals",
  },
  year: null,
  halfYearReporting: false,
  registration: "2019-2020",
  source: { document: DOCUMENT, section: "Nationale mål for erhvervshusene", file: FILE },
  params: [
    {
      id: "year",
      label: { da: "År", en: "Year" },
      choices: [
        { id: "2019", label: "2019" },
        { id: "2020", label: "2020" },
      ],
      default: "2020",
    },
  ],
  options: [
    VED_IKKE_EFFEKT_OPTION,
    SVAR_ENHED_OPTION,
    {
      id: "henvisteMaal",
      label: {
        da: "Måltal for antal henviste virksomheder (mål IV)",
        en: "Target for the number of referred companies (goal IV)",
      },
      description: {
        da: "Rammeaftalen overlader måltallet til resultatkontrakten ('Konkrete måltal formuleres i resultatkontrakterne med KKR'). Indtast det lokale måltal; uden måltal vises det realiserede antal uden opfyldelse.",
        en: "The agreement leaves the target to the performance contract ('concrete targets are set in the contracts with KKR'). Enter the local target; without one the realised number is shown without fulfilment.",
      },
      default: null,
    },
    DELVIST_OPTION,
  ],
  keyFigures: [],
  municipalities: [...ALL_MUNICIPALITIES],
  notes: [
    note(
      "info",
      "Krav uden for de nationale mål, som ikke opgøres: hvert erhvervshus samler i andet halvår virksomheder og lokale aktører til en fælles workshop; erhvervshusene tilbyder i løbet af 2019 alle kommuner et oplæg i kommunalbestyrelsen eller et udvalg; rammerne for den opsøgende indsats beskrives i resultatkontrakterne.",
      "Requirements outside the national goals, not computed: in the second half-year each house gathers companies and local actors for a joint workshop; during 2019 the houses offer every municipality a presentation to its council or a committee; the frame of outreach is described in the contracts.",
    ),
    note(
      "source",
      "Aftalen kalder alle syv mål 'nationale mål'. Resultatkontrakterne for 2020 (fx Erhvervshus Hovedstaden) skelner mellem tre nationalt fastsatte mål (II, III, VII) og fire fælles indsatsmål, der konkretiseres lokalt (I, IV, V, VI); skabelonen følger den inddeling.",
      "The agreement calls all seven goals 'national goals'. The 2020 performance contracts (e.g. Erhvervshus Hovedstaden) distinguish three nationally set goals (II, III, VII) and four common goals made concrete locally (I, IV, V, VI); the template follows that split.",
    ),
    note(
      "source",
      "Aftalen har ingen metodetekst pr. mål; metoden er aftalens egne formuleringer om brugerevaluering og årlig afrapportering.",
      "The agreement has no method text per goal; the method is the agreement's own wording on user evaluation and yearly reporting.",
    ),
    note(
      "info",
      "Registreringskrav: erhvervshusene registrerer alle betjente virksomheder (CVR) og den ydede service, og gør i CRM rede for vejledning af virksomheder henvist fra det lokale niveau. Kontrakttjek kontrollerer CVR, at hvert forløb har Forløbstype eller Tema (den ydede service), og at hvert svar i Brugerevaluering har et forløb; henvisning fra det lokale niveau har ingen kolonne og kontrolleres ikke.",
      "Registration rules: the hubs record every company served (CVR) and the service given, and account in the CRM for guidance of companies referred from the local level. Kontrakttjek checks the CVR, that every course has a Forløbstype or Tema (the service given) and that every answer in Brugerevaluering has a course; referral from the local level has no column and is not checked.",
    ),
  ],
  goals: [
    goal({
      id: "I",
      title: { da: "Bredere målgruppe", en: "Broader target group" },
      sourceTitle: "Bredere målgruppe",
      group: "faelles",
      targetText:
        "I resultatkontrakten for hvert erhvervshus skal formuleres et resultatmål, der afspejler, at erhvervshusene betjener en bredere målgruppe af virksomheder, hvor de ydelser, der tidligere var forbeholdt en smal gruppe af vækstvirksomheder fremover er tilgængelige for alle virksomheder med behov for specialiseret vejledning.",
      method: LOKALT_MAAL,
      indicators: [
        checklist({
          label: { da: "Resultatmål for en bredere målgruppe", en: "Result target for a broader target group" },
          // One requirement ("skal formuleres et resultatmål, der afspejler, at …, hvor de ydelser …"):
          // the relative clause says what the target reflects, it is no second item.
          items: [
            [
              "resultatmaal-bred-maalgruppe",
              "Resultatmål i resultatkontrakten, der afspejler, at erhvervshuset betjener en bredere målgruppe, hvor ydelser, der tidligere var forbeholdt en smal gruppe af vækstvirksomheder, er tilgængelige for alle virksomheder med behov for specialiseret vejledning",
            ],
          ],
        }),
      ],
      notes: [LOCAL_CONTRACT_NOTE],
    }),
    goal({
      id: "II",
      title: { da: "Virksomhedernes tilfredshed", en: "Company satisfaction" },
      sourceTitle: "Virksomhedernes tilfredshed",
      group: "national",
      targetText:
        "De virksomheder, der er registreret i brugerevalueringssystemet, bedes angive, hvorvidt de vil anbefale erhvervshuset til andre virksomheder. Erhvervshusene skal opnå en Net Promotor Score på minimum 60.",
      method: `Opgøres på baggrund af brugerevalueringssystemet: de registrerede virksomheder bedes angive, hvorvidt de vil anbefale erhvervshuset til andre virksomheder. ${AFRAPPORTERING}`,
      indicators: [
        {
          id: "nps",
          label: { da: "Net Promoter Score", en: "Net Promoter Score" },
          measure: NPS_MEASURE,
          target: { op: ">=", value: 60 },
          rule: { kind: "threshold" },
          unit: "point",
          whatIfOf: { da: "svar på 9-10", en: "answers of 9–10" },
          notes: [NPS_NOTE],
        },
      ],
      notes: [
        note(
          "default",
          "Rammeaftalen angiver ingen trin: 100 % ved NPS mindst 60, ellers 0 %. (Resultatkontrakterne kan tilføje trin, fx Hovedstaden 2020: 50 % ved NPS mindst 50.)",
          "The agreement states no steps: 100 % at NPS of at least 60, else 0 %. (Performance contracts may add steps, e.g. Hovedstaden 2020: 50 % at NPS of at least 50.)",
        ),
      ],
    }),
    goal({
      id: "III",
      title: { da: "Virksomhedernes oplevede effekt", en: "Companies' perceived effect" },
      sourceTitle: "Virksomhedernes oplevede effekt",
      group: "national",
      targetText:
        "Mindst 70 pct. af de virksomheder, der er registreret i brugerevalueringssystemet, skal svare, at erhvervshusets vejledning har påvirket virksomhedens drift eller udvikling positivt.",
      method: `Opgøres på baggrund af svarene fra de virksomheder, der er registreret i brugerevalueringssystemet. ${AFRAPPORTERING}`,
      indicators: [
        {
          id: "positiv-effekt",
          label: {
            da: "Andel der svarer, at vejledningen har påvirket drift eller udvikling positivt",
            en: "Share answering that the guidance affected operations or development positively",
          },
          measure: EFFECT_SHARE,
          target: { op: ">=", value: 70 },
          rule: { kind: "threshold" },
          unit: "procent",
          whatIfOf: {
            da: "svar 'i høj grad' eller 'i nogen grad'",
            en: "answers 'to a great extent' or 'to some extent'",
          },
          variants: EFFECT_SHARE_VARIANTS,
          notes: [EFFECT_SHARE_NOTE, SVAR_ENHED_NOTE],
        },
      ],
      notes: [
        note(
          "ambiguity",
          "Aftalen spørger om oplevet effekt ('har påvirket virksomhedens drift eller udvikling positivt'); bind kolonnen med svaret på det spørgsmål (fx 'Oplevet effekt'), ikke Hovedstaden 2020's 'Forventer du …'. Skalaen 'i høj grad' og 'i nogen grad' som positivt følger resultatkontrakterne for 2020.",
          "The agreement asks about experienced effect ('har påvirket … positivt'); bind the column with the answer to that question (e.g. 'Oplevet effekt'), not Hovedstaden 2020's 'Forventer du …'. Counting 'i høj grad' and 'i nogen grad' as positive follows the 2020 contracts.",
        ),
        note(
          "ambiguity",
          "Aftalen angiver ikke svarskalaen. Skabelonen tæller 'i høj grad' og 'i nogen grad' som positivt, som resultatkontrakterne for 2020 gør (fx Hovedstaden 2020, mål 2).",
          "The agreement does not give the answer scale. The template counts 'i høj grad' and 'i nogen grad' as positive, as the 2020 performance contracts do (e.g. Hovedstaden 2020, goal 2).",
        ),
      ],
    }),
    goal({
      id: "IV",
      title: { da: "Knudepunktsfunktion", en: "Node function" },
      sourceTitle: "Knudepunktsfunktion",
      group: "faelles",
      targetText:
        "Der skal i resultatkontrakterne fastsættes mål for erhvervshusenes samarbejde med øvrige aktører, herunder højt specialiserede ordninger eller private aktører. Målet kan fx være om indgåelse af samarbejdsaftaler eller antal henviste virksomheder. Konkrete måltal formuleres i resultatkontrakterne med KKR og er individuelt for hvert erhvervshus.",
      method: LOKALT_MAAL,
      indicators: [
        checklist({
          label: { da: "Mål for samarbejde med øvrige aktører", en: "Target for cooperation with other actors" },
          items: [
            [
              "samarbejdsmaal",
              "Mål i resultatkontrakten for samarbejdet med øvrige aktører, herunder højt specialiserede ordninger eller private aktører",
            ],
          ],
        }),
        {
          id: "henviste-virksomheder",
          label: { da: "Henviste virksomheder", en: "Referred companies" },
          measure: { kind: "distinct", table: "Forloeb", field: "cvr", where: { op: "notBlank", field: "henvistTil" } },
          target: { op: ">=", value: { option: "henvisteMaal" } },
          rule: { kind: "proportional" },
          unit: "virksomheder",
          whatIfOf: { da: "henviste virksomheder", en: "referred companies" },
          notes: [
            note(
              "default",
              "Tæller forskellige CVR-numre med mindst én aktør i 'Henvist til'. Måltallet er resultatkontraktens (indstillingen 'henvisteMaal'); uden måltal beregnes ingen opfyldelse.",
              "Counts distinct CVR numbers with at least one actor in 'Henvist til'. The target is the performance contract's (option 'henvisteMaal'); without one no fulfilment is computed.",
            ),
          ],
        },
      ],
      notes: [LOCAL_CONTRACT_NOTE],
    }),
    goal({
      id: "V",
      title: { da: "Specialiseret vejledning", en: "Specialised guidance" },
      sourceTitle: "Specialiseret vejledning",
      group: "faelles",
      targetText:
        "Der skal i resultatkontrakterne fastsættes mål, der understøtter specialiseret vejledning af høj kvalitet til alle de nævnte målgrupper af iværksættere og virksomheder, der efterspørger specialiseret vejledning. Målene kan formuleres som både kvalitetsmål og effektmål, og skal være differentieret, så der formuleres mål i relation til erhvervshusenes forskellige målgrupper af virksomheder. Effektmål skal tænkes bredt som en positiv udvikling i forhold til fx drift, digitaliseringsniveau, produktivitet og forretningsudvikling. Effektmål for virksomheder med særligt vækstpotentiale, kan med fordel formuleres i forlængelse af effektmålene for de tidligere væksthuse.",
      method: LOKALT_MAAL,
      indicators: [
        checklist({
          label: {
            da: "Mål for specialiseret vejledning til alle målgrupper",
            en: "Targets for specialised guidance to all target groups",
          },
          items: [
            [
              "kvalitets-effektmaal",
              "Kvalitets- og/eller effektmål i resultatkontrakten for specialiseret vejledning af høj kvalitet",
            ],
            [
              "differentierede-maal",
              "Målene er differentieret på erhvervshusets målgrupper (iværksættere, små og mellemstore samt større virksomheder)",
            ],
          ],
        }),
      ],
      notes: [
        note(
          "info",
          "Aftalen: 'Effektmål skal tænkes bredt som en positiv udvikling i forhold til fx drift, digitaliseringsniveau, produktivitet og forretningsudvikling.' Det afgrænser, hvad der tæller som effektmål i punktet om kvalitets- og effektmål.",
          "The agreement: effect goals are to be thought of broadly as a positive development in e.g. operations, digitalisation, productivity and business development. That bounds what counts as an effect goal in the item on quality and effect goals.",
        ),
        LOCAL_CONTRACT_NOTE,
        note(
          "info",
          "Effektmål for virksomheder med særligt vækstpotentiale er en mulighed ('kan med fordel') og derfor ikke et punkt.",
          "Effect targets for companies with particular growth potential are optional ('may usefully') and therefore not an item.",
        ),
      ],
    }),
    goal({
      id: "VI",
      title: {
        da: "Særlig indsats for digital omstilling og andre strategiske indsatsområder",
        en: "Special effort for digital transformation and other strategic areas",
      },
      sourceTitle: "Særlig indsats for digital omstilling og andre strategiske indsatsområder",
      group: "faelles",
      targetText:
        "I resultatkontrakterne med KKR udarbejdes mål, der udmønter erhvervshusenes rolle som indgang til viden og vejledning, der inspirerer og ansporer virksomhederne til i højere grad at digitalisere og udnytte ny teknologi og nye forretningsmodeller. Målet er individuelt for det enkelte erhvervshus. Derudover kan der lokalt indgås aftaler og opstilles målsætninger vedr. andre strategiske indsatsområder, som erhvervshusene skal bidrage til.",
      method: LOKALT_MAAL,
      indicators: [
        checklist({
          label: { da: "Mål for digital omstilling", en: "Target for digital transformation" },
          items: [
            [
              "digitaliseringsmaal",
              "Mål i resultatkontrakten for erhvervshusets rolle som indgang til viden og vejledning om digitalisering, ny teknologi og nye forretningsmodeller",
            ],
          ],
        }),
      ],
      notes: [
        LOCAL_CONTRACT_NOTE,
        note(
          "info",
          "Målsætninger for andre strategiske indsatsområder er en mulighed ('kan'), ikke et krav, og derfor ikke et punkt.",
          "Targets for other strategic areas are optional ('may'), not required, and therefore not an item.",
        ),
      ],
    }),
    goal({
      id: "VII",
      title: { da: "Digital erhvervsfremme", en: "Digital business promotion" },
      sourceTitle: "Digital erhvervsfremme",
      group: "national",
      targetText:
        "I samarbejde med den digitale erhvervsfremmeplatform etablerer erhvervshusene i 2019 en digital indgang med en fælles, digital visuel identitet. Indholdet afstemmes af hvert erhvervshus, men overholder fælles redaktionelle retningslinjer. Hvert erhvervshus indgår i en arbejdsgruppe under den digitale platform, der løbende udvikler digitale redskaber og indhold til den digitale platform.",
      method: `Aftalen angiver ingen metode for målet. ${AFRAPPORTERING}`,
      indicators: [
        checklist({
          label: { da: "Digital indgang og arbejdsgruppe", en: "Digital entrance and working group" },
          items: [
            [
              "digital-indgang",
              "Digital indgang med en fælles, digital visuel identitet etableret i samarbejde med den digitale erhvervsfremmeplatform",
            ],
            [
              "redaktionelle-retningslinjer",
              "Indholdet afstemt af erhvervshuset efter fælles redaktionelle retningslinjer",
            ],
            [
              "arbejdsgruppe",
              "Deltagelse i arbejdsgruppen under den digitale platform, der udvikler digitale redskaber og indhold",
            ],
          ],
        }),
      ],
      notes: [
        note(
          "info",
          "Aftalen (Den digitale platform): 'Den visuelle identitet skal være fælles på tværs af erhvervshusene med fælles redaktionelle retningslinjer. Erhvervshusene kan ikke etablere andre selvstændige, digitale platforme eller hjemmesider.' Forbuddet er ikke et punkt i målet og opgøres ikke.",
          "The agreement (the digital platform): the visual identity is common across the houses with common editorial guidelines, and the houses may not set up other independent digital platforms or websites. The ban is not an item of the goal and is not computed.",
        ),
        note(
          "ambiguity",
          "Aftalen angiver ingen metode ud over kravene selv. Den digitale indgang skulle etableres i 2019; for 2020 tæller det, at den er etableret.",
          "The agreement states no method beyond the requirements themselves. The digital entrance was to be established in 2019; for 2020 what counts is that it exists.",
        ),
      ],
    }),
  ],
};
