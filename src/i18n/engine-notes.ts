/**
 * Notes the evaluation adds to goals and indicators (why a figure is missing, which default
 * applied), rendered in a language (the texts: each locale's `notes`). Kept apart from the
 * findings: these explain results, findings point at cells.
 */
import { formatNumber, pluralize } from "./fill";
import type { Lang } from "./locales";
import { localeOf } from "./locales/registry";

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

export interface EngineNote {
  readonly code: EngineNoteCode;
  readonly params?: Params;
}

export function renderEngineNote(note: EngineNote, lang: Lang): string {
  const notes = localeOf(lang).notes;
  const template = Object.prototype.hasOwnProperty.call(notes, note.code) ? notes[note.code] : note.code;
  return pluralize(template, note.params ?? {}, lang).replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = note.params?.[name];
    return v === undefined ? m : typeof v === "number" ? formatNumber(v, lang) : v;
  });
}
