/**
 * The rows a table measure looks at: bound, not blank, in the period (courses), matching its
 * `where`. Shared by every measure over a table, and cached in the evaluation's frame so
 * measures sharing a period and a filter share one mask.
 */
import type { Filter } from "../../contract/parts";
import { ROLE_SPECS, type Role } from "../../model";
import type { EngineNote } from "../../engine/notes";
import { asksCompanyAge, both, filterMask, foundedByCompany, isBlankValue } from "../../engine/filter";
import type { TableFrame } from "../../engine/frame";
import { andMask, countMask, emptyMask, maskOfRows, rowsOfMask, type RowMask } from "../../engine/mask";
import { distinctCount } from "./distinct";
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

/** The field that places an answer in a period (issue 12: answers belong to a period too). */
export const ANSWER_DATE = "besvarelsesdato";

/**
 * The field that places a row of `role` in the period: a course by the period field, an answer
 * by its Besvarelsesdato when the table has one; other tables have no period. `has` says a field
 * is bound — for the answer date, bound with a date in at least one row: a fill-in workbook's
 * empty Besvarelsesdato column is no date column ("when absent, all answers are used").
 */
export function periodFieldOf(role: Role, has: (field: string) => boolean, periodField: string): string | null {
  if (role === "Forloeb") return periodField;
  if (role === "Evaluering" && has(ANSWER_DATE)) return ANSWER_DATE;
  return null;
}

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
  const bounded = ctx.period.from !== null && ctx.period.to !== null;
  const has = (f: string): boolean => table.fields.has(f) && (f !== ANSWER_DATE || anyFilled(frame, f));
  // Without a Besvarelsesdato every answer in the sheet is used, and the result says so.
  if (role === "Evaluering" && bounded && !has(ANSWER_DATE)) notes.push({ code: "answers-all-periods" });
  const field = periodFieldOf(role, has, ctx.periodField);
  if (field !== null && ctx.period.from !== null && ctx.period.to !== null) {
    if (!table.fields.has(field)) {
      const header = ROLE_SPECS[role].fields.find((f) => f.id === field)?.header ?? field;
      // A period's figure is never made of rows whose period is unknown: at H1 always, and for a
      // year when the table's other course date shows rows outside it (issue: H1 counted the year).
      if (ctx.period.kind === "H1" || datesOutside(frame, field, ctx.period.from, ctx.period.to))
        return missing(...notes, {
          code: "period-field-missing",
          params: { field: header, table: ROLE_LABEL[role] },
        });
      notes.push({ code: "period-field-unbound", params: { field: header } });
    } else {
      const { mask, unplaced } = periodMask(frame, field, ctx.period.from, ctx.period.to);
      if (unplaced > 0)
        notes.push({ code: "period-unplaced", params: { count: unplaced, field: headerOf(frame, field) } });
      base = mask;
      baseKey = `p${field}\u0000${ctx.period.from}\u0000${ctx.period.to}`;
    }
  }
  if (role === "Forloeb" && asksCompanyAge(where)) {
    const unknown = ageUnknown(frame, base);
    if (unknown > 0) notes.push({ code: "founded-unknown", params: { count: unknown } });
  }
  // Answers per segment (NPS 'pr. segment'): an answer without a segment is in neither; say how many.
  if (role === "Evaluering" && filtersOn(where, "segment") && table.fields.has("segment")) {
    const seg = frame.view("segment");
    let blank = 0;
    for (const i of rowsOfMask(base)) if (isBlankValue(seg.at(i))) blank++;
    if (blank > 0)
      notes.push({
        code: "blank-left-out",
        params: { count: blank, table: ROLE_LABEL[role], field: headerOf(frame, "segment") },
      });
  }
  // Measures sharing a period and a filter share their rows.
  const key = `r${baseKey}\u0000${where ? JSON.stringify(where) : ""}`;
  let mask = frame.masks.get(key);
  if (mask === undefined) frame.masks.set(key, (mask = both(base, filter.mask)));
  return { frame, mask, notes };
}

/** Does any row of the frame have a value in `field`? */
function anyFilled(frame: TableFrame, field: string): boolean {
  const view = frame.view(field);
  for (let i = 0; i < frame.rowCount; i++) if (!isBlankValue(view.at(i))) return true;
  return false;
}

/** True when a filter tests `field` (other than for being filled). */
function filtersOn(filter: Filter | undefined, field: string): boolean {
  if (!filter) return false;
  switch (filter.op) {
    case "companyAgeUnder":
      return false;
    case "all":
    case "any":
      return filter.of.some((f) => filtersOn(f, field));
    case "not":
      return filtersOn(filter.of, field);
    case "notBlank":
      return false;
    default:
      return filter.field === field;
  }
}

/**
 * Companies in the period whose age cannot be told: no row of theirs has a Stiftelsesdato. They
 * are not counted as under N years, and the note says how many (never dropped in silence).
 */
function ageUnknown(frame: TableFrame, base: RowMask): number {
  const founded = foundedByCompany(frame);
  const rows = andMask(
    base,
    maskOfRows(frame.rowCount, (i) => founded[i] !== founded[i]),
  );
  return frame.fields.has("cvr") ? distinctCount(frame, "cvr", rows) : countMask(rows);
}

/** Course dates besides the period field: when one lies outside the period, the table spans other periods. */
const COURSE_DATES = ["startdato", "slutdato"] as const;

function datesOutside(frame: TableFrame, periodField: string, from: number, to: number): boolean {
  for (const other of COURSE_DATES) {
    if (other === periodField || !frame.fields.has(other)) continue;
    const dates = frame.numbers(other);
    for (let i = 0; i < dates.length; i++) {
      const d = dates[i]!;
      if (d === d && (d < from || d > to)) return true;
    }
  }
  return false;
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
