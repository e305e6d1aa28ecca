/**
 * A workbook as a house's CRM and survey tools export it: its own sheet names, its own headers
 * ("Har I brugt henvisningen?", "Hovedkontor"), key figures named with qualifiers ("Kendskab til
 * tilbud (blandt dem der kender huset)") and activities written as the house writes them
 * ("Femern – forretningsudvikling: Opfyldt"). Built here from the contract's words, not from
 * our templates; plain ranges, no Excel tables. Each option drops or renames one thing, so a
 * test can show what the tool says about it.
 */
import type { NewCell, NewWorkbookSpec } from "../../src/workbook/sheet/spec";

export interface HouseOptions {
  /** Leave the referral question out of the survey export altogether. */
  readonly withoutReferral?: boolean;
  /** The survey's header for the referral question. */
  readonly referralHeader?: string;
  /** The CRM's header for the headquarters' region. */
  readonly hqHeader?: string;
  /** How the CRM writes the headquarters' region of the capital. */
  readonly capital?: string;
  /** How the CRM writes the course type of a growth course. */
  readonly growthCourse?: string;
  /** The Aktiviteter sheet's rows (goal, activity, status) instead of the house's usual ones. */
  readonly activities?: readonly (readonly [string, string, string])[];
  /** The year the courses started (the contract's year). */
  readonly year?: number;
}

const date = (iso: string): NewCell => ({ kind: "date", value: iso });

/** A CVR number that passes the modulus-11 check, different for each i. */
export function cvr(i: number): string {
  const w = [2, 7, 6, 5, 4, 3, 2, 1];
  for (let base = 2000000 + i * 1000; ; base++) {
    const digits = String(base * 10)
      .padStart(8, "0")
      .split("")
      .map(Number);
    const sum = digits.slice(0, 7).reduce((a, d, k) => a + d * (w[k] ?? 0), 0);
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) return String(base * 10 + check);
  }
}

const COURSES = ["Kort forløb", "Handlingsplan", "Omstillingsplan"] as const;
const TOWNS = ["Slagelse", "Holbæk", "Roskilde", "Næstved", "Køge"] as const;

export function houseExport(o: HouseOptions = {}): NewWorkbookSpec {
  const crm: NewCell[][] = [
    [
      "CVR",
      "Kundenavn",
      "Segment",
      "Ydelse",
      "Tema for vejledning",
      "Opstart",
      "Afsluttet",
      "Antal timer",
      "Kommune",
      o.hqHeader ?? "Hovedkontor",
      "Henvisninger",
      "Stiftet",
    ],
  ];
  for (let i = 0; i < 24; i++) {
    const course = i % 6 === 5 ? (o.growthCourse ?? "Vækstforløb") : COURSES[i % COURSES.length];
    crm.push([
      cvr(i),
      `Kunde ${i + 1} ApS`,
      i % 2 === 0 ? "vækst" : "drift",
      course,
      i % 3 === 0 ? "Grøn omstilling" : "Digitalisering",
      date(`${o.year ?? 2025}-${String((i % 11) + 1).padStart(2, "0")}-10`),
      date(`${o.year ?? 2025}-${String((i % 11) + 1).padStart(2, "0")}-20`),
      3 + (i % 5),
      TOWNS[i % TOWNS.length],
      i % 4 === 3 ? (o.capital ?? "Region Hovedstaden") : "Region Sjælland",
      i % 2 === 0 ? "EIFO" : "ingen",
      date("2019-05-01"),
    ]);
  }
  const referral = o.referralHeader ?? "Har I brugt henvisningen?";
  const surveyHeaders = [
    "CVR",
    "Segment",
    "Hvor sandsynligt er det, at du vil anbefale Erhvervshuset til andre virksomhedsejere og personer i dit netværk?",
    ...(o.withoutReferral ? [] : [referral]),
    "Har vejledningen i erhvervshuset gjort jer bedre i stand til at målrette og prioritere arbejdet med miljø og klima, sociale forhold og virksomhedsledelse?",
  ];
  const survey: NewCell[][] = [surveyHeaders];
  for (let i = 0; i < 12; i++)
    survey.push([
      cvr(i),
      i % 2 === 0 ? "vækst" : "drift",
      6 + (i % 5),
      ...(o.withoutReferral ? [] : [i % 3 === 0 ? "Nej" : "Ja"]),
      i % 2 === 0 ? "i høj grad" : "i nogen grad",
    ]);
  return {
    sheets: [
      { name: "CRM-udtræk", rows: crm, headerRows: 1 },
      { name: "Evaluering", rows: survey, headerRows: 1 },
      {
        name: "Nøgletal 2025",
        headerRows: 1,
        rows: [
          ["Indikator", "Resultat"],
          ["Kendskabsgrad", 54],
          ["Kendskab til tilbud (blandt dem der kender huset)", 61],
          ["Mervækst omsætning (vækstsegment)", 11],
          ["Mervækst beskæftigelse (vækstsegment)", 6],
          ["Mervækst produktivitet (driftssegment)", 4],
          ["Virksomheder fra Region Sjælland vejledt af Erhvervshus Hovedstaden", 40],
          ["Forpligtende klyngesamarbejder", 3],
          ["Omsætning i alt", 30_000_000],
          ["Basistilskud", 20_000_000],
        ],
      },
      {
        name: "Aktiviteter",
        headerRows: 1,
        rows: o.activities
          ? [["Mål nr", "Indsats", "Opfyldelse"], ...o.activities.map((a): NewCell[] => [...a])]
          : [
              ["Mål nr", "Indsats", "Opfyldelse"],
              ["10", "Fælles aktiviteter med den lokale erhvervsservice (events, raketvækst)", "opfyldt"],
              ["11", "Ny vejledningsydelse om rekruttering og fastholdelse", "opfyldt"],
              ["13", "Samarbejde med RUC og KKR Sjælland om klyngesamarbejdet", "opfyldt"],
              ["13", "Klyngearrangementer for SMV'er med klyngerne og RUC", "delvist"],
              ["14", "Bred geografisk forankring af projektaktiviteterne", "opfyldt"],
              ["15", "Femern – forretningsudvikling: Opfyldt", "opfyldt"],
              ["15", "Biosolutions – fyrtårnet: Opfyldt", "opfyldt"],
              ["15", "Partner i forretningsudvikling – fyrtårnsprojekterne", "opfyldt"],
              ["15", "Aktiviteterne forankret bredt geografisk: Opfyldt", "opfyldt"],
            ],
      },
      {
        name: "Kommuner",
        headerRows: 1,
        rows: [
          ["Kommunenavn", "Indbyggere", "By/land"],
          ...TOWNS.map((t, i): NewCell[] => [t, 40000 + i * 5000, i % 2 === 0 ? "land" : "by"]),
        ],
      },
    ],
  };
}
