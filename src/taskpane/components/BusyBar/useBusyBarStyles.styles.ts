import { makeStyles, tokens } from "@fluentui/react-components";

export const useBusyBarStyles = makeStyles({
  root: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  field: { flexGrow: 1 },
});
