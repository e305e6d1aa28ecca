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
  // Side by side where both fit (450 px), one under the other at 320 px: labels never overlap.
  pair: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 9rem), 1fr))",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  field: { minWidth: 0, "& label": { overflowWrap: "anywhere" } },
  input: { width: "100%", minWidth: 0 },
  result: { fontWeight: tokens.fontWeightSemibold },
  small: { color: tokens.colorNeutralForeground2 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});
