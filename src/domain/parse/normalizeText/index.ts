/**
 * @name normalizeText
 * @category Text
 * @summary Canonical form of a cell text for comparisons: NFC, trimmed, inner whitespace collapsed
 * to one space (NBSP, tabs and line breaks included), lower case.
 *
 * @description
 * Use it wherever two spellings of the same word must compare equal (headers, filters, coded
 * values). Letters are kept: "Vækst" → "vækst". For matching that also treats æ/ø/å as ae/oe/aa
 * and ignores punctuation, use {@link foldText}.
 *
 * @example
 * normalizeText("  I  Høj\u00a0Grad ") //=> "i høj grad"
 * normalizeText("Va\u0308kst")          //=> "väkst" (NFD input is composed)
 */
export function normalizeText(s: string): string {
  return s
    .normalize("NFC")
    .replace(/[\s\u00a0\u202f\u2009\u200b\ufeff]+/g, " ")
    .trim()
    .toLowerCase()
    .normalize("NFC");
}

const FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/æ/g, "ae"],
  [/ø/g, "oe"],
  [/å/g, "aa"],
  [/ä/g, "ae"],
  [/ö/g, "oe"],
];

/**
 * @name foldText
 * @category Text
 * @summary The folded form for tolerant matching: {@link normalizeText}, then æ→ae, ø→oe, å→aa
 * (ä, ö too), other accents dropped, and every run of punctuation turned into one space (% kept).
 *
 * @example
 * foldText("Vækst")              //=> "vaekst"
 * foldText("VAEKST")             //=> "vaekst"
 * foldText("Ikke-opfyldt")       //=> "ikke opfyldt"
 * foldText("Don't know")         //=> "don t know"
 * foldText("Anbefaling (0-10)")  //=> "anbefaling 0 10"
 */
export function foldText(s: string): string {
  let t = normalizeText(s);
  for (const [re, to] of FOLDS) t = t.replace(re, to);
  return t
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\p{L}\p{N}%]+/gu, " ")
    .trim();
}
