/**
 * The data dictionary (docs/data-dictionary.md) as types: the roles (tables) a contract reads and the
 * fields of each role. Everything below the workbook port speaks in these ids, never in the
 * headers a house happens to use.
 */

/** A raw cell as read from any workbook: what Excel shows, before any check. */
export type CellValue = string | number | boolean | null | CellError;

/** An Excel error value such as `#N/A` or `#DIV/0!`. */
export interface CellError {
  readonly error: string;
}

export const isCellError = (v: CellValue): v is CellError => typeof v === "object" && v !== null && "error" in v;

/**
 * The error text a reader gives a formula cell saved without its result (a file written by a
 * program that does not calculate, e.g. a CRM export): no value can be read, and the user is told
 * so. No Excel error has this text.
 */
export const UNCALCULATED_FORMULA = "#UNCALCULATED";

export const isUncalculatedFormula = (v: CellValue): boolean => isCellError(v) && v.error === UNCALCULATED_FORMULA;

export const ROLES = ["Forloeb", "Evaluering", "Noegletal", "Kommuner", "Aktiviteter"] as const;
export type Role = (typeof ROLES)[number];

/** How a field's raw cells are parsed and checked. */
export type FieldType =
  | "cvr"
  | "pnummer"
  | "text"
  | "segment"
  | "date"
  | "number"
  | "hours"
  | "score"
  | "effectScale"
  | "referralScale"
  | "yesNo"
  | "list"
  | "kommunetype"
  | "activityStatus";

export interface FieldSpec {
  readonly id: string;
  /** The Danish header used in fill-in workbooks (docs/data-dictionary.md). */
  readonly header: string;
  readonly type: FieldType;
  /** Other headers (Danish/English) that auto-detection accepts. */
  readonly synonyms: readonly string[];
  /** Required by rammeaftale 2024–27 §9 or needed to place a row at all. */
  readonly required?: boolean;
}

export interface RoleSpec {
  readonly role: Role;
  /** Excel table name used in fill-in workbooks. */
  readonly tableName: string;
  /** Danish sheet name used in fill-in workbooks. */
  readonly sheetName: string;
  readonly fields: readonly FieldSpec[];
}

const f = (id: string, header: string, type: FieldType, synonyms: readonly string[], required = false): FieldSpec => ({
  id,
  header,
  type,
  synonyms,
  required,
});

