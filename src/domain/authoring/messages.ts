/**
 * The authoring message catalogue (Danish and English): findings in a `Kontrakt` sheet, errors
 * in an imported contract JSON, and the reasons behind them (a filter, rule or target that does
 * not parse, a schema violation). To be folded into `src/i18n/` by the lead; kept as data here.
 * Placeholders are `{name}`; `{reason}` renders the code in the `reason` parameter.
 */
import type { Finding, Severity } from "../findings";
import { pluralize } from "../../i18n/fill";

export type Lang = "da" | "en";

interface Entry {
  readonly severity: Severity;
  readonly da: string;
  readonly en: string;
}

const e = (severity: Severity, da: string, en: string): Entry => ({ severity, da, en });
const reason = (da: string, en: string): Entry => e("error", da, en);

/** Finding rule ids of the `Kontrakt` sheet and of contract JSON checks (also used by `lintContract`). */
export const AUTHORING_FINDINGS = {
  "kontrakt-sheet-empty": e(
    "error",
    "Arket {sheet} er tomt. Opret det med “Ny kontrakt fra …” eller udfyld kontraktens rækker.",
    "The sheet {sheet} is empty. Create it with “New contract from …” or fill in the contract rows.",
  ),
  "kontrakt-too-big": e(
    "error",
    "Arket har {count} rækker; en kontrakt må højst fylde {max}. Slet tomme eller overflødige rækker.",
    "The sheet has {count} rows; a contract may use at most {max}. Delete blank or surplus rows.",
  ),
  "kontrakt-header-missing": e(
    "error",
    "Målenes overskriftsrække blev ikke fundet. Der skal være en række med overskrifterne Mål, Delmål, Titel, Indikator og Måltal.",
    "The goals' header row was not found. A row with the headers Mål, Delmål, Titel, Indikator and Måltal is needed.",
  ),
  "kontrakt-column-missing": e(
    "error",
    "Kolonnen “{column}” mangler i {where}. Tilføj den i overskriftsrækken.",
    "The column “{column}” is missing from {where}. Add it to the header row.",
  ),
  "kontrakt-column-unknown": e(
    "warning",
    "Kolonnen “{value}” kendes ikke og bliver ikke læst. Ret overskriften (fx {suggestion}) eller slet kolonnen.",
    "The column “{value}” is not known and is not read. Correct the header (e.g. {suggestion}) or delete the column.",
  ),
  "kontrakt-column-duplicate": e(
    "error",
    "Kolonnen “{value}” står to gange; kun én må være der. Slet den ene.",
    "The column “{value}” appears twice; only one may. Delete one of them.",
  ),
  "kontrakt-label-unknown": e(
    "warning",
    "Rækken “{value}” kendes ikke og bliver ikke læst. Kendte rækker: {allowed}.",
    "The row “{value}” is not known and is not read. Known rows: {allowed}.",
  ),
  "kontrakt-cell-error": e(
    "error",
    "Cellen indeholder fejlværdien {value}. Skriv en værdi i stedet.",
    "The cell holds the error value {value}. Enter a value instead.",
  ),
  "kontrakt-required": e("error", "{what} mangler. Udfyld cellen.", "{what} is missing. Fill in the cell."),
  "kontrakt-id-invalid": e(
    "error",
    "Kontraktens id “{value}” er ugyldigt: brug 2–64 små bogstaver a–z, tal og bindestreg, fx sjaelland-2026.",
    "The contract id “{value}” is invalid: use 2–64 lower-case letters a–z, digits and hyphens, e.g. sjaelland-2026.",
  ),
  "kontrakt-number": e(
    "error",
    "“{value}” er ikke et tal. Skriv et tal, fx 70 eller 2,5.",
    "“{value}” is not a number. Enter a number, e.g. 70 or 2.5.",
  ),
  "kontrakt-number-range": e(
    "error",
    "{value} ligger uden for det tilladte interval {min}–{max}.",
    "{value} is outside the allowed range {min}–{max}.",
  ),
  "kontrakt-choice": e(
    "error",
    "“{value}” er ikke en gyldig værdi. Vælg en af: {allowed}.",
    "“{value}” is not a valid value. Choose one of: {allowed}.",
  ),
  "kontrakt-table-unknown": e(
    "error",
    "Tabellen “{value}” findes ikke. Vælg en af: {allowed}.",
    "The table “{value}” does not exist. Choose one of: {allowed}.",
  ),
  "kontrakt-table-mismatch": e(
    "error",
    "Indikatoren {kind} læser altid fra tabellen {expected}, ikke “{value}”. Ret eller tøm cellen.",
    "The indicator {kind} always reads from the table {expected}, not “{value}”. Correct or clear the cell.",
  ),
  "kontrakt-field-unknown": e(
    "error",
    "Kolonnen “{value}” findes ikke i tabellen {table}. Brug en af: {allowed}.",
    "The column “{value}” does not exist in the table {table}. Use one of: {allowed}.",
  ),
  "kontrakt-filter": e(
    "error",
    "Filteret kan ikke læses ved tegn {pos}: {reason}",
    "The filter cannot be read at character {pos}: {reason}",
  ),
  "kontrakt-kind": e(
    "error",
    "Indikatoren “{value}” kan ikke læses: {reason}",
    "The indicator “{value}” cannot be read: {reason}",
  ),
  "kontrakt-items-missing": e(
    "error",
    "Tjeklisten {indicator} under mål {goal} har ingen punkter. Tilføj rækker med Mål, Delmål og Punkt udfyldt og punktets tekst i Titel.",
    "The checklist {indicator} of goal {goal} has no items. Add rows with Mål, Delmål and Punkt filled in and the item's text in Titel.",
  ),
  "kontrakt-rule": e(
    "error",
    "Reglen “{value}” kan ikke læses: {reason}",
    "The rule “{value}” cannot be read: {reason}",
  ),
  "kontrakt-target": e(
    "error",
    "Måltallet “{value}” kan ikke læses: {reason}",
    "The target “{value}” cannot be read: {reason}",
  ),
  "kontrakt-target-missing": e(
    "error",
    "Delmål {indicator} under mål {goal} har intet måltal. Skriv måltallet i kolonnen Måltal.",
    "Sub-goal {indicator} of goal {goal} has no target. Enter it in the Måltal column.",
  ),
  "kontrakt-when": e(
    "error",
    "Betingelsen “{value}” kan ikke læses: {reason}",
    "The condition “{value}” cannot be read: {reason}",
  ),
  "kontrakt-option-unknown": e(
    "error",
    "“{value}” er hverken en parameter eller en indstilling i kontrakten. Kendte: {allowed}.",
    "“{value}” is neither a parameter nor an option of the contract. Known: {allowed}.",
  ),
  "kontrakt-duplicate-id": e(
    "error",
    "{what} “{value}” er allerede brugt ({first}). Giv hver sin id.",
    "{what} “{value}” is already used ({first}). Give each its own id.",
  ),
  "kontrakt-goal-missing": e(
    "error",
    "Rækken hører til mål {goal}, men der er ingen målrække for mål {goal}. Tilføj en række med Mål {goal}, tomt Delmål og en titel.",
    "The row belongs to goal {goal}, but there is no goal row for goal {goal}. Add a row with Mål {goal}, a blank Delmål and a title.",
  ),
  "kontrakt-indicator-missing": e(
    "error",
    "Rækken hører til delmål {indicator} under mål {goal}, som ikke findes. Tilføj delmålets række eller ret Delmål.",
    "The row belongs to sub-goal {indicator} of goal {goal}, which does not exist. Add the sub-goal's row or correct Delmål.",
  ),
  "kontrakt-goal-empty": e(
    "error",
    "Mål {goal} har ingen delmål. Tilføj mindst én række med Delmål og Indikator.",
    "Goal {goal} has no sub-goals. Add at least one row with Delmål and Indikator.",
  ),
  "kontrakt-no-goals": e(
    "error",
    "Kontrakten har ingen mål. Tilføj rækker under overskriftsrækken.",
    "The contract has no goals. Add rows below the header row.",
  ),
  "kontrakt-row-ambiguous": e(
    "error",
    "Rækken har både Punkt og Variant når udfyldt; en række er enten et tjeklistepunkt eller en variant.",
    "The row has both Punkt and Variant når filled in; a row is either a checklist item or a variant.",
  ),
  "kontrakt-not-used": e(
    "warning",
    "Kolonnen {column} bruges ikke for {what} og bliver ikke læst. Tøm cellen.",
    "The column {column} is not used for {what} and is not read. Clear the cell.",
  ),
  "kontrakt-notes-en": e(
    "warning",
    "Der er {countEn} engelske bemærkninger til {count} danske; de parres i rækkefølge, og de overskydende bruges ikke.",
    "There are {countEn} English notes for {count} Danish ones; they are paired in order and the surplus is not used.",
  ),
  "kontrakt-option-default": e(
    "error",
    "Standardværdien “{value}” er ikke et af valgene ({allowed}).",
    "The default “{value}” is not one of the choices ({allowed}).",
  ),
  "kontrakt-param-value-unknown": e(
    "warning",
    "Måltallet nævner “{value}”, som ikke er et valg for parameteren {param} ({allowed}).",
    "The target names “{value}”, which is not a choice of the parameter {param} ({allowed}).",
  ),
  "kontrakt-key-undeclared": e(
    "info",
    "Nøgletallet “{value}” står ikke i afsnittet Nøgletal; det slås op i tabellen Nøgletal under præcis det navn.",
    "The key figure “{value}” is not listed in the Nøgletal section; it is looked up in the Nøgletal table by exactly that name.",
  ),
  "kontrakt-schema": e("error", "{reason}", "{reason}"),
  "json-too-large": e(
    "error",
    "Filen fylder {size} byte; en kontrakt må højst fylde {max} byte.",
    "The file is {size} bytes; a contract may be at most {max} bytes.",
  ),
  "json-syntax": e(
    "error",
    "Filen er ikke gyldig JSON: {detail}. Ret filen eller eksportér kontrakten igen.",
    "The file is not valid JSON: {detail}. Correct the file or export the contract again.",
  ),
  "json-too-deep": e(
    "error",
    "Filen er indlejret mere end {max} niveauer dybt; det er ikke en kontrakt.",
    "The file is nested more than {max} levels deep; it is not a contract.",
  ),
  "json-version": e(
    "error",
    "Kontrakten har formatversion {version}; denne udgave af Kontrakttjek læser version 1. Opdatér Kontrakttjek.",
    "The contract has format version {version}; this version of Kontrakttjek reads version 1. Update Kontrakttjek.",
  ),
  "json-schema": e("error", "{reason}", "{reason}"),
} as const satisfies Record<string, Entry>;

