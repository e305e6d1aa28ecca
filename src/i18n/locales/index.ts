/**
 * The languages of Kontrakttjek, Danish first. A new language is its locale file in this folder
 * (implementing `Locale`) and one line in `LOCALES`; nothing else changes.
 */
import { isRegistered, registerLocale } from "./registry";

/**
 * Every language, in the order a language picker shows them, Danish first (the fallback). Each
 * loads on first use: in the browser a chunk of its own, so the task pane carries the texts of
 * the language it shows, not of every language (the CLI and the tests have Danish built in).
 */
export const LOCALES = [
  { code: "da", name: "Dansk", load: () => import(/* webpackChunkName: "locale-da" */ "./da").then((m) => m.da) },
  { code: "en", name: "English", load: () => import(/* webpackChunkName: "locale-en" */ "./en").then((m) => m.en) },
] as const;

/** A language of the user interface: a code of `LOCALES`. */
export type Lang = (typeof LOCALES)[number]["code"];

export const LANGS: readonly Lang[] = LOCALES.map((l) => l.code);

/** The language for a display language no locale speaks. */
export const FOREIGN: Lang = "en";

/** Load a language's texts before they are shown (a no-op for one already registered). */
export async function loadLocale(lang: Lang): Promise<void> {
  const entry = LOCALES.find((l) => l.code === lang);
  if (entry && !isRegistered(lang)) registerLocale(await entry.load());
}

/**
 * @name langOf
 * @category i18n
 * @summary The language for a display language ("da-DK", "en-US", …): the locale of that
 * language, else English.
 *
 * @example
 * langOf("da-DK") //=> "da"
 * langOf("de-DE") //=> "en"
 */
export const langOf = (displayLanguage: string | undefined): Lang =>
  LANGS.find((code) => new RegExp(`^${code}\\b`, "i").test(displayLanguage ?? "")) ?? FOREIGN;
