/** Step 1: choose the contract, its parameters (house, year) and the period. */
import { renderContractPanel } from "./renderContractPanel";
import { useContractPanel } from "./useContractPanel";
import { useContractPanelStyles } from "./useContractPanelStyles.styles";

export function ContractPanel() {
  const state = useContractPanel();
  const classes = useContractPanelStyles();
  return renderContractPanel(state, classes);
}
