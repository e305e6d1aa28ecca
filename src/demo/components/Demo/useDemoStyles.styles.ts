import { makeStyles, tokens } from "@fluentui/react-components";

export const useDemoStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  bar: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  intro: { color: tokens.colorNeutralForeground3 },
  body: { display: "flex", flexGrow: 1, minHeight: 0 },
  grid: { flexGrow: 1, minWidth: 0, padding: tokens.spacingHorizontalM, display: "flex", flexDirection: "column" },
  title: { display: "flex", flexDirection: "column" },
  pane: {
    width: "380px",
    flexShrink: 0,
    overflowY: "auto",
    overflowX: "hidden",
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
});
