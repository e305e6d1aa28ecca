import type { Lang } from "../../strings";

export interface PreviewLine {
  readonly key: string;
  readonly text: string;
}

export interface WritePanelState {
  readonly lang: Lang;
  /** What the write will change, line by line; null before "show what will be written". */
  readonly preview: readonly PreviewLine[] | null;
  readonly canPreview: boolean;
  readonly canWrite: boolean;
  /** The last write met the user's own cells: offer to overwrite. */
  readonly canForce: boolean;
  readonly canClean: boolean;
  onPreview(): void;
  onWrite(): void;
  onForce(): void;
  onClean(): void;
}
