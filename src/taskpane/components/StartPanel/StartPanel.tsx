/** Start from nothing: insert the contract's fill-in sheets into the open workbook. */
import { renderStartPanel } from "./renderStartPanel";
import { useStartPanel } from "./useStartPanel";
import { useStartPanelStyles } from "./useStartPanelStyles.styles";

export function StartPanel() {
  const state = useStartPanel();
  const classes = useStartPanelStyles();
  return renderStartPanel(state, classes);
}
