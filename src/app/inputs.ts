/**
 * Use-case: what the contract needs, found in the workbook or reported. Before any check or
 * evaluation, a guessed column whose cells do not fit its field is unbound again, and every
 * input a goal needs (a table, a column, a key figure, an activity item) is resolved: found,
 * found by its words (a finding shows the match), or missing (a finding names the goals it
 * starves and the workbook's best candidates). Every host checks and evaluates through here.
 */
import {
  dropImplausibleColumns,
  resolveInputs,
  type Binding,
  type NeedSettings,
  type ResolvedInputs,
} from "../domain/binding";
import type { Contract } from "../domain/contract/schema";
import type { Finding } from "../domain/findings";
import type { WorkbookData } from "../domain/model";
import type { SourceInfo } from "../workbook/port";
import { bindingFindings } from "./load";

export interface PreparedInputs {
  /** The contract as evaluated: key figures and activities under the names the workbook uses. */
  readonly contract: Contract;
  readonly data: WorkbookData;
  readonly binding: Binding<SourceInfo>;
  /** The binding's findings for this contract and every input's. */
  readonly findings: readonly Finding[];
  readonly inputs: ResolvedInputs;
}

/** Binding notes the inputs say better: a table or column a goal needs is reported once, with its goals. */
function withoutRepeats(binding: readonly Finding[], inputs: ResolvedInputs): Finding[] {
  const tables = new Set(inputs.roles.filter((r) => r.source === null).map((r) => r.role));
  const columns = new Set(inputs.fields.filter((f) => f.bound === null).map((f) => `${f.role}.${f.field}`));
  return binding.filter((f) => {
    const role = String(f.params?.role ?? "");
    if (f.rule === "binding-role-unbound") return !tables.has(role as never);
    if (f.rule === "binding-missing-required") return !columns.has(`${role}.${String(f.params?.field ?? "")}`);
    return true;
  });
}

export function prepareInputs(
  contract: Contract,
  data: WorkbookData,
  binding: Binding<SourceInfo>,
  settings: NeedSettings = {},
): PreparedInputs {
  const plausible = dropImplausibleColumns(binding, data);
  const inputs = resolveInputs(contract, plausible.binding, plausible.data, settings);
  const findings = [
    ...withoutRepeats(bindingFindings(contract, plausible.binding), inputs),
    ...plausible.findings,
    ...inputs.findings,
  ];
  return { contract: inputs.contract, data: plausible.data, binding: plausible.binding, findings, inputs };
}
