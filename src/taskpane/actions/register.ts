/**
 * The registry: every task-pane operation as an action, one file each (after Excalidraw's
 * actions). `perform` calls the application and returns the change; the manager applies it.
 */
import { actionAdjustBinding } from "./adjustBinding";
import { actionBind } from "./bind";
import { actionCancelSaveContract } from "./cancelSaveContract";
import { actionCheck } from "./check";
import { actionClean } from "./clean";
import { actionDiscardDraft } from "./discardDraft";
import { actionDismiss } from "./dismiss";
import { actionDownloadContract } from "./downloadContract";
import { actionEditDraft } from "./editDraft";
import { actionEvaluate } from "./evaluate";
import { actionImportContract } from "./importContract";
import { actionInsertFillIn } from "./insertFillIn";
import { actionNewContract } from "./newContract";
import { actionPreviewSaveContract } from "./previewSaveContract";
import { actionPreviewWrite } from "./previewWrite";
import { actionRestore } from "./restore";
import { actionSaveContract } from "./saveContract";
import { actionSaveScenario } from "./saveScenario";
import { actionSaveSettings } from "./saveSettings";
import { actionSelectContract } from "./selectContract";
import { actionSelectFinding } from "./selectFinding";
import { actionSelectTab } from "./selectTab";
import { actionSetAutoCheck } from "./setAutoCheck";
import { actionSetParams } from "./setParams";
import { actionWrite } from "./write";
import type { ActionRegistry } from "./types";

export { SHEET_CONTRACT } from "./newContract";

export const ACTIONS: ActionRegistry = {
  restore: actionRestore,
  selectTab: actionSelectTab,
  selectContract: actionSelectContract,
  setParams: actionSetParams,
  bind: actionBind,
  adjustBinding: actionAdjustBinding,
  saveSettings: actionSaveSettings,
  setAutoCheck: actionSetAutoCheck,
  check: actionCheck,
  selectFinding: actionSelectFinding,
  evaluate: actionEvaluate,
  previewWrite: actionPreviewWrite,
  write: actionWrite,
  clean: actionClean,
  insertFillIn: actionInsertFillIn,
  dismiss: actionDismiss,
  newContract: actionNewContract,
  importContract: actionImportContract,
  editDraft: actionEditDraft,
  discardDraft: actionDiscardDraft,
  downloadContract: actionDownloadContract,
  previewSaveContract: actionPreviewSaveContract,
  cancelSaveContract: actionCancelSaveContract,
  saveContract: actionSaveContract,
  saveScenario: actionSaveScenario,
};
