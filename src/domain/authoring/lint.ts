/**
 * Checks a schema-valid contract for what the schema cannot see: duplicate ids, columns that
 * the indicator's table does not have, conditions and targets naming options that do not
 * exist. Issues carry a path into the contract; the sheet reader turns paths into cells, the
 * JSON import shows them as paths.
 */
import type { Contract, Filter, TargetValue } from "../contract/schema";
import type { ContractOf, MeasureBase } from "../contract/shape";
import { GLOBAL_OPTIONS } from "../engine/settings";
import type { StateBase } from "../measures/_lib/kind";
import { MEASURES, type MeasureRegistry } from "../measures/registry";
import type { Role } from "../model";
import type { Severity } from "../findings";
import { severityOf, type AuthoringNoun, type AuthoringRule, type MessageParams } from "./messages";
import { fieldById, fieldsOf, ROLE_DISPLAY } from "./names";

export type Path = readonly (string | number)[];

export interface Issue {
  readonly rule: AuthoringRule;
  readonly severity: Severity;
  readonly path: Path;
  /** Another place the issue is about (the first of two duplicates). */
  readonly related?: Path;
  readonly params: MessageParams;
}

const fieldList = (role: Role): string =>
  fieldsOf(role)
    .map((f) => f.header)
    .join(", ");

/** Known parameter and option ids, for conditions and option targets. */
export function settingIds(contract: {
  readonly params: readonly { readonly id: string }[];
  readonly options: readonly { readonly id: string }[];
}): string[] {
  return [
    ...contract.params.map((p) => p.id),
    ...contract.options.map((o) => o.id),
    ...GLOBAL_OPTIONS.map((o) => o.id),
  ];
}

export function lintContract(contract: Contract): Issue[] {
  return lintContractWith(MEASURES, contract);
}

/** `lintContract` for a contract whose measures are of a registry's kinds. */
export function lintContractWith<M extends MeasureBase, S extends StateBase>(
  measures: MeasureRegistry<M, S>,
  contract: NoInfer<ContractOf<M>>,
): Issue[] {
  const issues: Issue[] = [];
  const add = (rule: AuthoringRule, path: Path, params: MessageParams, related?: Path) =>
    issues.push({ rule, severity: severityOf(rule), path, params, ...(related ? { related } : {}) });

  const unique = <T extends { id: string }>(items: readonly T[], base: Path, what: AuthoringNoun) => {
    const first = new Map<string, number>();
    items.forEach((it, i) => {
      const seen = first.get(it.id);
      if (seen === undefined) first.set(it.id, i);
      else add("kontrakt-duplicate-id", [...base, i, "id"], { what, value: it.id }, [...base, seen, "id"]);
    });
  };

  unique(contract.goals, ["goals"], "goal");
  unique(contract.params, ["params"], "param");
  unique(contract.options, ["options"], "option");
  unique(contract.keyFigures, ["keyFigures"], "key-figure");
  contract.options.forEach((o, i) => {
    const p = contract.params.findIndex((x) => x.id === o.id);
    if (p >= 0)
      add("kontrakt-duplicate-id", ["options", i, "id"], { what: "option", value: o.id }, ["params", p, "id"]);
  });

  const ids = settingIds(contract);
  const known = ids.join(", ");
  const checkSetting = (id: string, path: Path) => {
    if (!ids.includes(id)) add("kontrakt-option-unknown", path, { value: id, allowed: known });
  };

  for (const [list, base] of [
    [contract.params, "params"],
    [contract.options, "options"],
  ] as const) {
    list.forEach((def, i) => {
      const choices = def.choices?.map((c) => c.id);
      if (!choices) return;
      unique<{ id: string }>(def.choices ?? [], [base, i, "choices"], "choice");
      if (def.default !== null && !choices.includes(String(def.default)))
        add("kontrakt-option-default", [base, i, "default"], {
          value: String(def.default),
          allowed: choices.join(", "),
        });
    });
  }

  const keyIds = new Set(contract.keyFigures.map((k) => k.id));
  const checkKey = (key: string, path: Path) => {
    if (!keyIds.has(key)) add("kontrakt-key-undeclared", path, { value: key });
  };

  const checkFilter = (f: Filter, role: Role, path: Path) => {
    switch (f.op) {
      case "all":
      case "any":
        f.of.forEach((x, i) => checkFilter(x, role, [...path, "of", i]));
        return;
      case "not":
        checkFilter(f.of, role, [...path, "of"]);
        return;
      case "companyAgeUnder":
        if (role !== "Forloeb") add("kontrakt-schema", path, { reason: "filter-age-table", table: ROLE_DISPLAY[role] });
        return;
      default:
        checkField(f.field, role, [...path, "field"]);
    }
  };
  const checkField = (field: string, role: Role, path: Path) => {
    if (!fieldById(field, role))
      add("kontrakt-field-unknown", path, { value: field, table: ROLE_DISPLAY[role], allowed: fieldList(role) });
  };

  // What a measure reads (its kind says), then the kind's own checks.
  const checkMeasure = (m: M, path: Path) => {
    const kind = measures.kindOf(m);
    const reads = kind.reads(m);
    const table = reads.roles[0];
    if (table !== undefined) {
      for (const [name, f] of Object.entries(reads.filters ?? {})) if (f) checkFilter(f, table, [...path, name]);
      for (const [name, field] of Object.entries(reads.fields ?? {}))
        if (field) checkField(field, table, [...path, name]);
    }
    for (const [name, key] of Object.entries(reads.keys ?? {})) checkKey(key, [...path, name]);
    kind.lint?.(m, { unique: (items, property, what) => unique(items, [...path, property], what) });
  };

  const checkTarget = (value: TargetValue, path: Path) => {
    if (typeof value === "number") return;
    if ("option" in value) {
      if (!contract.options.some((o) => o.id === value.option))
        add("kontrakt-option-unknown", [...path, "option"], { value: value.option, allowed: known });
      return;
    }
    const param = contract.params.find((p) => p.id === value.param);
    if (!param) {
      add("kontrakt-option-unknown", [...path, "param"], { value: value.param, allowed: known });
      return;
    }
    const choices = param.choices.map((c) => c.id);
    for (const k of Object.keys(value.values))
      if (!choices.includes(k))
        add("kontrakt-param-value-unknown", [...path, "values", k], {
          value: k,
          param: param.id,
          allowed: choices.join(", "),
        });
  };

  contract.goals.forEach((g, gi) => {
    unique(g.indicators, ["goals", gi, "indicators"], "indicator");
    g.indicators.forEach((ind, ii) => {
      const p: Path = ["goals", gi, "indicators", ii];
      checkMeasure(ind.measure, [...p, "measure"]);
      checkTarget(ind.target.value, [...p, "target", "value"]);
      if (ind.when) checkSetting(ind.when.option, [...p, "when"]);
      ind.variants?.forEach((v, vi) => {
        const vp: Path = [...p, "variants", vi];
        checkSetting(v.when.option, [...vp, "when"]);
        if (v.measure) checkMeasure(v.measure, [...vp, "measure"]);
        if (v.target) checkTarget(v.target.value, [...vp, "target", "value"]);
      });
    });
  });
  return issues;
}
