/**
 * What each example workbook holds: course types and counts as the contract's goals name them,
 * answer distributions, key figures and planted faults. Figures are synthetic.
 */
export interface CourseType {
  readonly type: string;
  readonly count: number;
  readonly segment: "drift" | "vækst" | "mixed";
  readonly hours: readonly [number, number];
  /** Share of these courses referred to another actor. */
  readonly referred: number;
}

export interface ExampleProfile {
  readonly contract: string;
  readonly seed: number;
  readonly year: number;
  readonly courseTypes: readonly CourseType[];
  /** Courses from the year before (outside the period), to show period filtering. */
  readonly previousYear: number;
  /** Courses for companies with head office in another region. */
  readonly otherRegion: { readonly region: string; readonly count: number };
  readonly homeRegion: string;
  readonly answers: number;
  /** Probabilities of scores 9–10, 7–8 and 0–6. */
  readonly scoreMix: readonly [number, number, number];
  readonly keyFigures: Readonly<Record<string, number>>;
  /** Example population (thousands) and KL-type per municipality, where the contract needs them. */
  readonly kommuner?: Readonly<Record<string, readonly [number, "by" | "land"]>>;
  readonly faults: boolean;
}

const SJ_KOMMUNER: Readonly<Record<string, readonly [number, "by" | "land"]>> = {
  Roskilde: [90_000, "by"],
  Næstved: [84_000, "by"],
  Slagelse: [80_000, "by"],
  Holbæk: [73_000, "by"],
  Køge: [63_000, "by"],
  Guldborgsund: [60_000, "land"],
  Greve: [51_000, "by"],
  Kalundborg: [49_000, "land"],
  Vordingborg: [46_000, "land"],
  Lolland: [40_000, "land"],
  Faxe: [37_000, "land"],
  Ringsted: [36_000, "by"],
  Odsherred: [33_000, "land"],
  Sorø: [30_000, "land"],
  Lejre: [28_000, "land"],
  Solrød: [24_000, "by"],
  Stevns: [23_000, "land"],
};

export const PROFILES: readonly ExampleProfile[] = [
  {
    contract: "sjaelland-2025",
    seed: 2025_04,
    year: 2025,
    courseTypes: [
      { type: "Kort forløb", count: 860, segment: "mixed", hours: [1, 3], referred: 0.3 },
      { type: "Handlingsplan", count: 470, segment: "drift", hours: [3, 12], referred: 0.72 },
      { type: "Vækstplan", count: 300, segment: "vækst", hours: [5, 18], referred: 0.83 },
      { type: "Omstillingsplan", count: 25, segment: "vækst", hours: [5, 15], referred: 0.8 },
      { type: "AI-tjek", count: 36, segment: "mixed", hours: [2, 6], referred: 0.4 },
      { type: "Attraktive Arbejdspladser", count: 21, segment: "drift", hours: [4, 10], referred: 0.5 },
      { type: "SMV Vækstpilot", count: 41, segment: "vækst", hours: [3, 8], referred: 0.6 },
    ],
    previousYear: 40,
    otherRegion: { region: "Region Hovedstaden", count: 22 },
    homeRegion: "Region Sjælland",
    answers: 800,
    scoreMix: [0.77, 0.17, 0.06],
    keyFigures: {
      kendskabsgrad: 52,
      "kendskab-til-tilbud": 53,
      "mervaekst-omsaetning-vaekst": 11.4,
      "mervaekst-beskaeftigelse-vaekst": 4.2,
      "mervaekst-produktivitet-drift": 1.8,
      "omsaetning-i-alt": 61_500_000,
      basistilskud: 24_000_000,
      klyngesamarbejder: 3,
      "forloeb-eh-hovedstaden-sjaellandske": 18,
    },
    kommuner: SJ_KOMMUNER,
    faults: true,
  },
  {
    contract: "hovedstaden-2020",
    seed: 2020_01,
    year: 2020,
    courseTypes: [
      { type: "Vækstforløb", count: 640, segment: "vækst", hours: [5, 18], referred: 0.78 },
      { type: "SMV drift forløb", count: 510, segment: "drift", hours: [3, 12], referred: 0.7 },
      { type: "Iværksætterforløb", count: 690, segment: "drift", hours: [1, 6], referred: 0.35 },
      { type: "Kort forløb", count: 200, segment: "mixed", hours: [1, 2], referred: 0.2 },
    ],
    previousYear: 30,
    otherRegion: { region: "Region Sjælland", count: 21 },
    homeRegion: "Region Hovedstaden",
    answers: 900,
    scoreMix: [0.64, 0.29, 0.07],
    keyFigures: {
      "arrangementer-private-raadgivere": 2,
      cases: 31,
      "gode-eksempler": 3,
      "forloeb-eh-sjaelland-hovedstaden": 20,
    },
    faults: true,
  },
  {
    contract: "rammeaftale-2024-2027",
    seed: 2024_27,
    year: 2025,
    courseTypes: [
      { type: "Kort forløb", count: 700, segment: "mixed", hours: [1, 3], referred: 0.3 },
      { type: "Handlingsplan", count: 420, segment: "drift", hours: [3, 12], referred: 0.7 },
      { type: "Vækstplan", count: 280, segment: "vækst", hours: [5, 18], referred: 0.8 },
    ],
    previousYear: 25,
    otherRegion: { region: "Region Hovedstaden", count: 10 },
    homeRegion: "Region Sjælland",
    answers: 600,
    scoreMix: [0.76, 0.19, 0.05],
    keyFigures: {
      kendskabsgrad: 48,
      "kendskab-til-tilbud": 56,
      "mervaekst-omsaetning-vaekst": 10.2,
      "mervaekst-beskaeftigelse-vaekst": 5.6,
      "mervaekst-produktivitet-drift": 0.9,
    },
    faults: true,
  },
  {
    contract: "rammeaftale-2019-2020",
    seed: 2019_20,
    year: 2020,
    courseTypes: [
      { type: "Vækstforløb", count: 500, segment: "vækst", hours: [5, 15], referred: 0.7 },
      { type: "Driftsforløb", count: 600, segment: "drift", hours: [2, 10], referred: 0.5 },
    ],
    previousYear: 20,
    otherRegion: { region: "Region Sjælland", count: 5 },
    homeRegion: "Region Hovedstaden",
    answers: 500,
    scoreMix: [0.66, 0.27, 0.07],
    keyFigures: {},
    faults: true,
  },
  {
    contract: "vaeksthus-hovedstaden-2018",
    seed: 2018_01,
    year: 2018,
    courseTypes: [
      { type: "Vækstforløb", count: 420, segment: "vækst", hours: [5, 18], referred: 0.7 },
      { type: "Kort forløb", count: 180, segment: "mixed", hours: [1, 3], referred: 0.2 },
    ],
    previousYear: 10,
    otherRegion: { region: "Region Sjælland", count: 7 },
    homeRegion: "Region Hovedstaden",
    answers: 300,
    scoreMix: [0.7, 0.24, 0.06],
    keyFigures: {
      "internationale-events": 1,
      "faelles-fagomraader": 2,
      "tvaerregionale-programmer": 1,
      kapitaltiltraekningsevents: 2,
    },
    faults: false,
  },
];
