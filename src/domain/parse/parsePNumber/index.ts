import type { CellValue } from "../../model";
import { isCellError } from "../../model";
import { ERROR_VALUE, invalid, isBlankCell, type Invalid, type Parsed } from "../_lib/invalid";
import { isInteger } from "../_lib/builtins";

const FORMAT: Invalid<"format"> = invalid("format");

/**
 * @name parsePNumber
 * @category Parse
 * @summary Read a P-number (production unit number): exactly 10 digits.
 *
 * @description Spaces are tolerated ("10 1234 5678"), a number cell is fine. Returns the
 * 10-digit string; anything else → `{ invalid: "format" }`; blank → `null`. Never throws.
 *
 * @example
 * parsePNumber("1012345678")    //=> "1012345678"
 * parsePNumber("10 1234 5678")  //=> "1012345678"
 * parsePNumber(1012345678)      //=> "1012345678"
 * parsePNumber("101234567")     //=> { invalid: "format" }
 */
/** Exactly 10 ASCII digits: the usual cell, accepted as it is without a regular expression. */
const isTenDigits = (s: string): boolean => {
  if (s.length !== 10) return false;
  for (let i = 0; i < 10; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
};

export function parsePNumber(v: CellValue): Parsed<string, "format" | "error-value"> {
  if (typeof v === "string" && isTenDigits(v)) return v;
  if (typeof v === "number") {
    const s = isInteger(v) && v >= 0 ? `${v}` : "";
    return /^\d{10}$/.test(s) ? s : FORMAT;
  }
  if (isBlankCell(v)) return null;
  if (typeof v !== "string") return isCellError(v) ? ERROR_VALUE : FORMAT;
  const s = v.length > 40 ? "" : v.replace(/[\s\u00a0\u202f\u2009]+/g, "");
  return /^\d{10}$/.test(s) ? s : FORMAT;
}
