/**
 * Checked, typed data: what the entry checks hand to the indicators. A value that failed its
 * check is `null` here (left out of every indicator) and reported as a finding instead.
 */
import type { Role } from "./model";

/** Excel date serial (days since 1899-12-30, 1900 date system), whole days. */
export type DateSerial = number;

/** Typed value of one cell after its check, by field type:
 * cvr/pnummer/text/segment/effectScale/referralScale/kommunetype/activityStatus → canonical string;
 * date → DateSerial; number/hours/score → number; yesNo → boolean; list → readonly string[]. */
export type TypedValue = string | number | boolean | readonly string[] | null;

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
  /** Typed values per field, one per data row. */
  readonly columns: Readonly<Record<string, readonly TypedValue[]>>;
  /** True for rows that are entirely blank (skipped by every indicator). */
  readonly blank: readonly boolean[];
}

export type CleanData = Readonly<Partial<Record<Role, CleanTable>>>;

/** Canonical values of the coded columns (DESIGN.md §3). */
export const SEGMENTS = ["drift", "vækst"] as const;
export const EFFECT_SCALE = ["i høj grad", "i nogen grad", "i lav grad", "slet ikke", "ved ikke"] as const;
export const REFERRAL_SCALE = ["ja", "forventer", "nej", "ved ikke"] as const;
export const KOMMUNETYPER = ["by", "land"] as const;
export const ACTIVITY_STATUS = ["opfyldt", "delvist", "ikke opfyldt"] as const;
