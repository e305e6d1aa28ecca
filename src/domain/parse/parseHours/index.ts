import type { CellValue } from "../../model";
import { invalid, type Invalid, type Parsed } from "../_lib/invalid";
import { parseNumber } from "../parseNumber";

const NEGATIVE: Invalid<"negative"> = invalid("negative");
const TOO_LARGE: Invalid<"too-large"> = invalid("too-large");
/** Hours in a leap year: one course cannot hold more (and sums of such values would overflow). */
export const MAX_HOURS = 8784;
const UNIT = /\s*(?:timer|time|t\.?|hours?|hrs?\.?|h)$/i;

/**
 * @name parseHours
 * @category Parse
 * @summary Read a number of hours: a number ≥ 0, Danish decimal comma welcome, a unit allowed.
 *
 * @description Reads like {@link parseNumber} after dropping a trailing unit ("2,5 timer",
 * "3 t", "4h", "1.5 hours"). Negative → `{ invalid: "negative" }`; not a number →
 * `{ invalid: "not-a-number" }`. A time-of-day value such as "1:30" is not read as hours.
 *
 * @example
 * parseHours("2,5")      //=> 2.5
 * parseHours("2,5 timer") //=> 2.5
 * parseHours(-1)         //=> { invalid: "negative" }
 */
export function parseHours(v: CellValue): Parsed<number, "negative" | "too-large" | "not-a-number" | "error-value"> {
  const n = parseNumber(typeof v === "string" && v.length < 64 ? v.trim().replace(UNIT, "") : v);
  if (typeof n !== "number") return n;
  return n < 0 ? NEGATIVE : n > MAX_HOURS ? TOO_LARGE : n;
}
