import type { CellValue } from "../../model";
import { isCellError } from "../../model";
import { ERROR_VALUE, isBlankCell, type Parsed } from "../_lib/invalid";

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
  if (typeof v === "string") return isBlankCell(v) ? null : v.trim().normalize("NFC");
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : null;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v === null) return null;
  return isCellError(v) ? ERROR_VALUE : null;
}
