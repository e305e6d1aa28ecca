/**
 * General UI and CLI strings in Danish and English. Add a key to `StringKey` and both tables:
 * a key missing in either language fails the type check. Placeholders are `{name}`.
 */
import { fill, type FillValues } from "../fill";
import type { Lang } from "../lang";

export type StringKey =
  // Goal and indicator status, as the contracts write them.
  | "status.opfyldt"
  | "status.delvist"
  | "status.ikke-opfyldt"
  | "status.mangler-data"
  // Columns of the status sheet and the CLI tables.
  | "col.goal"
  | "col.sub"
  | "col.title"
  | "col.target"
  | "col.realised"
  | "col.fulfilment"
  | "col.status"
  | "col.remarks"
  | "col.severity"
  | "col.rule"
  | "col.sheet"
  | "col.row"
  | "col.column"
  | "col.value"
  | "col.message"
  // Severity words.
  | "severity.error"
  | "severity.warning"
  | "severity.info"
  // Why the CLI stops.
  | "exit.file-missing"
  | "exit.not-xlsx"
  | "exit.no-table-binds"
  | "exit.unknown-contract"
  // Check summaries.
  | "check.none"
  | "check.summary"
  | "check.more"
  // A what-if scenario kept as a sheet.
  | "scenario.sheet"
  | "scenario.indicator"
  | "scenario.realised"
  | "scenario.realisedScenario"
  | "scenario.target"
  | "scenario.targetScenario"
  | "scenario.fulfilment"
  | "scenario.fulfilmentScenario"
  | "scenario.needed100"
  | "scenario.needed50"
  | "scenario.goal"
  | "scenario.contract"
  | "scenario.changed"
  | "scenario.nothingChanged"
  | "scenario.saved"
  | "scenario.yours"
  // What a write put elsewhere than planned, and what a removal left (the user's now).
  | "write.moved-sheet"
  | "write.moved-column"
  | "write.conflict"
  | "write.conflict-fixed"
  | "clean.kept-changed"
  | "clean.kept-missing"
  | "clean.kept-mismatch";

type Table = Readonly<Record<StringKey, string>>;

const DA: Table = {
  "status.opfyldt": "opfyldt",
  "status.delvist": "delvist",
  "status.ikke-opfyldt": "ikke opfyldt",
  "status.mangler-data": "mangler data",
  "col.goal": "Mål",
  "col.sub": "Delmål",
  "col.title": "Titel",
  "col.target": "Måltal",
  "col.realised": "Realiseret",
  "col.fulfilment": "Opfyldelse",
  "col.status": "Status",
  "col.remarks": "Bemærkninger",
  "col.severity": "Alvor",
  "col.rule": "Regel",
  "col.sheet": "Ark",
  "col.row": "Række",
  "col.column": "Kolonne",
  "col.value": "Værdi",
  "col.message": "Besked",
  "severity.error": "Fejl",
  "severity.warning": "Advarsel",
  "severity.info": "Info",
  "exit.file-missing": "Filen {file} findes ikke. Tjek stien.",
  "exit.not-xlsx": "Filen {file} er ikke en .xlsx-projektmappe. Gem den som Excel-projektmappe (.xlsx), og prøv igen.",
  "exit.no-table-binds":
    "Ingen tabel i {file} passer til kontrakten {contract}. Brug overskrifterne fra udfyldningsskabelonen, eller angiv en binding.",
  "exit.unknown-contract": 'Kontrakten "{contract}" findes ikke. Kendte kontrakter: {known}.',
  "check.none": "Ingen fejl eller advarsler.",
  "check.summary": "{errors} fejl, {warnings} {warnings:advarsel|advarsler}, {infos} {infos:oplysning|oplysninger}.",
  "check.more": "{count} fund mere er ikke vist.",
  "scenario.sheet": "Hvad nu hvis – mål",
  "scenario.indicator": "Delmål",
  "scenario.realised": "Realiseret",
  "scenario.realisedScenario": "Realiseret i scenariet",
  "scenario.target": "Måltal",
  "scenario.targetScenario": "Måltal i scenariet",
  "scenario.fulfilment": "Opfyldelse",
  "scenario.fulfilmentScenario": "Opfyldelse i scenariet",
  "scenario.needed100": "Mangler for 100 %",
  "scenario.needed50": "Mangler for 50 %",
  "scenario.goal": "Mål {goal} i alt",
  "scenario.contract": "Kontrakt: {title}, {period}. Realiseret og opfyldelse er beregnet fra projektmappens data.",
  "scenario.changed": "Ændret i scenariet: {list}.",
  "scenario.nothingChanged": "intet",
  "scenario.saved": "Gemt {date} af Kontrakttjek. Tallene er et scenarie, ikke registreringer.",
  "scenario.yours":
    "Arket er dit: Kontrakttjek retter eller fjerner det ikke. Slet det, når du ikke har brug for det længere.",
  "write.moved-sheet": "Arket «{from}» er jeres, så Kontrakttjek skrev i et nyt ark, «{to}».",
  "write.moved-column":
    "Kolonne {from} på arket «{sheet}» indeholder jeres data, så Kontrakttjek skrev «{header}» i kolonne {to}.",
  "write.conflict":
    "Cellen {sheet}!{address} indeholder jeres egne data, og Kontrakttjek skriver aldrig hen over dem. Flyt dataene – eller skriv ved siden af (et nyt ark «Målopfyldelse 2» eller den første ledige kolonne).",
  "write.conflict-fixed":
    "Cellen {sheet}!{address} indeholder jeres egne data, og Kontrakttjek skriver aldrig hen over dem. Kontrol-kolonnen skal stå lige til højre for tabellen: flyt eller tøm cellerne i den kolonne, og prøv igen.",
  "clean.kept-changed":
    "Ikke fjernet fra arket «{sheet}»: {count} {count:celle|celler} ({cells}) er ændret, efter Kontrakttjek skrev {count:den|dem}, og er jeres nu. Slet {count:den|dem} selv, hvis I ikke skal bruge {count:den|dem}.",
  "clean.kept-missing":
    "Arket «{sheet}», som Kontrakttjek skrev, findes ikke længere (slettet, eller omdøbt og ændret); der var intet at fjerne dér.",
  "clean.kept-mismatch":
    "Kontrakttjeks kolonne på arket «{sheet}» har fået en anden overskrift og er derfor ikke fjernet. Slet den selv, hvis I ikke bruger den.",
};

