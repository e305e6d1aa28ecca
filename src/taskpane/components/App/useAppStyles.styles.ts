import { makeStyles, tokens } from "@fluentui/react-components";

export const useAppStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: "100vh",
    width: "100%",
    maxWidth: "100%",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  subtitle: { color: tokens.colorNeutralForeground3 },
  about: { alignSelf: "flex-start", minWidth: 0, paddingLeft: 0 },
  tabs: { flexWrap: "wrap" },
  panel: {
    paddingTop: tokens.spacingVerticalS,
    minWidth: 0,
    // Native selects are as wide as their longest option; let them shrink to the pane instead.
    "& .fui-Field, & .fui-Select, & select": { minWidth: 0, maxWidth: "100%" },
  },
});
