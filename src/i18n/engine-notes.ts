/**
 * Notes the evaluation adds to goals and indicators (why a figure is missing, which default
 * applied), in Danish and English. Kept apart from the findings catalogue: these explain
 * results, findings point at cells.
 */
import { formatNumber, pluralize } from "./fill";

export type EngineNoteCode =
  | "table-missing"
  | "fields-missing"
  | "no-rows"
  | "key-missing"
  | "key-other-year"
  | "key-duplicate"
  | "key-fraction-percent"
  | "activities-missing"
  | "activities-unmatched"
  | "target-missing"
  | "population-missing"
  | "kommune-unknown"
  | "period-unplaced"
  | "period-field-unbound"
  | "default-proportional"
  | "default-threshold"
  | "default-checklist"
  | "default-mean"
  | "partial-data"
  | "weight-zero"
  | "whatif-unreachable"
  | "division-by-zero";

type Params = Readonly<Record<string, string | number>>;

const DA: Record<EngineNoteCode, string> = {
  "table-missing":
    "Tabellen {table} er ikke bundet i projektmappen. Tilføj den (eller bind en tabel til den) for at beregne målet.",
  "fields-missing": "Kolonnen/kolonnerne {fields} mangler i tabellen {table}. Tilføj dem eller ret bindingen.",
  "no-rows": "Ingen gyldige rækker i {table} at beregne ud fra.",
  "key-missing": 'Nøgletallet "{key}" findes ikke i tabellen Nøgletal. Tilføj en række med Nøgle "{key}" og Værdi.',
  "key-other-year":
    'Nøgletallet "{key}" står i Nøgletal kun for {years}, ikke for {year}. Tilføj en række "{key} {year}" med årets Værdi.',
  "key-duplicate": 'Nøgletallet "{key}" står {count} gange i Nøgletal; den første række ({row}) er brugt.',
  "key-fraction-percent":
    'Nøgletallet "{key}" står som {raw} (en procentformateret celle eller en brøk) og er læst som {value} %.',
  "activities-missing":
    "Ingen aktiviteter for mål {goal} i tabellen Aktiviteter. Udfyld Status for målets aktiviteter.",
  "activities-unmatched":
    "{count} af målets {items} aktiviteter blev ikke fundet i Aktiviteter og tæller som ikke opfyldt: {list}.",
  "target-missing": 'Måltallet er ikke fastsat. Angiv det som indstillingen "{option}".',
  "population-missing":
    "Befolkningstal mangler i tabellen Kommuner. Udfyld Befolkning og Kommunetype for regionens kommuner.",
  "kommune-unknown": "{count} forløb har en kommune, der ikke står i tabellen Kommuner, og er udeladt: {list}.",
  "period-unplaced": "{count} {count:række|rækker} uden gyldig {field} kan ikke placeres i perioden og er udeladt.",
  "period-field-unbound": "Kolonnen {field} er ikke bundet, så alle forløb tælles uanset periode.",
  "default-proportional": "Standardregel: opfyldelse = realiseret / måltal, højst 100 % (ukappet: {uncapped} %).",
  "default-threshold": "Standardregel: 100 % når målet er nået, ellers 0 %.",
  "default-checklist": "Standardregel: opfyldelse = andel af aktiviteter med status opfyldt.",
  "default-mean": "Målets opfyldelse er gennemsnittet af delmålene.",
  "partial-data": "Kun {available} af {total} delmål har data; opfyldelsen er beregnet ud fra dem.",
  "weight-zero": "Vises til orientering; indgår ikke i målets gennemsnit (det er summen af andre delmål).",
  "whatif-unreachable": "Målet kan ikke nås alene ved at tilføje flere rækker.",
  "division-by-zero": "Nævneren ({key}) er 0, så forholdet kan ikke beregnes.",
};

const EN: Record<EngineNoteCode, string> = {
  "table-missing":
    "The table {table} is not bound in the workbook. Add it (or bind a table to it) to compute this goal.",
  "fields-missing": "The column(s) {fields} are missing from the table {table}. Add them or adjust the binding.",
  "no-rows": "No valid rows in {table} to compute from.",
  "key-missing": 'The key figure "{key}" is not in the Nøgletal table. Add a row with Nøgle "{key}" and a Værdi.',
  "key-other-year":
    'The key figure "{key}" is in Nøgletal only for {years}, not for {year}. Add a row "{key} {year}" with the year\'s Værdi.',
  "key-duplicate": 'The key figure "{key}" appears {count} times in Nøgletal; the first row ({row}) is used.',
  "key-fraction-percent":
    'The key figure "{key}" holds {raw} (a cell formatted as a percentage, or a fraction) and is read as {value} %.',
  "activities-missing":
    "No activities for goal {goal} in the Aktiviteter table. Fill in Status for the goal's activities.",
  "activities-unmatched":
    "{count} of the goal's {items} activities {count:was|were} not found in Aktiviteter and {count:counts|count} as not met: {list}.",
  "target-missing": 'The target is not set. Give it as the option "{option}".',
  "population-missing": "Population figures are missing from the Kommuner table. Fill in Befolkning and Kommunetype.",
  "kommune-unknown":
    "{count} {count:course has|courses have} a municipality not listed in Kommuner and {count:is|are} left out: {list}.",
  "period-unplaced":
    "{count} {count:row|rows} without a valid {field} cannot be placed in the period and {count:is|are} left out.",
  "period-field-unbound": "The column {field} is not bound, so all courses count regardless of period.",
  "default-proportional": "Default rule: fulfilment = realised / target, at most 100 % (uncapped: {uncapped} %).",
  "default-threshold": "Default rule: 100 % when the target is met, otherwise 0 %.",
  "default-checklist": "Default rule: fulfilment = share of activities with status opfyldt (met).",
  "default-mean": "The goal's fulfilment is the mean of its sub-targets.",
  "partial-data": "Only {available} of {total} sub-targets have data; fulfilment is computed from those.",
  "weight-zero": "Shown for information; not part of the goal's mean (it is the sum of other sub-targets).",
  "whatif-unreachable": "The target cannot be reached by adding rows alone.",
  "division-by-zero": "The denominator ({key}) is 0, so the ratio cannot be computed.",
};

export interface EngineNote {
  readonly code: EngineNoteCode;
  readonly params?: Params;
}

export function renderEngineNote(note: EngineNote, lang: "da" | "en"): string {
  const template = (lang === "en" ? EN : DA)[note.code] ?? note.code;
  return pluralize(template, note.params ?? {}).replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = note.params?.[name];
    return v === undefined ? m : typeof v === "number" ? formatNumber(v, lang) : v;
  });
}