export type AuthoringRule = keyof typeof AUTHORING_FINDINGS;

/** Reasons: why a cell or value failed, rendered inside a finding's message. */
export const AUTHORING_REASONS = {
  // filter language
  "filter-empty": reason("filteret er tomt.", "the filter is empty."),
  "filter-too-long": reason("filteret er længere end {max} tegn.", "the filter is longer than {max} characters."),
  "filter-too-deep": reason(
    "filteret har mere end {max} niveauer af parenteser eller “ikke”.",
    "the filter has more than {max} levels of parentheses or “ikke”.",
  ),
  "filter-too-many": reason("højst {max} dele eller værdier.", "at most {max} parts or values."),
  "filter-unexpected": reason("forventede {expected}, fandt “{found}”.", "expected {expected}, found “{found}”."),
  "filter-expected-condition": reason(
    "forventede et kolonnenavn, “(” eller “ikke”, fandt “{found}”.",
    "expected a column name, “(” or “ikke”, found “{found}”.",
  ),
  "filter-unknown-field": reason(
    "kolonnen “{name}” findes ikke i tabellen {table}.",
    "the column “{name}” does not exist in the table {table}.",
  ),
  "filter-expected-operator": reason(
    "efter {field} forventede =, ≠, <, >, ≤, ≥, i, ikke i, er tom, er udfyldt eller indeholder; fandt “{found}”.",
    "after {field} expected =, ≠, <, >, ≤, ≥, i, ikke i, er tom, er udfyldt or indeholder; found “{found}”.",
  ),
  "filter-expected-value": reason(
    "forventede en værdi (“tekst” i anførselstegn, et tal eller en dato ÅÅÅÅ-MM-DD), fandt “{found}”.",
    "expected a value (“text” in quotes, a number or a date YYYY-MM-DD), found “{found}”.",
  ),
  "filter-expected-number": reason("forventede et tal, fandt {found}.", "expected a number, found {found}."),
  "filter-expected-text": reason(
    "forventede en ikke-tom tekst i anførselstegn, fandt {found}.",
    "expected a non-empty text in quotes, found {found}.",
  ),
  "filter-unterminated-text": reason(
    "teksten, der begynder med {quote}, slutter aldrig; tilføj det afsluttende anførselstegn.",
    "the text starting with {quote} never ends; add the closing quote.",
  ),
  "filter-text-too-long": reason("en tekst må højst være {max} tegn.", "a text may be at most {max} characters."),
  "filter-expected-close": reason("mangler “)”.", "“)” is missing."),
  "filter-list-separator": reason(
    'adskil værdierne i en liste med semikolon: ("a"; "b").',
    'separate the values of a list with semicolons: ("a"; "b").',
  ),
  "filter-type": reason(
    '{field} er en tekstkolonne; skriv værdien i anførselstegn: "{value}".',
    '{field} is a text column; put the value in quotes: "{value}".',
  ),
  "filter-age-table": reason(
    "virksomhedsalder kan kun bruges på tabellen Forløb (den kræver Startdato og Stiftelsesdato), ikke {table}.",
    "virksomhedsalder (company age) works only on the Forløb table (it needs Startdato and Stiftelsesdato), not {table}.",
  ),
  "filter-age-range": reason(
    "alderen skal være over 0 og højst 200 år, ikke {value}.",
    "the age must be above 0 and at most 200 years, not {value}.",
  ),
  // rules, targets, conditions, kinds
  "rule-unknown": reason(
    "skriv “andel af mål”, “nået/ikke nået”, “trin: 60=100; 50=50” eller “tjekliste”.",
    "write “andel af mål”, “nået/ikke nået”, “trin: 60=100; 50=50” or “tjekliste”.",
  ),
  "rule-steps": reason(
    "trin skrives “trin: grænse=procent; grænse=procent”, fx “trin: 60=100; 50=50”.",
    "steps are written “trin: limit=percent; limit=percent”, e.g. “trin: 60=100; 50=50”.",
  ),
  "rule-steps-pct": reason(
    "et trins procent skal ligge mellem 0 og 100.",
    "a step's percentage must be between 0 and 100.",
  ),
  "rule-checklist": reason(
    "skriv “tjekliste” eller “tjekliste: krævet 6” (antal aktiviteter, der skal være opfyldt).",
    "write “tjekliste” or “tjekliste: krævet 6” (number of activities that must be met).",
  ),
  "target-unknown": reason(
    "skriv et tal (fx 70 eller 2,5), “efter hus: sjaelland=171; fyn=94” eller “indstilling: navn”.",
    "write a number (e.g. 70 or 2.5), “efter hus: sjaelland=171; fyn=94” or “indstilling: name”.",
  ),
  "target-param": reason(
    "et måltal pr. parameter skrives “efter parameter: valg=tal; valg=tal”.",
    "a target per parameter is written “efter parameter: choice=number; choice=number”.",
  ),
  "target-option": reason(
    "skriv “indstilling: navn” med indstillingens id.",
    "write “indstilling: name” with the option's id.",
  ),
  "when-syntax": reason(
    'en betingelse skrives “indstilling = "værdi"”, fx npsOmfang = "pr-segment".',
    'a condition is written “option = "value"”, e.g. npsOmfang = "pr-segment".',
  ),
  "kind-unknown": reason("indikatoren skal være en af: {allowed}.", "the indicator must be one of: {allowed}."),
  "kind-qualifier": reason(
    "kun “fordeling (relativ)” og “tjekliste (delvist = 0,5)” har en tilføjelse i parentes.",
    "only “fordeling (relativ)” and “tjekliste (delvist = 0,5)” take a qualifier in parentheses.",
  ),
  "kind-partial": reason(
    "kredit for “delvist” skal ligge mellem 0 og 1.",
    "the credit for “delvist” must be between 0 and 1.",
  ),
  // schema violations (from the contract schema)
  "schema-required": reason("{field} mangler.", "{field} is missing."),
  "schema-type": reason(
    "{field} skal være {expected}, ikke {received}.",
    "{field} must be {expected}, not {received}.",
  ),
  "schema-empty": reason("{field} må ikke være tom.", "{field} must not be empty."),
  "schema-too-long": reason("{field} må højst være {max} tegn.", "{field} may be at most {max} characters."),
  "schema-too-few": reason("{field} skal have mindst {min}.", "{field} needs at least {min}."),
  "schema-too-many": reason("{field} må højst have {max}.", "{field} may have at most {max}."),
  "schema-too-small": reason("{field} skal være mindst {min}.", "{field} must be at least {min}."),
  "schema-above": reason("{field} skal være over {min}.", "{field} must be above {min}."),
  "schema-too-big": reason("{field} må højst være {max}.", "{field} may be at most {max}."),
  "schema-enum": reason("{field} skal være en af: {allowed}.", "{field} must be one of: {allowed}."),
  "schema-unknown-key": reason(
    "ukendt felt {keys} i {field}; slet det eller ret stavningen.",
    "unknown property {keys} in {field}; delete it or correct the spelling.",
  ),
  "schema-format": reason("{field} har et ugyldigt format.", "{field} has an invalid format."),
  "schema-invalid": reason("{field} er ugyldig.", "{field} is invalid."),
} as const satisfies Record<string, Entry>;

