/**
 * Tolerant matching of coded values: the cell text is folded (case, spacing, NFC/NFD,
 * æ/ø/å = ae/oe/aa, punctuation) and looked up among the canonical values and their synonyms.
 * Results are cached per distinct text, since coded columns repeat a few values over many rows.
 */
import type { CellValue } from "../../model";
import { isCellError } from "../../model";
import { foldText } from "../normalizeText";
import { ERROR_VALUE, invalid, isBlankCell, type Invalid, type Parsed } from "./invalid";

export interface EnumParserOptions {
  /**
   * Also accept a text that starts with a known value followed by more words
   * ("Forventer at bruge den", "Nej, og forventer det ikke"). The longest known value wins.
   */
  readonly wordPrefix?: boolean;
}

const CACHE_LIMIT = 10_000;

/** Every coded value list and the spellings it accepts, as the parsers were made: the data dictionary documents them from here. */
const TABLES: Readonly<Record<string, readonly string[]>>[] = [];

/** The accepted spellings of the coded values whose canonical values are exactly `values`; undefined if none. */
export function acceptedSpellings(values: readonly string[]): Readonly<Record<string, readonly string[]>> | undefined {
  const want = [...values].sort().join("\u0000");
  return TABLES.find((t) => Object.keys(t).sort().join("\u0000") === want);
}

export function makeEnumParser<T extends string, R extends string>(
  synonyms: Readonly<Record<T, readonly string[]>>,
  reason: R,
  options: EnumParserOptions = {},
): (v: CellValue) => Parsed<T, R | "error-value"> {
  const bad: Invalid<R> = invalid(reason);
  TABLES.push(synonyms);
  const table = new Map<string, T>();
  for (const canonical of Object.keys(synonyms) as T[]) {
    for (const s of [canonical, ...synonyms[canonical]]) table.set(foldText(s), canonical);
  }
  const byLength = [...table.keys()].sort((a, b) => b.length - a.length);
  const cache = new Map<string, T | Invalid<R>>();

  const lookup = (text: string): T | Invalid<R> => {
    const folded = foldText(text);
    const exact = table.get(folded);
    if (exact !== undefined) return exact;
    if (options.wordPrefix) {
      for (const key of byLength) if (folded.startsWith(`${key} `)) return table.get(key) as T;
    }
    return bad;
  };

  return (v) => {
    if (typeof v === "string") {
      if (isBlankCell(v)) return null;
      let r = cache.get(v);
      if (r === undefined) {
        r = v.length > 200 ? bad : lookup(v);
        if (cache.size < CACHE_LIMIT) cache.set(v, r);
      }
      return r;
    }
    if (v === null) return null;
    return isCellError(v) ? ERROR_VALUE : bad;
  };
}
