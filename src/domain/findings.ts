/**
 * Findings are data (after Frictionless' validation report): a stable code, a location taken
 * from the row, the offending value, and parameters for the message template. The text itself
 * lives in `src/i18n/` so the domain stays language-free.
 */

export type Severity = "error" | "warning" | "info";

export interface Finding {
  readonly severity: Severity;
  /** Stable kebab-case rule id, e.g. `cvr-check-digit`. */
  readonly rule: string;
  readonly sheet: string | null;
  readonly table: string | null;
  /** Excel row number (1-based) or null when the finding is about a whole table. */
  readonly row: number | null;
  /** The column header as it stands in the user's workbook. */
  readonly column: string | null;
  /** The offending value as text (empty string for blank). */
  readonly value: string | null;
  /** Named values for the message template (limits, related rows, …). */
  readonly params?: Readonly<Record<string, string | number>>;
}

export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Sort findings by sheet, row, column, rule: the order a person reads a sheet in. */
export const compareFindings = (a: Finding, b: Finding): number =>
  (a.sheet ?? "").localeCompare(b.sheet ?? "") ||
  (a.row ?? 0) - (b.row ?? 0) ||
  (a.column ?? "").localeCompare(b.column ?? "") ||
  a.rule.localeCompare(b.rule);
