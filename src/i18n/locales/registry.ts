/**
 * The locales in use: the built-in ones (Danish, the fallback; none in the browser, which loads
 * what it shows), and every other language once it is registered — by `loadLocale` from the list
 * in `./index.ts`, or directly with `registerLocale` (a test's pseudo-locale). The text functions
 * of `src/i18n` look their language up here.
 */
import type { Locale } from "../locale";
import { BUILTIN_LOCALES } from "./builtin-locales";

const registered = new Map<string, Locale>(BUILTIN_LOCALES.map((l) => [l.code, l]));

/** Make a language's texts available (a later registration of the same code replaces it). */
export function registerLocale(locale: Locale): void {
  registered.set(locale.code, locale);
}

export const isRegistered = (code: string): boolean => registered.has(code);

/**
 * @name localeOf
 * @category i18n
 * @summary The locale of a language; for a language not (yet) registered, Danish (or, in the
 * browser before Danish is loaded, the language that is), so a text is never missing.
 */
export function localeOf(code: string): Locale {
  const locale = registered.get(code) ?? registered.get("da") ?? registered.values().next().value;
  if (!locale) throw new Error("No language is loaded yet: await loadLocale(lang) before showing a text.");
  return locale;
}