export type AuthoringReason = keyof typeof AUTHORING_REASONS;
export type AuthoringCode = AuthoringRule | AuthoringReason;

export type MessageParams = Readonly<Record<string, string | number>>;

const ALL: Readonly<Record<string, Entry>> = { ...AUTHORING_FINDINGS, ...AUTHORING_REASONS };

/** Nouns passed as `{what}`: what is missing or duplicated. */
export const AUTHORING_NOUNS = {
  "contract-id": { da: "Kontraktens id", en: "The contract id" },
  "contract-title": { da: "Kontraktens titel", en: "The contract title" },
  "goal-id": { da: "Målets nummer (Mål)", en: "The goal number (Mål)" },
  goal: { da: "Mål", en: "Goal" },
  indicator: { da: "Delmål", en: "Sub-goal" },
  item: { da: "Punkt", en: "Item" },
  param: { da: "Parameteren", en: "The parameter" },
  option: { da: "Indstillingen", en: "The option" },
  "key-figure": { da: "Nøgletallet", en: "The key figure" },
  choice: { da: "Valget", en: "The choice" },
  title: { da: "Titlen", en: "The title" },
  kind: { da: "Indikatoren", en: "The indicator" },
  table: { da: "Tabellen", en: "The table" },
  filter: { da: "Filteret", en: "The filter" },
  numerator: { da: "Tælleren", en: "The numerator" },
  denominator: { da: "Nævneren", en: "The denominator" },
  field: { da: "Feltet", en: "The field" },
  label: { da: "Navnet", en: "The name" },
  "goal-row": { da: "en målrække", en: "a goal row" },
  "item-row": { da: "et tjeklistepunkt", en: "a checklist item" },
  "variant-row": { da: "en variant", en: "a variant" },
  "goal-header": { da: "målenes overskriftsrække", en: "the goals' header row" },
  params: { da: "afsnittet Parametre", en: "the Parametre (parameters) section" },
  options: { da: "afsnittet Indstillinger", en: "the Indstillinger (options) section" },
  keyFigures: { da: "afsnittet Nøgletal", en: "the Nøgletal (key figures) section" },
} as const satisfies Record<string, { da: string; en: string }>;
export type AuthoringNoun = keyof typeof AUTHORING_NOUNS;
const NOUNS: Readonly<Record<string, { da: string; en: string }>> = AUTHORING_NOUNS;

