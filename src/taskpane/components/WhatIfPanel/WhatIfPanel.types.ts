import type { GoalStatus } from "../../../domain/engine/types";
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
  onValue(id: string, value: number | null): void;
  onTarget(id: string, target: number | null): void;
  onReset(): void;
  onClose(): void;
}
