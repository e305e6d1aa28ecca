/**
 * Finding plain ranges on a sheet from its cells, shared by the .xlsx and in-memory adapters
 * (the Office adapter applies the same header rule to Excel's used range). Dimension tags lie,
 * so the used range is computed from the cells themselves, in one pass and in memory
 * proportional to the number of columns: a 1,048,576-row sheet streams through.
 *
 * A region is a run of adjacent non-blank columns (an entirely blank column separates regions,
 * as Excel's "current region" does); cells inside Excel tables are left out. Its header row is
 * the first of its top 20 rows with at least two filled cells that are all text (so a title
 * line above the headers is skipped), else its first non-blank row.
 *
 * Below it, a second block of the same columns starts a region of its own when an entirely blank
 * row is followed by a row of text cells of which at least two are known headers of the data
 * dictionary (answers above, "Nøgletal | Værdi | Kilde" below). Rows of data never match a
 * header exactly, so a blank row inside the data does not split it.
 */
import { ROLE_SPECS, ROLES, type FieldSpec } from "../model";
import { CONFIDENCE, matchHeader } from "./match";
import { MAX_HEADER_LENGTH } from "./normalise";

export interface CellRect {
  /** One-based rows, zero-based columns, inclusive. */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface PlainRegion {
  readonly headerRow: number;
  readonly firstColumn: number;
  /** Header texts across the region (blank = ""). */
  readonly headers: readonly string[];
  /** Rows from below the header to the last non-blank row. */
  readonly rowCount: number;
}

export const HEADER_SCAN_ROWS = 20;

interface TopCell {
  readonly row: number;
  readonly text: string;
  readonly isText: boolean;
}

/** The first cell after one or more blank rows in a column. */
interface GapCell extends TopCell {
  /** The column's previous non-blank row. */
  readonly prev: number;
}

/** Gaps kept per column; a column with more is not used to split (rows of data with holes). */
const MAX_GAPS = 4096;

interface ColumnStat {
  /** The column's first HEADER_SCAN_ROWS cells, by row. */
  top: TopCell[];
  firstRow: number;
  lastRow: number;
  /** Cells after a blank run, in row order, while cells come in row order and fit MAX_GAPS. */
  gaps: GapCell[] | null;
}

const ALL_FIELDS: readonly FieldSpec[] = ROLES.flatMap((r) => ROLE_SPECS[r].fields);

/** A header of the data dictionary or one of its synonyms (no fuzzy guesses). */
const isKnownHeader = (text: string): boolean =>
  ALL_FIELDS.some((f) => (matchHeader(text, f)?.confidence ?? 0) >= CONFIDENCE.synonym);

/** Index of the first gap cell at or below `row` (gaps are in row order). */
function firstGapFrom(gaps: readonly GapCell[], row: number): number {
  let lo = 0;
  let hi = gaps.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((gaps[mid] as GapCell).row < row) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The column's cell at `row` when the rows above it are blank in this column, else undefined. */
function cellAfterBlank(s: ColumnStat, row: number): TopCell | undefined {
  if (s.firstRow === row) return s.top[0];
  if (s.gaps === null) return undefined;
  const g = s.gaps[firstGapFrom(s.gaps, row)];
  return g?.row === row ? g : undefined;
}

/** Is the row blank in this column? Unknown (cells out of order, too many gaps) counts as filled. */
function blankAt(s: ColumnStat, row: number): boolean {
  if (row < s.firstRow || row > s.lastRow) return true;
  if (s.gaps === null) return false;
  // The blank runs are (prev, row) of each gap cell; the first gap cell below `row` decides.
  const g = s.gaps[firstGapFrom(s.gaps, row + 1)];
  return g !== undefined && g.prev < row;
}

export class RegionCollector {
  private readonly columns = new Map<number, ColumnStat>();

  /** Trimmed long texts: one shared string in thousands of cells is trimmed once. */
  private readonly longTexts = new Map<string, string>();

  constructor(private readonly exclude: readonly CellRect[] = []) {}

  private trimLong(text: string): string {
    let trimmed = this.longTexts.get(text);
    if (trimmed === undefined) {
      if (this.longTexts.size >= 64) this.longTexts.clear();
      trimmed = text.trim();
      this.longTexts.set(text, trimmed);
    }
    return trimmed;
  }

  /**
   * Adds a cell. `text` is how it reads as a header; `isText` is false for numbers, dates,
   * booleans and errors. Blank or whitespace-only text is ignored. Any order is fine.
   */
  add(row: number, column: number, text: string, isText: boolean): void {
    const header = text.length > MAX_HEADER_LENGTH ? this.trimLong(text) : text.trim();
    if (header === "") return;
    for (const r of this.exclude) {
      if (row >= r.top && row <= r.bottom && column >= r.left && column <= r.right) return;
    }
    let s = this.columns.get(column);
    if (!s) {
      s = { top: [], firstRow: row, lastRow: row, gaps: [] };
      this.columns.set(column, s);
    } else if (s.gaps !== null) {
      if (row <= s.lastRow) s.gaps = null;
      else if (row > s.lastRow + 1) {
        if (s.gaps.length >= MAX_GAPS) s.gaps = null;
        else s.gaps.push({ row, text: header, isText, prev: s.lastRow });
      }
    }
    if (row < s.firstRow) s.firstRow = row;
    if (row > s.lastRow) s.lastRow = row;
    const top = s.top;
    const last = top[top.length - 1];
    if (top.length >= HEADER_SCAN_ROWS && last && row > last.row) return;
    const cell = { row, text: header, isText };
    if (!last || row > last.row) top.push(cell);
    else {
      const at = top.findIndex((c) => c.row >= row);
      if (top[at]?.row === row) top[at] = cell;
      else top.splice(at, 0, cell);
    }
    if (top.length > HEADER_SCAN_ROWS) top.pop();
  }

  /** The regions, left to right. */
  regions(): PlainRegion[] {
    const cols = [...this.columns.keys()].sort((a, b) => a - b);
    const runs: number[][] = [];
    for (const c of cols) {
      const run = runs[runs.length - 1];
      if (run && run[run.length - 1] === c - 1) run.push(c);
      else runs.push([c]);
    }
    return runs.flatMap((run) => this.split(run, this.region(run)));
  }

  /** The region cut where a second block with its own header row starts (see the file comment). */
  private split(run: readonly number[], region: PlainRegion): PlainRegion[] {
    const stats = run.map((c) => this.columns.get(c) as ColumnStat);
    const candidates = [...new Set(stats.flatMap((s) => [s.firstRow, ...(s.gaps ?? []).map((g) => g.row)]))]
      .filter((row) => row > region.headerRow + 1)
      .sort((a, b) => a - b);
    const out: PlainRegion[] = [];
    let current = region;
    const lastRow = region.headerRow + region.rowCount;
    for (const row of candidates) {
      if (!stats.every((s) => blankAt(s, row - 1))) continue;
      const cells = stats.map((s) => cellAfterBlank(s, row));
      const filled = cells.filter((c): c is TopCell => c !== undefined);
      if (filled.length < 2 || !filled.every((c) => c.isText)) continue;
      if (filled.filter((c) => isKnownHeader(c.text)).length < 2) continue;
      let end = row - 1;
      while (end > current.headerRow && stats.every((s) => blankAt(s, end))) end--;
      out.push({ ...current, rowCount: end - current.headerRow });
      current = {
        headerRow: row,
        firstColumn: region.firstColumn,
        headers: cells.map((c) => c?.text ?? ""),
        rowCount: lastRow - row,
      };
    }
    out.push(current);
    return out;
  }

  private region(run: readonly number[]): PlainRegion {
    const stats = run.map((c) => this.columns.get(c) as ColumnStat);
    const first = Math.min(...stats.map((s) => (s.top[0] as TopCell).row));
    const cellAt = (s: ColumnStat, row: number): TopCell | undefined => s.top.find((c) => c.row === row);
    let headerRow = first;
    for (let row = first; row < first + HEADER_SCAN_ROWS; row++) {
      const cells = stats.map((s) => cellAt(s, row)).filter((c): c is TopCell => c !== undefined);
      if (cells.length >= 2 && cells.every((c) => c.isText)) {
        headerRow = row;
        break;
      }
    }
    const lastRow = Math.max(...stats.map((s) => s.lastRow));
    return {
      headerRow,
      firstColumn: run[0] as number,
      headers: stats.map((s) => cellAt(s, headerRow)?.text ?? ""),
      rowCount: lastRow - headerRow,
    };
  }
}
