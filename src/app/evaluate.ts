/**
 * Use-case: check every entry and evaluate every goal. The task pane and the CLI both call this;
 * nothing here knows where the data came from.
 */
import { checkData, type CheckOptions } from "../domain/checks";
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
import { ALL_MUNICIPALITIES } from "../templates/municipalities";
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
export function merged(given: readonly Finding[], findings: readonly Finding[]): Finding[] {
  const extra = oneMissingColumn(given);
  const told = new Set(
    extra
      .filter((f) => MISSING_COLUMN.has(f.rule) || f.rule === "binding-missing-required")
      .map((f) => `${f.sheet}\u0000${f.params?.header}`),
  );
  // A column missing is said once: the checks' "no column" and "rule not checked" add nothing.
  const checks = findings.filter((f) =>
    f.rule === "field-missing"
      ? !told.has(`${f.sheet}\u0000${f.column}`)
      : f.rule !== "rule-not-checked" ||
        !`${f.params?.fields ?? ""}`.split(", ").every((h) => told.has(`${f.sheet}\u0000${h}`)),
  );
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

const MISSING_COLUMN = new Set(["input-column-missing", "binding-file-unknown-column"]);

/**
 * A column the binding file names wrongly is one finding: the file's, with the goals it starves
 * (from the input's finding, which is then not repeated).
 */
function oneMissingColumn(findings: readonly Finding[]): Finding[] {
  const key = (f: Finding): string => `${f.params?.role}\u0000${f.params?.field}`;
  const starved = new Map(
    findings.filter((f) => f.rule === "input-column-missing").map((f) => [key(f), f.params?.goals] as const),
  );
  const inFile = new Set(findings.filter((f) => f.rule === "binding-file-unknown-column").map(key));
  // A table the file puts on a row without headers: the file's finding, with the goals it starves.
  const tables = new Map(
    findings
      .filter((f) => f.rule === "input-table-missing")
      .map((f) => [`${f.params?.role}`, f.params?.goals] as const),
  );
  const rowInFile = new Set(
    findings.filter((f) => f.rule === "binding-file-header-row").map((f) => `${f.params?.role}`),
  );
  return findings.flatMap((f) => {
    const role = `${f.params?.role}`;
    if (f.rule === "input-column-missing" && inFile.has(key(f))) return [];
    if (f.rule === "input-table-missing" && rowInFile.has(role)) return [];
    if (f.rule === "binding-file-unknown-column" && starved.has(key(f)))
      return [{ ...f, params: { ...f.params, goals: starved.get(key(f)) ?? "" } }];
    if (f.rule === "binding-file-header-row" && tables.has(role))
      return [{ ...f, params: { ...f.params, goals: tables.get(role) ?? "" } }];
    return [f];
  });
}

/**
 * The municipalities a course's Kommune may name without a finding: the contract's own and every
 * other Danish municipality — a company from outside the region is no typo (Hovedstaden 2020
 * counts Region Sjælland's companies), "Næsved" is.
 */
export const knownMunicipalities = (contract: Contract): readonly string[] => [
  ...new Set([...contract.municipalities, ...ALL_MUNICIPALITIES]),
];

/** What the checks take from a contract: its registration rules and its municipalities. */
export const checkOptionsOf = (contract: Contract, reuseMemory = true): CheckOptions => ({
  registration: contract.registration,
  reuseMemory,
  municipalities: knownMunicipalities(contract),
});

export function runChecks(contract: Contract, data: WorkbookData, extra: readonly Finding[] = []): CheckResult {
  const { findings } = checkData(data, checkOptionsOf(contract));
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
  const { findings, clean } = checkData(data, checkOptionsOf(contract));
  const result = evaluateInWords(contract, clean, options);
  return { ...result, findings: merged(extra, findings) };
}
