import { usePane } from "../../actions/manager";
import { chosenContract } from "../../contracts";
import type { StartPanelState } from "./StartPanel.types";

export function useStartPanel(): StartPanelState {
  const { state, run, can, services } = usePane();
  const c = chosenContract(state, services);
  return {
    lang: state.lang,
    contract: c ? (state.lang === "en" && c.titleEn ? c.titleEn : c.title) : null,
    canInsert: can("insertFillIn"),
    onInsert: () => void run("insertFillIn"),
  };
}
