import type { TaskpaneHost } from "../../../taskpane/host";
import type { Services } from "../../../taskpane/services";
import type { Lang } from "../../../taskpane/strings";
import type { DemoWorkbook } from "../../demo-workbook";

export interface DemoProps {
  readonly book: DemoWorkbook;
  readonly services: Services;
  readonly lang: Lang;
  readonly theme: "light" | "dark";
  /** The pane alone at the window's width (no grid), as in Excel's task pane. */
  readonly paneOnly?: boolean;
}

export interface DemoState {
  readonly lang: Lang;
  readonly theme: "light" | "dark";
  readonly book: DemoWorkbook;
  readonly host: TaskpaneHost;
  readonly services: Services;
  /** Bumped when a file is opened: the pane starts afresh on it. */
  readonly opened: number;
  /** The user's own file's name, once opened. */
  readonly fileName: string | null;
  /** Why the chosen file could not be opened. */
  readonly fileError: string | null;
  /** A file is being dragged over the page. */
  readonly dragging: boolean;
  readonly paneOnly: boolean;
  onLang(lang: Lang): void;
  onFile(file: File): void;
  onDragging(over: boolean): void;
  onDownload(): void;
}
