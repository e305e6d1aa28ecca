/** Rendering a panel inside the pane's providers, with a stub host and services made by hand. */
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, type RenderResult } from "@testing-library/react";
import type { ReactElement, ReactNode } from "react";
import { PaneContext, useActionManager, type Pane } from "./actions/manager";
import type { TaskpaneHost } from "./host";
import { defaultServices, ServicesContext, type Services } from "./services";
import { initialState, type PaneState } from "./state";
import { MemoryWorkbook } from "../workbook/memory";
import type { WorkbookPort } from "../workbook/port";

// jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one.
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

export interface HostCalls {
  selected: [string, number, number][];
}

export function stubHost(
  port: WorkbookPort = MemoryWorkbook.fromSpec({ sheets: [] }),
  lang: "da" | "en" = "da",
): TaskpaneHost & { calls: HostCalls } {
  const calls: HostCalls = { selected: [] };
  return {
    kind: "demo",
    port,
    lang,
    theme: "light",
    calls,
    selectCell: async (sheet, row, column) => {
      calls.selected.push([sheet, row, column]);
    },
    watchChanges: async () => () => undefined,
    insertSheets: async (sheets) => ({ added: sheets.map((s) => s.name), skipped: [], validationSkipped: false }),
    today: () => "2025-06-30",
  };
}

/**
 * Services that throw unless the test gives them: a test states exactly what it relies on.
 * Operations that only hand the host's (stub) port a plan or the settings are the application's
 * own, so a test need not state them.
 */
export function stubServices(over: Partial<Services> = {}): Services {
  const missing = (name: string) => () => {
    throw new Error(`stub service ${name} was not expected to be called`);
  };
  return {
    loadSettings: defaultServices.loadSettings,
    saveSettings: defaultServices.saveSettings,
    apply: defaultServices.apply,
    clean: defaultServices.clean,
    kontraktSheetPreview: defaultServices.kontraktSheetPreview,
    writeKontraktSheet: defaultServices.writeKontraktSheet,
    saveScenario: defaultServices.saveScenario,
    contracts: () => [],
    bind: missing("bind"),
    rebind: missing("rebind"),
    read: missing("read"),
    check: missing("check"),
    evaluate: missing("evaluate"),
    planWrite: missing("planWrite"),
    whatIf: missing("whatIf"),
    scenarioSheet: missing("scenarioSheet"),
    fillIn: missing("fillIn"),
    newContractFrom: missing("newContractFrom"),
    checkContract: missing("checkContract"),
    contractFileText: missing("contractFileText"),
    readContractFile: missing("readContractFile"),
    readKontraktSheet: missing("readKontraktSheet"),
    kontraktSheetPlan: missing("kontraktSheetPlan"),
    formatAuthoringFinding: (f) => `${f.rule} @ ${f.sheet}:${f.row}`,
    formatFinding: (f) => `${f.rule} @ ${f.sheet}:${f.row}`,
    findingTitle: (rule) => `Rule ${rule}`,
    ...over,
  } as Services;
}

let latest: Pane | null = null;
/** The pane of the last `renderPanel` (to inspect state after user actions). */
export const currentPane = (): Pane => {
  if (!latest) throw new Error("no pane rendered");
  return latest;
};

function Providers({
  host,
  services,
  state,
  children,
}: {
  host: TaskpaneHost;
  services: Services;
  state: PaneState;
  children: ReactNode;
}) {
  const pane = useActionManager(host, services, state);
  latest = pane;
  return (
    <FluentProvider theme={webLightTheme}>
      <ServicesContext.Provider value={services}>
        <PaneContext.Provider value={pane}>{children}</PaneContext.Provider>
      </ServicesContext.Provider>
    </FluentProvider>
  );
}

export function renderPanel(
  ui: ReactElement,
  {
    host = stubHost(),
    services = stubServices(),
    state = {},
  }: { host?: TaskpaneHost; services?: Services; state?: Partial<PaneState> } = {},
): RenderResult {
  const initial = { ...initialState(host.lang), ...state };
  return render(
    <Providers host={host} services={services} state={initial}>
      {ui}
    </Providers>,
  );
}
