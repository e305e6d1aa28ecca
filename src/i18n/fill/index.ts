import type { Lang } from "../locales";
import { localeOf } from "../locales/registry";

export type FillValues = Readonly<Record<string, string | number | null | undefined>>;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A number as the language writes it: "1.234,5" in Danish, "1,234.5" in English. */
export function formatNumber(n: number, lang: Lang): string {
  if (!Number.isFinite(n)) return String(n);
  const [int = "", frac] = Math.abs(n).toString().split(".");
  if (int.includes("e")) return String(n);
  const { group, decimal } = localeOf(lang).number;
  const grouped = int.length > 4 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, group) : int;
  return `${n < 0 ? "-" : ""}${grouped}${frac ? decimal + frac : ""}`;
}

/** A parameter as text: numbers and ISO dates the language's way (Danish dd-mm-åååå). */
function show(v: string | number, lang: Lang): string {
  if (typeof v === "number") return formatNumber(v, lang);
  const m = ISO_DATE.exec(v);
  return m ? localeOf(lang).date(m[1] ?? "", m[2] ?? "", m[3] ?? "") : v;
}

/** The word of a `{name:one|other}` choice that goes with the value (the last for a non-number). */
function choose(v: unknown, forms: readonly string[], lang: Lang): string {
  const last = forms.length - 1;
  const i = typeof v === "number" ? localeOf(lang).plural(v) : last;
  return forms[Math.min(Math.max(0, i), last)] ?? "";
}

const valueOf = (values: FillValues, name: string) =>
  Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;

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
  return template.replace(PLACEHOLDER, (_m, name: string, forms: string | undefined) => {
    const v = valueOf(values, name);
    // `{count:række|rækker}`: the word that goes with the number, by the language's plural rule.
    if (forms !== undefined) return choose(v, forms.split("|"), lang);
    return v === undefined || v === null ? "?" : show(v, lang);
  });
}

/** `{name}`, or `{name:one|other}` (as many words as the language has plural forms). */
const PLACEHOLDER = /\{(\w+)(?::([^|{}]*\|[^{}]*))?\}/g;
const CHOICE = /\{(\w+):([^|{}]*\|[^{}]*)\}/g;

/**
 * Resolve only the `{name:one|other}` choices of a template (for renderers that fill the plain
 * `{name}` placeholders their own way). A missing or non-numeric value takes the last word.
 *
 * @example
 * pluralize("{count} {count:fejl|fejl}, {n} {n:række|rækker}", { count: 3, n: 1 }) //=> "{count} fejl, {n} række"
 */
export function pluralize(template: string, values: FillValues, lang: Lang = "da"): string {
  return template.replace(CHOICE, (_m, name: string, forms: string) =>
    choose(valueOf(values, name), forms.split("|"), lang),
  );
}

/**
 * The value placeholders a template uses, for tests that compare languages (plural choices are
 * the language's own business and left out).
 */
export const placeholders = (template: string): string[] =>
  [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();
