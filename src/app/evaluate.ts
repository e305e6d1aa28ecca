/**
 * Use-case: check every entry and evaluate every goal. The task pane and the CLI both call this;
 * nothing here knows where the data came from.
 */
import { checkData } from "../domain/checks";
import type { CleanData } from "../domain/clean";
import { compareFindings, type Finding } from "../domain/findings";
import type { Contract } from "../domain/contract/schema";
import type { ContractOf, MeasureBase } from "../domain/contract/shape";
import type { WorkbookData } from "../domain/model";
import { evaluateClean, evaluateWith, type EvaluateOptions as EngineOptions } from "../domain/engine/evaluate";
import type { EvaluationResult } from "../domain/engine/types";
import type { StateBase } from "../domain/measures/_lib/kind";
import type { MeasureRegistry } from "../domain/measures/registry";
import type { Lang } from "../i18n";
import { inWords } from "./in-words";

/** Parameters, options, period — and the language the result is put in (Danish by default). */
export interface EvaluateOptions extends EngineOptions {
  readonly lang?: Lang;
}

/** Every goal of a contract from checked data, in the words of `options.lang`. */
export function evaluateInWords(
  contract: Contract,
  data: CleanData,
  { lang = "da", ...options }: EvaluateOptions = {},
): Omit<EvaluationResult, "findings"> {
  return inWords(evaluateClean(contract, data, options), lang);
}

/** `evaluateInWords` with the measure kinds of a registry (the built-in ones and any added). */
export function evaluateInWordsWith<M extends MeasureBase, S extends StateBase>(
  measures: MeasureRegistry<M, S>,
  contract: NoInfer<ContractOf<M>>,
  data: CleanData,
  { lang = "da", ...options }: EvaluateOptions = {},
): Omit<EvaluationResult<S>, "findings"> {
  return inWords(evaluateWith(measures, contract, data, options), lang);
}

export interface CheckResult {
  readonly findings: readonly Finding[];
  readonly errors: number;
  readonly warnings: number;
}

/**
 * The binding's findings and the checks' together, sorted. A column the binding already reported
 * missing (`binding-missing-required`) is not reported again by the checks (`field-missing`).
 */
function merged(extra: readonly Finding[], findings: readonly Finding[]): Finding[] {
  const told = new Set(
    extra.filter((f) => f.rule === "binding-missing-required").map((f) => `${f.sheet}\u0000${f.params?.header}`),
  );
  const checks = findings.filter((f) => f.rule !== "field-missing" || !told.has(`${f.sheet}\u0000${f.column}`));
  // Courses and answers read from one table report a bad CVR cell once, not once per role.
  const seen = new Set<string>();
  const once = checks.filter((f) => {
    if (f.row === null) return true;
    const key = `${f.rule}\u0000${f.sheet}\u0000${f.row}\u0000${f.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return [...extra, ...once].sort(compareFindings);
}

export function runChecks(contract: Contract, data: WorkbookData, extra: readonly Finding[] = []): CheckResult {
  const { findings } = checkData(data, { registration: contract.registration, reuseMemory: true });
  const all = merged(extra, findings);
  return {
    findings: all,
    errors: all.filter((f) => f.severity === "error").length,
    warnings: all.filter((f) => f.severity === "warning").length,
  };
}

export function runEvaluation(
  contract: Contract,
  data: WorkbookData,
  options: EvaluateOptions = {},
  extra: readonly Finding[] = [],
): EvaluationResult {
  // Only the results leave here, so the typed columns may reuse last call's memory.
  const { findings, clean } = checkData(data, { registration: contract.registration, reuseMemory: true });
  const result = evaluateInWords(contract, clean, options);
  return { ...result, findings: merged(extra, findings) };
}
