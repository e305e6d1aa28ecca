/**
 * The notes the evaluation puts on goals and indicators — why a figure is missing, which default
 * applied — as codes with parameters, like findings. Each locale says them in words
 * (`src/i18n/locales/`, section `notes`); the app renders them in the user's language.
 */

export type EngineNoteCode =
  | "table-missing"
  | "fields-missing"
  | "no-rows"
  | "key-missing"
  | "key-other-year"
  | "key-duplicate"
  | "key-fraction-percent"
  | "activities-missing"
  | "activities-unmatched"
  | "target-missing"
  | "population-missing"
  | "kommune-unknown"
  | "period-unplaced"
  | "period-field-unbound"
  | "period-field-missing"
  | "answers-all-periods"
  | "answers-without-company"
  | "founded-unknown"
  | "blank-left-out"
  | "types-uncounted"
  | "half-year-not-agreed"
  | "option-fallback"
  | "key-year-at-half"
  | "default-proportional"
  | "default-threshold"
  | "default-checklist"
  | "default-mean"
  | "partial-data"
  | "pace-pro-rata"
  | "pace-level"
  | "weight-zero"
  | "whatif-unreachable"
  | "division-by-zero";

export interface EngineNote {
  readonly code: EngineNoteCode;
  readonly params?: Readonly<Record<string, string | number>>;
}
