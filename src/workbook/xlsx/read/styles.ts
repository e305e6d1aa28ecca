/**
 * Styles, read only to tell dates from numbers: a cell's `s` attribute indexes `cellXfs`, whose
 * `numFmtId` is a built-in date format (14–22, 45–47) or a custom code with day/month/year parts.
 * The value itself stays the raw serial; the checks layer parses serials.
 */
import { attr, child, children, parseXml } from "./xml";

const BUILTIN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** True when a number format code shows a date (or date-time). */
export const isDateFormatCode = (code: string): boolean => {
  // Only the first section matters for positive numbers; strip literals, escapes, padding and
  // bracketed parts ([Red], [$-406]) so their letters are not taken for date parts.
  const first = code.split(";")[0] ?? "";
  const bare = first
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/\[[^\]]*\]/g, "");
  // Elapsed time ([h]:mm, [mm]:ss) is a duration, never a date.
  if (/general/i.test(bare) || /\[(h+|m+|s+)\]/i.test(first)) return false;
  if (/[dy]/i.test(bare)) return true;
  // "m" alone is a month unless it sits with hours or seconds (then it is minutes).
  return /m/i.test(bare) && !/[hs]/i.test(bare);
};

/** One flag per `cellXfs` entry: does this style show numbers as dates? */
export const readDateStyles = (xml: string | undefined, part = "xl/styles.xml"): readonly boolean[] => {
  if (xml === undefined) return [];
  const root = parseXml(xml, part);
  const custom = new Map<number, string>();
  const numFmts = child(root, "numFmts");
  for (const el of numFmts ? children(numFmts, "numFmt") : []) {
    custom.set(Number(attr(el, "numFmtId")), attr(el, "formatCode") ?? "");
  }
  const xfs = child(root, "cellXfs");
  return (xfs ? children(xfs, "xf") : []).map((xf) => {
    const id = Number(attr(xf, "numFmtId") ?? 0);
    const code = custom.get(id);
    return code !== undefined ? isDateFormatCode(code) : BUILTIN_DATE_IDS.has(id);
  });
};
