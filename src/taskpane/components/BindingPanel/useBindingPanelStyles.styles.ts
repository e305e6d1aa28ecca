import { makeStyles, tokens } from "@fluentui/react-components";

export const useBindingPanelStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  role: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  roleHeader: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  field: { display: "grid", gridTemplateColumns: "1fr auto", alignItems: "end", columnGap: tokens.spacingHorizontalS },
  lack: { display: "flex", flexDirection: "column" },
  hint: { color: tokens.colorNeutralForeground3 },
  issues: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});
