import { KONTRAKT_SHEET } from "../../app/authoring";
import { defaultParams } from "../../app/contract-settings";
import { contractById } from "../contracts";
import { STALE_RESULTS, type PaneState } from "../state";
import { t } from "../strings";
import { authoringOf, sheetProblems } from "./_lib";
import type { Action } from "./types";

/** When the pane opens: the workbook's own contract, and the choices saved in it (contract, tables, …). */
export const actionRestore: Action<"restore"> = {
  name: "restore",
  label: "bindAuto",
  busy: "busyBind",
  predicate: () => true,
  async perform(state, _input, ctx) {
    const { services, host, signal } = ctx;
    const saved = await services.loadSettings(host.port);
    const own = await services.workbookContract(host.port, saved?.authored, { signal });
    const problems = sheetProblems(own.findings, services);
    const errors = problems.filter((p) => p.severity === "error").length;
    const offer: Partial<PaneState> = {
      workbookContract: own.found,
      // A Kontrakt sheet that does not read as a contract: say so, and list why under "New contract".
      ...(errors > 0
        ? {
            authoring: authoringOf(state, { problems }),
            notice: t("authorSheetProblems", state.lang, { sheet: KONTRAKT_SHEET, count: errors }),
          }
        : {}),
    };
    if (!saved) return offer;
    const contract = contractById(saved.contract, { workbookContract: own.found }, services);
    const bind = await services.bind(host.port, saved.binding, { signal }, { contract, params: saved.params });
    return {
      ...offer,
      contractId: contract ? saved.contract : null,
      params: contract ? { ...defaultParams(contract), ...saved.params } : {},
      period: contract?.halfYearReporting ? saved.period : "year",
      autoCheck: saved.autoCheck,
      bind,
      ...STALE_RESULTS,
      tab: contract ? "binding" : state.tab,
    };
  },
};
