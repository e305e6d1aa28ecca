import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  Title3,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { PaneContext } from "../../actions/manager";
import { ServicesContext } from "../../services";
import type { TabId } from "../../state";
import { t } from "../../strings";
import { AboutPanel } from "../AboutPanel/AboutPanel";
import { BindingPanel } from "../BindingPanel/BindingPanel";
import { BusyBar } from "../BusyBar/BusyBar";
import { CheckPanel } from "../CheckPanel/CheckPanel";
import { ContractPanel } from "../ContractPanel/ContractPanel";
import { GoalsPanel } from "../GoalsPanel/GoalsPanel";
import { KontraktPanel } from "../KontraktPanel/KontraktPanel";
import { StartPanel } from "../StartPanel/StartPanel";
import { RovingTab, Tabs } from "../Tabs/Tabs";
import { WritePanel } from "../WritePanel/WritePanel";
import type { AppState } from "./App.types";
import type { useAppStyles } from "./useAppStyles.styles";

const PANELS: Readonly<Record<TabId, () => React.JSX.Element | null>> = {
  contract: ContractPanel,
  author: KontraktPanel,
  binding: BindingPanel,
  check: CheckPanel,
  goals: GoalsPanel,
  write: WritePanel,
  start: StartPanel,
};

export function renderApp(s: AppState, classes: ReturnType<typeof useAppStyles>) {
  const { state, host, services } = s.pane;
  const { lang } = state;
  const Panel = PANELS[s.tab];
  return (
    <FluentProvider theme={host.theme === "dark" ? webDarkTheme : webLightTheme} lang={lang}>
      <ServicesContext.Provider value={services}>
        <PaneContext.Provider value={s.pane}>
          <main className={classes.root} data-ready={s.ready ? "true" : "false"} aria-busy={!s.ready}>
            <header className={classes.header}>
              <Title3 as="h1">{t("appTitle", lang)}</Title3>
              <Text size={200} className={classes.subtitle}>
                {t("appSubtitle", lang)}
              </Text>
              {!s.about && (
                <Button size="small" appearance="subtle" className={classes.about} onClick={() => s.onAbout(true)}>
                  {t("aboutOpen", lang)}
                </Button>
              )}
            </header>
            {s.error && (
              <MessageBar intent="error" role="alert">
                <MessageBarBody>
                  <MessageBarTitle>{t("errorTitle", lang)}</MessageBarTitle>
                  {s.error}
                </MessageBarBody>
                <MessageBarActions>
                  <Button size="small" onClick={s.onDismiss}>
                    {t("dismiss", lang)}
                  </Button>
                </MessageBarActions>
              </MessageBar>
            )}
            {s.notice && (
              <MessageBar intent="success" role="status">
                <MessageBarBody>{s.notice}</MessageBarBody>
                <MessageBarActions>
                  <Button size="small" onClick={s.onDismiss}>
                    {t("dismiss", lang)}
                  </Button>
                </MessageBarActions>
              </MessageBar>
            )}
            <BusyBar />
            {s.about ? (
              <AboutPanel onClose={() => s.onAbout(false)} />
            ) : (
              <>
                <Tabs
                  className={classes.tabs}
                  size="small"
                  selectedValue={s.tab}
                  onTabSelect={(_, d) => s.onTab(d.value as TabId)}
                  aria-label={t("navLabel", lang)}
                >
                  {s.tabs.map((tab) => (
                    <RovingTab
                      key={tab.id}
                      value={tab.id}
                      selected={tab.id === s.tab}
                      id={`kt-tab-${tab.id}`}
                      aria-controls="kt-panel"
                    >
                      {tab.label}
                    </RovingTab>
                  ))}
                </Tabs>
                <div className={classes.panel} role="tabpanel" id="kt-panel" aria-labelledby={`kt-tab-${s.tab}`}>
                  <Panel />
                </div>
              </>
            )}
          </main>
        </PaneContext.Provider>
      </ServicesContext.Provider>
    </FluentProvider>
  );
}
