/**
 * Regional aftale for Væksthus Hovedstadsregionen 2018 (KKR Hovedstaden), word for word the
 * same as Væksthus Sjælland's: goals 2a–4c under "Ad a)", a)–e) under "Ad b)" (ids b-a…b-e)
 * and the analysis goal under "Ad c)". The parameter `house` says which house reports, so
 * "the other Væksthus" in 4a is the other region.
 */
import type { ContractInput } from "../domain/contract/schema";
import { DELVIST_OPTION, checklist, inField, note, type IndicatorInput, type NoteInput } from "./common";
import {
  HOVEDSTADEN_REGION_NAMES,
  REGION_HOVEDSTADEN,
  REGION_SJAELLAND,
  SJAELLAND_REGION_NAMES,
} from "./municipalities";

const DOCUMENT = "Regional aftale for Væksthus Hovedstadsregionen 2018";
const FILE = "004_888e6cb1d27f88e6.txt";
const source = (section: string) => ({ document: DOCUMENT, section, file: FILE });

const NO_METHOD = "Aftalen angiver ingen metode for målet; aftalen er etårig og revideres i slutningen af 2018.";

const HEADING_2 = "Styrkelse af Greater Copenhagen som vækstiværksættercentrum i Europa";
const HEADING_3 = "Fortsættelse af samarbejdet omkring Greater Copenhagen Academy";
const HEADING_4 = "Tættere fagligt samarbejde mellem de to Væksthuse og evt. sammen med de øvrige Væksthuse";

const VAEKSTFORLOEB = ["Vækstforløb", "Vækstforløb SMV"];

const keyFigureCount = (id: string, key: string, label: string, labelEn: string, target: number): IndicatorInput => ({
  id,
  label: { da: label, en: labelEn },
  measure: { kind: "keyFigure", key },
  target: { op: ">=", value: target },
  rule: { kind: "proportional" },
  unit: "antal",
  notes: [],
});

const EVIDENCE_NOTE = note(
  "default",
  "Aktiviteten dokumenteres i Aktiviteter-arket, men målets opfyldelse følger nøgletallet (vægt 0), så det samme ikke tælles to gange.",
  "The activity is documented in the Aktiviteter sheet, but the goal's fulfilment follows the key figure (weight 0), so the same thing is not counted twice.",
);

const EFFECT_NOT_MODELLED = (effekt: string): NoteInput[] => [
  note(
    "info",
    `Aftalens effektmål ('Effekt: ${effekt}') har intet måltal og opgøres ikke; opfyldelsen følger målets punkter.`,
    `The agreement's effect statement ('Effekt: ${effekt}') has no target and is not computed; fulfilment follows the goal's items.`,
  ),
];

/** Growth courses for companies of the other house's region (hovedsæde or municipality). */
const otherHouseCourses = (house: "hovedstaden" | "sjaelland"): IndicatorInput => {
  const toSjaelland = house === "hovedstaden";
  const regionNames = toSjaelland ? SJAELLAND_REGION_NAMES : HOVEDSTADEN_REGION_NAMES;
  const municipalities = toSjaelland ? REGION_SJAELLAND : REGION_HOVEDSTADEN;
  const region = toSjaelland ? "Region Sjælland" : "Region Hovedstaden";
  return {
    id: toSjaelland ? "vaekstforloeb-sjaelland" : "vaekstforloeb-hovedstaden",
    label: {
      da: `Vækstforløb leveret til virksomheder i ${region}`,
      en: `Growth courses delivered to companies in ${toSjaelland ? "Region Zealand" : "the Capital Region"}`,
    },
    measure: {
      kind: "count",
      table: "Forloeb",
      where: {
        op: "all",
        of: [
          inField("forloebstype", VAEKSTFORLOEB),
          { op: "any", of: [inField("hovedsaede", regionNames), inField("kommune", municipalities)] },
        ],
      },
    },
    target: { op: ">=", value: 5 },
    rule: { kind: "proportional" },
    unit: "antal",
    when: { option: "house", equals: house },
    whatIfOf: { da: "vækstforløb i det andet Væksthus", en: "growth courses in the other Væksthus" },
    notes: [
      note(
        "default",
        `Tæller forløb med Forløbstype ${VAEKSTFORLOEB.join(" eller ")}, hvor 'Hovedsæde (region)' er ${region} eller Kommune ligger i ${region} (parameteren 'house' bestemmer det andet Væksthus).`,
        `Counts courses with Forløbstype ${VAEKSTFORLOEB.join(" or ")} whose 'Hovedsæde (region)' is ${region} or whose Kommune lies in ${region} (the parameter 'house' decides the other Væksthus).`,
      ),
    ],
  };
};

