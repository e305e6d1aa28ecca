import { Button, Text } from "@fluentui/react-components";
import { t } from "../../strings";
import type { StartPanelState } from "./StartPanel.types";
import type { useStartPanelStyles } from "./useStartPanelStyles.styles";

export function renderStartPanel(s: StartPanelState, classes: ReturnType<typeof useStartPanelStyles>) {
  const { lang } = s;
  return (
    <section className={classes.root} aria-label={t("tabStart", lang)}>
      <Text>{t("startIntro", lang)}</Text>
      {s.contract ? (
        <Text weight="semibold">{s.contract}</Text>
      ) : (
        <Text className={classes.hint}>{t("errNoContract", lang)}</Text>
      )}
      <Button appearance="primary" disabled={!s.canInsert} onClick={s.onInsert}>
        {t("startGo", lang)}
      </Button>
    </section>
  );
}
