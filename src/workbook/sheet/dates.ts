/** Excel date serials in the 1900 date system (serial 1 = 1900-01-01, with Excel's 1900-02-29). */

const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

/** Serial for ISO `yyyy-mm-dd[Thh:mm[:ss]]`; null when the text is not such a date. */
export const isoToSerial = (iso: string): number | null => {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(iso.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x))) as number[];
  const t = Date.UTC(y!, mo! - 1, d!, h!, mi!, s!);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo! - 1 || back.getUTCDate() !== d) return null;
  let serial = (t - EPOCH) / DAY;
  if (serial < 61) serial -= 1; // Excel counts a 29 February 1900 that never was
  return serial >= 1 ? serial : null;
};