export const vaeksthusHovedstaden2018: ContractInput = {
  id: "vaeksthus-hovedstaden-2018",
  title: {
    da: "Regional aftale for Væksthus Hovedstadsregionen 2018",
    en: "Regional agreement for Væksthus Hovedstadsregionen 2018",
  },
  year: 2018,
  halfYearReporting: false,
  registration: "none",
  source: source("Hele aftalen"),
  params: [
    {
      id: "house",
      label: { da: "Væksthus", en: "Growth house" },
      choices: [
        { id: "hovedstaden", label: "Væksthus Hovedstadsregionen" },
        { id: "sjaelland", label: "Væksthus Sjælland" },
      ],
      default: "hovedstaden",
    },
  ],
  options: [DELVIST_OPTION],
  keyFigures: [
    {
      id: "internationale-events",
      label: "Internationale events i Greater Copenhagen",
      synonyms: ["Internationale events", "Store internationale events", "International events"],
      unit: "antal",
    },
    {
      id: "faelles-fagomraader",
      label: "Fagområder med udveksling af ydelser",
      synonyms: ["Fælles fagområder", "Fagområder", "Udvekslede fagområder"],
      unit: "antal",
    },
    {
      id: "tvaerregionale-programmer",
      label: "Tværregionale programmer",
      synonyms: ["Tværregionalt program", "Tværregionale programmer udviklet", "Cross-regional programmes"],
      unit: "antal",
    },
    {
      id: "kapitaltiltraekningsevents",
      label: "Kapitaltiltrækningsevents",
      synonyms: ["Kapitaltiltrækningsevents for vækstiværksættere", "Kapitalevents", "Capital events"],
      unit: "antal",
    },
  ],
  municipalities: [...REGION_HOVEDSTADEN, ...REGION_SJAELLAND],
  notes: [
    note(
      "source",
      "Aftalen er enslydende for Væksthus Hovedstadsregionen (KKR Hovedstaden) og Væksthus Sjælland (KKR Sjælland); parameteren 'house' vælger huset, så 'det andet Væksthus' i mål 4a er den anden region.",
      "The agreement is identical for Væksthus Hovedstadsregionen (KKR Hovedstaden) and Væksthus Sjælland (KKR Sjælland); the parameter 'house' picks the house, so 'the other Væksthus' in goal 4a is the other region.",
    ),
    note(
      "info",
      "Punkt 1 under 'Ad a)' (samarbejde med Copenhagen Capacity og kommunerne) har intet mål og er ikke med. De 4.000 vejledte og 2.000 vækstkortlægninger stammer fra den nationale aftale og er ikke mål i denne aftale.",
      "Item 1 under 'Ad a)' (cooperation with Copenhagen Capacity and the municipalities) has no target and is left out. The 4,000 guided companies and 2,000 growth mappings come from the national agreement and are not goals of this agreement.",
    ),
    note(
      "info",
      "Aftalen har ingen registreringsregler og ingen opfyldelsesregler; standardreglerne gælder (tal: realiseret/måltal, højst 100 %; punkter: andel opfyldt).",
      "The agreement has no registration rules and no fulfilment rules; the defaults apply (figures: realised/target, at most 100 %; items: share met).",
    ),
  ],
  goals: [
    {
      id: "2a",
      title: { da: HEADING_2, en: "Strengthening Greater Copenhagen as a centre for growth entrepreneurs in Europe" },
      group: "regional",
      targetText: "Understøtning af min. én stor event i Greater Copenhagen, som er international og i vækst",
      method: NO_METHOD,
      source: source(`Ad a) Knudepunkt, 2. ${HEADING_2}, Mål 2a`),
      indicators: [
        keyFigureCount(
          "internationale-events",
          "internationale-events",
          "Understøttede store internationale events i Greater Copenhagen",
          "Large international events supported in Greater Copenhagen",
          1,
        ),
        checklist({
          label: { da: "Dokumentation: den understøttede event", en: "Evidence: the event supported" },
          items: [
            ["international-event", "Min. én stor international event i vækst i Greater Copenhagen understøttet"],
          ],
          weight: 0,
          notes: [EVIDENCE_NOTE],
        }),
      ],
      notes: [],
    },
    {
      id: "2b",
      title: { da: HEADING_2, en: "Strengthening Greater Copenhagen as a centre for growth entrepreneurs in Europe" },
      group: "regional",
      targetText:
        "I samarbejde med relevante aktører at tiltrække start-ups til Greater Copenhagen bla. gennem samarbejder med private aktører og universiteter. Dette med henblik på at understøtte de private aktører inden for området og blive en del af dem, men ikke selv drive de konkrete faciliteter.",
      method: NO_METHOD,
      source: source(`Ad a) Knudepunkt, 2. ${HEADING_2}, Mål 2b`),
      indicators: [
        checklist({
          label: { da: "Tiltrækning af start-ups", en: "Attracting start-ups" },
          // The goal is one sentence; "Dette med henblik på …" gives its purpose and a limit, not a second goal.
          items: [
            [
              "tiltraek-start-ups",
              "Start-ups tiltrukket til Greater Copenhagen i samarbejde med relevante aktører, bl.a. private aktører og universiteter",
            ],
          ],
        }),
      ],
      notes: [
        note(
          "info",
          "'Dette med henblik på at understøtte de private aktører inden for området og blive en del af dem, men ikke selv drive de konkrete faciliteter': formålet og grænsen for målet, ikke et selvstændigt punkt. Væksthuset må ikke selv drive faciliteterne.",
          "'With a view to supporting the private actors in the field and becoming part of them, but not running the facilities itself': the goal's purpose and limit, not an item of its own. The Væksthus may not run the facilities itself.",
        ),
      ],
    },
    {
      id: "3a",
      title: { da: HEADING_3, en: "Continued cooperation on the Greater Copenhagen Academy" },
      group: "regional",
      targetText:
        "Udarbejdelse af en InterReg ansøgning omkring videreudvikling af erhvervsservicen i Greater Copenhagen. InterReg ansøgningen lægger særlig vægt på, at Region Skåne inkluderes i samarbejdet om en fælles kompetenceplatform for de tre regioner. Samlet skal det give en styrkelse af netværket på tværs af de tre regioner, målt på antallet af samarbejder og kendskab til hinanden.",
      method:
        "Samlet skal det give en styrkelse af netværket på tværs af de tre regioner, målt på antallet af samarbejder og kendskab til hinanden.",
      source: source(`Ad a) Knudepunkt, 3. ${HEADING_3}, Mål 3a`),
      indicators: [
        checklist({
          label: {
            da: "InterReg-ansøgning og fælles kompetenceplatform",
            en: "InterReg application and common competence platform",
          },
          items: [
            [
              "interreg-ansoegning",
              "InterReg-ansøgning om videreudvikling af erhvervsservicen i Greater Copenhagen udarbejdet",
            ],
            [
              "region-skaane",
              "Region Skåne inkluderet i samarbejdet om en fælles kompetenceplatform for de tre regioner",
            ],
            [
              "styrket-netvaerk",
              "Netværket på tværs af de tre regioner styrket (antal samarbejder og kendskab til hinanden)",
            ],
          ],
        }),
      ],
      notes: [
        note(
          "ambiguity",
          "Styrkelsen af netværket skal måles 'på antallet af samarbejder og kendskab til hinanden', men aftalen giver intet måltal; den er et punkt på listen.",
          "The stronger network is to be measured 'by the number of cooperations and knowledge of each other', but the agreement gives no target; it is an item on the list.",
        ),
      ],
    },
    {
      id: "4a",
      title: { da: HEADING_4, en: "Closer professional cooperation between the two growth houses" },
      group: "regional",
      targetText:
        "Udvælgelse af min. 2 fagområder, hvor der kan udveksles ydelser på tværs af regionerne, og der leveres minimum 5 vækstforløb i det andet Væksthus",
      method: NO_METHOD,
      source: source(`Ad a) Knudepunkt, 4. ${HEADING_4}, Mål 4a`),
      indicators: [
        keyFigureCount(
          "faelles-fagomraader",
          "faelles-fagomraader",
          "Fagområder udvalgt til udveksling af ydelser på tværs af regionerne",
          "Professional areas chosen for exchanging services across the regions",
          2,
        ),
        otherHouseCourses("hovedstaden"),
        otherHouseCourses("sjaelland"),
      ],
      notes: [
        note(
          "ambiguity",
          "'Vækstforløb i det andet Væksthus' læses som vækstforløb, dette Væksthus leverer til virksomheder i den anden region.",
          "'Growth courses in the other growth house' is read as growth courses this house delivers to companies in the other region.",
        ),
      ],
    },
    {
      id: "4b",
      title: { da: HEADING_4, en: "Closer professional cooperation between the two growth houses" },
      group: "regional",
      targetText:
        "Der vil være en samtænkning af aktiviteterne i EEN, således at tilbuddene til virksomhederne er koordineret mellem de to Væksthuse til gavn for virksomhederne i de to regioner.",
      method: NO_METHOD,
      source: source(`Ad a) Knudepunkt, 4. ${HEADING_4}, Mål 4b`),
      indicators: [
        checklist({
          label: { da: "Samtænkning af EEN-aktiviteterne", en: "Joint planning of the EEN activities" },
          items: [
            [
              "een-samtaenkning",
              "Aktiviteterne i EEN samtænkt, så tilbuddene til virksomhederne er koordineret mellem de to Væksthuse",
            ],
          ],
        }),
      ],
      notes: [],
    },
    {
      id: "4c",
      title: { da: HEADING_4, en: "Closer professional cooperation between the two growth houses" },
      group: "regional",
      targetText:
        "Der udvikles minimum et tværeregionalt program, og evt. også i samarbejde med de øvrige 3 Væksthuse.",
      method: NO_METHOD,
      source: source(`Ad a) Knudepunkt, 4. ${HEADING_4}, Mål 4c`),
      indicators: [
        keyFigureCount(
          "tvaerregionale-programmer",
          "tvaerregionale-programmer",
          "Udviklede tværregionale programmer",
          "Cross-regional programmes developed",
          1,
        ),
        checklist({
          label: { da: "Dokumentation: det tværregionale program", en: "Evidence: the cross-regional programme" },
          items: [["tvaerregionalt-program", "Min. ét tværregionalt program udviklet, evt. med de øvrige 3 Væksthuse"]],
          weight: 0,
          notes: [EVIDENCE_NOTE],
        }),
      ],
      notes: [],
    },
    {
      id: "b-a",
      title: { da: "En øget digitalisering af virksomhederne", en: "More digitalisation of the companies" },
      group: "regional",
      targetText:
        "Fokus på samarbejde omkring digitalisering og automatisering. Mål: - Samtænkning af aktiviteterne i: Digitaliseringsboost, Digitaliseringsløft, Vækstløft og Erhvervspartnerskaberne - Udvikle fælles program/projekt omkring automatisering og digitalisering af SMV’er",
      method: "Effekt: Der måles på de konkrete aktiviteter i initiativerne, som en del af deres evaluering",
      source: source(
        "Ad b) Styrkelse af et sammenhængende erhvervsservicetilbud, a) En øget digitalisering af virksomhederne",
      ),
      indicators: [
        checklist({
          label: { da: "Digitalisering og automatisering", en: "Digitalisation and automation" },
          items: [
            [
              "samtaenkning-digitalisering",
              "Aktiviteterne i Digitaliseringsboost, Digitaliseringsløft, Vækstløft og Erhvervspartnerskaberne samtænkt",
            ],
            ["faelles-program", "Fælles program/projekt om automatisering og digitalisering af SMV’er udviklet"],
          ],
        }),
      ],
      notes: EFFECT_NOT_MODELLED(
        "Der måles på de konkrete aktiviteter i initiativerne, som en del af deres evaluering",
      ),
    },
    {
      id: "b-b",
      title: {
        da: "Flere internationale virksomheder i Greater Copenhagen",
        en: "More international companies in Greater Copenhagen",
      },
      group: "regional",
      targetText:
        "Fokus på samarbejde og indsats for, at flere af virksomhederne i Greater Copenhagen bliver internationale. Mål: - Samarbejdet med Udenrigsministeriet, Eksportkreditfonden m. fl. - Styrkelse af tilbud til virksomheder, så de får flere muligheder for at blive internationale.",
      method:
        "Effekt: Der måles på, hvorledes andelen af de virksomheder, der bruger Væksthusene øger deres internationale aktiviteter.",
      source: source(
        "Ad b) Styrkelse af et sammenhængende erhvervsservicetilbud, b) Flere internationale virksomheder i Greater Copenhagen",
      ),
      indicators: [
        checklist({
          label: { da: "Internationalisering", en: "Internationalisation" },
          items: [
            ["samarbejde-um-ekf", "Samarbejde med Udenrigsministeriet, Eksportkreditfonden m.fl."],
            [
              "styrkede-tilbud",
              "Tilbuddene til virksomheder styrket, så de får flere muligheder for at blive internationale",
            ],
          ],
        }),
      ],
      notes: EFFECT_NOT_MODELLED(
        "Der måles på, hvorledes andelen af de virksomheder, der bruger Væksthusene øger deres internationale aktiviteter",
      ),
    },
    {
      id: "b-c",
      title: { da: "En styrkelse af vækstiværksættere", en: "Strengthening growth entrepreneurs" },
      group: "regional",
      targetText:
        "Fokus på at styrke samarbejdet omkring vækstiværksættere blandt andet gennem arbejde med iværksættermiljøer og inkubation. Mål: - Fortsat samarbejde omkring de to vækstfabrikker og samarbejde med øvrige inkubationsmiljøer på Sjælland. Øvrige initiativer etableres i samarbejde med øvrige private aktører eller andre offentlige samarbejdspartnere i Hovedstadsområdet. Der skal etableres samarbejder med relevante uddannelsesinstitutioner herunder universiteterne, idet flere virksomheder enten udspringer derfra eller i samarbejdet med dem. - Afholdelse af min. to kapitaltiltrækningsevents for vækstiværksættere",
      method: "Effekt: Der afrapporteres løbende på samarbejdet med de private aktører",
      source: source(
        "Ad b) Styrkelse af et sammenhængende erhvervsservicetilbud, c) En styrkelse af vækstiværksættere",
      ),
      indicators: [
        checklist({
          label: { da: "Samarbejde om vækstiværksættere", en: "Cooperation on growth entrepreneurs" },
          items: [
            [
              "vaekstfabrikker",
              "Fortsat samarbejde om de to vækstfabrikker og med øvrige inkubationsmiljøer på Sjælland",
            ],
            [
              "uddannelsesinstitutioner",
              "Samarbejder etableret med relevante uddannelsesinstitutioner, herunder universiteterne",
            ],
          ],
          notes: [
            note(
              "info",
              "Det første punkt i aftalen indeholder to forpligtelser (vækstfabrikker/inkubationsmiljøer og uddannelsesinstitutioner) og er delt i to. 'Øvrige initiativer' i Hovedstadsområdet er ikke et selvstændigt punkt.",
              "The agreement's first bullet holds two commitments (growth factories/incubators and educational institutions) and is split in two. 'Other initiatives' in the capital area are not an item of their own.",
            ),
          ],
        }),
        keyFigureCount(
          "kapitaltiltraekningsevents",
          "kapitaltiltraekningsevents",
          "Kapitaltiltrækningsevents for vækstiværksættere",
          "Capital-raising events for growth entrepreneurs",
          2,
        ),
      ],
      notes: EFFECT_NOT_MODELLED("Der afrapporteres løbende på samarbejdet med de private aktører"),
    },
    {
      id: "b-d",
      title: {
        da: "Fokus på SMV´er, som har et markant skaleringspotentiale",
        en: "Focus on SMEs with a marked scaling potential",
      },
      group: "regional",
      targetText:
        "Fokus på at vedvare at udvikle tilbud til virksomhedernes efterspørgsel og udfordringer ifht. at kunne realisere deres vækstpotentiale. Skalering kan både være udvidelse af nationalt markedsområde ved at implementere nye services eller produkter og international skalering. Primært fokus på digitalisering, ledelse, internationalisering, finansiering og samarbejde om kvalificeret arbejdskraft.",
      method: "Effekt: Der måles på i hvor høj grad virksomhederne har øget deres internationale salg.",
      source: source(
        "Ad b) Styrkelse af et sammenhængende erhvervsservicetilbud, d) Fokus på SMV´er, som har et markant skaleringspotentiale",
      ),
      indicators: [
        checklist({
          label: { da: "Tilbud til SMV'er med skaleringspotentiale", en: "Offers for SMEs with scaling potential" },
          items: [
            [
              "skaleringstilbud",
              "Tilbud til SMV’er med markant skaleringspotentiale videreudviklet (digitalisering, ledelse, internationalisering, finansiering, kvalificeret arbejdskraft)",
            ],
          ],
        }),
      ],
      notes: [
        note(
          "ambiguity",
          "Punkt d) har ingen 'Mål:'-linje; fokusteksten er brugt som eneste punkt.",
          "Item d) has no 'Mål:' line; the focus text is used as the only item.",
        ),
        ...EFFECT_NOT_MODELLED("Der måles på i hvor høj grad virksomhederne har øget deres internationale salg"),
      ],
    },
    {
      id: "b-e",
      title: {
        da: "Samarbejder om sikring af adgangen til kvalificeret arbejdskraft",
        en: "Cooperation on securing access to qualified labour",
      },
      group: "regional",
      targetText:
        "Mål: - I samarbejde med kommunerne, det etablerede beskæftigelsessystem samt private aktører, at definere, hvor væksthusene kan spille en aktiv rolle ift. tiltrækning af arbejdskraft og i det omfang det er en vækstudfordring for virksomhederne. Herunder også samarbejde med kommunerne omkring, hvordan Væksthusene kan understøtte beskæftigelsesindsatsen.",
      method:
        "Effekt: Styrkelse af samarbejdet med aktørerne inden for beskæftigelse, således at virksomhederne oplever et samarbejde om adgangen til kvalificeret arbejdskraft. Gerne illustreret via konkrete cases.",
      source: source(
        "Ad b) Styrkelse af et sammenhængende erhvervsservicetilbud, e) Samarbejder om sikring af adgangen til kvalificeret arbejdskraft",
      ),
      indicators: [
        checklist({
          label: {
            da: "Væksthusenes rolle ift. tiltrækning af arbejdskraft",
            en: "The growth houses' role in attracting labour",
          },
          items: [
            [
              "rolle-arbejdskraft",
              "Defineret med kommunerne, beskæftigelsessystemet og private aktører, hvor Væksthusene kan spille en aktiv rolle ift. tiltrækning af arbejdskraft",
            ],
            [
              "beskaeftigelsesindsats",
              "Samarbejde med kommunerne om, hvordan Væksthusene kan understøtte beskæftigelsesindsatsen",
            ],
          ],
        }),
      ],
      notes: EFFECT_NOT_MODELLED(
        "Styrkelse af samarbejdet med aktørerne inden for beskæftigelse … Gerne illustreret via konkrete cases",
      ),
    },
    {
      id: "c",
      title: { da: "Styrkelse af analysesamarbejde", en: "Strengthening cooperation on analyses" },
      group: "regional",
      targetText:
        "Der skal være et samlet kommissorium for, hvilke analyser, der skal udgives og afdækkes i Greater Copenhagen. Der er etableret et fælles samarbejde om relevante analyser for de to Væksthuse, Copenhagen Capacity, og den svenske partner inviteres til at deltage i samarbejdet.",
      method:
        "Effekt: Der skal tilvejebringes analyser, som styrker viden, beslutningsgrundlag samt presseaktivitet om virksomhedernes vilkår og potentialer.",
      source: source("Ad c) Styrkelse af analysesamarbejde"),
      indicators: [
        checklist({
          label: { da: "Analysesamarbejde i Greater Copenhagen", en: "Cooperation on analyses in Greater Copenhagen" },
          items: [
            [
              "kommissorium",
              "Samlet kommissorium for, hvilke analyser der skal udgives og afdækkes i Greater Copenhagen",
            ],
            [
              "faelles-analysesamarbejde",
              "Fælles samarbejde om relevante analyser etableret for de to Væksthuse og Copenhagen Capacity",
            ],
            ["svensk-partner", "Den svenske partner inviteret til at deltage i analysesamarbejdet"],
          ],
        }),
      ],
      notes: EFFECT_NOT_MODELLED(
        "Der skal tilvejebringes analyser, som styrker viden, beslutningsgrundlag samt presseaktivitet",
      ),
    },
  ],
};
