import { weightedSum } from "../_lib/mod11";
import { isInteger } from "../_lib/builtins";

/**
 * @name makeValidCvr
 * @category Parse
 * @summary Complete 7 digits to a valid CVR number by computing the check digit — for tests,
 * examples and generated demo data.
 *
 * @description The seed must be 7 digits without a leading zero (a string or a whole number).
 * Returns `null` for any other seed, and for the one prefix in eleven whose check digit would
 * have to be 10 (no valid CVR starts with those 7 digits).
 *
 * @example
 * makeValidCvr("1234567") //=> "12345674"
 * makeValidCvr(1000000)   //=> "10000009"
 * makeValidCvr("1000005") //=> null (the check digit would be 10)
 * makeValidCvr("0123456") //=> null
 */
export function makeValidCvr(seed7digits: string | number): string | null {
  const s = typeof seed7digits === "number" ? (isInteger(seed7digits) ? String(seed7digits) : "") : seed7digits;
  if (!/^[1-9]\d{6}$/.test(s)) return null;
  const check = (11 - (weightedSum(s, 7) % 11)) % 11;
  return check === 10 ? null : `${s}${check}`;
}
