import { Button, Link, Subtitle2, Text } from "@fluentui/react-components";
import { t } from "../../strings";
import type { AboutPanelState } from "./AboutPanel.types";
import type { useAboutPanelStyles } from "./useAboutPanelStyles.styles";

export function renderAboutPanel(s: AboutPanelState, classes: ReturnType<typeof useAboutPanelStyles>) {
  const { lang } = s;
  return (
    <section className={classes.root} aria-labelledby="kt-about-title">
      <Subtitle2 as="h2" id="kt-about-title">
        {t("aboutTitle", lang)}
      </Subtitle2>
      <div className={classes.facts}>
        <Text>{t("aboutVersion", lang, { version: s.version })}</Text>
        <Text>{t("aboutPlatform", lang, { platform: s.platform })}</Text>
        {s.tables.map((x) => (
          <Text key={x} className={classes.small}>
            {x}
          </Text>
        ))}
      </div>
      <h3 className={classes.heading}>{t("aboutWritesTitle", lang)}</h3>
      <ul className={classes.list}>
        <li>{t("aboutWritesStatus", lang)}</li>
        <li>{t("aboutWritesKontrol", lang)}</li>
        <li>{t("aboutWritesRecord", lang)}</li>
        <li>{t("aboutWritesSettings", lang)}</li>
        <li>{t("aboutWritesScenario", lang)}</li>
      </ul>
      <h3 className={classes.heading}>{t("aboutPrivacyTitle", lang)}</h3>
      <Text as="p">{t("aboutPrivacy", lang)}</Text>
      <h3 className={classes.heading}>{t("aboutRemoveTitle", lang)}</h3>
      <Text as="p">{t("aboutRemove", lang, { tab: t("tabWrite", lang), button: t("cleanGo", lang) })}</Text>
      {s.supportUrl !== null && (
        <Link href={s.supportUrl} target="_blank" rel="noreferrer">
          {t("aboutSupport", lang)}
        </Link>
      )}
      <div className={classes.buttons}>
        <Button size="small" onClick={s.onCopy}>
          {t("aboutCopy", lang)}
        </Button>
        <Button size="small" appearance="primary" onClick={s.onClose}>
          {t("aboutClose", lang)}
        </Button>
      </div>
      <div role="status">{s.copied ? <Text className={classes.small}>{t("aboutCopied", lang)}</Text> : null}</div>
    </section>
  );
}
