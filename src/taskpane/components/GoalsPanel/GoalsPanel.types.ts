import type { GoalStatus } from "../../../app/types";
import type { Lang } from "../../strings";

export interface PaceView {
  readonly onTrack: boolean;
  readonly text: string;
}

export interface IndicatorView {
  readonly id: string;
  readonly label: string;
  /** "Realiseret 30 · måltal ≥ 40". */
  readonly figures: string;
  readonly pct: number | null;
  readonly pctText: string;
  readonly status: GoalStatus;
  /** "For 100 %: 12 flere vækstplaner", … */
  readonly needed: readonly string[];
  readonly pace: PaceView | null;
  readonly notes: readonly string[];
}

export interface GoalView {
  readonly id: string;
  readonly title: string;
  /** 0–100 or null; a lower bound while some parts lack data. */
  readonly pct: number | null;
  readonly pctText: string;
  /** "83,3 % opfyldt", or "mindst 50 % opfyldt — kun 1 af 2 delmål har data". */
  readonly fulfilmentText: string;
  readonly status: GoalStatus;
  /** "Mangler data (1 af 2 delmål)" while some parts lack data. */
  readonly statusText: string;
  readonly pace: PaceView | null;
  readonly indicators: readonly IndicatorView[];
  readonly notes: readonly string[];
}

export interface GoalsPanelState {
  readonly lang: Lang;
  readonly heading: string | null;
  readonly goals: readonly GoalView[] | null;
  readonly canEvaluate: boolean;
  /** The goal whose what-if is open. */
  readonly whatIfGoal: string | null;
  onEvaluate(): void;
  onWhatIf(goalId: string | null): void;
}
