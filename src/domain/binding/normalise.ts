/**
 * Header normalisation: two headers that a person would call "the same" get the same key.
 * Case, spacing, punctuation, Unicode composition (NFC/NFD), Danish letters spelled out
 * (æ/ø/å ↔ ae/oe/aa), accents, and the abbreviation "nr."/"nr" for "nummer" do not matter.
 */

const LETTERS: Readonly<Record<string, string>> = { æ: "ae", ø: "oe", å: "aa", ä: "ae", ö: "oe", ü: "ue", ß: "ss" };

/** Small words that carry no meaning when comparing headers token by token. */
const STOPWORDS = new Set([
  ...["af", "for", "i", "til", "og", "paa", "med", "the", "of", "and", "to", "in", "a"],
  // A survey's question words: "Har I brugt henvisningen?" is about the referral, not about "har".
  ...["har", "du", "jer", "vil", "det", "at", "er", "en", "et", "din", "dit", "jeres", "hvor", "hvordan"],
  ...["hvilken", "hvilke", "om", "de", "den", "dem", "som", "kan", "blev", "fik", "faa", "vi", "os", "eller"],
  ...["did", "you", "your", "was", "how", "are", "is", "be", "have", "has", "do", "does", "will", "would", "or"],
]);

function expandToken(t: string): string[] {
  if (t === "nr" || t === "number") return ["nummer"];
  // "cvrnr", "pnr": a glued-on "nr" is "nummer" too.
  // The stem is expanded too, so "nrnr" gives what its normalised form gives again.
  if (t.length > 2 && t.endsWith("nr") && !/\d/.test(t)) return [...expandToken(t.slice(0, -2)), "nummer"];
  return [t];
}

/**
 * Excel caps a table column name at 255 characters (and a defined name too). A longer cell is
 * data, never a header: it is not tokenised at all, so a 1 MB text repeated in thousands of
 * cells costs nothing here.
 */
export const MAX_HEADER_LENGTH = 255;

/** Operation count the tests read: how often, and over how many characters, headers were tokenised. */
export const tokeniserWork = { calls: 0, chars: 0 };

function tokenise(header: string): readonly string[] {
  tokeniserWork.calls++;
  tokeniserWork.chars += header.length;
  // Upper then lower, one character at a time, folds case fully and without context rules
  // (the long "ſ" becomes "s", a final "ς" becomes "σ").
  const folded = Array.from(header.normalize("NFC"), (ch) => ch.toUpperCase().toLowerCase())
    .join("")
    .normalize("NFC")
    .replace(/[æøåäöüß]/g, (c) => LETTERS[c] ?? c)
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    // again: a letter like "ǽ" only reveals its "æ" once the accent is gone
    .replace(/[æøåäöüß]/g, (c) => LETTERS[c] ?? c);
  return folded
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t !== "")
    .flatMap(expandToken);
}

/** Tokens per distinct header: binding compares each header with every field of every role. */
const tokenCache = new Map<string, readonly string[]>();
const TOKEN_CACHE_LIMIT = 4096;

/** The header's words, normalised; none for a text longer than {@link MAX_HEADER_LENGTH}. */
export const headerTokens = (header: string): readonly string[] => {
  if (header.length > MAX_HEADER_LENGTH) return [];
  let tokens = tokenCache.get(header);
  if (tokens === undefined) {
    // Bounded memory: a workbook of many distinct short headers starts the cache afresh.
    if (tokenCache.size >= TOKEN_CACHE_LIMIT) tokenCache.clear();
    tokens = tokenise(header);
    tokenCache.set(header, tokens);
  }
  return tokens;
};

/** Normalised header: lower-case words separated by single spaces. Idempotent. */
export const normaliseHeader = (header: string): string => headerTokens(header).join(" ");

/** Key for exact comparison: the words run together, so "Start dato" equals "Startdato". */
export const headerKey = (header: string): string => headerTokens(header).join("");

/** Tokens that carry meaning (stopwords dropped unless nothing else is left). */
export const contentTokens = (header: string): readonly string[] => {
  const all = headerTokens(header);
  const content = all.filter((t) => !STOPWORDS.has(t));
  return content.length > 0 ? content : all;
};
