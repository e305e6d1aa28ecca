/** Progress of a long action, with cancel. */
import { renderBusyBar } from "./renderBusyBar";
import { useBusyBar } from "./useBusyBar";
import { useBusyBarStyles } from "./useBusyBarStyles.styles";

export function BusyBar() {
  const state = useBusyBar();
  const classes = useBusyBarStyles();
  return renderBusyBar(state, classes);
}
