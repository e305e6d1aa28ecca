/** Step 3: every entry checked; findings grouped by rule with counts; a click shows the cell. */
import { renderCheckPanel } from "./renderCheckPanel";
import { useCheckPanel } from "./useCheckPanel";
import { useCheckPanelStyles } from "./useCheckPanelStyles.styles";

export function CheckPanel() {
  const state = useCheckPanel();
  const classes = useCheckPanelStyles();
  return renderCheckPanel(state, classes);
}
