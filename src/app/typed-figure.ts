/**
 * Figures a user types in the pane, read in the user's language's convention (Danish "1.234,5",
 * English "1,234.5") by the domain's strict parser, and shown back in that convention so a field
 * always reads back as the figure it shows.
 */
import { formatTypedNumber, parseTypedNumber, type DecimalMark, type TypedNumberInvalidReason } from "../domain/parse";
import { localeOf, type Lang } from "../i18n";

export type { TypedNumberInvalidReason };

/** A typed figure: a number, blank (`null`), or the reason it does not read. */
export type TypedFigure =
  | { readonly ok: true; readonly value: number | null }
  | { readonly ok: false; readonly reason: TypedNumberInvalidReason };

const markOf = (lang: Lang): DecimalMark => (localeOf(lang).number.decimal === "." ? "." : ",");

export function readTypedFigure(text: string, lang: Lang): TypedFigure {
  const r = parseTypedNumber(text, markOf(lang));
  return r === null || typeof r === "number" ? { ok: true, value: r } : { ok: false, reason: r.invalid };
}

/** A figure as a field shows it (no grouping: the user edits it). Blank for no figure. */
export const typedFigureText = (n: number | null, lang: Lang): string =>
  n === null ? "" : formatTypedNumber(n, markOf(lang));

/**
 * Today's date (`yyyy-mm-dd`) where the user is: the runtime's time zone unless one is given.
 * Not `toISOString()`, which is UTC — between 00:00 and 02:00 Danish summer time that is yesterday.
 */
export function localIsoDate(at: Date, timeZone: string = Intl.DateTimeFormat().resolvedOptions().timeZone): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    timeZone,
  }).formatToParts(at);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}
