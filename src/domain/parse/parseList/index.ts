import type { CellValue } from "../../model";
import { foldText } from "../normalizeText";
import { isInvalid, type Parsed } from "../_lib/invalid";
import { parseText } from "../parseText";

/** Entries that say "none": the cell is filled in, and the list is empty. */
const NONE = new Set(["ingen", "intet", "ingen henvisning", "ikke henvist", "none", "no referral"]);
const EMPTY: readonly string[] = Object.freeze([]);
/** Cheap pre-test before folding: every NONE entry is short and starts with i or n. */
const isNone = (s: string): boolean => s.length <= 20 && /^[inIN]/.test(s) && NONE.has(foldText(s));

/**
 * @name parseList
 * @category Parse
 * @summary Read a list cell ("Henvist til"): entries separated by ";" (or line breaks inside the
 * cell), each trimmed with inner spaces collapsed; empty entries dropped.
 *
 * @description Commas do not separate: actor names contain them ("Innovationsfonden, InnoBooster")
 * and the data dictionary fixes ";" as the separator. A cell that only says "ingen", "ikke henvist",
 * "none" or "-" returns `[]`: filled in, nobody referred. Blank → `null`. Never throws. The
 * returned arrays are frozen and may be shared between cells with the same text.
 *
 * @example
 * parseList("Innovationsfonden; EIFO ;;Vækstfonden") //=> ["Innovationsfonden", "EIFO", "Vækstfonden"]
 * parseList("Ingen") //=> []
 * parseList("")      //=> null
 */
export function parseList(v: CellValue): Parsed<readonly string[], "error-value"> {
  if (typeof v !== "string") return split(v);
  // A referral column repeats a few texts over many rows: share one frozen list per text.
  let r = cache.get(v);
  if (r === undefined) {
    r = split(v);
    if (r !== null && !isInvalid(r)) Object.freeze(r);
    if (cache.size < CACHE_LIMIT && v.length < 200) cache.set(v, r);
  }
  return r;
}

const CACHE_LIMIT = 10_000;
const cache = new Map<string, Parsed<readonly string[], "error-value">>();

function split(v: CellValue): Parsed<readonly string[], "error-value"> {
  const text = parseText(v);
  if (typeof text !== "string") return text;
  if (text.indexOf(";") < 0 && text.indexOf("\n") < 0 && text.indexOf("\r") < 0 && !/\s\s/.test(text)) {
    return isNone(text) || text === "-" ? EMPTY : [text];
  }
  const out: string[] = [];
  for (const part of text.split(/[;\r\n]+/)) {
    const item = part.replace(/\s+/g, " ").trim();
    if (item !== "" && item !== "-" && !isNone(item)) out.push(item);
  }
  return out;
}
