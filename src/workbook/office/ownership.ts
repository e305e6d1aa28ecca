/**
 * What Kontrakttjek wrote, kept in the workbook's settings so "remove" takes away exactly that
 * and nothing a user typed: its sheets, its columns, and the cells it coloured with the fill they
 * had before. Stored as small JSON (ranges, not cells) and validated when read back.
 */
import { z } from "zod";

export const SETTINGS_KEY = "Kontrakttjek.settings";
export const OWNED_KEY = "Kontrakttjek.written";

const HighlightGroupSchema = z.object({
  sheet: z.string(),
  /** The fill Kontrakttjek set (`#RRGGBB`). */
  color: z.string(),
  /** The fill the cells had before (`#RRGGBB`, or null for none). */
  original: z.string().nullable(),
  /** A1 ranges of the cells (runs of rows in one column). */
  ranges: z.array(z.string()),
});
export type HighlightGroup = z.infer<typeof HighlightGroupSchema>;

const OwnedColumnSchema = z.object({
  sheet: z.string(),
  table: z.string().nullable(),
  header: z.string(),
  /** Zero-based sheet column and header row index. */
  column: z.number().int().nonnegative(),
  headerRow: z.number().int().nonnegative(),
  /** Data rows written below the header. */
  rows: z.number().int().nonnegative(),
});
export type OwnedColumn = z.infer<typeof OwnedColumnSchema>;

export const OwnedSchema = z.object({
  v: z.literal(1),
  sheets: z.array(z.string()),
  columns: z.array(OwnedColumnSchema),
  highlights: z.array(HighlightGroupSchema),
});
export type Owned = z.infer<typeof OwnedSchema>;

export const EMPTY_OWNED: Owned = { v: 1, sheets: [], columns: [], highlights: [] };

/** Parse a stored record; anything unreadable counts as "nothing written" rather than a crash. */
export function parseOwned(raw: unknown): Owned {
  if (typeof raw !== "string" || raw === "") return EMPTY_OWNED;
  try {
    const parsed = OwnedSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : EMPTY_OWNED;
  } catch {
    return EMPTY_OWNED;
  }
}

export const isEmptyOwned = (o: Owned): boolean =>
  o.sheets.length === 0 && o.columns.length === 0 && o.highlights.length === 0;

export const sameSheet = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
