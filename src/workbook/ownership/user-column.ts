/**
 * The house's column of a report (`ReportLayout.userColumn`): its cells below the header are the
 * user's. Kontrakttjek never records them as written and never removes them; when it writes the
 * report again, every text found there is carried to the row whose key column holds the same key
 * (a goal's id), never kept by position — so a goal that moves keeps its remark, and a remark on a
 * goal that is gone is kept below the report with its key. Every adapter calls these two.
 */
import type { PlanCell, StatusSheetPlan } from "../port";

/** What an old sheet holds: the text of a cell (zero-based row and column), null for empty. */
export type GridText = (row: number, column: number) => string | null;

/** The user's texts found on the old sheet, and where (zero-based): to carry them, and to allow only them. */
export interface UserTexts {
  readonly headerRow: number;
  readonly column: number;
  /** Key → text, in sheet order; a row without a key is keyed `#<Excel row>`. */
  readonly texts: ReadonlyMap<string, string>;
}

const textOf = (cell: PlanCell | undefined): string | null =>
  cell && cell.kind === "value" && typeof cell.value === "string" ? cell.value : null;

/**
 * Reads the house's column of an old sheet written from a plan like `plan`: its header row is
 * found by the key column's header (wherever the title block ended), its column by its header
 * text (else the plan's). Null when the old sheet has no such header row.
 */
export function readUserTexts(plan: StatusSheetPlan, text: GridText, lastRow: number): UserTexts | null {
  const layout = plan.report;
  if (!layout) return null;
  const { column, keyColumn } = layout.userColumn;
  const keyHeader = textOf(plan.rows[layout.headerRow]?.[keyColumn]);
  const userHeader = textOf(plan.rows[layout.headerRow]?.[column]);
  if (keyHeader === null) return null;
  for (let r = 0; r <= Math.min(lastRow, 200); r++) {
    if (text(r, keyColumn) !== keyHeader) continue;
    let col = column;
    for (let c = 0; c < keyColumn + 8; c++) if (userHeader !== null && text(r, c) === userHeader) col = c;
    const texts = new Map<string, string>();
    for (let row = r + 1; row <= lastRow; row++) {
      const value = text(row, col);
      if (value === null || value.trim() === "") continue;
      const key = text(row, keyColumn) ?? `#${row + 1}`;
      const before = texts.get(key);
      texts.set(key, before === undefined ? value : `${before}\n${value}`);
    }
    return { headerRow: r, column: col, texts };
  }
  return null;
}

/** Is (zero-based row, column) one of the user's cells of the old sheet `found` describes? */
export const inUserColumn = (found: UserTexts | null, row: number, column: number): boolean =>
  found !== null && column === found.column && row > found.headerRow;

/**
 * The plan with the user's texts in the house's column, each on the row of its key; texts whose
 * key is no longer in the plan go below everything, with their key, labelled as `userColumn.orphan` says.
 */
export function carryUserColumn(plan: StatusSheetPlan, texts: ReadonlyMap<string, string>): StatusSheetPlan {
  const layout = plan.report;
  if (!layout || texts.size === 0) return plan;
  const { column, keyColumn } = layout.userColumn;
  const left = new Map(texts);
  const rows = plan.rows.map((cells, r) => {
    if (r <= layout.headerRow) return cells;
    const key = textOf(cells[keyColumn]);
    const text = key === null ? undefined : left.get(key);
    if (key === null || text === undefined) return cells;
    left.delete(key);
    const out = [...cells];
    while (out.length <= column) out.push({ kind: "value", value: null });
    out[column] = { kind: "value", value: text, look: { wrap: true } };
    return out;
  });
  if (left.size > 0) {
    const below = Math.max(rows.length, layout.print.lastRow + 1) + 1;
    while (rows.length < below) rows.push([]);
    for (const [key, text] of left) {
      const line: PlanCell[] = Array.from({ length: Math.max(column, keyColumn) + 1 }, () => ({
        kind: "value",
        value: null,
      }));
      line[1] = {
        kind: "value",
        value: layout.userColumn.orphan.replace("{key}", key),
        look: { italic: true, wrap: true },
      };
      line[keyColumn] = { kind: "value", value: key };
      line[column] = { kind: "value", value: text, look: { wrap: true } };
      rows.push(line);
    }
  }
  return { ...plan, rows };
}

/** Is (zero-based row, column) a cell of the house's column in `plan` (the user's, never recorded)? */
export const isUserCell = (plan: StatusSheetPlan, row: number, column: number): boolean =>
  plan.report !== undefined && column === plan.report.userColumn.column && row > plan.report.headerRow;
