/** A contract's text (a language map) in a language. */
import type { LangText } from "../domain/contract/texts";
import type { Lang } from "./locales";

/**
 * @name textIn
 * @category i18n
 * @summary A contract text in the language; Danish where the contract has no translation.
 *
 * @example
 * textIn({ da: "Kendskab", en: "Awareness" }, "en") //=> "Awareness"
 * textIn({ da: "Kendskab" }, "en")                   //=> "Kendskab"
 */
export const textIn = (text: LangText, lang: Lang): string => text[lang] || text.da;
