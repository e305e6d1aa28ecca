import { makeStyles, tokens } from "@fluentui/react-components";

export const useStartPanelStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  hint: { color: tokens.colorNeutralForeground3 },
});
