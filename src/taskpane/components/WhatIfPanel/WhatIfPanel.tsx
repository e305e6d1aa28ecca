/** What-if for one goal: change realised figures and targets, see fulfilment at once; the workbook is untouched. */
import { renderWhatIfPanel } from "./renderWhatIfPanel";
import { useWhatIfPanel } from "./useWhatIfPanel";
import { useWhatIfPanelStyles } from "./useWhatIfPanelStyles.styles";
import type { WhatIfPanelProps } from "./WhatIfPanel.types";

export function WhatIfPanel(props: WhatIfPanelProps) {
  const state = useWhatIfPanel(props);
  const classes = useWhatIfPanelStyles();
  return renderWhatIfPanel(state, classes);
}