export const ROLE_SPECS: Readonly<Record<Role, RoleSpec>> = {
  Forloeb: {
    role: "Forloeb",
    tableName: "Forloeb",
    sheetName: "Forløb",
    fields: [
      f("cvr", "CVR-nummer", "cvr", ["CVR", "CVR nr", "CVRnr", "CVR number", "Company registration number"], true),
      f("pnummer", "P-nummer", "pnummer", ["P-nr", "Pnr", "P nummer", "Production unit", "P number"], true),
      f("virksomhed", "Virksomhed", "text", [
        "Virksomhedsnavn",
        "Firma",
        "Navn",
        "Kunde",
        "Kundenavn",
        "Company",
        "Company name",
      ]),
      f("segment", "Kundesegment", "segment", ["Segment", "Customer segment"], true),
      f("forloebstype", "Forløbstype", "text", ["Type", "Forløb type", "Ydelse", "Course type", "Service type"]),
      f("tema", "Tema", "text", ["Tema for vejledning", "Vejledningstema", "Theme", "Topic"], true),
      f("startdato", "Startdato", "date", ["Start", "Start dato", "Opstart", "Start date"], true),
      f("slutdato", "Slutdato", "date", ["Slut", "Slut dato", "Afsluttet", "End date"]),
      f("timer", "Timer", "hours", ["Antal timer", "Timeforbrug", "Vejledningstimer", "Hours"]),
      f("kommune", "Kommune", "text", ["Virksomhedens kommune", "Municipality"]),
      f("hovedsaede", "Hovedsæde (region)", "text", [
        "Hovedsæde",
        "Region",
        "Hovedsæderegion",
        "Hovedkontor",
        "Hovedkontorets region",
        "Headquarters region",
        "HQ region",
        "Headquarters",
      ]),
      f(
        "henvistTil",
        "Henvist til",
        "list",
        ["Henvisning", "Henvisninger", "Henvist", "Referred to", "Referrals"],
        true,
      ),
      f("stiftelsesdato", "Stiftelsesdato", "date", [
        "Stiftet",
        "Startdato virksomhed",
        "Founded",
        "Founding date",
        "Date of incorporation",
      ]),
      f("sendtTilEvaluering", "Sendt til brugerevaluering", "yesNo", [
        "Brugerevaluering",
        "Sendt til evaluering",
        "Sent to user evaluation",
        "Sent to evaluation",
      ]),
      f("ledelsesvurdering", "Ledelsesvurdering", "yesNo", [
        "Ledelsesbeslutning",
        "Ledelsens vurdering",
        "Management decision",
        "Management review",
      ]),
    ],
  },
  Evaluering: {
    role: "Evaluering",
    tableName: "Evaluering",
    sheetName: "Brugerevaluering",
    fields: [
      f("cvr", "CVR-nummer", "cvr", ["CVR", "CVR nr", "CVRnr", "CVR number"]),
      f("segment", "Kundesegment", "segment", ["Segment", "Customer segment"]),
      // Places an answer in a year or half-year ("hvert år", half-yearly status): issue 12.
      f("besvarelsesdato", "Besvarelsesdato", "date", [
        "Dato",
        "Besvaret",
        "Svardato",
        "Besvarelse dato",
        "Answer date",
        "Response date",
        "Answered",
      ]),
      f("anbefaling", "Anbefaling (0-10)", "score", [
        "Anbefaling",
        "Anbefalingsscore",
        "NPS score",
        "Score",
        "Recommendation",
        "Likelihood to recommend",
        // The evaluation system's question, quoted in Hovedstaden 2020 mål 1 (its exports use it as header).
        "Hvor sandsynligt er det, at du vil anbefale Erhvervshuset til andre virksomhedsejere og personer i dit netværk?",
        // As rammeaftale 2019–20 (II) and 2024–27 mål 3 word it.
        "Vil du anbefale erhvervshuset til andre virksomheder eller personer i dit netværk?",
        "Net Promoter Score",
      ]),
      f("effekt", "Forventet effekt", "effectScale", [
        "Effekt",
        "Oplevet effekt",
        "Positiv effekt",
        "Expected effect",
        "Effect",
        // The evaluation system's question, quoted in Hovedstaden 2020 mål 2.
        "Forventer du, at vejledningen vil få positiv effekt for din virksomhed?",
        // As rammeaftale 2019–20 (III) words it.
        "Har erhvervshusets vejledning påvirket virksomhedens drift eller udvikling positivt?",
      ]),
      f("henvisning", "Brug af henvisning", "referralScale", [
        "Anvendt henvisning",
        "Brugt henvisning",
        "Use of referral",
        "Referral used",
        // As rammeaftale 2024–27 mål 4 and Sjælland 2025 mål 4 word the question.
        "Har I anvendt en eller flere af henvisningerne fra erhvervshuset?",
        "Har I benyttet eller forventer I at benytte henvisningen inden for det næste halve år?",
      ]),
      f("baeredygtighed", "Bæredygtighed", "effectScale", [
        "Bæredygtighedsvejledning",
        "Bæredygtig omstilling",
        "Grøn omstilling",
        "Sustainability",
        // As rammeaftale 2024–27 mål 6 and Sjælland 2025 mål 6 word the question.
        "Har vejledningen i erhvervshuset gjort jer bedre i stand til at målrette og prioritere arbejdet med miljø og klima, sociale forhold og virksomhedsledelse?",
      ]),
    ],
  },
  Noegletal: {
    role: "Noegletal",
    tableName: "Noegletal",
    sheetName: "Nøgletal",
    fields: [
      f("noegle", "Nøgle", "text", ["Nøgletal", "Indikator", "Key", "Indicator", "Name"], true),
      f("vaerdi", "Værdi", "number", ["Value", "Tal", "Beløb", "Amount", "Antal", "Resultat", "Realiseret"], true),
      f("kilde", "Kilde", "text", ["Source", "Kilde/dokumentation"]),
    ],
  },
  Kommuner: {
    role: "Kommuner",
    tableName: "Kommuner",
    sheetName: "Kommuner",
    fields: [
      f("kommune", "Kommune", "text", ["Kommunenavn", "Municipality"], true),
      f("befolkning", "Befolkning", "number", ["Indbyggere", "Indbyggertal", "Folketal", "Population"]),
      f("kommunetype", "Kommunetype", "kommunetype", ["Type", "By/land", "Municipality type"]),
    ],
  },
  Aktiviteter: {
    role: "Aktiviteter",
    tableName: "Aktiviteter",
    sheetName: "Aktiviteter",
    fields: [
      f("maal", "Mål", "text", ["Mål nr", "Målnummer", "Goal"], true),
      f("aktivitet", "Aktivitet", "text", ["Indsats", "Delmål", "Beskrivelse", "Activity"], true),
      f("status", "Status", "activityStatus", ["Opfyldelse", "Status"], true),
      f("dokumentation", "Dokumentation", "text", ["Bemærkning", "Note", "Documentation", "Evidence"]),
    ],
  },
};

export const fieldSpec = (role: Role, field: string): FieldSpec | undefined =>
  ROLE_SPECS[role].fields.find((x) => x.id === field);

/** One column of a bound table, as read: cells of rows 0..rowCount-1. */
export interface BoundColumn {
  readonly field: string;
  /** The header text in the user's workbook. */
  readonly header: string;
  /** Zero-based column index within the sheet (A = 0). */
  readonly sheetColumn: number;
  readonly values: readonly CellValue[];
}

/**
 * A table of the workbook bound to a role: columnar, because indicators scan one or two
 * fields over up to 1,048,575 rows. Row i of the data is Excel row `firstRow + i`.
 */
export interface BoundTable {
  readonly role: Role;
  readonly sheet: string;
  /** The Excel table name, or null for a plain range with a header row. */
  readonly table: string | null;
  /** Excel row number (1-based) of the first data row. */
  readonly firstRow: number;
  readonly rowCount: number;
  readonly columns: Readonly<Record<string, BoundColumn>>;
  /** Excel row numbers that are hidden (informational; hidden rows are still counted). */
  readonly hiddenRows?: readonly number[];
}

export type WorkbookData = Readonly<Partial<Record<Role, BoundTable>>>;
