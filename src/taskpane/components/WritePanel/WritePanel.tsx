/** Step 5: preview exactly what will change, write it, and remove it again. */
import { renderWritePanel } from "./renderWritePanel";
import { useWritePanel } from "./useWritePanel";
import { useWritePanelStyles } from "./useWritePanelStyles.styles";

export function WritePanel() {
  const state = useWritePanel();
  const classes = useWritePanelStyles();
  return renderWritePanel(state, classes);
}
