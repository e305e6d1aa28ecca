/**
 * What binding needs to know about a table-like source. It is the workbook port's `SourceInfo`
 * by shape (the domain may not import the workbook layer), plus optional notes adapters add.
 */

export interface BindingSource {
  readonly sheet: string;
  /** Excel table name, or null for a plain range. */
  readonly table: string | null;
  /** Excel row number (1-based) of the header row. */
  readonly headerRow: number;
  /** Zero-based sheet column of the first column (A = 0). */
  readonly firstColumn: number;
  readonly headers: readonly string[];
  /** Data rows below the header. */
  readonly rowCount: number;
  readonly sheetHidden?: boolean;
  /** Merged ranges (A1 refs) overlapping the source, when the adapter knows them. */
  readonly mergedRanges?: readonly string[];
  /** On a sheet Kontrakttjek itself wrote (the status sheet): never proposed for a role. */
  readonly ownedByKontrakttjek?: boolean;
}

/** A1 column letters of a zero-based column index. */
export const columnLetters = (index: number): string => {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
};

/** Zero-based column of `A`…`XFD` (an optional leading `$`); -1 when not column letters. */
export const columnFromLetters = (text: string): number => {
  const m = /^\$?([A-Za-z]{1,3})$/.exec(text.trim());
  if (!m) return -1;
  let n = 0;
  for (const ch of (m[1] as string).toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1 < 16_384 ? n - 1 : -1;
};
