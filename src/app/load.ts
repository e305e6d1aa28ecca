/**
 * Use-case: bind a workbook to a contract and read what it needs. Auto-detects tables and
 * columns by their headers; a binding file (CLI) or saved settings (task pane) override that.
 * Every host reads through here: the roles the contract uses, plus the registration tables
 * (courses, answers) whose rules apply whatever the goals count; and the binding's findings
 * that concern this contract.
 */
import type { Binding, BindingFile } from "../domain/binding";
import type { Contract, Measure } from "../domain/contract/schema";
import type { Finding } from "../domain/findings";
import { isRequiredField } from "../domain/checks";
import { MEASURES } from "../domain/measures/registry";
import { ROLES, type Role, type WorkbookData } from "../domain/model";
import type { ProgressOptions, SourceInfo, WorkbookPort } from "../workbook/port";
import { readBoundData } from "../workbook/read-bound";
import { bindWorkbook } from "./binding";

export interface LoadedData {
  readonly data: WorkbookData;
  readonly binding: Binding<SourceInfo>;
  /** Binding issues (duplicate headers, unbound required fields, binding-file mistakes). */
  readonly findings: readonly Finding[];
  /** Bound roles the contract reads. Empty means nothing in the workbook fits the contract. */
  readonly boundRoles: readonly Role[];
  readonly sources: Readonly<Partial<Record<Role, SourceInfo>>>;
}

/** The tables a measure reads (its kind says). */
const measureRoles = (m: Measure): readonly Role[] => MEASURES.kindOf(m).reads(m).roles;

/** The roles a contract reads, under any of its options. */
export function rolesUsed(contract: Contract): ReadonlySet<Role> {
  const roles = new Set<Role>();
  for (const g of contract.goals)
    for (const i of g.indicators) {
      for (const r of measureRoles(i.measure)) roles.add(r);
      for (const v of i.variants ?? []) if (v.measure) for (const r of measureRoles(v.measure)) roles.add(r);
    }
  return roles;
}

/** The bound roles the contract reads. Empty means nothing in the workbook fits the contract. */
export function boundRoles(contract: Contract, binding: Binding<SourceInfo>): Role[] {
  const used = rolesUsed(contract);
  return ROLES.filter((r) => binding.roles[r] !== undefined && used.has(r));
}

/** The bound roles read: those the contract uses, and courses and answers for the registration rules. */
export function rolesToRead(contract: Contract, binding: Binding<SourceInfo>): Role[] {
  const used = rolesUsed(contract);
  // Courses are checked for the registration rules even when no goal counts them.
  return ROLES.filter((r) => binding.roles[r] !== undefined && (used.has(r) || r === "Forloeb" || r === "Evaluering"));
}

/** The source each role read comes from (where a write puts its Kontrol column). */
export function sourcesRead(
  contract: Contract,
  binding: Binding<SourceInfo>,
): Readonly<Partial<Record<Role, SourceInfo>>> {
  const bySource: Partial<Record<Role, SourceInfo>> = {};
  for (const r of rolesToRead(contract, binding)) {
    const rb = binding.roles[r];
    if (rb) bySource[r] = rb.source;
  }
  return bySource;
}

/** Binding issues that concern the contract (duplicate headers, unbound required fields, binding-file mistakes). */
export function bindingFindings(contract: Contract, binding: Binding<SourceInfo>): Finding[] {
  const used = rolesUsed(contract);
  // A role no goal reads is no news to the user, nor a column the contract's registration rules do not ask for.
  return binding.issues.filter((f) => {
    const role = f.params?.role as Role;
    if (f.rule === "binding-role-unbound") return used.has(role);
    if (f.rule === "binding-missing-required")
      return isRequiredField(role, String(f.params?.field ?? ""), contract.registration);
    return true;
  });
}

/** Read what the contract needs from the bound tables. */
export const readContractData = (
  port: WorkbookPort,
  binding: Binding<SourceInfo>,
  contract: Contract,
  options: ProgressOptions = {},
): Promise<WorkbookData> => readBoundData(port, binding, { ...options, roles: rolesToRead(contract, binding) });

export async function loadContractData(
  port: WorkbookPort,
  contract: Contract,
  file?: BindingFile,
  options: ProgressOptions & {
    /** The year evaluated, when the contract spans several (its `year` parameter). */
    readonly year?: number | null;
  } = {},
): Promise<LoadedData> {
  const { binding } = await bindWorkbook(port, file ?? null, options, { year: contract.year ?? options.year });
  const data = await readContractData(port, binding, contract, options);
  return {
    data,
    binding,
    findings: bindingFindings(contract, binding),
    boundRoles: boundRoles(contract, binding),
    sources: sourcesRead(contract, binding),
  };
}
