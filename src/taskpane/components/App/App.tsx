/** The task pane: Fluent provider with Office's theme, steps as tabs, one panel at a time. */
import { renderApp } from "./renderApp";
import type { AppProps } from "./App.types";
import { useApp } from "./useApp";
import { useAppStyles } from "./useAppStyles.styles";

export function App(props: AppProps) {
  const state = useApp(props);
  const classes = useAppStyles();
  return renderApp(state, classes);
}
