/**
 * The application object: every operation of `Application` (see `application.types.ts`), each
 * handed to the use-case module that does it. The task pane gets it as its services, the CLI's
 * commands and the demo call it; nothing here computes a figure of its own.
 */
import { ROLES, type WorkbookData } from "../domain/model";
import { findingTitle, formatFinding } from "../i18n";
import { LIBRARY, findContract } from "../templates";
import type { Application } from "./application.types";
import {
  contractFileText,
  describeAuthoringFinding,
  kontraktSheetPlan,
  newContractFrom,
  readContractFile,
  readKontraktSheet,
  renderAuthoringMessage,
} from "./authoring";
import {
  copyContract,
  kontraktSheetPreview,
  kontraktWorkbookSpec,
  workbookContract,
} from "./authoring/workbook-contract";
import { checkContract } from "./authoring/problems";
import { bindingHints, bindWorkbook, parseBindingFile, rebind } from "./binding";
import { bindingReport } from "./binding-report";
import { readSettings } from "./contract-settings";
import { startRecheck } from "./recheck";
import { runChecks, runEvaluation } from "./evaluate";
import { generateExample } from "./examples/generate";
import { fillInWorkbookSpec } from "./fill-in";
import { prepareInputs } from "./inputs";
import { boundRoles, readContractData, sourcesRead } from "./load";
import { planWrite } from "./plan-write";
import { loadSettings, saveSettings } from "./saved-settings";
import { whatIfGoal } from "./what-if";
import { scenarioSheetPlan } from "./what-if-sheet";
import { applyPlan, cleanWorkbook, saveScenario, writeUserSheet } from "./write";

export type {
  Application,
  BindFor,
  BindState,
  CheckOutcome,
  EvaluateInput,
  WhatIfChange,
  WhatIfIndicator,
  WhatIfOutcome,
} from "./application.types";

const rowsOf = (data: WorkbookData): number => ROLES.reduce((a, r) => a + (data[r]?.rowCount ?? 0), 0);

export const application: Application = {
  contracts: () => LIBRARY,
  findContract: (id) => findContract(id),
  readSettings: (contract, given) => readSettings(contract, given),

  bind: (port, file, options = {}, what = {}) => bindWorkbook(port, file, options, bindingHints(what)),
  readBindingFile: (json) => parseBindingFile(json),
  rebind: (state, file) => rebind(state, file),
  boundRoles: (contract, binding) => boundRoles(contract, binding),
  read: (port, binding, contract, options) => readContractData(port, binding, contract, options),

  check(contract, data, binding) {
    const p = prepareInputs(contract, data, binding);
    const r = runChecks(p.contract, p.data, p.findings);
    return {
      findings: r.findings,
      errors: r.errors,
      warnings: r.warnings,
      rows: rowsOf(data),
      starved: p.inputs.starved,
    };
  },

  evaluate(contract, data, binding, input) {
    const p = prepareInputs(contract, data, binding, {
      params: input.params,
      ...(input.options ? { options: input.options } : {}),
    });
    const options = {
      params: input.params,
      period: input.period,
      lang: input.lang,
      ...(input.options ? { options: input.options } : {}),
    };
    return runEvaluation(p.contract, p.data, options, p.findings);
  },

  startRecheck: (input) => startRecheck(input),

  inputs: (contract, data, binding, settings = {}) => prepareInputs(contract, data, binding, settings).inputs,
  bindingReport: (contract, data, binding, settings = {}) => bindingReport(contract, data, binding, settings),

  planWrite(contract, result, data, binding, lang) {
    // The formulas look key figures up under the names the workbook uses, as the evaluation did.
    const p = prepareInputs(contract, data, binding, { params: result.params, options: result.options });
    return planWrite({ contract: p.contract, result, data: p.data, lang, sources: sourcesRead(contract, binding) });
  },
  apply: (port, plan, lang, options) => applyPlan(port, plan, lang, options),
  clean: (port, lang, options) => cleanWorkbook(port, lang, options),
  loadSettings: (port) => loadSettings(port),
  saveSettings: (port, settings) => saveSettings(port, settings),

  whatIf: (contract, result, goalId, changes, lang) => whatIfGoal(contract, result, goalId, changes, lang),
  scenarioSheet: (input) => scenarioSheetPlan(input),
  saveScenario: (port, input, options) => saveScenario(port, input, options),

  fillIn: (contract, lang) => fillInWorkbookSpec(contract, lang).sheets,
  fillInWorkbook: (contract, lang) => fillInWorkbookSpec(contract, lang),
  example: (contract) => generateExample(contract).spec,

  newContractFrom: (contract, options) => newContractFrom(contract, options),
  copyContract: (source, as) => copyContract(source, as),
  checkContract: (data) => checkContract(data),
  contractFileText: (contract) => contractFileText(contract),
  readContractFile: (text, options) => readContractFile(text, options),
  readKontraktSheet: (port, options) => readKontraktSheet(port, undefined, options),
  kontraktSheetPlan: (contract) => kontraktSheetPlan(contract),
  kontraktSheetPreview: (port, contract, options) => kontraktSheetPreview(port, contract, options),
  writeKontraktSheet: (port, sheet, options) => writeUserSheet(port, sheet, options),
  kontraktWorkbook: (contract) => kontraktWorkbookSpec(contract),
  workbookContract: (port, authored, options) => workbookContract(port, authored, options),
  formatAuthoringFinding: (f, lang) => renderAuthoringMessage(f.rule, { value: f.value ?? "", ...f.params }, lang),
  describeAuthoringFinding: (f, lang) => describeAuthoringFinding(f, lang),

  formatFinding: (f, lang) => formatFinding(f, lang),
  findingTitle: (rule, lang) => findingTitle(rule, lang),
};
