import { Button, Field, ProgressBar } from "@fluentui/react-components";
import { t } from "../../strings";
import type { BusyBarState } from "./BusyBar.types";
import type { useBusyBarStyles } from "./useBusyBarStyles.styles";

export function renderBusyBar(s: BusyBarState, classes: ReturnType<typeof useBusyBarStyles>) {
  if (!s.visible) return null;
  return (
    <div className={classes.root}>
      <Field className={classes.field} label={s.label} hint={s.progressText ?? undefined}>
        <ProgressBar value={s.value} aria-label={s.label} />
      </Field>
      {s.cancellable && (
        <Button size="small" onClick={s.onCancel}>
          {t("cancel", s.lang)}
        </Button>
      )}
    </div>
  );
}
