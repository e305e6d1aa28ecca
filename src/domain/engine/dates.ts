/** Excel date serials (1900 system: day 1 = 1900-01-01, serial 25569 = 1970-01-01), UTC only. */
const EPOCH_OFFSET = 25569;
const MS_PER_DAY = 86_400_000;

export const serialOf = (year: number, month: number, day: number): number =>
  Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY) + EPOCH_OFFSET;

export function ymdOf(serial: number): { year: number; month: number; day: number } {
  const d = new Date((Math.floor(serial) - EPOCH_OFFSET) * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The serial of the same calendar day `years` later (29 February → 1 March). */
export function addYears(serial: number, years: number): number {
  const { year, month, day } = ymdOf(serial);
  return serialOf(year + years, month, day);
}
