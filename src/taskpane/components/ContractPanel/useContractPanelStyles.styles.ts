import { makeStyles, tokens } from "@fluentui/react-components";

export const useContractPanelStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  hint: { color: tokens.colorNeutralForeground3 },
  summary: { color: tokens.colorNeutralForeground2 },
});
