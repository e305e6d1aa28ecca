/**
 * What a contract needs from a workbook, goal by goal: the tables (roles), their columns
 * (fields), the key figures and the activity items each goal reads. Asked of the measure
 * registry, so a new kind's needs are known the day it is registered; the settings in force pick
 * the variant of an indicator that is read (`npsOmfang = pr-segment` reads the segment too).
 */
import type { Contract, Measure } from "../contract/schema";
import { missingFieldsOf } from "../engine/filter";
import { indicatorApplies, resolveIndicator, resolveSettings, type OptionValue } from "../engine/settings";
import { MEASURES } from "../measures/registry";
import { ROLE_SPECS, ROLES, type Role } from "../model";

/** Columns a table is read by whatever the measure: a key figure is a `Nøgle` and its `Værdi`, … */
export const FIELDS_ALWAYS_READ: Readonly<Partial<Record<Role, readonly string[]>>> = {
  Noegletal: ["noegle", "vaerdi"],
  Aktiviteter: ["maal", "aktivitet", "status"],
  Kommuner: ["kommune", "befolkning", "kommunetype"],
};

export interface ItemNeed {
  readonly goal: string;
  readonly item: string;
  /** The contract's wording of the item. */
  readonly text: string;
}

export interface ContractNeeds {
  /** Goals by the table they read. */
  readonly roles: ReadonlyMap<Role, readonly string[]>;
  /** Goals by `role.field`. */
  readonly fields: ReadonlyMap<string, readonly string[]>;
  /** Goals by key figure id. */
  readonly keys: ReadonlyMap<string, readonly string[]>;
  readonly items: readonly ItemNeed[];
}

export interface NeedSettings {
  readonly params?: Readonly<Record<string, string>>;
  readonly options?: Readonly<Record<string, OptionValue>>;
}

const add = <K>(map: Map<K, string[]>, key: K, goal: string): void => {
  const goals = map.get(key) ?? [];
  if (!goals.includes(goal)) goals.push(goal);
  map.set(key, goals);
};

/** Every field a filter tests (`missingFieldsOf` an empty table lists them all). */
const filterFields = (filter: Parameters<typeof missingFieldsOf>[0]): string[] => missingFieldsOf(filter, new Set());

/**
 * @name contractNeeds
 * @category Binding
 * @summary The inputs each goal of a contract reads under the settings in force (defaults when
 * none are given).
 *
 * @example
 * contractNeeds(sjaelland2025).fields.get("Evaluering.henvisning") //=> ["4"]
 */
export function contractNeeds(contract: Contract, settings: NeedSettings = {}): ContractNeeds {
  const resolved = resolveSettings(contract, settings.params, settings.options);
  const periodField = String(resolved.options.periodeFelt ?? "startdato");
  const hasYear = contract.year !== null || contract.params.some((p) => p.id === "year");
  const roles = new Map<Role, string[]>();
  const fields = new Map<string, string[]>();
  const keys = new Map<string, string[]>();
  const items: ItemNeed[] = [];
  const field = (role: Role, id: string, goal: string): void => {
    if (ROLE_SPECS[role].fields.some((f) => f.id === id)) add(fields, `${role}.${id}`, goal);
  };
  const read = (m: Measure, goal: string): void => {
    const kind = MEASURES.kindOf(m);
    const reads = kind.reads(m);
    for (const role of reads.roles) {
      add(roles, role, goal);
      for (const id of FIELDS_ALWAYS_READ[role] ?? []) field(role, id, goal);
    }
    const first = reads.roles[0];
    if (first) {
      for (const f of Object.values(reads.filters ?? {})) for (const id of filterFields(f)) field(first, id, goal);
      for (const id of Object.values(reads.fields ?? {})) if (id) field(first, id, goal);
      // Courses are placed in the evaluated period by a date column.
      if (first === "Forloeb" && hasYear) field(first, periodField, goal);
    }
    for (const key of Object.values(reads.keys ?? {})) add(keys, key, goal);
    for (const item of kind.items?.(m) ?? []) items.push({ goal, item: item.id, text: item.text });
  };
  for (const g of contract.goals)
    for (const i of g.indicators) {
      if (!indicatorApplies(i, resolved)) continue;
      read(resolveIndicator(i, resolved).measure, g.id);
    }
  const byRole = new Map<Role, string[]>(ROLES.flatMap((r) => (roles.has(r) ? [[r, roles.get(r) ?? []]] : [])));
  return { roles: byRole, fields, keys, items };
}
