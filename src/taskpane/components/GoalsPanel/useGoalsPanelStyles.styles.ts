import { makeStyles, tokens } from "@fluentui/react-components";

export const useGoalsPanelStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  card: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  // At 320 px a long status goes under the title rather than being cut (issue 14: 320–450 px).
  top: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  title: { flex: "1 1 10rem", minWidth: 0, overflowWrap: "anywhere" },
  badge: { flexShrink: 0, maxWidth: "100%" },
  pct: { fontWeight: tokens.fontWeightSemibold },
  indicator: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  small: { color: tokens.colorNeutralForeground2 },
  onTrack: { color: tokens.colorPaletteGreenForeground1 },
  behind: { color: tokens.colorPaletteRedForeground1 },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground3 },
  hint: { color: tokens.colorNeutralForeground3 },
});
