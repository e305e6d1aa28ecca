import {
  Button,
  FluentProvider,
  mergeClasses,
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

const XLSX_TYPES = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function renderDemo(s: DemoState, classes: ReturnType<typeof useDemoStyles>) {
  const { lang } = s;
  if (s.paneOnly) {
    return (
      <FluentProvider theme={s.theme === "dark" ? webDarkTheme : webLightTheme}>
        <App key={lang} host={s.host} services={s.services} />
      </FluentProvider>
    );
  }
  return (
    <FluentProvider theme={s.theme === "dark" ? webDarkTheme : webLightTheme}>
      <div className={classes.root}>
        <header className={classes.bar}>
          <div className={classes.title}>
            <Title3 as="h1">{t("demoTitle", lang)}</Title3>
            {s.fileName === null && <Text className={classes.intro}>{t("demoIntro", lang)}</Text>}
          </div>
          <div className={classes.file}>
            <label className={classes.fileLabel} htmlFor="demo-file">
              {t("demoOpen", lang)}
            </label>
            <input
              id="demo-file"
              className={classes.fileInput}
              type="file"
              accept={XLSX_TYPES}
              aria-describedby="demo-file-hint"
              onChange={(e) => {
                const f = e.target.files?.[0];
                if (f) s.onFile(f);
                e.target.value = "";
              }}
            />
            <Text id="demo-file-hint" size={200} className={classes.intro}>
              {t("demoOpenHint", lang)}
            </Text>
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
          {(s.fileName !== null || s.fileError !== null) && (
            <div className={classes.fileBar}>
              {s.fileError !== null ? (
                <Text role="alert" className={classes.fileError}>
                  {s.fileError}
                </Text>
              ) : (
                <Text role="status">
                  {t("demoOpened", lang, { file: s.fileName ?? "" })} {t("demoReadOnly", lang)}
                </Text>
              )}
              {s.fileName !== null && (
                <Button size="small" appearance="primary" onClick={s.onDownload}>
                  {t("demoDownload", lang)}
                </Button>
              )}
            </div>
          )}
        </header>
        <div className={classes.body}>
          <div
            className={mergeClasses(classes.grid, s.dragging && classes.dropping)}
            onDragOver={(e) => {
              if (!e.dataTransfer.types.includes("Files")) return;
              e.preventDefault();
              s.onDragging(true);
            }}
            onDragLeave={() => s.onDragging(false)}
            onDrop={(e) => {
              e.preventDefault();
              s.onDragging(false);
              const f = e.dataTransfer.files[0];
              if (f) s.onFile(f);
            }}
          >
            <Grid book={s.book} lang={lang} />
          </div>
          {/* The pane's own <main> is the page's main landmark: no landmark around it. */}
          <div className={classes.pane}>
            <App key={`${lang}-${s.opened}`} host={s.host} services={s.services} />
          </div>
        </div>
      </div>
    </FluentProvider>
  );
}
