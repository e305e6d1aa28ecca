/**
 * Text folding for comparisons inside filters and key-figure look-ups: case, spacing,
 * punctuation-insensitive, and æ/ø/å equal to ae/oe/aa, NFC or NFD alike.
 */
const FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/æ/g, "ae"],
  [/ø/g, "oe"],
  [/å/g, "aa"],
  [/ä/g, "ae"],
  [/ö/g, "oe"],
  [/é/g, "e"],
];

export function fold(text: string): string {
  let s = text.normalize("NFC").toLowerCase();
  for (const [re, to] of FOLDS) s = s.replace(re, to);
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9%]+/g, " ")
    .trim();
}
