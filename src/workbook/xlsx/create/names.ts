/** Rules Excel puts on sheet and table names; a broken name makes Excel "repair" the file. */
import { parseCellRef } from "../write/ref";
import { WorkbookSpecError } from "./types";

export const checkSheetName = (name: string): void => {
  if (name.length === 0 || name.length > 31)
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
