/** "New contract": next year's contract from a known one, edited, checked and saved in the workbook. */
import { renderKontraktPanel } from "./renderKontraktPanel";
import { useKontraktPanel } from "./useKontraktPanel";
import { useKontraktPanelStyles } from "./useKontraktPanelStyles.styles";

export function KontraktPanel() {
  const state = useKontraktPanel();
  const classes = useKontraktPanelStyles();
  return renderKontraktPanel(state, classes);
}
