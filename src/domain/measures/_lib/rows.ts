/**
 * The rows a table measure looks at: bound, not blank, in the period (courses), matching its
 * `where`. Shared by every measure over a table, and cached in the evaluation's frame so
 * measures sharing a period and a filter share one mask.
 */
import type { Filter } from "../../contract/parts";
import type { Role } from "../../model";
import type { EngineNote } from "../../engine/notes";
import { both, filterMask } from "../../engine/filter";
import type { TableFrame } from "../../engine/frame";
import { emptyMask, type RowMask } from "../../engine/mask";
import type { MeasureContext, MeasureOutcome } from "./kind";

/** A measure without a value: the notes say why. */
export const missing = (...notes: EngineNote[]): MeasureOutcome<never> => ({ value: null, state: null, notes });

/** Tables by the name the notes use. */
export const ROLE_LABEL: Readonly<Record<Role, string>> = {
  Forloeb: "Forløb",
  Evaluering: "Evaluering",
  Noegletal: "Nøgletal",
  Kommuner: "Kommuner",
  Aktiviteter: "Aktiviteter",
};

/** "The column(s) … are missing from the table …". */
export const fieldsMissing = (role: Role, fields: string): MeasureOutcome<never> =>
  missing({ code: "fields-missing", params: { table: ROLE_LABEL[role], fields } });

/** "No valid rows in … to compute from", after the notes gathered so far. */
export const noRows = (role: Role, notes: readonly EngineNote[]): MeasureOutcome<never> =>
  missing(...notes, { code: "no-rows", params: { table: ROLE_LABEL[role] } });

export interface RowSet {
  readonly frame: TableFrame;
  /** The rows the measure looks at. */
  readonly mask: RowMask;
  readonly notes: EngineNote[];
}

export const isRowSet = (x: RowSet | MeasureOutcome<never>): x is RowSet => "mask" in x;

/** The rows a table measure looks at: bound, not blank, in the period, matching `where`. */
export function rowsOf(ctx: MeasureContext, role: Role, where: Filter | undefined): RowSet | MeasureOutcome<never> {
  const table = ctx.data[role];
  if (!table) return missing({ code: "table-missing", params: { table: ROLE_LABEL[role] } });
  const frame = ctx.frameOf(table);
  const filter = filterMask(where, frame);
  if (filter.missingFields.length > 0) return fieldsMissing(role, filter.missingFields.join(", "));
  const notes: EngineNote[] = [];
  let base = frame.notBlank();
  let baseKey = "b";
  if (role === "Forloeb" && ctx.period.from !== null && ctx.period.to !== null) {
    const field = ctx.periodField;
    if (!table.fields.has(field)) {
      notes.push({ code: "period-field-unbound", params: { field: headerOf(frame, field) } });
    } else {
      const { mask, unplaced } = periodMask(frame, field, ctx.period.from, ctx.period.to);
      if (unplaced > 0)
        notes.push({ code: "period-unplaced", params: { count: unplaced, field: headerOf(frame, field) } });
      base = mask;
      baseKey = `p${field}\u0000${ctx.period.from}\u0000${ctx.period.to}`;
    }
  }
  // Measures sharing a period and a filter share their rows.
  const key = `r${baseKey}\u0000${where ? JSON.stringify(where) : ""}`;
  let mask = frame.masks.get(key);
  if (mask === undefined) frame.masks.set(key, (mask = both(base, filter.mask)));
  return { frame, mask, notes };
}

/** Rows in the period and not blank, and the non-blank rows without a date to place them. */
function periodMask(frame: TableFrame, field: string, from: number, to: number): { mask: RowMask; unplaced: number } {
  const key = `${field}\u0000${from}\u0000${to}`;
  const hit = frame.periods.get(key);
  if (hit) return hit;
  const dates = frame.numbers(field);
  const notBlank = frame.notBlank();
  const n = frame.rowCount;
  const mask = emptyMask(n);
  let unplaced = 0;
  for (let w = 0, i = 0; i < n; w++) {
    const end = Math.min(i + 32, n);
    const rows = notBlank[w]!;
    let x = 0;
    for (let j = 0; i < end; i++, j++) {
      const d = dates[i]!;
      if (d >= from && d <= to) x |= 1 << j;
      else if (d !== d && ((rows >>> j) & 1) === 1) unplaced++;
    }
    mask[w] = x & rows;
  }
  const made = { mask, unplaced };
  frame.periods.set(key, made);
  return made;
}

const headerOf = (frame: TableFrame, field: string): string => frame.table.headers[field] ?? field;
