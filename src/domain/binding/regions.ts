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
 */

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

interface ColumnStat {
  /** The column's first HEADER_SCAN_ROWS cells, by row. */
  top: TopCell[];
  lastRow: number;
}

export class RegionCollector {
  private readonly columns = new Map<number, ColumnStat>();

  constructor(private readonly exclude: readonly CellRect[] = []) {}

  /**
   * Adds a cell. `text` is how it reads as a header; `isText` is false for numbers, dates,
   * booleans and errors. Blank or whitespace-only text is ignored. Any order is fine.
   */
  add(row: number, column: number, text: string, isText: boolean): void {
    const header = text.trim();
    if (header === "") return;
    for (const r of this.exclude) {
      if (row >= r.top && row <= r.bottom && column >= r.left && column <= r.right) return;
    }
    let s = this.columns.get(column);
    if (!s) {
      s = { top: [], lastRow: row };
      this.columns.set(column, s);
    }
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
    return runs.map((run) => this.region(run));
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
