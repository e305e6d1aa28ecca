import type { Lang } from "../../strings";

export interface StartPanelState {
  readonly lang: Lang;
  /** The chosen contract's title, or null when none is chosen. */
  readonly contract: string | null;
  readonly canInsert: boolean;
  onInsert(): void;
}
