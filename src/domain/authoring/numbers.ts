/**
 * Numbers and dates typed as text: Danish decimal comma or point, `1.200` as a thousands
 * group, ISO dates as Excel serials. Written back with a decimal comma and never a
 * thousands separator, so reading what we wrote gives the same number.
 */
import { serialOf, ymdOf } from "../engine/dates";

const PLAIN = /^[+-]?(\d+([.,]\d+)?|[.,]\d+)([eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parse a number written by a person; null when it is not one. */
export function parseNumberText(text: string): number | null {
  const t = text.trim().replace(/\u2212/g, "-");
  if (t === "" || t.length > 40) return null;
  let n: number;
  if (GROUPED.test(t)) n = Number(t.replace(/\./g, "").replace(",", "."));
  else if (PLAIN.test(t)) n = Number(t.replace(",", "."));
  else return null;
  return Number.isFinite(n) ? n : null;
}

/** A number as the sheet and the filter language write it: `2,5`, `-3`, `1200`. */
export const formatNumber = (n: number): string => (Object.is(n, -0) ? "0" : String(n).replace(".", ","));

/** An ISO date `2025-01-31` as an Excel serial, or null. */
export function parseIsoDate(text: string): number | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const serial = serialOf(y, mo, d);
  const back = ymdOf(serial);
  return back.year === y && back.month === mo && back.day === d ? serial : null;
}

/** An Excel serial as an ISO date, when it is a whole day in 1900–9999. */
export function formatIsoDate(serial: number): string | null {
  if (!Number.isInteger(serial) || serial < 61 || serial > 2958465) return null;
  const { year, month, day } = ymdOf(serial);
  const p = (n: number, w: number) => String(n).padStart(w, "0");
  return `${p(year, 4)}-${p(month, 2)}-${p(day, 2)}`;
}