const EN: Table = {
  "status.opfyldt": "met",
  "status.delvist": "partly met",
  "status.ikke-opfyldt": "not met",
  "status.mangler-data": "missing data",
  "col.goal": "Goal",
  "col.sub": "Sub-target",
  "col.title": "Title",
  "col.target": "Target",
  "col.realised": "Realised",
  "col.fulfilment": "Fulfilment",
  "col.status": "Status",
  "col.remarks": "Remarks",
  "col.severity": "Severity",
  "col.rule": "Rule",
  "col.sheet": "Sheet",
  "col.row": "Row",
  "col.column": "Column",
  "col.value": "Value",
  "col.message": "Message",
  "severity.error": "Error",
  "severity.warning": "Warning",
  "severity.info": "Note",
  "exit.file-missing": "The file {file} does not exist. Check the path.",
  "exit.not-xlsx": "The file {file} is not an .xlsx workbook. Save it as an Excel workbook (.xlsx) and try again.",
  "exit.no-table-binds":
    "No table in {file} matches the contract {contract}. Use the headers of the fill-in template, or give a binding.",
  "exit.unknown-contract": 'The contract "{contract}" does not exist. Known contracts: {known}.',
  "check.none": "No errors or warnings.",
  "check.summary":
    "{errors} {errors:error|errors}, {warnings} {warnings:warning|warnings}, {infos} {infos:note|notes}.",
  "check.more": "{count} more {count:finding is|findings are} not shown.",
  "scenario.sheet": "What if – goal",
  "scenario.indicator": "Sub-target",
  "scenario.realised": "Realised",
  "scenario.realisedScenario": "Realised in the scenario",
  "scenario.target": "Target",
  "scenario.targetScenario": "Target in the scenario",
  "scenario.fulfilment": "Fulfilment",
  "scenario.fulfilmentScenario": "Fulfilment in the scenario",
  "scenario.needed100": "Needed for 100 %",
  "scenario.needed50": "Needed for 50 %",
  "scenario.goal": "Goal {goal} in all",
  "scenario.contract": "Contract: {title}, {period}. Realised and fulfilment are computed from the workbook's data.",
  "scenario.changed": "Changed in the scenario: {list}.",
  "scenario.nothingChanged": "nothing",
  "scenario.saved": "Saved {date} by Kontrakttjek. The figures are a scenario, not registrations.",
  "scenario.yours":
    "The sheet is yours: Kontrakttjek neither edits nor removes it. Delete it when you no longer need it.",
  "write.moved-sheet": "The sheet “{from}” is yours, so Kontrakttjek wrote a new sheet, “{to}”.",
  "write.moved-column":
    "Column {from} of the sheet “{sheet}” holds your data, so Kontrakttjek wrote “{header}” in column {to}.",
  "write.conflict":
    "Cell {sheet}!{address} holds your own data, and Kontrakttjek never writes over it. Move the data – or write beside it (a new sheet “Målopfyldelse 2” or the first free column).",
  "write.conflict-fixed":
    "Cell {sheet}!{address} holds your own data, and Kontrakttjek never writes over it. The Kontrol column must stand right of the table: move or empty the cells of that column and try again.",
  "clean.kept-changed":
    "Left on the sheet “{sheet}”: {count} {count:cell|cells} ({cells}) changed after Kontrakttjek wrote {count:it|them}, and {count:is|are} yours now. Delete {count:it|them} yourself if you do not need {count:it|them}.",
  "clean.kept-missing":
    "The sheet “{sheet}” that Kontrakttjek wrote is no longer there (deleted, or renamed and changed); there was nothing to remove there.",
  "clean.kept-mismatch":
    "Kontrakttjek's column on the sheet “{sheet}” has a different header now and was therefore not removed. Delete it yourself if you do not use it.",
};

export const STRINGS: Readonly<Record<Lang, Table>> = { da: DA, en: EN };

/**
 * @name t
 * @category i18n
 * @summary A UI/CLI string in Danish or English with `{name}` placeholders filled. Never throws;
 * an unknown key (from untyped input) comes back as the key itself.
 *
 * @example
 * t("status.ikke-opfyldt", "en")                          //=> "not met"
 * t("check.summary", "da", { errors: 2, warnings: 1, infos: 0 }) //=> "2 fejl, 1 advarsel, 0 oplysninger."
 */
export function t(key: StringKey, lang: Lang, params: FillValues = {}): string {
  const table = STRINGS[lang === "en" ? "en" : "da"];
  const template = Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
  return template === undefined ? String(key) : fill(template, params, lang);
}

/** The status words ("opfyldt", "delvist", "ikke opfyldt", "mangler data") in the language. */
export function statusText(status: string, lang: Lang): string {
  const key = `status.${status.replace(/ /g, "-")}` as StringKey;
  return Object.prototype.hasOwnProperty.call(DA, key) ? t(key, lang) : status;
}
