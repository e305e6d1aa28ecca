import type { CellValue } from "../../model";
import { invalid, type Invalid, type Parsed } from "../_lib/invalid";
import { parseNumber } from "../parseNumber";
import { isInteger } from "../_lib/builtins";

const NOT_A_SCORE: Invalid<"not-a-score"> = invalid("not-a-score");

/** A score with the survey's label after it: "10 - Meget sandsynligt", "0 (usandsynligt)". */
const LABELLED = /^\s*(\d{1,2})\s*(?:[-–—:]\s*|\(\s*)\p{L}/u;

/**
 * @name parseScore
 * @category Parse
 * @summary Read a recommendation score (Anbefaling 0–10): a whole number from 0 to 10.
 *
 * @description Number cells and number text are read with {@link parseNumber}; the result must
 * be a whole number in 0..10 ("9", 10.0 and "10,0" are fine; 7.5, "7,5", 11, -1 and "10 %" are not).
 * Never throws.
 *
 * @example
 * parseScore("9")   //=> 9
 * parseScore("10 - Meget sandsynligt") //=> 10
 * parseScore(10.0)  //=> 10
 * parseScore("7,5") //=> { invalid: "not-a-score" }
 * parseScore(11)    //=> { invalid: "not-a-score" }
 */
export function parseScore(v: CellValue): Parsed<number, "not-a-score" | "error-value"> {
  if (typeof v === "string" && v.includes("%")) return NOT_A_SCORE; // a score is not a percentage
  const labelled = typeof v === "string" ? LABELLED.exec(v) : null;
  const n = parseNumber(labelled ? (labelled[1] ?? "") : v);
  if (n === null) return null;
  if (typeof n !== "number") return n.invalid === "error-value" ? (n as Invalid<"error-value">) : NOT_A_SCORE;
  return isInteger(n) && n >= 0 && n <= 10 ? n : NOT_A_SCORE;
}
