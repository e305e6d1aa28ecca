import type { GoalStatus } from "../../../app/types";
import type { Lang } from "../../strings";

export interface WhatIfPanelProps {
  readonly goalId: string;
  onClose(): void;
}

export interface WhatIfInputView {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  /** The figures in play (changed or as evaluated). */
  readonly value: number | null;
  readonly target: number | null;
  /** What the fields show: the user's text while typing (even blank), else the figure. */
  readonly valueText: string;
  readonly targetText: string;
  /** What to type instead, when the field's text is not a figure in the user's convention. */
  readonly valueError: string | null;
  readonly targetError: string | null;
  /** Slider range for the target. */
  readonly targetMax: number;
  readonly step: number;
  readonly pctText: string;
  readonly needed: readonly string[];
}

export interface WhatIfPanelState {
  readonly lang: Lang;
  readonly title: string;
  readonly inputs: readonly WhatIfInputView[];
  /** "Målet bliver 62,5 % opfyldt", or "mangler data". */
  readonly resultText: string;
  readonly goalStatus: GoalStatus;
  readonly goalStatusText: string;
  readonly changed: boolean;
  /** Saving as a sheet: asked first (what gets written where), then written. */
  readonly saving: { readonly preview: string } | null;
  readonly canSave: boolean;
  /** Typed text: a number changes the figure; blank goes back to the evaluated one. */
  onValueText(id: string, text: string): void;
  onTargetText(id: string, text: string): void;
  onTarget(id: string, target: number | null): void;
  onReset(): void;
  onClose(): void;
  onSave(): void;
  onSaveGo(): void;
  onSaveCancel(): void;
}
