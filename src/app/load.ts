/**
 * Use-case: bind a workbook to a contract and read what it needs. Auto-detects tables and
 * columns by their headers; a binding file (CLI) or saved settings (task pane) override that.
 */
import { proposeBinding, resolveBinding, type Binding, type BindingFile } from "../domain/binding";
import type { Contract, Measure } from "../domain/contract/schema";
import type { Finding } from "../domain/findings";
import { isRequiredField } from "../domain/checks";
import { ROLES, type Role, type WorkbookData } from "../domain/model";
import type { ProgressOptions, SourceInfo, WorkbookPort } from "../workbook/port";
import { readBoundData, sourcesForBindingFile } from "../workbook/read-bound";

export interface LoadedData {
  readonly data: WorkbookData;
  readonly binding: Binding<SourceInfo>;
  /** Binding issues (duplicate headers, unbound required fields, binding-file mistakes). */
  readonly findings: readonly Finding[];
  /** Bound roles the contract reads. Empty means nothing in the workbook fits the contract. */
  readonly boundRoles: readonly Role[];
  readonly sources: Readonly<Partial<Record<Role, SourceInfo>>>;
}

const measureRoles = (m: Measure): Role[] => {
  switch (m.kind) {
    case "nps":
    case "share":
    case "count":
    case "distinct":
    case "sum":
      return [m.table];
    case "distribution":
      return [m.table, "Kommuner"];
    case "keyFigure":
    case "controlGroup":
    case "keyRatio":
      return ["Noegletal"];
    case "checklist":
      return ["Aktiviteter"];
  }
};

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

export async function loadContractData(
  port: WorkbookPort,
  contract: Contract,
  file?: BindingFile,
  options: ProgressOptions & {
    /** The year evaluated, when the contract spans several (its `year` parameter). */
    readonly year?: number | null;
  } = {},
): Promise<LoadedData> {
  const listed = await port.listSources(options);
  const sources = await sourcesForBindingFile(port, listed, file, options);
  const binding = resolveBinding(sources, proposeBinding(sources, { year: contract.year ?? options.year }), file);
  const used = rolesUsed(contract);
  const boundRoles = ROLES.filter((r) => binding.roles[r] !== undefined && used.has(r));
  // Courses are checked for the registration rules even when no goal counts them.
  const read = ROLES.filter(
    (r) => binding.roles[r] !== undefined && (used.has(r) || r === "Forloeb" || r === "Evaluering"),
  );
  const data = await readBoundData(port, binding, { ...options, roles: read });
  const bySource: Partial<Record<Role, SourceInfo>> = {};
  for (const r of read) {
    const rb = binding.roles[r];
    if (rb) bySource[r] = rb.source;
  }
  // A role no goal reads is no news to the user, nor a column the contract's registration rules do not ask for.
  const findings = binding.issues.filter((f) => {
    const role = f.params?.role as Role;
    if (f.rule === "binding-role-unbound") return used.has(role);
    if (f.rule === "binding-missing-required")
      return isRequiredField(role, String(f.params?.field ?? ""), contract.registration);
    return true;
  });
  return { data, binding, findings, boundRoles, sources: bySource };
}
