import type { Lang } from "../../strings";

export interface BusyBarState {
  readonly lang: Lang;
  readonly visible: boolean;
  readonly label: string;
  /** 0–1, or undefined while the total is unknown (an indeterminate bar). */
  readonly value: number | undefined;
  readonly progressText: string | null;
  readonly cancellable: boolean;
  onCancel(): void;
}
