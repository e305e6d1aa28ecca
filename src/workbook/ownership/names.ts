/**
 * Names as a user sees them. Excel compares sheet and table names without case; a user also
 * cannot tell `Må…` typed with a combining ring (NFD, as macOS file names and some exports
 * spell it) from the composed `Må…` — so neither do we: two names that look the same are the
 * same name, and Kontrakttjek never adds a second, identical-looking sheet.
 */

export const nameKey = (name: string): string => name.normalize("NFC").toLowerCase();

export const sameName = (a: string, b: string): boolean => nameKey(a) === nameKey(b);

/** Excel's limit on a sheet name. */
const MAX_SHEET_NAME = 31;

/**
 * The first of `base`, `base 2`, `base 3`, … that no name in `taken` looks like; the base is
 * shortened where the number would pass Excel's 31 characters.
 */
export const freeName = (base: string, taken: Iterable<string>, maxLength = MAX_SHEET_NAME): string => {
  const used = new Set([...taken].map(nameKey));
  if (!used.has(nameKey(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` ${n}`;
    const name = `${[...base].slice(0, maxLength - suffix.length).join("")}${suffix}`;
    if (!used.has(nameKey(name))) return name;
  }
};
