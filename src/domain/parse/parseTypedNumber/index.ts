/**
 * A figure a user types into a field, read strictly in the user's own convention — unlike
 * `parseNumber`, which guesses what a cell means. A field knows its user's language, so it
 * never guesses: in Danish "," is the decimal mark and "." or a space groups thousands
 * ("1.234,5", "1234,5", "1 234,5"); in English "." is the decimal mark and "," or a space groups
 * ("1,234.5"). Text that does not read cleanly in that convention is refused with a reason the
 * field turns into words — never read as some other number ("2.5" in Danish is refused, not 25).
 */
import { invalid, type Invalid, type Parsed } from "../_lib/invalid";

export type DecimalMark = "," | ".";

/**
 * - `decimal-mark`: the other convention's decimal mark ("2.5" where a comma is the mark);
 * - `grouping`: thousands groups that are not groups of three ("1.23,5", "12.34");
 * - `not-a-number`: anything else (letters, two decimal marks, an exponent).
 */
export type TypedNumberInvalidReason = "decimal-mark" | "grouping" | "not-a-number";

const SPACES = /[\u00a0\u202f\u2009]/g;
const NOT_A_NUMBER: Invalid<"not-a-number"> = invalid("not-a-number");
const DECIMAL_MARK: Invalid<"decimal-mark"> = invalid("decimal-mark");
const GROUPING: Invalid<"grouping"> = invalid("grouping");

/** The integer part: plain digits, or 1–3 digits then groups of three, one separator throughout. */
function readInteger(s: string, group: string): string | Invalid<"grouping" | "not-a-number"> {
  if (/^\d+$/.test(s)) return s;
  for (const sep of [group, " "]) {
    if (!s.includes(sep)) continue;
    const parts = s.split(sep);
    if (!parts.every((p) => /^\d+$/.test(p))) return /^[\d .,]+$/.test(s) ? GROUPING : NOT_A_NUMBER;
    const [head = "", ...rest] = parts;
    if (head.length > 3 || rest.some((p) => p.length !== 3)) return GROUPING;
    return parts.join("");
  }
  return NOT_A_NUMBER;
}

/**
 * @name parseTypedNumber
 * @category Parse
 * @summary Read a typed figure in one convention (Danish `,` or English `.` decimal mark).
 *
 * @description
 * Blank → `null`. A sign (`-`, `+`, `−`) may lead. The decimal mark occurs at most once, after
 * every thousands separator; a thousands separator (the other mark, or a space) only between
 * groups of three. Returns a reason when the text does not read cleanly; never a number the
 * user did not mean.
 *
 * @example
 * parseTypedNumber("1.234,5", ",") //=> 1234.5
 * parseTypedNumber("1,234.5", ".") //=> 1234.5
 * parseTypedNumber("2.5", ",")     //=> { invalid: "decimal-mark" }
 */
export function parseTypedNumber(text: string, decimal: DecimalMark): Parsed<number, TypedNumberInvalidReason> {
  let s = text.replace(SPACES, " ").trim();
  if (s === "") return null;
  if (s.length > 64) return NOT_A_NUMBER;
  const group = decimal === "," ? "." : ",";
  let sign = 1;
  if (/^[-+\u2212]/.test(s)) {
    if (s[0] !== "+") sign = -1;
    s = s.slice(1).trimStart();
  }
  if (/ {2}/.test(s)) return GROUPING;
  const marks = s.split(decimal).length - 1;
  if (marks > 1) return NOT_A_NUMBER;
  const [intText = "", frac = ""] = s.split(decimal);
  if (marks === 1 && !/^\d+$/.test(frac)) {
    return frac.includes(group) ? DECIMAL_MARK : NOT_A_NUMBER;
  }
  let int = "0";
  if (intText !== "") {
    const read = readInteger(intText, group);
    if (typeof read !== "string") {
      // "2.5" where "," is the mark: one separator without three digits after it is the other
      // convention's decimal mark, the most likely slip — said so, so the user can retype.
      const other = intText.split(group);
      return marks === 0 && other.length === 2 && /^\d+$/.test(other[0] ?? "") && /^\d+$/.test(other[1] ?? "")
        ? DECIMAL_MARK
        : read;
    }
    int = read;
  } else if (marks === 0) return NOT_A_NUMBER;
  const n = sign * Number(frac === "" ? int : `${int}.${frac}`);
  if (!Number.isFinite(n)) return NOT_A_NUMBER;
  return n === 0 ? 0 : n;
}

/** A number's digits without exponent notation (`String` gives "1e-7" and "1e+21"). */
function plainDigits(n: number): string {
  const s = String(Math.abs(n));
  const m = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const digits = `${m[1]}${m[2] ?? ""}`;
  const exp = Number(m[3]);
  if (exp < 0) return `0.${"0".repeat(-exp - 1)}${digits}`;
  return digits.padEnd(exp + 1, "0");
}

/**
 * A figure as a field shows it in one convention, to be read back by `parseTypedNumber` exactly:
 * every digit `String` keeps, the decimal mark of the convention, thousands grouped if asked.
 */
export function formatTypedNumber(n: number, decimal: DecimalMark, options: { grouped?: boolean } = {}): string {
  if (!Number.isFinite(n)) return "";
  const [int = "0", frac = ""] = plainDigits(n).split(".");
  const group = decimal === "," ? "." : ",";
  const intText = options.grouped ? int.replace(/\B(?=(\d{3})+(?!\d))/g, group) : int;
  return `${n < 0 ? "-" : ""}${intText}${frac === "" ? "" : `${decimal}${frac}`}`;
}
