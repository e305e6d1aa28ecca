import {
  FluentProvider,
  Radio,
  RadioGroup,
  Text,
  Title3,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { LOCALES } from "../../../i18n";
import { App } from "../../../taskpane/components/App/App";
import { t } from "../../../taskpane/strings";
import { Grid } from "../Grid/Grid";
import type { DemoState } from "./Demo.types";
import type { useDemoStyles } from "./useDemoStyles.styles";

export function renderDemo(s: DemoState, classes: ReturnType<typeof useDemoStyles>) {
  const { lang } = s;
  return (
    <FluentProvider theme={s.theme === "dark" ? webDarkTheme : webLightTheme}>
      <div className={classes.root}>
        <header className={classes.bar}>
          <div className={classes.title}>
            <Title3 as="p">{t("demoTitle", lang)}</Title3>
            <Text className={classes.intro}>{t("demoIntro", lang)}</Text>
          </div>
          <RadioGroup
            layout="horizontal"
            value={lang}
            aria-label={t("demoLanguage", lang)}
            onChange={(_, d) => {
              const chosen = LOCALES.find((l) => l.code === d.value);
              if (chosen) s.onLang(chosen.code);
            }}
          >
            {LOCALES.map((l) => (
              <Radio key={l.code} value={l.code} label={l.name} />
            ))}
          </RadioGroup>
        </header>
        <div className={classes.body}>
          <div className={classes.grid}>
            <Grid book={s.book} lang={lang} />
          </div>
          <aside className={classes.pane} aria-label="Kontrakttjek">
            <App key={lang} host={s.host} services={s.services} />
          </aside>
        </div>
      </div>
    </FluentProvider>
  );
}
