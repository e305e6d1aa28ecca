/** What a sheet's cells say, read through their content keys (shared or inline strings alike). */
import type { Session } from "./session";
import { forEachCell } from "./sheet-xml";
import type { SheetRef } from "./workbook";

/** The texts of a header row (so a column beside them gets a name of its own). */
export const headerTexts = (s: Session, sheet: SheetRef, row: number): string[] => {
  const out: string[] = [];
  forEachCell(s.store.text(sheet.path) ?? "", (c) => {
    if (c.row !== row) return;
    const key = s.keyOf(c);
    if (key?.startsWith("s")) out.push(key.slice(1));
  });
  return out;
};

/** The texts (and numbers, as text) of a sheet's cells by zero-based position, and its last zero-based row. */
export const gridOf = (
  s: Session,
  sheet: SheetRef,
): { text: (r: number, c: number) => string | null; last: number } => {
  const cells = new Map<number, string>();
  let last = 0;
  forEachCell(s.store.text(sheet.path) ?? "", (c) => {
    if (!c.hasContent) return;
    const key = s.keyOf(c);
    if (key === null || !/^[sn]/.test(key)) return;
    cells.set((c.row - 1) * 16384 + c.column, key.slice(1));
    last = Math.max(last, c.row - 1);
  });
  return { text: (r, c) => cells.get(r * 16384 + c) ?? null, last };
};
