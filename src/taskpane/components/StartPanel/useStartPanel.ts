import { usePane } from "../../actions/manager";
import { chosenContract, contractTitle } from "../../contracts";
import type { StartPanelState } from "./StartPanel.types";

export function useStartPanel(): StartPanelState {
  const { state, run, can, services } = usePane();
  const c = chosenContract(state, services);
  return {
    lang: state.lang,
    contract: c ? contractTitle(c, state.lang) : null,
    canInsert: can("insertFillIn"),
    onInsert: () => void run("insertFillIn"),
  };
}
