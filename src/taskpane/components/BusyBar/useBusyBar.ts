import { usePane } from "../../actions/manager";
import { t } from "../../strings";
import type { BusyBarState } from "./BusyBar.types";

export function useBusyBar(): BusyBarState {
  const { state, cancel } = usePane();
  const { lang, busy } = state;
  return {
    lang,
    visible: busy !== null,
    label: busy ? t(busy.label, lang) : "",
    value: busy && busy.total > 0 ? Math.min(1, busy.done / busy.total) : undefined,
    progressText: busy && busy.total > 0 ? t("busyProgress", lang, { done: busy.done, total: busy.total }) : null,
    cancellable: busy?.cancellable ?? false,
    onCancel: cancel,
  };
}
