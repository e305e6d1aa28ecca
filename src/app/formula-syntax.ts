/**
 * Excel's formula grammar for everything from the user's workbook or contract that goes into a
 * formula: table names, column names, sheet names and string literals. Each is either written
 * the way Excel's grammar quotes it or refused (null): a table named
 * `T[[#All],[X]])+WEBSERVICE("http://…")+SUM(T` must never become formula code, so a name Excel
 * would not allow is not "repaired" into one — the caller writes the value instead, with a note.
 */

/** Excel's limits: a defined name (a table's name) and a column name 255, a formula 8,192 characters. */
export const MAX_NAME_LENGTH = 255;
/** Excel refuses a formula with a text constant longer than 255 characters. */
export const MAX_LITERAL_LENGTH = 255;
export const MAX_FORMULA_LENGTH = 8192;
export const MAX_SHEET_NAME_LENGTH = 31;

/** C0 and C1 control characters (and DEL): nothing Excel's formula bar could show. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Defined-name rules: a letter, `_` or `\` first, then letters, digits, `_` and `.`; no spaces.
 * Marks are allowed after the first letter so an NFD "Forløb" keeps its table name.
 */
const NAME = /^[\p{L}_\\][\p{L}\p{M}\p{Nd}_.]*$/u;

/** Names Excel reads as a cell (A1, XFD1048576) or an R1C1 reference (R, C, RC, R1C1, R2, C3). */
const CELL_LIKE = /^(?:[a-z]{1,3}\d+|r\d*c?\d*|c\d*|true|false)$/i;

/** Is this a table name Excel accepts, so that `name[[…]]` refers to that table and nothing else? */
export const isTableName = (name: string): boolean =>
  name.length > 0 && name.length <= MAX_NAME_LENGTH && NAME.test(name) && !CELL_LIKE.test(name);

/**
 * A column name as it stands inside `Table[[…]]`: `'` before `[`, `]`, `#` and `'`. Null when
 * Excel's grammar has no way to say it: empty, longer than 255, a control character (a line
 * break in a header), or a leading or trailing space (the grammar reads those as padding).
 */
export function structuredColumn(name: string): string | null {
  if (name === "" || name.length > MAX_NAME_LENGTH || CONTROL.test(name)) return null;
  if (name.startsWith(" ") || name.endsWith(" ")) return null;
  return name.replace(/['[\]#]/g, (c) => `'${c}`);
}

/**
 * A sheet name quoted for a reference (`'Forløb ''Q1'''!`), or null for a name Excel does not
 * allow: inside quotes a `[` starts a reference to another workbook (`'[1]Ark'!A1`).
 */
export function quotedSheet(name: string): string | null {
  if (name === "" || name.length > MAX_SHEET_NAME_LENGTH || CONTROL.test(name)) return null;
  if (/[[\]:*?/\\]/.test(name) || name.startsWith("'") || name.endsWith("'")) return null;
  return `'${name.replace(/'/g, "''")}'`;
}

/** A string constant (`"say ""hi"""`), or null when Excel would refuse it (too long, a control character). */
export function stringLiteral(text: string): string | null {
  if (text.length > MAX_LITERAL_LENGTH || CONTROL.test(text)) return null;
  return `"${text.replace(/"/g, '""')}"`;
}
