/** A cell's A1 address, as the pane shows where a finding sits (`cellOfFinding` in `src/app/locate.ts`). */

/** `C7` for Excel row 7, zero-based column 2. */
export function a1(row: number, column: number): string {
  let n = column + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return `${s}${row}`;
}
