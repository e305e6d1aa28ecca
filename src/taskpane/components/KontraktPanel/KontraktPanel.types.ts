import type { Severity } from "../../../app/types";
import type { Lang } from "../../strings";

export interface SourceChoice {
  readonly id: string;
  readonly label: string;
}

/** One input of the form; uncontrolled, so typing is never slowed by a round through the state. */
export interface FieldView {
  readonly key: string;
  readonly label: string;
  readonly value: string;
  readonly kind: "text" | "number";
  /** The problem at this field's path, in the pane's language. */
  readonly error: string | null;
}

export interface IndicatorView {
  readonly key: string;
  /** Group name: "Indikator: AI-tjek". */
  readonly name: string;
  readonly fields: readonly FieldView[];
  /** Why the target cannot be edited here (set by an option), or null. */
  readonly note: string | null;
}

export interface GoalFormView {
  readonly key: string;
  /** "Mål 9: Sjællandske virksomheder …" */
  readonly heading: string;
  readonly title: FieldView;
  readonly indicators: readonly IndicatorView[];
  readonly hasError: boolean;
}

export interface ProblemView {
  readonly key: string;
  readonly severity: Severity;
  readonly severityText: string;
  /** JSON path or cell. */
  readonly where: string;
  readonly message: string;
}

export interface DraftView {
  readonly heading: string;
  /** Changes when a new draft is made: the form's inputs start again from it. */
  readonly generation: number;
  readonly goals: readonly GoalFormView[];
  readonly problems: readonly ProblemView[];
  readonly valid: boolean;
  /** The contract file as it would be saved or downloaded. */
  readonly json: string;
}

export interface SaveView {
  readonly lines: readonly string[];
  /** The sheet says something else: the question whether to overwrite it. */
  readonly conflict: string | null;
}

/** Everything the "new contract" panel shows, and what its controls do. */
export interface KontraktPanelState {
  readonly lang: Lang;
  readonly sources: readonly SourceChoice[];
  readonly from: string;
  readonly id: string;
  readonly title: string;
  readonly year: string;
  readonly canCreate: boolean;
  /** Problems of the last "create", file or sheet that gave no draft (a draft there was stays). */
  readonly problems: readonly ProblemView[];
  readonly draft: DraftView | null;
  readonly save: SaveView | null;
  readonly canSave: boolean;
  readonly canDiscard: boolean;
  onFrom(id: string): void;
  onId(value: string): void;
  onTitle(value: string): void;
  onYear(value: string): void;
  onCreate(): void;
  onImport(file: File | null): void;
  onEdit(key: string, text: string): void;
  onDownload(): void;
  onSave(): void;
  onConfirmSave(): void;
  onForce(): void;
  onCancelSave(): void;
  onDiscard(): void;
}
