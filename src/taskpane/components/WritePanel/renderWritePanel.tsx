import { Button, Subtitle2, Text } from "@fluentui/react-components";
import { t } from "../../strings";
import type { WritePanelState } from "./WritePanel.types";
import type { useWritePanelStyles } from "./useWritePanelStyles.styles";

export function renderWritePanel(s: WritePanelState, classes: ReturnType<typeof useWritePanelStyles>) {
  const { lang } = s;
  return (
    <section className={classes.root} aria-label={t("tabWrite", lang)}>
      <Text className={classes.hint}>{t("writeIntro", lang)}</Text>
      <Button appearance="secondary" disabled={!s.canPreview} onClick={s.onPreview}>
        {t("writePreview", lang)}
      </Button>
      {s.preview && (
        <div role="region" aria-label={t("previewTitle", lang)}>
          <Subtitle2 as="h3">{t("previewTitle", lang)}</Subtitle2>
          {s.preview.length === 0 ? (
            <Text>{t("writeNothing", lang)}</Text>
          ) : (
            <ul className={classes.preview}>
              {s.preview.map((l) => (
                <li key={l.key}>
                  <Text>{l.text}</Text>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className={classes.buttons}>
        <Button appearance="primary" disabled={!s.canWrite} onClick={s.onWrite}>
          {t("writeGo", lang)}
        </Button>
        {s.canForce && (
          <Button appearance="secondary" onClick={s.onForce}>
            {t("writeForce", lang)}
          </Button>
        )}
      </div>
      <Button appearance="subtle" disabled={!s.canClean} onClick={s.onClean}>
        {t("cleanGo", lang)}
      </Button>
    </section>
  );
}
