/**
 * The findings catalogue: for every rule the entry checks emit, its usual severity and a Danish
 * and English title and message. Messages say what is wrong and what to do; formatFinding puts
 * the place (sheet, Excel row, column) in front. Placeholders: {sheet} {table} {row} {column}
 * {value} and the finding's params ({cvr}, {hours}, {firstRow}, …). Typed by RuleId, so a rule
 * without texts fails the type check.
 */
import type { Severity } from "../../domain/findings";
import type { RuleId } from "../../domain/checks/rules";

export interface FindingText {
  readonly title: string;
  readonly message: string;
  /** The message to use instead when the named parameter is blank (e.g. no other rows to list). */
  readonly whenBlank?: { readonly param: string; readonly message: string };
}

export interface FindingEntry {
  readonly severity: Severity;
  readonly da: FindingText;
  readonly en: FindingText;
}

const SCALE_DA = "i høj grad, i nogen grad, i lav grad, slet ikke eller ved ikke";
const SCALE_EN = "i høj grad, i nogen grad, i lav grad, slet ikke or ved ikke";

export const FINDINGS: Readonly<Record<RuleId, FindingEntry>> = {
  "formula-not-calculated": {
    severity: "error",
    da: {
      title: "Formel uden beregnet værdi",
      message:
        "Cellen har en formel, men filen er gemt uden formlens resultat (typisk et udtræk fra et andet program). Åbn filen i Excel, og gem den igen; indtil da tæller cellen ikke med.",
    },
    en: {
      title: "Formula without a calculated value",
      message:
        "The cell holds a formula, but the file was saved without its result (typically an export from another program). Open the file in Excel and save it again; until then the cell is left out.",
    },
  },
  "cell-error-value": {
    severity: "error",
    da: {
      title: "Fejlværdi i cellen",
      message:
        "Cellen indeholder fejlværdien {value}. Ret formlen, eller skriv værdien direkte; indtil da tæller cellen ikke med.",
    },
    en: {
      title: "Error value in cell",
      message:
        "The cell holds the error value {value}. Fix the formula or type the value; until then the cell is left out.",
    },
  },
  "cvr-blank": {
    severity: "error",
    da: {
      title: "CVR-nummer mangler",
      message:
        "CVR-nummeret mangler. Skriv virksomhedens CVR-nummer (8 cifre); uden det kan rækken ikke knyttes til en virksomhed.",
    },
    en: {
      title: "CVR number missing",
      message:
        "The CVR number is missing. Enter the company's CVR number (8 digits); without it the row cannot be linked to a company.",
    },
  },
  "cvr-format": {
    severity: "error",
    da: {
      title: "CVR-nummer har ikke 8 cifre",
      message:
        '"{value}" er ikke et CVR-nummer. Ret CVR-nummeret til 8 cifre (fx 12345674); værdien er udeladt af beregningerne.',
    },
    en: {
      title: "CVR number is not 8 digits",
      message:
        '"{value}" is not a CVR number. Correct it to 8 digits (e.g. 12345674); the value is left out of the calculations.',
    },
  },
  "cvr-leading-zero": {
    severity: "error",
    da: {
      title: "CVR-nummer begynder med 0",
      message:
        'CVR-nummeret "{value}" begynder med 0, og det gør intet CVR-nummer. Slå nummeret op i CVR-registret, og ret det.',
    },
    en: {
      title: "CVR number starts with 0",
      message:
        'The CVR number "{value}" starts with 0, which no CVR number does. Look it up in the CVR register and correct it.',
    },
  },
  "cvr-check-digit": {
    severity: "error",
    da: {
      title: "CVR-nummer fejler kontrolcifferet",
      message:
        'CVR-nummeret "{value}" fejler kontrollen (modulus 11) og er sandsynligvis tastet forkert. Slå nummeret op i CVR-registret, og ret det.',
    },
    en: {
      title: "CVR number fails the check digit",
      message:
        'The CVR number "{value}" fails the check (modulus 11) and is probably mistyped. Look it up in the CVR register and correct it.',
    },
  },
  "cvr-normalised": {
    severity: "info",
    da: {
      title: "CVR-nummer læst med mellemrum/DK",
      message: '"{value}" er læst som CVR-nummer {cvr}. Skriv det gerne som 8 cifre uden mellemrum og DK.',
    },
    en: {
      title: "CVR number read with spaces/DK",
      message: '"{value}" was read as CVR number {cvr}. Consider writing it as 8 digits without spaces or DK.',
    },
  },
  "pnummer-missing": {
    severity: "warning",
    da: {
      title: "P-nummer mangler",
      message:
        "P-nummeret mangler. Rammeaftale 2024–27 §9 kræver, at forløbet registreres med P-nummer. Skriv produktionsenhedens P-nummer (10 cifre).",
    },
    en: {
      title: "P-number missing",
      message:
        "The P-number is missing. Rammeaftale 2024–27 §9 requires courses to be registered with a P-number. Enter the production unit's P-number (10 digits).",
    },
  },
  "pnummer-format": {
    severity: "error",
    da: {
      title: "P-nummer har ikke 10 cifre",
      message: '"{value}" er ikke et P-nummer. Ret P-nummeret til 10 cifre.',
    },
    en: {
      title: "P-number is not 10 digits",
      message: '"{value}" is not a P-number. Correct it to 10 digits.',
    },
  },
  "segment-invalid": {
    severity: "error",
    da: { title: "Ukendt kundesegment", message: '"{value}" er ikke et kundesegment. Skriv drift eller vækst.' },
    en: { title: "Unknown customer segment", message: '"{value}" is not a customer segment. Enter drift or vækst.' },
  },
  "segment-missing": {
    severity: "warning",
    da: {
      title: "Kundesegment mangler",
      message:
        "Kundesegmentet mangler. Rammeaftale 2024–27 §9 kræver, at forløbet registreres med kundesegment. Skriv drift eller vækst.",
    },
    en: {
      title: "Customer segment missing",
      message:
        "The customer segment is missing. Rammeaftale 2024–27 §9 requires courses to be registered with a segment. Enter drift or vækst.",
    },
  },
  "tema-missing": {
    severity: "warning",
    da: {
      title: "Tema mangler",
      message:
        "Temaet for vejledningen mangler. Rammeaftale 2024–27 §9 kræver, at forløbet registreres med tema. Skriv temaet (fx eksport eller digitalisering).",
    },
    en: {
      title: "Theme missing",
      message:
        "The theme of the guidance is missing. Rammeaftale 2024–27 §9 requires courses to be registered with a theme. Enter the theme (e.g. export or digitalisation).",
    },
  },
  "henvist-missing": {
    severity: "warning",
    da: {
      title: "Henvisning mangler",
      message:
        'Det er ikke registreret, hvilken aktør virksomheden er henvist til. Rammeaftale 2024–27 §9 kræver det. Skriv aktøren (flere adskilt med ;) eller "ingen".',
    },
    en: {
      title: "Referral missing",
      message:
        'The actor the company was referred to is not registered. Rammeaftale 2024–27 §9 requires it. Enter the actor (several separated by ;) or "ingen" (none).',
    },
  },
  "score-invalid": {
    severity: "error",
    da: {
      title: "Ugyldig anbefalingsscore",
      message:
        '"{value}" er ikke en anbefalingsscore. Skriv et helt tal fra 0 til 10; svaret er udeladt af NPS, indtil det er rettet.',
    },
    en: {
      title: "Invalid recommendation score",
      message:
        '"{value}" is not a recommendation score. Enter a whole number from 0 to 10; the answer is left out of the NPS until fixed.',
    },
  },
  "effect-invalid": {
    severity: "error",
    da: { title: "Ugyldigt effektsvar", message: `"{value}" er ikke et svar på effektskalaen. Skriv ${SCALE_DA}.` },
    en: {
      title: "Invalid effect answer",
      message: `"{value}" is not an answer on the effect scale. Enter ${SCALE_EN}.`,
    },
  },
  "referral-invalid": {
    severity: "error",
    da: {
      title: "Ugyldigt svar om henvisning",
      message: '"{value}" er ikke et gyldigt svar om brug af henvisning. Skriv ja, forventer, nej eller ved ikke.',
    },
    en: {
      title: "Invalid referral answer",
      message: '"{value}" is not a valid answer on the use of the referral. Enter ja, forventer, nej or ved ikke.',
    },
  },
  "sustainability-invalid": {
    severity: "error",
    da: {
      title: "Ugyldigt svar om bæredygtighed",
      message: `"{value}" er ikke et svar på skalaen. Skriv ${SCALE_DA}, eller lad cellen stå tom, hvis virksomheden ikke er vejledt om bæredygtighed.`,
    },
    en: {
      title: "Invalid sustainability answer",
      message: `"{value}" is not an answer on the scale. Enter ${SCALE_EN}, or leave the cell blank if the company had no sustainability guidance.`,
    },
  },
  "date-invalid": {
    severity: "error",
    da: {
      title: "Ugyldig dato",
      message:
        '"{value}" er ikke en gyldig dato. Skriv datoen som dd-mm-åååå (fx 04-03-2025), eller brug et datoformat i Excel.',
    },
    en: {
      title: "Invalid date",
      message:
        '"{value}" is not a valid date. Enter the date as dd-mm-yyyy (e.g. 04-03-2025) or use an Excel date format.',
    },
  },
  "startdate-missing": {
    severity: "warning",
    da: {
      title: "Startdato mangler",
      message:
        "Startdatoen mangler, så forløbet kan ikke placeres i en periode og tæller ikke med i periodens mål. Skriv startdatoen.",
    },
    en: {
      title: "Start date missing",
      message:
        "The start date is missing, so the course cannot be placed in a period and does not count towards its goals. Enter the start date.",
    },
  },
  "start-after-end": {
    severity: "error",
    da: {
      title: "Slutdato før startdato",
      message: "Slutdatoen {end} ligger før startdatoen {start} (kolonne {startColumn}). Ret den forkerte dato.",
    },
    en: {
      title: "End date before start date",
      message: "The end date {end} is before the start date {start} (column {startColumn}). Correct the wrong date.",
    },
  },
  "founded-after-start": {
    severity: "warning",
    da: {
      title: "Stiftet efter forløbets start",
      message:
        "Stiftelsesdatoen {founded} ligger efter forløbets start {start}. Slå stiftelsesdatoen op i CVR-registret; indtil da kan virksomhedens alder ikke beregnes.",
    },
    en: {
      title: "Founded after the course started",
      message:
        "The founding date {founded} is after the course start {start}. Look it up in the CVR register; until then the company's age cannot be computed.",
    },
  },
  "number-invalid": {
    severity: "error",
    da: { title: "Ikke et tal", message: '"{value}" er ikke et tal. Skriv et tal, fx 2,5 eller 1.234,5.' },
    en: {
      title: "Not a number",
      message: '"{value}" is not a number. Enter a number, e.g. 2,5 or 1.234,5 (Danish) or 2.5.',
    },
  },
  "hours-implausible": {
    severity: "error",
    da: {
      title: "Urimeligt timetal",
      message:
        "Timetallet {value} kan ikke passe for ét forløb (over 8.784 timer, et helt år). Ret timetallet; indtil da tæller det ikke med.",
    },
    en: {
      title: "Implausible hours",
      message:
        "{value} hours cannot be right for one course (more than 8,784 hours, a whole year). Correct the hours; until then they are left out.",
    },
  },
  "hours-negative": {
    severity: "error",
    da: { title: "Negativt timetal", message: "Timetallet {value} er negativt. Skriv et timetal på 0 eller mere." },
    en: { title: "Negative hours", message: "The number of hours {value} is negative. Enter 0 or more hours." },
  },
  "yesno-invalid": {
    severity: "error",
    da: { title: "Hverken ja eller nej", message: '"{value}" er hverken ja eller nej. Skriv ja eller nej.' },
    en: { title: "Neither yes nor no", message: '"{value}" is neither ja (yes) nor nej (no). Enter ja or nej.' },
  },
  "hours-over-3-not-evaluated": {
    severity: "error",
    da: {
      title: "Over 3 timer uden brugerevaluering",
      message:
        "Forløbet har {hours} timers vejledning, men er ikke sendt til brugerevaluering. Efter rammeaftale 2024–27 §9 skal virksomheden altid udtages til brugerevaluering, når vejledningen varer mere end {limit} timer. Send den til evaluering, og skriv ja.",
    },
    en: {
      title: "Over 3 hours without user evaluation",
      message:
        "The course has {hours} hours of guidance but was not sent to user evaluation. Under rammeaftale 2024–27 §9 a company must always be evaluated when the guidance lasts more than {limit} hours. Send it to evaluation and enter ja.",
    },
  },
  "hours-over-20-no-decision": {
    severity: "error",
    da: {
      title: "Over 20 timer uden ledelsesvurdering",
      message:
        "Virksomheden (CVR {cvr}) har fået {total} timers vejledning i perioden {windowStart} til {windowEnd} — over {limit} timer inden for 12 måneder (de øvrige forløb står i række {otherRows}) — og der er ingen ledelsesvurdering. Efter rammeaftale 2024–27 §5.1 skal ledelsen tage eksplicit stilling. Skriv ja, når ledelsen har vurderet forløbet.",
      whenBlank: {
        param: "otherRows",
        message:
          "Virksomheden (CVR {cvr}) har fået {total} timers vejledning i perioden {windowStart} til {windowEnd} i dette ene forløb — over {limit} timer inden for 12 måneder — og der er ingen ledelsesvurdering. Efter rammeaftale 2024–27 §5.1 skal ledelsen tage eksplicit stilling. Skriv ja, når ledelsen har vurderet forløbet.",
      },
    },
    en: {
      title: "Over 20 hours without management decision",
      message:
        "The company (CVR {cvr}) received {total} hours of guidance from {windowStart} to {windowEnd} — over {limit} hours within 12 months (the other courses are in rows {otherRows}) — and there is no management decision. Under rammeaftale 2024–27 §5.1 management must decide explicitly. Enter ja once management has assessed the course.",
      whenBlank: {
        param: "otherRows",
        message:
          "The company (CVR {cvr}) received {total} hours of guidance from {windowStart} to {windowEnd} in this one course — over {limit} hours within 12 months — and there is no management decision. Under rammeaftale 2024–27 §5.1 management must decide explicitly. Enter ja once management has assessed the course.",
      },
    },
  },
  "totals-row-skipped": {
    severity: "info",
    da: {
      title: "Sumrække under data",
      message:
        'Rækken ligner en sumrække ("{value}" og ellers kun tal) og er ikke talt med som data. Er det et rigtigt forløb eller svar, så skriv det uden "{value}".',
    },
    en: {
      title: "Totals row below the data",
      message:
        'The row looks like a totals row ("{value}" and otherwise only numbers) and is not counted as data. If it is a real course or answer, enter it without "{value}".',
    },
  },
  "duplicate-row": {
    severity: "warning",
    da: {
      title: "Dobbelt række",
      message:
        "Rækken ({value}) er magen til række {firstRow}. Slet den, hvis den er tastet to gange; ellers tæller den med to gange.",
    },
    en: {
      title: "Duplicate row",
      message:
        "The row ({value}) is identical to row {firstRow}. Delete it if it was entered twice; otherwise it counts twice.",
    },
  },
  "noegle-duplicate": {
    severity: "error",
    da: {
      title: "Nøgletal står to gange",
      message:
        'Nøgletallet "{value}" står også i række {firstRow}, og kun den første række bruges. Slet eller omdøb den ene.',
    },
    en: {
      title: "Key figure listed twice",
      message:
        'The key figure "{value}" is also in row {firstRow}, and only the first row is used. Delete or rename one of them.',
    },
  },
  "kommunetype-invalid": {
    severity: "error",
    da: { title: "Ukendt kommunetype", message: '"{value}" er ikke en kommunetype. Skriv by eller land.' },
    en: {
      title: "Unknown municipality type",
      message: '"{value}" is not a municipality type. Enter by (urban) or land (rural).',
    },
  },
  "activity-status-invalid": {
    severity: "error",
    da: { title: "Ukendt status", message: '"{value}" er ikke en status. Skriv opfyldt, delvist eller ikke opfyldt.' },
    en: {
      title: "Unknown status",
      message: '"{value}" is not a status. Enter opfyldt (met), delvist (partly) or ikke opfyldt (not met).',
    },
  },
  "required-blank": {
    severity: "warning",
    da: {
      title: "Påkrævet felt er tomt",
      message: "{column} skal udfyldes, men er tom. Udfyld cellen, eller slet rækken.",
    },
    en: {
      title: "Required field blank",
      message: "{column} must be filled in but is blank. Fill in the cell or delete the row.",
    },
  },
  "field-missing": {
    severity: "warning",
    da: {
      title: "Kolonne mangler",
      message:
        "Tabellen har ingen kolonne {field}, som kontrakten bruger. Tilføj kolonnen, eller bind en eksisterende kolonne til den.",
    },
    en: {
      title: "Column missing",
      message:
        "The table has no column {field}, which the contract uses. Add the column or bind an existing column to it.",
    },
  },
  "rule-not-checked": {
    severity: "info",
    da: {
      title: "Regel ikke kontrolleret",
      message:
        'Reglen "{ruleTitle}" kan ikke kontrolleres, fordi {fields} ikke er bundet. Tilføj kolonnen, eller ret bindingen.',
    },
    en: {
      title: "Rule not checked",
      message:
        'The rule "{ruleTitle}" cannot be checked because {fields} is not bound. Add the column or adjust the binding.',
    },
  },
  "more-findings": {
    severity: "info",
    da: {
      title: "Flere fund ikke vist",
      message:
        '{count} fund mere af typen "{ruleTitle}" er ikke vist (højst {limit} pr. regel og tabel). Ret de viste, og kontrollér igen.',
    },
    en: {
      title: "More findings not shown",
      message:
        '{count} more {count:finding|findings} of the kind "{ruleTitle}" {count:is|are} not shown (at most {limit} per rule and table). Fix those shown and check again.',
    },
  },
  "internal-error": {
    severity: "error",
    da: {
      title: "Kontrollen stoppede",
      message:
        "Kontrollen af tabellen stoppede uventet ({reason}), og tabellen er udeladt af beregningerne. Kontakt udviklerne med projektmappen.",
    },
    en: {
      title: "The check stopped",
      message:
        "Checking the table stopped unexpectedly ({reason}), and the table is left out of the calculations. Contact the developers with the workbook.",
    },
  },
  "binding-missing-required": {
    severity: "warning",
    da: {
      title: "Påkrævet kolonne ikke fundet",
      message:
        'Tabellen mangler kolonnen "{header}". Tilføj den (med netop den overskrift), eller vælg kolonnen i bindingen.',
    },
    en: {
      title: "Required column not found",
      message:
        'The table has no column "{header}". Add it (with exactly that header) or choose the column in the binding.',
    },
  },
  "binding-guessed-column": {
    severity: "info",
    da: {
      title: "Kolonne gættet ud fra overskriften",
      message:
        'Kolonnen "{value}" er bundet til "{header}" ud fra en delvis match. Tjek, at det er rigtigt, eller vælg en anden kolonne i bindingen.',
    },
    en: {
      title: "Column guessed from its header",
      message:
        'The column "{value}" was bound to "{header}" on a partial match. Check that it is right, or choose another column in the binding.',
    },
  },
  "binding-duplicate-header": {
    severity: "warning",
    da: {
      title: "Samme overskrift flere gange",
      message:
        'Overskriften "{value}" står i flere kolonner ({columns}); kun den første bruges. Giv kolonnerne forskellige overskrifter.',
    },
    en: {
      title: "Same header more than once",
      message:
        'The header "{value}" appears in several columns ({columns}); only the first is used. Give the columns distinct headers.',
    },
  },
  "binding-merged-cells": {
    severity: "warning",
    da: {
      title: "Flettede celler i tabellen",
      message:
        "Tabellen har flettede celler ({ranges}). Kun den øverste venstre celle i en fletning har en værdi; ophæv fletningen, og udfyld cellerne.",
    },
    en: {
      title: "Merged cells in the table",
      message:
        "The table has merged cells ({ranges}). Only the top-left cell of a merge holds a value; unmerge and fill in the cells.",
    },
  },
  "binding-hidden-sheet": {
    severity: "info",
    da: {
      title: "Tabellen står på et skjult ark",
      message: "Tabellen står på et skjult ark og læses med. Vis arket, hvis det ikke skal skjules for kolleger.",
    },
    en: {
      title: "The table is on a hidden sheet",
      message: "The table is on a hidden sheet and is read all the same. Unhide the sheet if colleagues should see it.",
    },
  },
  "binding-role-unbound": {
    severity: "info",
    da: {
      title: "Ingen tabel fundet",
      message:
        'Der er ingen tabel, der passer til {table}. Mål, der bruger den, viser "mangler data". Tilføj tabellen (se udfyldningsskabelonen), eller vælg den i bindingen.',
    },
    en: {
      title: "No table found",
      message:
        'No table matches {table}. Goals that use it show "mangler data". Add the table (see the fill-in template) or choose it in the binding.',
    },
  },
  "binding-file-unknown-sheet": {
    severity: "error",
    da: {
      title: "Bindingsfilen nævner et ukendt ark",
      message: 'Arket "{sheet}" findes ikke i projektmappen. Ret arknavnet i bindingsfilen.',
    },
    en: {
      title: "Binding file names an unknown sheet",
      message: 'The sheet "{sheet}" is not in the workbook. Fix the sheet name in the binding file.',
    },
  },
  "binding-file-unknown-table": {
    severity: "error",
    da: {
      title: "Bindingsfilen nævner en ukendt tabel",
      message: 'Tabellen "{table}" findes ikke på arket. Ret tabelnavnet i bindingsfilen.',
    },
    en: {
      title: "Binding file names an unknown table",
      message: 'The table "{table}" is not on the sheet. Fix the table name in the binding file.',
    },
  },
  "binding-file-header-row": {
    severity: "error",
    da: {
      title: "Ingen overskrifter i den angivne række",
      message: "Række {headerRow} har ingen overskrifter. Ret headerRow i bindingsfilen.",
    },
    en: {
      title: "No headers in the given row",
      message: "Row {headerRow} holds no headers. Fix headerRow in the binding file.",
    },
  },
  "binding-file-unknown-column": {
    severity: "error",
    da: {
      title: "Bindingsfilen nævner en ukendt kolonne",
      message:
        'Kolonnen "{column}" (for feltet {field}) findes ikke. Skriv overskriften præcis, som den står, eller kolonnebogstavet.',
    },
    en: {
      title: "Binding file names an unknown column",
      message:
        'The column "{column}" (for the field {field}) does not exist. Write the header exactly as it stands, or the column letter.',
    },
  },
  "binding-file-column-twice": {
    severity: "error",
    da: {
      title: "Samme kolonne bundet to gange",
      message: 'Kolonnen "{column}" er bundet til både {other} og {field}. Bind hvert felt til sin egen kolonne.',
    },
    en: {
      title: "Same column bound twice",
      message: 'The column "{column}" is bound to both {other} and {field}. Bind each field to its own column.',
    },
  },
};