export const severityOf = (rule: AuthoringRule): Severity => AUTHORING_FINDINGS[rule].severity;

/** Render a code with its parameters; unknown codes and missing parameters never throw. */
export function renderAuthoringMessage(code: string, params: MessageParams = {}, lang: Lang = "da"): string {
  const entry = ALL[code];
  if (!entry) return code;
  return pluralize(entry[lang], params).replace(/\{(\w+)\}/g, (m, name: string) => {
    if (name === "reason" && typeof params.reason === "string" && params.reason !== code)
      return renderAuthoringMessage(params.reason, { ...params, reason: "" }, lang);
    const v = params[name];
    if ((name === "what" || name === "where") && typeof v === "string" && NOUNS[v])
      return (NOUNS[v] as { da: string; en: string })[lang];
    return v === undefined ? m : String(v);
  });
}

/** A sheet finding as one line: “Kontrakt, række 12, kolonne Filter: …”. */
export function describeAuthoringFinding(f: Finding, lang: Lang = "da"): string {
  const where: string[] = [];
  if (f.sheet) where.push(f.sheet);
  if (f.row !== null) where.push(`${lang === "da" ? "række" : "row"} ${f.row}`);
  if (f.column) where.push(`${lang === "da" ? "kolonne" : "column"} ${f.column}`);
  const message = renderAuthoringMessage(f.rule, { value: f.value ?? "", ...f.params }, lang);
  return where.length > 0 ? `${where.join(", ")}: ${message}` : message;
}
