/**
 * What several actions share: when the data actions may run, the chosen contract, and reading
 * and evaluating through the application (the same calls the CLI makes).
 */
import type { Contract, EvaluationResult, Finding, WorkbookData } from "../../app/types";
import { chosenContract } from "../contracts";
import { draftContract } from "../draft";
import type { Services } from "../services";
import type { AuthoringState, DraftProblem, PaneState } from "../state";
import { inEveryLang, t } from "../strings";
import type { ActionContext } from "./types";

/** A contract is chosen and the workbook is bound: check, evaluate and write may run. */
export const ready = (s: PaneState): boolean => s.contractId !== null && s.bind !== null;

/** The chosen contract; a plain error when there is none. */
export function contractOf(state: PaneState, ctx: ActionContext): Contract {
  const contract = chosenContract(state, ctx.services);
  if (!contract) throw new Error(t("errNoContract", state.lang));
  return contract;
}

/** Read what the chosen contract needs from the bound tables. */
export async function readData(state: PaneState, ctx: ActionContext): Promise<WorkbookData> {
  if (!state.bind) throw new Error(t("errNoBinding", state.lang));
  return ctx.services.read(ctx.host.port, state.bind.binding, contractOf(state, ctx), {
    signal: ctx.signal,
    onProgress: ctx.progress,
  });
}

export function evaluateWith(state: PaneState, ctx: ActionContext, data: WorkbookData): EvaluationResult {
  const contract = chosenContract(state, ctx.services);
  if (!contract || !state.bind) throw new Error(t("errNoContract", state.lang));
  return ctx.services.evaluate(contract, data, state.bind.binding, {
    params: state.params,
    period: state.period,
    lang: state.lang,
    today: ctx.host.today(),
  });
}

export const authoringOf = (s: PaneState, patch: Partial<AuthoringState>): AuthoringState => ({
  ...s.authoring,
  ...patch,
});

/** Findings of a Kontrakt sheet as the form lists them: the cell, then the message. */
export const sheetProblems = (findings: readonly Finding[], services: Services): DraftProblem[] =>
  findings.map((f) => ({
    severity: f.severity,
    where: [f.sheet, f.row !== null ? `${f.row}` : null, f.column].filter((x) => x !== null).join(" · "),
    message: inEveryLang((lang) => services.formatAuthoringFinding(f, lang)),
  }));

/** The draft's contract, checked; null while it has errors (the form lists them). */
export function checkedDraft(state: PaneState, services: Services): Contract | null {
  const draft = state.authoring.draft;
  if (!draft) return null;
  const { contract, problems } = draftContract(draft);
  const checked = services.checkContract(contract);
  return problems.length > 0 || !checked.ok ? null : checked.contract;
}
