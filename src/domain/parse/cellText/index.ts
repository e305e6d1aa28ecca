import type { CellValue } from "../../model";
import { isCellError } from "../../model";

const MAX = 200;

/**
 * @name cellText
 * @category Parse
 * @summary A cell as the text a message quotes: "" for blank, numbers in plain JavaScript form,
 * TRUE/FALSE, the error code (#N/A). Long texts are cut to 200 characters with "…".
 *
 * @example
 * cellText(null)              //=> ""
 * cellText(12.5)              //=> "12.5"
 * cellText({ error: "#N/A" }) //=> "#N/A"
 */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v.length > MAX ? `${v.slice(0, MAX - 1)}…` : v;
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return isCellError(v) ? String(v.error) : "";
}
