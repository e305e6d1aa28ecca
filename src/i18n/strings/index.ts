/**
 * General texts the app and every host share (status words, columns, the status and scenario
 * sheets), in a language: the texts are each locale's `strings`. Placeholders are `{name}`.
 */
import { fill, type FillValues } from "../fill";
import type { StringKey } from "../keys/strings";
import type { Lang } from "../locales";
import { localeOf } from "../locales/registry";

export type { StringKey };

/**
 * @name t
 * @category i18n
 * @summary A shared string in a language with `{name}` placeholders filled. Never throws; an
 * unknown key (from untyped input) comes back as the key itself.
 *
 * @example
 * t("status.ikke-opfyldt", "en")                          //=> "not met"
 * t("check.summary", "da", { errors: 2, warnings: 1, infos: 0 }) //=> "2 fejl, 1 advarsel, 0 oplysninger."
 */
export function t(key: StringKey, lang: Lang, params: FillValues = {}): string {
  const table = localeOf(lang).strings;
  const template = Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
  return template === undefined ? String(key) : fill(template, params, lang);
}

/** The status words ("opfyldt", "delvist", "ikke opfyldt", "mangler data") in the language. */
export function statusText(status: string, lang: Lang): string {
  const key = `status.${status.replace(/ /g, "-")}` as StringKey;
  return Object.prototype.hasOwnProperty.call(localeOf(lang).strings, key) ? t(key, lang) : status;
}

/** A goal's status in words: "mangler data (1 af 2 delmål)" while some but not all of its parts have data. */
export function goalStatusText(
  status: string,
  partial: { readonly known: number; readonly total: number } | null,
  lang: Lang,
): string {
  return partial === null ? statusText(status, lang) : t("status.mangler-data-partial", lang, { ...partial });
}
