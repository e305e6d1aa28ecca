import { usePane } from "../../actions/manager";
import type { StartPanelState } from "./StartPanel.types";

export function useStartPanel(): StartPanelState {
  const { state, run, can, services } = usePane();
  const c = services.contracts().find((x) => x.id === state.contractId);
  return {
    lang: state.lang,
    contract: c ? (state.lang === "en" && c.titleEn ? c.titleEn : c.title) : null,
    canInsert: can("insertFillIn"),
    onInsert: () => void run("insertFillIn"),
  };
}
