/**
 * "Om Kontrakttjek": the version and where it runs (to copy into a support mail), what the
 * add-in writes and where, that the data stays in the workbook, how to remove everything, and
 * the support address from the manifest.
 */
import { renderAboutPanel } from "./renderAboutPanel";
import { useAboutPanel } from "./useAboutPanel";
import { useAboutPanelStyles } from "./useAboutPanelStyles.styles";
import type { AboutPanelProps } from "./AboutPanel.types";

export function AboutPanel(props: AboutPanelProps) {
  const state = useAboutPanel(props);
  const classes = useAboutPanelStyles();
  return renderAboutPanel(state, classes);
}
