/**
 * The task pane's words: each locale's `pane` texts (`src/i18n/locales/`), with the pane's
 * number format. Finding messages and engine notes come through the application.
 */
import { LANGS, langOf, localeOf, type Lang, type PaneKey } from "../i18n";
import { pluralize } from "../i18n/fill";

export type { Lang };
export type StringKey = PaneKey;
export { langOf };

/** The text for `key` in `lang`, with `{name}` placeholders filled; unknown placeholders stay. */
export function t(key: StringKey, lang: Lang, params: Readonly<Record<string, string | number>> = {}): string {
  const template = localeOf(lang).pane[key] ?? key;
  return pluralize(template, params, lang).replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = params[name];
    return v === undefined ? m : typeof v === "number" ? formatNumber(v, lang) : v;
  });
}

/** A number as the pane shows it: the language's separators, at most `digits` decimals. */
export function formatNumber(n: number, lang: Lang, digits = 2): string {
  return new Intl.NumberFormat(localeOf(lang).intl, { maximumFractionDigits: digits }).format(n);
}

/** A text in every language (for state the pane may show in any of them). */
export const inEveryLang = (text: (lang: Lang) => string): Readonly<Record<Lang, string>> =>
  Object.fromEntries(LANGS.map((lang) => [lang, text(lang)])) as Record<Lang, string>;
