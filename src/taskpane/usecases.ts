/**
 * The default `Services`: the task pane's one door to the use-cases in `src/app/`, the binding
 * and the contract library. Nothing here computes a figure of its own; what-if re-runs the
 * engine's own rule and solver on the indicator's state.
 */
import { resolveBinding, type BindingFile } from "../domain/binding/file";
import { proposeBinding } from "../domain/binding/propose";
import type { Binding } from "../domain/binding/types";
import { whatIfGoal } from "../app/what-if";
import { scenarioSheetPlan } from "../app/what-if-sheet";
import {
  contractFileText,
  kontraktSheetPlan,
  newContractFrom,
  readContractFile,
  readKontraktSheet,
  renderAuthoringMessage,
} from "../app/authoring";
import { checkContract } from "../domain/authoring/json";
import { ROLES, type WorkbookData } from "../domain/model";
import { findingTitle, formatFinding } from "../i18n";
import { runChecks, runEvaluation } from "../app/evaluate";
import { fillInWorkbookSpec } from "../app/fill-in";
import { planWrite } from "../app/plan-write";
import { LIBRARY } from "../templates";
import { readBoundData, sourcesForBindingFile } from "../workbook/read-bound";
import type { SourceInfo } from "../workbook/port";
import type { BindState, Services } from "./services";

const rowsOf = (data: WorkbookData): number => ROLES.reduce((a, r) => a + (data[r]?.rowCount ?? 0), 0);

/** The sources of each bound role, as the write planner needs them. */
const sourcesByRole = (binding: Binding<SourceInfo>) =>
  Object.fromEntries(
    ROLES.flatMap((r) => {
      const s = binding.roles[r]?.source;
      return s ? [[r, s]] : [];
    }),
  );

/** The state with a changed realised value, for counts and sums where that is meaningful. */

export const defaultServices: Services = {
  contracts: () => LIBRARY,

  async bind(port, file, options = {}, hints = {}) {
    const listed = await port.listSources(options);
    const sources = await sourcesForBindingFile(port, listed, file ?? undefined, options);
    const proposal = proposeBinding(sources, hints);
    return { sources, proposal, file, binding: resolveBinding(sources, proposal, file ?? undefined) };
  },

  rebind(state: BindState, file: BindingFile | null): BindState {
    return { ...state, file, binding: resolveBinding(state.sources, state.proposal, file ?? undefined) };
  },

  read: (port, binding, options) => readBoundData(port, binding, options),

  check(contract, data) {
    const r = runChecks(contract, data);
    return { findings: r.findings, errors: r.errors, warnings: r.warnings, rows: rowsOf(data) };
  },

  evaluate(contract, data, _binding, input) {
    return runEvaluation(contract, data, {
      params: input.params,
      period: input.period,
      lang: input.lang,
      ...(input.options ? { options: input.options } : {}),
    });
  },

  planWrite(contract, result, data, binding, lang) {
    return planWrite({ contract, result, data, lang, sources: sourcesByRole(binding) });
  },

  whatIf: (contract, result, goalId, changes, lang) => whatIfGoal(contract, result, goalId, changes, lang),
  scenarioSheet: (input) => scenarioSheetPlan(input),

  fillIn: (contract, lang) => fillInWorkbookSpec(contract, lang).sheets,

  newContractFrom: (contract, options) => newContractFrom(contract, options),
  checkContract: (data) => checkContract(data),
  contractFileText: (contract) => contractFileText(contract),
  readContractFile: (text) => readContractFile(text),
  readKontraktSheet: (port, options) => readKontraktSheet(port, undefined, options),
  kontraktSheetPlan: (contract) => kontraktSheetPlan(contract),
  formatAuthoringFinding: (f, lang) => renderAuthoringMessage(f.rule, { value: f.value ?? "", ...f.params }, lang),

  formatFinding: (f, lang) => formatFinding(f, lang),
  findingTitle: (rule, lang) => findingTitle(rule, lang),
};
