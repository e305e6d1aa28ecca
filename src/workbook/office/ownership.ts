/**
 * What Kontrakttjek wrote, as the Office adapter works on it (stored as the one record format,
 * a custom XML part: record.ts; formerly JSON in the workbook's settings), so "remove" takes away exactly that
 * and nothing a user typed: its sheets (by name) and columns with the cells it wrote and a
 * fingerprint of each (`../ownership/fingerprint.ts`), and the cells it coloured with the fill
 * they had before. The former JSON is validated when read back. A version-1 record (names
 * and ranges, no fingerprints) is still read: its entries have nothing to compare with.
 */
import { z } from "zod";
import { decodeCells, ownedCellsOf, posKey } from "../ownership/cells";
import { decodeHashes, encodeHashes } from "../ownership/fingerprint";
import { sameName } from "../sheet/names";

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

/** The cells written (`A1:A9 C3`, Excel's rows) and one fingerprint per cell, in that order (base64). */
const written = { cells: z.string(), fp: z.string() };

/** `created`: false for a sheet the .xlsx writer wrote into without creating it (never removed whole). */
const OwnedSheetSchema = z.object({ name: z.string(), ...written, created: z.boolean().optional() });
/** A bare name is a version-1 entry: the sheet, with nothing recorded of its cells. */
const SheetEntrySchema = z.union([z.string(), OwnedSheetSchema]);
export type SheetEntry = z.infer<typeof SheetEntrySchema>;

const OwnedColumnSchema = z.object({
  sheet: z.string(),
  table: z.string().nullable(),
  header: z.string(),
  /** Zero-based sheet column and header row index. */
  column: z.number().int().nonnegative(),
  headerRow: z.number().int().nonnegative(),
  /** Data rows written below the header. */
  rows: z.number().int().nonnegative(),
  cells: written.cells.optional(),
  fp: written.fp.optional(),
});
export type OwnedColumn = z.infer<typeof OwnedColumnSchema>;

export const OwnedSchema = z.object({
  v: z.union([z.literal(1), z.literal(2)]),
  sheets: z.array(SheetEntrySchema),
  columns: z.array(OwnedColumnSchema),
  highlights: z.array(HighlightGroupSchema),
});
export type Owned = z.infer<typeof OwnedSchema>;

export const EMPTY_OWNED: Owned = { v: 2, sheets: [], columns: [], highlights: [] };

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

export const sheetName = (entry: SheetEntry): string => (typeof entry === "string" ? entry : entry.name);

/** Does the record name this sheet as Kontrakttjek's (names compared as a user sees them)? */
export const ownsSheet = (o: Owned, name: string): boolean => o.sheets.some((e) => sameName(sheetName(e), name));

/** A cell Kontrakttjek writes: zero-based row and column, and the hash of its content key. */
export interface WrittenCell {
  readonly row: number;
  readonly column: number;
  readonly hash: number;
}

/** The record's fields for the cells written. */
export const writtenFields = (cells: readonly WrittenCell[]): { cells: string; fp: string } => {
  const o = ownedCellsOf(cells.map((c) => ({ row: c.row + 1, column: c.column, hash: c.hash })));
  return { cells: o.cells, fp: encodeHashes(o.fp ?? []) };
};

/** No hash equals this: a cell of a damaged record is never proved ours. */
export const UNPROVABLE = -1;

/**
 * Zero-based `posKey` → recorded hash of an entry's cells, or null for a version-1 entry (nothing
 * recorded to compare with). A fingerprint list that does not fit the cells proves nothing.
 */
export function recordedCells(entry: { readonly cells?: string; readonly fp?: string }): Map<number, number> | null {
  if (entry.cells === undefined || entry.fp === undefined) return null;
  const fp = decodeHashes(entry.fp);
  const map = new Map<number, number>();
  let i = 0;
  for (const c of decodeCells(entry.cells)) map.set(posKey(c.row - 1, c.column), fp?.[i++] ?? UNPROVABLE);
  if (fp && fp.length !== i) for (const k of map.keys()) map.set(k, UNPROVABLE);
  return map;
}

/**
 * Where the record's Kontrol column stands in a listed source (zero-based sheet column), while its
 * header still reads as written there; a column of the user's with that name is not it.
 */
export function ownedColumnIn(
  o: Owned,
  s: {
    readonly sheet: string;
    readonly table: string | null;
    readonly headerRow: number;
    readonly firstColumn: number;
    readonly headers: readonly string[];
  },
): number | undefined {
  for (const c of o.columns) {
    if (!sameName(c.sheet, s.sheet)) continue;
    // a table's column by the table (it may have moved down); a range's by its header row
    const same =
      c.table !== null
        ? s.table !== null && sameName(c.table, s.table)
        : s.table === null && c.headerRow === s.headerRow - 1;
    const i = c.column - s.firstColumn;
    if (same && i >= 0 && i < s.headers.length && s.headers[i] === c.header.trim()) return c.column;
  }
  return undefined;
}
