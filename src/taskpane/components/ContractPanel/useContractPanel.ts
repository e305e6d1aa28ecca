import { usePane } from "../../actions/manager";
import { t } from "../../strings";
import type { ContractPanelState } from "./ContractPanel.types";

export function useContractPanel(): ContractPanelState {
  const { state, run, can, services } = usePane();
  const { lang } = state;
  const contracts = services.contracts();
  const chosen = contracts.find((c) => c.id === state.contractId);
  const title = (c: { title: string; titleEn?: string | undefined }): string =>
    lang === "en" && c.titleEn ? c.titleEn : c.title;
  return {
    lang,
    contracts: contracts.map((c) => ({ id: c.id, label: title(c) })),
    selectedId: chosen?.id ?? null,
    summary: chosen ? t("contractChosen", lang, { title: title(chosen), goals: chosen.goals.length }) : null,
    params: (chosen?.params ?? []).map((p) => ({
      id: p.id,
      label: lang === "en" && p.labelEn ? p.labelEn : p.label,
      value: state.params[p.id] ?? p.default,
      choices: p.choices.map((c) => ({ id: c.id, label: c.label })),
    })),
    showPeriod: chosen?.halfYearReporting ?? false,
    period: state.period,
    canBind: can("bind"),
    onSelectContract: (id) => void run("selectContract", { id }),
    onParam: (id, value) => void run("setParams", { params: { [id]: value } }),
    onPeriod: (period) => void run("setParams", { period }),
    onBind: () => void run("bind"),
  };
}
