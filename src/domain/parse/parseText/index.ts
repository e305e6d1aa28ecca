import type { CellValue } from "../../model";
import { isCellError } from "../../model";
import { ERROR_VALUE, isBlankCell, type Parsed } from "../_lib/invalid";
import { isFiniteNumber } from "../_lib/builtins";

const COMBINING = /[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u3099\u309a]/;

/**
 * @name parseText
 * @category Parse
 * @summary Read a free-text cell: trimmed, NFC. Numbers become their plain text ("12", "2.5"),
 * booleans "TRUE"/"FALSE". Blank → `null`; error values → `{ invalid: "error-value" }`.
 *
 * @example
 * parseText("  Vækstforløb ") //=> "Vækstforløb"
 * parseText(12)               //=> "12"
 */
export function parseText(v: CellValue): Parsed<string, "error-value"> {
  if (typeof v === "string") {
    if (isBlankCell(v)) return null;
    const t = v.trim();
    // Only combining marks make a text non-NFC in practice; skip the costly normalize otherwise.
    return COMBINING.test(t) ? t.normalize("NFC") : t;
  }
  if (typeof v === "number") return isFiniteNumber(v) ? `${v}` : null;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v === null) return null;
  return isCellError(v) ? ERROR_VALUE : null;
}
