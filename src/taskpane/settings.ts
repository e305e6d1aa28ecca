/**
 * What the task pane keeps in the workbook: its state as the saved settings (the schema and the
 * reading are the application's, `src/app/saved-settings.ts`).
 */
import type { PaneSettings } from "../app/saved-settings";
import type { PaneState } from "./state";

export { parsePaneSettings, settingsJson, type PaneSettings } from "../app/saved-settings";

/** The choices the pane saves: contract, parameters, period, tables, re-check, and the contract the user wrote. */
export const settingsOf = (s: PaneState): PaneSettings => ({
  version: 1,
  contract: s.contractId,
  params: { ...s.params },
  period: s.period,
  binding: s.bind?.file ?? null,
  autoCheck: s.autoCheck,
  ...(s.workbookContract ? { authored: s.workbookContract.contract } : {}),
});
