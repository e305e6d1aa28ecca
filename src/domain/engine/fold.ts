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

const KOMMUNE_SUFFIX = / (regions)?kommune$/;

/**
 * The keys a folded municipality name may be found under, best first: CRM exports write the
 * official name ("Køge Kommune", "Københavns Kommune", "Bornholms Regionskommune") where the
 * Kommuner sheet and the templates say "Køge", "København", "Bornholm". The genitive "s" is
 * dropped only after "Kommune" was, and only as a second try ("Assens Kommune" is Assens).
 *
 * @example
 * municipalityKeys("koebenhavns kommune") //=> ["koebenhavns", "koebenhavn"]
 * municipalityKeys("koege")               //=> ["koege"]
 */
export function municipalityKeys(folded: string): readonly string[] {
  if (!KOMMUNE_SUFFIX.test(folded)) return [folded];
  const base = folded.replace(KOMMUNE_SUFFIX, "");
  return base.endsWith("s") ? [base, base.slice(0, -1)] : [base];
}

/** The name a table of municipalities is keyed by: the folded name without "Kommune". */
export const municipalityKey = (folded: string): string => municipalityKeys(folded)[0] ?? folded;

/** Words around a key figure's name that say its unit or year, not what it is. */
const KEY_NOISE =
  /(?:^| )(?:(?:19|20)\d\d|%|pct|procent|kr|dkk|[12] halvaar|(?:foerste|forste|andet) halvaar|h[12])(?= |$)/g;

/** The half-year a key figure's name is for ("… 1. halvår 2025", "… H1 2025"): 1, 2 or null (the year). */
export function halfIn(text: string): 1 | 2 | null {
  const f = fold(text);
  if (/(?:^| )(?:1 halvaar|foerste halvaar|forste halvaar|h1)(?= |$)/.test(f)) return 1;
  if (/(?:^| )(?:2 halvaar|andet halvaar|h2)(?= |$)/.test(f)) return 2;
  return null;
}

/**
 * A key figure's name for look-up: folded, without a year or a unit ("Kendskabsgrad (%)",
 * "Basistilskud 2025", "Samlet omsætning, kr." name the same figures as without them).
 *
 * @example
 * keyName("Kendskabsgrad 2025 (%)") //=> "kendskabsgrad"
 */
export const keyName = (text: string): string => {
  const f = fold(text);
  const bare = f.replace(KEY_NOISE, " ").replace(/\s+/g, " ").trim();
  return bare === "" ? f : bare;
};

/** The years written in a key figure's name ("Basistilskud 2025" → [2025]). */
export const yearsIn = (text: string): number[] =>
  [...text.matchAll(/(?:^|\D)((?:19|20)\d\d)(?!\d)/g)].map((m) => Number(m[1]));

/**
 * Of the rows whose name matches a key figure, the ones for `year`: a row named with that year
 * wins ("Basistilskud 2025" over "Basistilskud 2024"); rows named only with other years are
 * not this year's figure; a row without a year counts for any year. No year to go by (or a key
 * figure whose own name has a year): all rows.
 *
 * @example
 * keyRowsForYear([3, 4], (i) => ["", "", "", "Basistilskud 2024", "Basistilskud 2025"][i]!, 2025) //=> [4]
 */
export function keyRowsForYear(
  rows: readonly number[],
  nameOf: (row: number) => string,
  year: number | null,
): number[] {
  if (year === null || rows.length === 0) return [...rows];
  const ofYear = rows.filter((i) => yearsIn(nameOf(i)).includes(year));
  return ofYear.length > 0 ? ofYear : rows.filter((i) => yearsIn(nameOf(i)).length === 0);
}
