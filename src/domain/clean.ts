/**
 * Checked, typed data: what the entry checks hand to the indicators. A value that failed its
 * check is `null` here (left out of every indicator) and reported as a finding instead.
 *
 * Columns are kept compact (`ColumnView`): coded columns as one integer per row and their few
 * distinct values, numbers and dates as a Float64Array, CVR numbers as integers. A million-row
 * table then costs a few typed arrays instead of millions of heap slots the garbage collector
 * has to walk; `columns` still hands out plain arrays, made on first use, for the rare reader
 * that wants them.
 */
import type { Role } from "./model";

/** Excel date serial (days since 1899-12-30, 1900 date system), whole days. */
export type DateSerial = number;

/** Typed value of one cell after its check, by field type:
 * cvr/pnummer/text/segment/effectScale/referralScale/kommunetype/activityStatus → canonical string;
 * date → DateSerial; number/hours/score → number; yesNo → boolean; list → readonly string[]. */
export type TypedValue = string | number | boolean | readonly string[] | null;

/** One dictionary code per row, as narrow as the number of distinct values allows. */
export type CodeArray = Uint8Array | Uint16Array | Int32Array;

/** Dictionary encoding: one code per row, 0 for no value; `values[0]` is null. */
export interface ColumnDictionary {
  readonly codes: CodeArray;
  readonly values: readonly TypedValue[];
}

/**
 * One checked column. `at(i)` always works; the optional views are what fast readers use:
 * `dict` for coded columns (few distinct values), `numbers` for number/date/hours/score fields
 * (NaN where there is no value), `cvrKeys` for CVR fields (the 8 digits as an integer, 0 where
 * there is none).
 */
export interface ColumnView {
  readonly length: number;
  at(row: number): TypedValue;
  readonly dict?: ColumnDictionary;
  readonly numbers?: Float64Array;
  readonly cvrKeys?: Int32Array;
}

export interface CleanTable {
  readonly role: Role;
  readonly sheet: string;
  readonly table: string | null;
  /** Excel row number of data row 0. */
  readonly firstRow: number;
  readonly rowCount: number;
  /** Fields that are bound to a column (a bound field may still be blank in a row). */
  readonly fields: ReadonlySet<string>;
  /** Column header in the user's workbook per bound field (for messages). */
  readonly headers: Readonly<Record<string, string>>;
  /** Typed values per field, one per data row (plain arrays; see `views` for the compact form). */
  readonly columns: Readonly<Record<string, readonly TypedValue[]>>;
  /** The compact form of each bound field's column, when the checks made one. */
  readonly views?: Readonly<Record<string, ColumnView>>;
  /** 1 for rows that are entirely blank (skipped by every indicator). */
  readonly blank: ArrayLike<boolean | number>;
}

export type CleanData = Readonly<Partial<Record<Role, CleanTable>>>;

/** Canonical values of the coded columns (docs/data-dictionary.md). */
export const SEGMENTS = ["drift", "vækst"] as const;
export const EFFECT_SCALE = ["i høj grad", "i nogen grad", "i lav grad", "slet ikke", "ved ikke"] as const;
export const REFERRAL_SCALE = ["ja", "forventer", "nej", "ved ikke"] as const;
export const KOMMUNETYPER = ["by", "land"] as const;
export const ACTIVITY_STATUS = ["opfyldt", "delvist", "ikke opfyldt"] as const;

const EMPTY: readonly TypedValue[] = [];
const FROM_ARRAYS = new WeakMap<readonly TypedValue[], ColumnView>();

/** Distinct values above which a column read from plain values gets no dictionary. */
const dictionaryLimit = (rows: number): number => Math.max(256, rows >>> 4);

/**
 * A view of a column given as plain values (tables built by hand, in tests): numbers when every
 * value is a number, a dictionary when the values are scalars and few. Made once per array.
 */
export function viewOfValues(values: readonly TypedValue[], rowCount: number = values.length): ColumnView {
  const known = FROM_ARRAYS.get(values);
  if (known !== undefined && known.length === rowCount) return known;
  const at = (i: number): TypedValue => values[i] ?? null;
  let allNumbers = true;
  let scalars = true;
  for (let i = 0; i < rowCount; i++) {
    const v = values[i];
    if (v === null || v === undefined) continue;
    if (typeof v !== "number") allNumbers = false;
    if (typeof v === "object") scalars = false;
  }
  let view: ColumnView = { length: rowCount, at };
  if (allNumbers) {
    const numbers = new Float64Array(rowCount).fill(NaN);
    for (let i = 0; i < rowCount; i++) {
      const v = values[i];
      if (typeof v === "number") numbers[i] = v;
    }
    view = { ...view, numbers };
  }
  if (scalars) {
    const codes = new Int32Array(rowCount);
    const ids = new Map<TypedValue, number>();
    const distinct: TypedValue[] = [null];
    const limit = dictionaryLimit(rowCount);
    let ok = true;
    for (let i = 0; i < rowCount && ok; i++) {
      const v = values[i];
      if (v === null || v === undefined || v === "") continue;
      let id = ids.get(v);
      if (id === undefined) {
        if (distinct.length > limit) ok = false;
        id = distinct.length;
        distinct.push(v);
        ids.set(v, id);
      }
      codes[i] = id;
    }
    if (ok) view = { ...view, dict: { codes, values: distinct } };
  }
  FROM_ARRAYS.set(values, view);
  return view;
}

/** The view of a bound field's column (the checks' compact one, or one made from `columns`). */
export function columnView(table: CleanTable, field: string): ColumnView {
  const made = table.views?.[field];
  if (made !== undefined) return made;
  return viewOfValues(table.columns[field] ?? EMPTY, table.rowCount);
}

/** The plain values of a view, one per row. */
export function valuesOfView(view: ColumnView): TypedValue[] {
  const out = new Array<TypedValue>(view.length);
  for (let i = 0; i < view.length; i++) out[i] = view.at(i);
  return out;
}

/**
 * A `columns` record over views whose plain arrays are made on first read of each field, and
 * kept. Enumerable like a plain record.
 */
export function lazyColumns(
  views: Readonly<Record<string, ColumnView>>,
): Readonly<Record<string, readonly TypedValue[]>> {
  const out: Record<string, readonly TypedValue[]> = {};
  for (const field of Object.keys(views)) {
    let made: readonly TypedValue[] | undefined;
    Object.defineProperty(out, field, {
      enumerable: true,
      get: () => (made ??= valuesOfView(views[field]!)),
    });
  }
  return out;
}
