/**
 * A contract's texts in every language it has: `{ "da": "…", "en": "…" }`. Danish is always
 * there (the documents are Danish); another language may lack a text, and Danish stands in for
 * it. A plain string is a text in Danish only. Which texts are maps: the ones a reader sees in
 * their language (titles, labels, notes, option texts, the what-if noun); texts quoted from the
 * Danish document (target and method texts, sources), names (municipalities, a parameter's
 * choices) and the `Nøgle` of a key figure stay Danish strings.
 */
import { z } from "zod";

/** A text by language code; `da` always, others where translated. */
export interface LangText {
  readonly da: string;
  readonly [lang: string]: string | undefined;
}

/** A language code as a key of a text: `da`, `en`, `kl` (ISO 639). */
const LANG_CODE = /^[a-z]{2,3}$/;

/** The schema of a text of `text`'s length: a language map, or a Danish string as shorthand. */
export function langText(text: z.ZodString): z.ZodType<LangText, string | LangText> {
  const map = z
    .object({ da: text })
    .catchall(text)
    .superRefine((m, ctx) => {
      const keys = Object.keys(m).filter((k) => !LANG_CODE.test(k));
      if (keys.length > 0) ctx.addIssue({ code: "unrecognized_keys", keys, input: m });
    });
  return z.union([text.transform((da): LangText => ({ da })), map]);
}
