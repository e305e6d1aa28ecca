import type { Lang } from "../lang";

export type FillValues = Readonly<Record<string, string | number | null | undefined>>;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A number as the language writes it: "1.234,5" in Danish, "1,234.5" in English. */
export function formatNumber(n: number, lang: Lang): string {
  if (!Number.isFinite(n)) return String(n);
  const [int = "", frac] = Math.abs(n).toString().split(".");
  if (int.includes("e")) return String(n);
  const group = lang === "da" ? "." : ",";
  const grouped = int.length > 4 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, group) : int;
  return `${n < 0 ? "-" : ""}${grouped}${frac ? (lang === "da" ? "," : ".") + frac : ""}`;
}

/** A parameter as text: numbers in the language's format, ISO dates as Danish dd-mm-åååå in Danish. */
function show(v: string | number, lang: Lang): string {
  if (typeof v === "number") return formatNumber(v, lang);
  const m = lang === "da" ? ISO_DATE.exec(v) : null;
  return m ? `${m[3]}-${m[2]}-${m[1]}` : v;
}

/**
 * @name fill
 * @category i18n
 * @summary Put values into a message template's `{name}` placeholders. Numbers and ISO dates
 * are written the language's way; a placeholder without a value becomes "?" so a message is
 * never shown with raw braces. Never throws.
 *
 * @example
 * fill("{n} timer fra {from}", { n: 22.5, from: "2025-01-10" }, "da") //=> "22,5 timer fra 10-01-2025"
 * fill("{n} hours from {from}", { n: 22.5, from: "2025-01-10" }, "en") //=> "22.5 hours from 2025-01-10"
 * fill("{n} {n:række|rækker}", { n: 1 }, "da") //=> "1 række"
 */
export function fill(template: string, values: FillValues, lang: Lang): string {
  return template.replace(PLACEHOLDER, (_m, name: string, one: string | undefined, other: string | undefined) => {
    const v = Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;
    // `{count:række|rækker}`: the word that goes with the number (1 → the first, else the second).
    if (one !== undefined) return v === 1 || v === -1 ? one : (other ?? one);
    return v === undefined || v === null ? "?" : show(v, lang);
  });
}

/** `{name}`, or `{name:singular|plural}` for the word a number takes. */
const PLACEHOLDER = /\{(\w+)(?::([^|{}]*)\|([^{}]*))?\}/g;
const CHOICE = /\{(\w+):([^|{}]*)\|([^{}]*)\}/g;

/**
 * Resolve only the `{name:singular|plural}` choices of a template (for renderers that fill the
 * plain `{name}` placeholders their own way). A missing or non-numeric value takes the plural.
 *
 * @example
 * pluralize("{count} {count:fejl|fejl}, {n} {n:række|rækker}", { count: 3, n: 1 }) //=> "{count} fejl, {n} række"
 */
export function pluralize(template: string, values: FillValues): string {
  return template.replace(CHOICE, (_m, name: string, one: string, other: string) => {
    const v = Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;
    return v === 1 || v === -1 ? one : other;
  });
}

/**
 * The value placeholders a template uses, for tests that compare languages (plural choices are
 * the language's own business and left out).
 */
export const placeholders = (template: string): string[] =>
  [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();
