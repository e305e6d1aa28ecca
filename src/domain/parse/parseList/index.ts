import type { CellValue } from "../../model";
import { foldText } from "../normalizeText";
import type { Parsed } from "../_lib/invalid";
import { parseText } from "../parseText";

/** Entries that say "none": the cell is filled in, and the list is empty. */
const NONE = new Set(["ingen", "intet", "ingen henvisning", "ikke henvist", "none", "no referral"]);
const EMPTY: readonly string[] = Object.freeze([]);

/**
 * @name parseList
 * @category Parse
 * @summary Read a list cell ("Henvist til"): entries separated by ";" (or line breaks inside the
 * cell), each trimmed with inner spaces collapsed; empty entries dropped.
 *
 * @description Commas do not separate: actor names contain them ("Innovationsfonden, InnoBooster")
 * and DESIGN.md fixes ";" as the separator. A cell that only says "ingen", "ikke henvist",
 * "none" or "-" returns `[]`: filled in, nobody referred. Blank → `null`. Never throws.
 *
 * @example
 * parseList("Innovationsfonden; EIFO ;;Vækstfonden") //=> ["Innovationsfonden", "EIFO", "Vækstfonden"]
 * parseList("Ingen") //=> []
 * parseList("")      //=> null
 */
export function parseList(v: CellValue): Parsed<readonly string[], "error-value"> {
  const text = parseText(v);
  if (typeof text !== "string") return text;
  if (text.indexOf(";") < 0 && text.indexOf("\n") < 0 && text.indexOf("\r") < 0 && !/\s\s/.test(text)) {
    return NONE.has(foldText(text)) || text === "-" ? EMPTY : [text];
  }
  const out: string[] = [];
  for (const part of text.split(/[;\r\n]+/)) {
    const item = part.replace(/\s+/g, " ").trim();
    if (item !== "" && item !== "-" && !NONE.has(foldText(item))) out.push(item);
  }
  return out;
}
