/**
 * Column letters, the one implementation in the code base. The domain names columns in its
 * messages and formulas; the workbook layer may import the domain but not the other way round,
 * so these live here and `src/workbook/sheet/a1.ts` re-exports them for the adapters and the app.
 * Columns are zero-based: A = 0, Z = 25, AA = 26, XFD = 16,383.
 */

/** Excel's column count (A … XFD). */
export const MAX_COLUMNS = 16_384;

/** Letters of a zero-based column: 0 → A, 26 → AA; "" below 0. */
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

/**
 * Zero-based column of letters (either case); -1 when the text is empty or not only letters.
 * No bound: callers check against `MAX_COLUMNS`. Char codes, not a regex: the .xlsx writer calls
 * this for every cell of a sheet it edits.
 */
export const columnIndex = (letters: string): number => {
  let n = 0;
  for (let i = 0; i < letters.length; i++) {
    const c = letters.charCodeAt(i) & ~32;
    if (c < 65 || c > 90) return -1;
    n = n * 26 + (c - 64);
  }
  return letters.length === 0 ? -1 : n - 1;
};

/** Zero-based column of `A`…`XFD` as a person types it (an optional leading `$`); -1 when not one. */
export const columnFromLetters = (text: string): number => {
  const t = text.trim();
  const letters = t.startsWith("$") ? t.slice(1) : t;
  if (letters.length > 3) return -1;
  const n = columnIndex(letters);
  return n < MAX_COLUMNS ? n : -1;
};
