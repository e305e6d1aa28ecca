/**
 * Aftale om rammerne for erhvervshuse 2024–2027 (KL – Erhvervsministeriet): the six national
 * goals of § 8.1 for any house and year. The house sets goal 1's target, the year goal 2's.
 */
import type { ContractInput } from "../domain/contract/schema";
import { note } from "./common";
import { ALL_MUNICIPALITIES } from "./municipalities";
import { NATIONAL_2024_KEY_FIGURES, NATIONAL_2024_OPTIONS, nationalGoals2024 } from "./national-2024-2027";

const DOCUMENT = "Aftale om rammerne for erhvervshuse 2024-2027";
const FILE = "002_ff57313717d895e6.txt";

/** § 9: the yearly statement every national goal rests on. */
const OPGOERELSE =
  "Erhvervsstyrelsen tilrettelægger på baggrund af registreringerne i CRM-systemet en årlig opgørelse af erhvervshusenes opfyldelse af de i rammeaftalen fastsatte nationale mål. (§ 9)";
const EVALUERING =
  "Erhvervshusene registrerer og brugerevaluerer alle virksomheder, der har modtaget specialiseret vejledning. Hvis vejledningen har en varighed af mere end 3 timer, udtages virksomheden altid til brugerevaluering. (§ 9)";

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
  options: [...NATIONAL_2024_OPTIONS],
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
          "Måltallet afhænger af parameteren 'house' (Hovedstaden 385, Midtjylland 275, Sjælland 171, Sydjylland 156, Nordjylland 119, Fyn 94) og er det samme for alle år.",
          "The target depends on the parameter 'house' (Hovedstaden 385, Midtjylland 275, Sjælland 171, Sydjylland 156, Nordjylland 119, Fyn 94) and is the same for every year.",
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
          "2026 er ikke angivet i aftalen; skabelonen bruger 60 % (lineært mellem 55 % i 2025 og 65 % i 2027).",
          "2026 is not stated in the agreement; the template uses 60 % (linear between 55 % in 2025 and 65 % in 2027).",
        ),
      ],
      4: [
        note(
          "source",
          "Rammeaftalen definerer ikke nævneren. Reglen om at 'ved ikke' udgår af beregningen står i resultatkontrakternes metode (fx Erhvervshus Sjælland 2025, mål 4) og bruges her.",
          "The framework agreement does not define the denominator. The rule that 'ved ikke' leaves the calculation is stated in the performance contracts' method (e.g. Erhvervshus Sjælland 2025, goal 4) and is used here.",
        ),
      ],
    },
  }),
};
