import { floor, isFiniteNumber, isInteger, trunc } from "../_lib/builtins";
/**
 * Excel date serials, 1900 date system: whole days since 1899-12-30, so 1 = 1899-12-31 in
 * this arithmetic and 45 658 = 2025-01-01. Excel's phantom 1900-02-29 (serial 60) is not
 * modelled; serials from 61 (1900-03-01) on agree with Excel. Pure integer arithmetic
 * (days-from-civil), no Date objects, no time zones.
 */

/** Serial of 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;
/** Largest serial Excel accepts: 9999-12-31. */
export const MAX_SERIAL = 2958465;

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Days in month `m` (1–12) of year `y`. */
export const daysInMonth = (y: number, m: number): number =>
  m === 2 ? (isLeap(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;

function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + floor(yoe / 4) - floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * @name serialFromYmd
 * @category Dates
 * @summary The Excel serial of a calendar date, or `null` when the date does not exist.
 *
 * @description Years 1900–9999 (Excel's range); month 1–12; day must exist in that month
 * (29 February only in leap years). All parts must be integers.
 *
 * @example
 * serialFromYmd(2025, 1, 1)   //=> 45658
 * serialFromYmd(2024, 2, 29)  //=> 45351
 * serialFromYmd(2025, 2, 29)  //=> null
 */
export function serialFromYmd(year: number, month: number, day: number): number | null {
  if (!isInteger(year) || !isInteger(month) || !isInteger(day)) return null;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return daysFromCivil(year, month, day) + UNIX_EPOCH_SERIAL;
}

export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * @name ymdFromSerial
 * @category Dates
 * @summary The calendar date of an Excel serial (fractions — the time of day — are dropped),
 * or `null` for a value that is not a finite number.
 *
 * @example
 * ymdFromSerial(45658)     //=> { year: 2025, month: 1, day: 1 }
 * ymdFromSerial(45658.75)  //=> { year: 2025, month: 1, day: 1 }
 */
export function ymdFromSerial(serial: number): Ymd | null {
  if (!isFiniteNumber(serial)) return null;
  const z = floor(serial) - UNIX_EPOCH_SERIAL + 719468;
  const era = floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = floor((doe - floor(doe / 1460) + floor(doe / 36524) - floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + floor(yoe / 4) - floor(yoe / 100));
  const mp = floor((5 * doy + 2) / 153);
  const day = doy - floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/**
 * @name addYearsToSerial
 * @category Dates
 * @summary The same calendar day `years` later; 29 February rolls to 1 March in a common year
 * (as `Date.UTC` does, and as the evaluation engine counts company age).
 *
 * @example
 * addYearsToSerial(serialFromYmd(2024, 3, 5)!, 1) === serialFromYmd(2025, 3, 5) //=> true
 * addYearsToSerial(serialFromYmd(2024, 2, 29)!, 1) === serialFromYmd(2025, 3, 1) //=> true
 */
export function addYearsToSerial(serial: number, years: number): number {
  const ymd = ymdFromSerial(serial);
  if (ymd === null || !isFiniteNumber(years)) return NaN;
  const y = ymd.year + trunc(years);
  const overflow = ymd.day > daysInMonth(y, ymd.month);
  return daysFromCivil(y, overflow ? ymd.month + 1 : ymd.month, overflow ? 1 : ymd.day) + UNIX_EPOCH_SERIAL;
}
