import type { CellValue } from "../../model";
import { makeEnumParser } from "../_lib/enumParser";
import { invalid, type Invalid, type Parsed } from "../_lib/invalid";

type YesNo = "ja" | "nej";
const NOT_YES_NO: Invalid<"not-yes-no"> = invalid("not-yes-no");

const parse = makeEnumParser<YesNo, "not-yes-no">(
  {
    ja: ["j", "yes", "y", "x", "sand", "true", "1"],
    nej: ["n", "no", "falsk", "false", "0"],
  },
  "not-yes-no",
);

const TICKS = new Set(["✓", "✔", "☑", "✅"]);

/**
 * @name parseYesNo
 * @category Parse
 * @summary Read a yes/no cell (Sendt til brugerevaluering, Ledelsesvurdering) as a boolean.
 *
 * @description
 * Yes: "ja", "j", "yes", "y", "x" and tick marks (✓, ✔ — a mark in the column means yes),
 * TRUE/SAND, 1. No: "nej", "n", "no", FALSE/FALSK, 0. Case and spacing are ignored. Any other
 * number or text → `{ invalid: "not-yes-no" }`; blank → `null` (no answer is not "no": the
 * checks decide what a blank means). Never throws.
 *
 * @example
 * parseYesNo("Ja")  //=> true
 * parseYesNo("x")   //=> true
 * parseYesNo(false) //=> false
 * parseYesNo(0)     //=> false
 * parseYesNo("måske") //=> { invalid: "not-yes-no" }
 */
export function parseYesNo(v: CellValue): Parsed<boolean, "not-yes-no" | "error-value"> {
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v === 1 ? true : v === 0 ? false : NOT_YES_NO;
  if (typeof v === "string" && TICKS.has(v.trim())) return true;
  const r = parse(v);
  return r === "ja" ? true : r === "nej" ? false : r;
}
