/** Step 4: a card per goal (fulfilment bar, status, figures, notes, half-year pace) and its what-if. */
import { WhatIfPanel } from "../WhatIfPanel/WhatIfPanel";
import { renderGoalsPanel } from "./renderGoalsPanel";
import { useGoalsPanel } from "./useGoalsPanel";
import { useGoalsPanelStyles } from "./useGoalsPanelStyles.styles";

export function GoalsPanel() {
  const state = useGoalsPanel();
  const classes = useGoalsPanelStyles();
  const whatIf = state.whatIfGoal ? (
    <WhatIfPanel goalId={state.whatIfGoal} onClose={() => state.onWhatIf(null)} />
  ) : null;
  return renderGoalsPanel(state, classes, whatIf);
}
