/**
 * How a measure kind appears on the `Kontrakt` sheet: the word in `Indikator` (with an optional
 * qualifier in brackets, `fordeling (relativ)`), the measure columns it fills in, and its read
 * and write. The sheet reader and writer (`src/domain/authoring/`) do everything that is the
 * same for every kind — unused columns, the table, the `Filter` column, where each property
 * sits for findings — and hand the rest to the kind through these small interfaces.
 */
import type { Filter } from "../../contract/parts";
import type { MeasureBase } from "../../contract/shape";
import type { CellValue, Role } from "../../model";
import type { Parsed } from "../../authoring/lookup";
import type { AuthoringNoun } from "../../authoring/messages";

/** The goal-table columns a measure is written in (besides `Indikator`). */
export const MEASURE_COLUMNS = ["table", "filter", "numerator", "denominator", "field", "distinct"] as const;
export type MeasureColumn = (typeof MEASURE_COLUMNS)[number];

/** What `Indikator` says: the kind and the qualifier's values (`{ kind: "distribution", relative: true }`). */
export type KindCell<Q extends object = object> = { readonly kind: string } & Partial<Q>;

/** An item a measure lists (a checklist's activities). */
export interface ListedItem {
  readonly id: string;
  readonly text: string;
}

/** The row's measure cells, read for a kind; every mistake is reported on its cell. */
export interface MeasureCellReader {
  /** The cell's text, or null when it is empty. */
  text(column: MeasureColumn): string | null;
  /** `{ table, where }`: the table the measure reads (`Tabel`, or the kind's) and the `Filter` column. */
  readonly base: { readonly table: Role; readonly where?: Filter };
  /** The filter in a column; null after a reported mistake, undefined when empty (reported when required). */
  filter(column: MeasureColumn, required: "numerator" | "denominator" | null): Filter | null | undefined;
  /** The field of the table named in a column; `fallback` when empty (null: required, reported). */
  field(column: MeasureColumn, fallback: string | null): string | null;
  /** A key figure named in a column by id, label or synonym (reported when empty). */
  key(column: MeasureColumn, what: "field" | "numerator" | "denominator"): string | null;
  /** The indicator's item rows (`Punkt`). */
  readonly items: readonly ListedItem[];
}

/** A measure's cells as written: column → value (`kind` is `Indikator`). */
export type MeasureCellValues = Partial<Record<MeasureColumn | "kind", CellValue>>;

/** Writes a table's filters and fields as a person reads them. */
export interface MeasureCellWriter {
  /** `Tabel` and `Filter` of a table measure. */
  table(role: Role, where: Filter | undefined): MeasureCellValues;
  filter(role: Role, filter: Filter): string;
  field(role: Role, field: string): string;
}

/** The qualifier in brackets after the kind's word. */
export interface KindQualifier<M extends MeasureBase, Q extends object> {
  parse(text: string): Parsed<Q>;
  /** The qualifier to write, or null for none. */
  format(m: M): string | null;
}

export interface KindSheet<M extends MeasureBase, Q extends object = object> {
  /** Words for the kind in `Indikator`: the one written first, then other spellings read. */
  readonly words: readonly [string, ...string[]];
  /** The measure columns it reads; any other filled in is reported as not used. */
  readonly columns: readonly MeasureColumn[];
  /** Its table: always the same one, a default when `Tabel` is empty, or required. */
  readonly table: { readonly fixed: Role } | { readonly default: Role } | "required";
  /** Properties that sit in another column than their namesake (findings point there). */
  readonly paths?: Readonly<Record<string, MeasureColumn | "kind">>;
  readonly qualifier?: KindQualifier<M, Q>;
  /** The measure from the row (usually of this kind: `antal` with `Tæl unikke` is a distinct count). */
  read(cells: MeasureCellReader, kind: KindCell<Q>): MeasureBase | null;
  /** The measure columns (and `Indikator`, to write another word than the kind's). */
  write(m: M, cells: MeasureCellWriter): MeasureCellValues;
}

/** Checks of a measure the schema cannot see, beyond the tables, fields and keys it reads. */
export interface MeasureLint {
  /** Reports ids used twice among `items`, found at the measure's `property`. */
  unique(items: readonly { readonly id: string }[], property: string, what: AuthoringNoun): void;
}
