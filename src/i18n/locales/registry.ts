/**
 * The locales in use: Danish from the start (the fallback), every other language once it is
 * registered — by `loadLocale` from the list in `./index.ts`, or directly with `registerLocale`
 * (a test's pseudo-locale). The text functions of `src/i18n` look their language up here.
 */
import type { Locale } from "../locale";
import { da } from "./da";

const registered = new Map<string, Locale>([[da.code, da]]);

/** Make a language's texts available (a later registration of the same code replaces it). */
export function registerLocale(locale: Locale): void {
  registered.set(locale.code, locale);
}

export const isRegistered = (code: string): boolean => registered.has(code);

/**
 * @name localeOf
 * @category i18n
 * @summary The locale of a language; Danish for a language not (yet) registered, so a text is
 * never missing.
 */
export const localeOf = (code: string): Locale => registered.get(code) ?? da;
