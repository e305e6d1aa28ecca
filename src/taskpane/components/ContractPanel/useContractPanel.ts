import { usePane } from "../../actions/manager";
import { chosenContract, contractTitle, WORKBOOK_CONTRACT } from "../../contracts";
import type { LangText } from "../../../app/types";
import { textIn } from "../../../i18n";
import { t } from "../../strings";
import type { ContractPanelState } from "./ContractPanel.types";

export function useContractPanel(): ContractPanelState {
  const { state, run, can, services } = usePane();
  const { lang } = state;
  const contracts = services.contracts();
  const chosen = chosenContract(state, services);
  const own = state.workbookContract?.contract;
  const title = (c: { readonly title: LangText }): string => contractTitle(c, lang);
  return {
    lang,
    contracts: [
      ...(own ? [{ id: WORKBOOK_CONTRACT, label: t("contractWorkbook", lang, { title: title(own) }) }] : []),
      ...contracts.map((c) => ({ id: c.id, label: title(c) })),
    ],
    selectedId: chosen ? state.contractId : null,
    summary: chosen ? t("contractChosen", lang, { title: title(chosen), goals: chosen.goals.length }) : null,
    params: (chosen?.params ?? []).map((p) => ({
      id: p.id,
      label: textIn(p.label, lang),
      value: state.params[p.id] ?? p.default,
      choices: p.choices.map((c) => ({ id: c.id, label: c.label })),
    })),
    showPeriod: chosen?.halfYearReporting ?? false,
    period: state.period,
    canBind: can("bind"),
    offer: own && state.contractId !== WORKBOOK_CONTRACT ? t("contractOffer", lang, { title: title(own) }) : null,
    onUseWorkbookContract: () => void run("selectContract", { id: WORKBOOK_CONTRACT }),
    onSelectContract: (id) => void run("selectContract", { id }),
    onParam: (id, value) => void run("setParams", { params: { [id]: value } }),
    onPeriod: (period) => void run("setParams", { period }),
    onBind: () => void run("bind"),
  };
}
