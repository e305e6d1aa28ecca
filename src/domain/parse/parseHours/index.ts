import type { CellValue } from "../../model";
import { invalid, type Invalid, type Parsed } from "../_lib/invalid";
import { parseNumber } from "../parseNumber";

const NEGATIVE: Invalid<"negative"> = invalid("negative");
const TOO_LARGE: Invalid<"too-large"> = invalid("too-large");
/** Hours in a leap year: one course cannot hold more (and sums of such values would overflow). */
export const MAX_HOURS = 8784;
const UNIT = /\s*(?:timer|time|t\.?|hours?|hrs?\.?|h)$/i;

const MIN = String.raw`(?:min\.?|minutter|minutes?)`;
const MINUTES = new RegExp(String.raw`^(\d+(?:[.,]\d+)?)\s*${MIN}$`, "i");
const HOURS_AND_MINUTES = new RegExp(String.raw`^(\d+)\s*(?:timer|time|t\.?|h)\s*(?:og\s*)?([0-5]?\d)\s*${MIN}$`, "i");

/** "1½" → "1,5", "½" → "0,5". */
const withHalf = (s: string): string => s.replace(/(\d)\s*½/, "$1,5").replace(/^½/, "0,5");

/**
 * Hours as a person writes them: "90 min", "2 t 30 min"; null when it is neither. ("1:30" stays
 * unread: it may be a time of day.)
 */
function spokenHours(s: string): number | null {
  let m = HOURS_AND_MINUTES.exec(s);
  if (m) return Number(m[1]) + Number(m[2]) / 60;
  m = MINUTES.exec(s);
  return m ? Number((m[1] ?? "").replace(",", ".")) / 60 : null;
}

/**
 * @name parseHours
 * @category Parse
 * @summary Read a number of hours: a number ≥ 0, Danish decimal comma welcome, a unit allowed.
 *
 * @description Reads like {@link parseNumber} after dropping a trailing unit ("2,5 timer",
 * "3 t", "4h", "1.5 hours"); a half as "1½"; minutes as "90 min" or "2 t 30 min".
 * Negative → `{ invalid: "negative" }`; not a number → `{ invalid: "not-a-number" }`. A time-of-day value such as "1:30" is not read as hours.
 *
 * @example
 * parseHours("2,5")      //=> 2.5
 * parseHours("2,5 timer") //=> 2.5
 * parseHours("1½")       //=> 1.5
 * parseHours("90 min")   //=> 1.5
 * parseHours(-1)         //=> { invalid: "negative" }
 */
export function parseHours(v: CellValue): Parsed<number, "negative" | "too-large" | "not-a-number" | "error-value"> {
  if (typeof v === "string" && v.length < 64) {
    const text = withHalf(v.trim());
    const spoken = spokenHours(text);
    if (spoken !== null) return spoken > MAX_HOURS ? TOO_LARGE : spoken;
    v = text;
  }
  const n = parseNumber(typeof v === "string" && v.length < 64 ? v.replace(UNIT, "") : v);
  if (typeof n !== "number") return n;
  return n < 0 ? NEGATIVE : n > MAX_HOURS ? TOO_LARGE : n;
}
