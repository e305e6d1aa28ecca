/**
 * The authoring codes: findings in a `Kontrakt` sheet and in an imported contract file, with
 * their severity, the reasons behind them (a filter, rule or target that does not parse, a schema
 * violation) and the nouns a message names. Codes and parameters only: the words are in each
 * locale (`src/i18n/locales/`, section `authoring`), keyed by these types.
 */
import type { Severity } from "../findings";
import type { FilterErrorCode } from "./filter/parse";

/** Finding rule ids of the `Kontrakt` sheet and of contract JSON checks (also used by `lintContract`). */
export const AUTHORING_RULES = {
  "kontrakt-sheet-empty": "error",
  "kontrakt-too-big": "error",
  "kontrakt-header-missing": "error",
  "kontrakt-column-missing": "error",
  "kontrakt-column-unknown": "warning",
  "kontrakt-column-duplicate": "error",
  "kontrakt-label-unknown": "warning",
  "kontrakt-cell-error": "error",
  "kontrakt-required": "error",
  "kontrakt-id-invalid": "error",
  "kontrakt-number": "error",
  "kontrakt-number-range": "error",
  "kontrakt-choice": "error",
  "kontrakt-table-unknown": "error",
  "kontrakt-table-mismatch": "error",
  "kontrakt-field-unknown": "error",
  "kontrakt-filter": "error",
  "kontrakt-kind": "error",
  "kontrakt-items-missing": "error",
  "kontrakt-rule": "error",
  "kontrakt-target": "error",
  "kontrakt-target-missing": "error",
  "kontrakt-when": "error",
  "kontrakt-option-unknown": "error",
  "kontrakt-duplicate-id": "error",
  "kontrakt-goal-missing": "error",
  "kontrakt-indicator-missing": "error",
  "kontrakt-goal-empty": "error",
  "kontrakt-no-goals": "error",
  "kontrakt-row-ambiguous": "error",
  "kontrakt-not-used": "warning",
  "kontrakt-notes-en": "warning",
  "kontrakt-option-default": "error",
  "kontrakt-param-value-unknown": "warning",
  "kontrakt-key-undeclared": "info",
  "kontrakt-schema": "error",
  "json-too-large": "error",
  "json-syntax": "error",
  "json-too-deep": "error",
  "json-version": "error",
  "json-schema": "error",
} as const satisfies Record<string, Severity>;

export type AuthoringRule = keyof typeof AUTHORING_RULES;

/** Reasons: why a cell or value failed, rendered inside a finding's message as `{reason}`. */
export type AuthoringReason =
  | FilterErrorCode
  | "rule-unknown"
  | "rule-steps"
  | "rule-steps-pct"
  | "rule-checklist"
  | "target-unknown"
  | "target-param"
  | "target-option"
  | "when-syntax"
  | "kind-unknown"
  | "kind-qualifier"
  | "kind-partial"
  | "schema-required"
  | "schema-type"
  | "schema-empty"
  | "schema-too-long"
  | "schema-too-few"
  | "schema-too-many"
  | "schema-too-small"
  | "schema-above"
  | "schema-too-big"
  | "schema-enum"
  | "schema-unknown-key"
  | "schema-format"
  | "schema-invalid";

export type AuthoringCode = AuthoringRule | AuthoringReason;

/** Nouns passed as `{what}` or `{where}`: what is missing or duplicated, where. */
export type AuthoringNoun =
  | "contract-id"
  | "contract-title"
  | "goal-id"
  | "goal"
  | "indicator"
  | "item"
  | "param"
  | "option"
  | "key-figure"
  | "choice"
  | "title"
  | "kind"
  | "table"
  | "filter"
  | "numerator"
  | "denominator"
  | "field"
  | "label"
  | "goal-row"
  | "item-row"
  | "variant-row"
  | "goal-header"
  | "params"
  | "options"
  | "keyFigures";

export type MessageParams = Readonly<Record<string, string | number>>;

export const severityOf = (rule: AuthoringRule): Severity => AUTHORING_RULES[rule];
