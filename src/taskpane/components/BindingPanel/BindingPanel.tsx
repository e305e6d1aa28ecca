/** Step 2: the workbook's tables and columns bound to the contract's data, with how sure each match is. */
import { renderBindingPanel } from "./renderBindingPanel";
import { useBindingPanel } from "./useBindingPanel";
import { useBindingPanelStyles } from "./useBindingPanelStyles.styles";

export function BindingPanel() {
  const state = useBindingPanel();
  const classes = useBindingPanelStyles();
  return renderBindingPanel(state, classes);
}
