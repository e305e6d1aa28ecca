/**
 * Every rule the entry checks can emit, with its usual severity. Some rules change severity
 * with the registration rules in force (see `severity` in the finding itself); the texts live
 * in each locale (`src/i18n/locales/`, `findings.rules`), keyed by these ids, so a missing
 * translation fails the type check.
 */
import type { Severity } from "../findings";

export const RULES = {
  "cell-error-value": "error",
  "formula-not-calculated": "error",
  "cvr-blank": "error",
  "cvr-format": "error",
  "cvr-leading-zero": "error",
  "cvr-check-digit": "error",
  "cvr-normalised": "info",
  "pnummer-missing": "warning",
  "pnummer-format": "error",
  "segment-invalid": "error",
  "segment-missing": "warning",
  "tema-missing": "warning",
  "henvist-missing": "warning",
  "score-invalid": "error",
  "effect-invalid": "error",
  "referral-invalid": "error",
  "sustainability-invalid": "error",
  "date-invalid": "error",
  "startdate-missing": "warning",
  "start-after-end": "error",
  "founded-after-start": "warning",
  "number-invalid": "error",
  "hours-negative": "error",
  "hours-implausible": "error",
  "yesno-invalid": "error",
  "hours-over-3-not-evaluated": "error",
  "hours-over-20-no-decision": "error",
  // Rammeaftale 2019–20: "registrerer alle betjente virksomheder (cvr) og den service, som er ydet".
  "service-missing": "warning",
  // "registrerer og brugerevaluerer alle virksomheder" (2024–27 §9; 2019–20): an answer's company is registered.
  "answer-cvr-unregistered": "warning",
  "duplicate-row": "warning",
  "totals-row-skipped": "info",
  "noegle-duplicate": "error",
  "kommunetype-invalid": "error",
  // A course's Kommune neither the Kommuner table nor the contract knows ("Næsved"): left out where it counts.
  "municipality-unknown": "warning",
  "activity-status-invalid": "error",
  "required-blank": "warning",
  "field-missing": "warning",
  "rule-not-checked": "info",
  "more-findings": "info",
  "internal-error": "error",
  // Binding (src/domain/binding): how the workbook's tables were tied to the roles.
  "binding-missing-required": "warning",
  "binding-guessed-column": "info",
  "binding-duplicate-header": "warning",
  "binding-merged-cells": "warning",
  "binding-hidden-sheet": "info",
  "binding-role-unbound": "info",
  "binding-file-unknown-sheet": "error",
  "binding-file-unknown-table": "error",
  "binding-file-header-row": "error",
  "binding-file-unknown-column": "error",
  "binding-file-column-twice": "error",
  "binding-file-unknown-key": "error",
  "binding-file-unknown-activity": "error",
  "binding-file-letter-conflict": "warning",
  "binding-file-unknown-row": "error",
  "binding-values-mismatch": "warning",
  // Inputs a goal needs and did not get (src/domain/binding/inputs.ts), and guessed matches.
  "input-table-missing": "warning",
  "input-municipalities-missing": "warning",
  "input-column-missing": "warning",
  "input-key-missing": "warning",
  "input-item-missing": "warning",
  "input-key-matched": "info",
  "input-item-matched": "info",
} as const satisfies Readonly<Record<string, Severity>>;

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];

export type Registration = "2024-2027" | "2019-2020" | "none";

export interface CheckOptions {
  /** Which registration rules apply (the contract's `registration`). */
  readonly registration: Registration;
  /** Findings kept per rule and table before the rest are summarised in `more-findings`; default 1000. */
  readonly maxPerRule?: number;
  /**
   * The caller keeps nothing of `clean` past its next `checkData` call (it evaluates and keeps
   * only the results): the typed columns then reuse the same memory from call to call instead
   * of a million-row table's worth of new arrays each time.
   */
  readonly reuseMemory?: boolean;
  /** The contract's municipalities: a course's Kommune known to neither them nor Kommuner is a finding. */
  readonly municipalities?: readonly string[];
}
