import type { Pane } from "../../actions/manager";
import type { TaskpaneHost } from "../../host";
import type { Services } from "../../services";
import type { PaneState, TabId } from "../../state";

export interface AppProps {
  readonly host: TaskpaneHost;
  readonly services: Services;
  /** Start from this state instead of restoring from the workbook (tests). */
  readonly initial?: PaneState;
}

export interface AppState {
  readonly pane: Pane;
  readonly tab: TabId;
  readonly tabs: readonly { readonly id: TabId; readonly label: string }[];
  readonly error: string | null;
  readonly notice: string | null;
  /** True once the pane has restored its settings and can be used. */
  readonly ready: boolean;
  /** "Om Kontrakttjek" shown instead of the steps. */
  readonly about: boolean;
  onAbout(open: boolean): void;
  onTab(tab: TabId): void;
  onDismiss(): void;
}
