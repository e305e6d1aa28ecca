/**
 * Sheet and table names: the rules Excel puts on them (a broken name makes Excel "repair" the
 * file), and names as a user sees them. Excel compares sheet and table names without case; a
 * user also cannot tell `Må…` typed with a combining ring (NFD, as macOS file names and some
 * exports spell it) from the composed `Må…` — so neither do we: two names that look the same
 * are the same name, and Kontrakttjek never adds a second, identical-looking sheet.
 */
import { parseCellRef } from "./a1";
import { WorkbookSpecError } from "./spec";

export const nameKey = (name: string): string => name.normalize("NFC").toLowerCase();

export const sameName = (a: string, b: string): boolean => nameKey(a) === nameKey(b);

/** Excel's limit on a sheet name. */
const MAX_SHEET_NAME = 31;

export const checkSheetName = (name: string): void => {
  if (name.length === 0 || name.length > MAX_SHEET_NAME)
    throw new WorkbookSpecError(`sheet name must be 1–31 characters: "${name}"`);
  if (/[[\]:*?/\\]/.test(name)) throw new WorkbookSpecError(`sheet name may not contain []:*?/\\: "${name}"`);
  if (name.startsWith("'") || name.endsWith("'"))
    throw new WorkbookSpecError(`sheet name may not start or end with ': "${name}"`);
  if (name.toLowerCase() === "history") throw new WorkbookSpecError(`"History" is reserved by Excel`);
};

/** Table and defined names: a letter, `_` or `\` first, then letters, digits, `_` and `.`; not a cell reference. */
export const checkName = (name: string, what: string): void => {
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) || name.length > 255)
    throw new WorkbookSpecError(`${what} "${name}" is not a valid Excel name`);
  if (parseCellRef(name) || /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name))
    throw new WorkbookSpecError(`${what} "${name}" looks like a cell reference`);
};

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
