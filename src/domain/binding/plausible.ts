/**
 * A column bound by a guess from its header is read only when its cells look like the field:
 * a guessed "answer on referral" column full of sustainability answers ("i høj grad") is another
 * column, not a column of wrong answers. Such a column is unbound again (a finding says so, and
 * the goal that needs the field says it is missing) — never read in the field's place.
 */
import type { Finding } from "../findings";
import { isInvalid } from "../parse";
import { parseField } from "../parse/parseField";
import { ROLE_SPECS, ROLES, type BoundTable, type FieldType, type Role, type WorkbookData } from "../model";
import type { Binding, RoleBinding } from "./types";

/** Field types whose cells tell whether the column holds the field: a code, a scale, a number, a date. */
const CHECKED: ReadonlySet<FieldType> = new Set<FieldType>([
  "cvr",
  "segment",
  "date",
  "number",
  "hours",
  "score",
  "effectScale",
  "referralScale",
  "yesNo",
  "kommunetype",
  "activityStatus",
]);

/** Cells looked at per column: enough to tell, bounded on a million rows. */
const SAMPLE = 200;
const MIN_CELLS = 3;

export interface PlausibleBinding {
  readonly binding: Binding;
  readonly data: WorkbookData;
  readonly findings: readonly Finding[];
}

/**
 * @name dropImplausibleColumns
 * @category Binding
 * @summary Unbinds guessed columns whose cells are mostly not values of their field, and says so.
 */
export function dropImplausibleColumns<B extends Binding>(
  binding: B,
  data: WorkbookData,
): { binding: B; data: WorkbookData; findings: Finding[] } {
  const findings: Finding[] = [];
  const roles: Partial<Record<Role, RoleBinding>> = { ...binding.roles };
  const out: Partial<Record<Role, BoundTable>> = { ...data };
  for (const role of ROLES) {
    const rb = binding.roles[role];
    const table = data[role];
    if (!rb || !table) continue;
    for (const fb of Object.values(rb.fields)) {
      if (fb.via !== "fuzzy") continue;
      const spec = ROLE_SPECS[role].fields.find((f) => f.id === fb.field);
      const col = table.columns[fb.field];
      if (!spec || !col || !CHECKED.has(spec.type)) continue;
      let seen = 0;
      let bad = 0;
      let example = "";
      for (const v of col.values) {
        if (v === null || (typeof v === "string" && v.trim() === "")) continue;
        seen++;
        if (isInvalid(parseField(spec.type, v))) {
          bad++;
          if (example === "") example = typeof v === "object" ? v.error : String(v);
        }
        if (seen >= SAMPLE) break;
      }
      if (seen < MIN_CELLS || bad * 2 <= seen) continue;
      const { [fb.field]: _dropped, ...fields } = roles[role]?.fields ?? {};
      roles[role] = { ...(roles[role] as RoleBinding), fields };
      const { [fb.field]: _col, ...columns } = out[role]?.columns ?? {};
      out[role] = { ...(out[role] as BoundTable), columns };
      findings.push({
        severity: "warning",
        rule: "binding-values-mismatch",
        sheet: rb.source.sheet,
        table: rb.source.table,
        row: rb.source.headerRow,
        column: fb.header,
        value: example,
        params: { role, field: fb.field, header: spec.header, bad, seen },
      });
    }
  }
  if (findings.length === 0) return { binding, data, findings };
  return { binding: { ...binding, roles }, data: out, findings };
}
