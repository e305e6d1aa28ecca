/**
 * A contract's texts in every language it has: `{ da: "…", en: "…" }`. Danish is always there
 * (the documents are Danish); another language may lack a text, and then Danish stands in.
 */

/** A text by language code; `da` always, others where translated. */
export interface LangText {
  readonly da: string;
  readonly [lang: string]: string | undefined;
}
