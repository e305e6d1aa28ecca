/** The browser demo: the example workbook as a grid on the left, the very same task pane on the right. */
import type { DemoProps } from "./Demo.types";
import { renderDemo } from "./renderDemo";
import { useDemo } from "./useDemo";
import { useDemoStyles } from "./useDemoStyles.styles";

export function Demo(props: DemoProps) {
  const state = useDemo(props);
  const classes = useDemoStyles();
  return renderDemo(state, classes);
}
