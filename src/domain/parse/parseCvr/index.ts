import type { CellValue } from "../../model";
import { isCellError } from "../../model";
import { ERROR_VALUE, invalid, isBlankCell, type Invalid, type Parsed } from "../_lib/invalid";
import { weightedSum } from "../_lib/mod11";
import { isInteger } from "../_lib/builtins";

export type CvrInvalidReason = "error-value" | "format" | "leading-zero" | "check-digit";

const FORMAT: Invalid<"format"> = invalid("format");
const LEADING_ZERO: Invalid<"leading-zero"> = invalid("leading-zero");
const CHECK_DIGIT: Invalid<"check-digit"> = invalid("check-digit");

const isEightDigits = (s: string): boolean => {
  if (s.length !== 8) return false;
  for (let i = 0; i < 8; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
};

function checkDigits(s: string): Parsed<string, CvrInvalidReason> {
  if (!isEightDigits(s)) return FORMAT;
  if (s.charCodeAt(0) === 48) return LEADING_ZERO;
  return weightedSum(s, 8) % 11 === 0 ? s : CHECK_DIGIT;
}

/**
 * @name parseCvr
 * @category Parse
 * @summary Read and check a Danish CVR number: 8 digits, no leading zero, modulus 11 with
 * weights 2, 7, 6, 5, 4, 3, 2, 1 (the weighted digit sum is divisible by 11).
 *
 * @description
 * Returns the canonical 8-digit string. Tolerated and normalised: spaces anywhere
 * ("12 34 56 74"), a "DK" prefix ("DK12345674", "DK-12345674"), a number cell (12345674).
 * Outcomes are told apart so the checks can say exactly what is wrong: blank → `null`;
 * `{ invalid: "format" }` (not 8 digits, letters, decimals), `"leading-zero"`, `"check-digit"`,
 * `"error-value"`. Never throws.
 *
 * @example
 * parseCvr("12345674")     //=> "12345674"
 * parseCvr("DK 12 34 56 74") //=> "12345674"
 * parseCvr(12345674)       //=> "12345674"
 * parseCvr("12345675")     //=> { invalid: "check-digit" }
 * parseCvr("1234567")      //=> { invalid: "format" }
 */
export function parseCvr(v: CellValue): Parsed<string, CvrInvalidReason> {
  if (typeof v === "string" && isEightDigits(v)) return checkDigits(v);
  if (typeof v === "number") return isInteger(v) && v >= 0 ? checkDigits(`${v}`) : FORMAT;
  if (isBlankCell(v)) return null;
  if (typeof v !== "string") return isCellError(v) ? ERROR_VALUE : FORMAT;
  if (v.length > 40) return FORMAT;
  const s = v
    .trim()
    .replace(/^dk[\s-]*/i, "")
    .replace(/[\s\u00a0\u202f\u2009]+/g, "");
  return checkDigits(s);
}

/**
 * @name cvrWasNormalised
 * @category Parse
 * @summary True when a text cell held a valid CVR in another form than its 8 digits (spaces
 * inside, a DK prefix). Surrounding spaces alone and number cells do not count.
 *
 * @example
 * cvrWasNormalised("DK12345674") //=> true
 * cvrWasNormalised(" 12345674 ") //=> false
 */
export function cvrWasNormalised(v: CellValue): boolean {
  if (typeof v !== "string") return false;
  const parsed = parseCvr(v);
  return typeof parsed === "string" && v.trim() !== parsed;
}

/**
 * @name isValidCvr
 * @category Parse
 * @summary True when {@link parseCvr} accepts the cell.
 *
 * @example
 * isValidCvr("12345674") //=> true
 * isValidCvr("02345674") //=> false
 */
export const isValidCvr = (v: CellValue): boolean => typeof parseCvr(v) === "string";
