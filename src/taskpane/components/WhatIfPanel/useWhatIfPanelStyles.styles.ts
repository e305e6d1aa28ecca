import { makeStyles, tokens } from "@fluentui/react-components";

export const useWhatIfPanelStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  hint: { color: tokens.colorNeutralForeground3 },
  indicator: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  pair: { display: "grid", gridTemplateColumns: "1fr 1fr", columnGap: tokens.spacingHorizontalS },
  result: { fontWeight: tokens.fontWeightSemibold },
  small: { color: tokens.colorNeutralForeground2 },
  buttons: { display: "flex", columnGap: tokens.spacingHorizontalS },
});
