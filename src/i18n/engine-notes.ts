/**
 * Notes the evaluation adds to goals and indicators (why a figure is missing, which default
 * applied), rendered in a language (the texts: each locale's `notes`). Kept apart from the
 * findings: these explain results, findings point at cells.
 */
import type { EngineNote, EngineNoteCode } from "../domain/engine/notes";
import { formatNumber, pluralize } from "./fill";
import type { Lang } from "./locales";
import { localeOf } from "./locales/registry";

export type { EngineNote, EngineNoteCode };

/** An engine note in the language: numbers the language's way, plural words chosen. */
export function renderEngineNote(note: EngineNote, lang: Lang): string {
  const notes = localeOf(lang).notes;
  const template = Object.prototype.hasOwnProperty.call(notes, note.code) ? notes[note.code] : note.code;
  return pluralize(template, note.params ?? {}, lang).replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = note.params?.[name];
    return v === undefined ? m : typeof v === "number" ? formatNumber(v, lang) : v;
  });
}
