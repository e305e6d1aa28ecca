/**
 * An option's reading that needs a column the workbook lacks falls back to the template's base
 * reading, with a note (issue 12: "evaluerede vejledningsforløb" counts courses sent to evaluation
 * by default; a CRM export without "Sendt til brugerevaluering" still gets all courses counted,
 * and is told so, rather than "mangler data").
 */
import type { CleanData } from "../clean";
import type { MeasureBase } from "../contract/shape";
import type { MeasureKindOps, StateBase } from "../measures/_lib/kind";
import { fieldSpec } from "../model";
import { missingFieldsOf } from "./filter";
import type { EngineNote } from "./notes";

/** The columns (Danish headers) a measure reads from its first table that the table does not bind (null: no table). */
function lacking<M extends MeasureBase>(kind: MeasureKindOps<M, StateBase>, m: M, data: CleanData): Set<string> | null {
  const reads = kind.reads(m);
  const role = reads.roles[0];
  const table = role ? data[role] : undefined;
  if (!role || !table) return null;
  const ids = new Set<string>();
  for (const f of Object.values(reads.filters ?? {})) for (const x of missingFieldsOf(f, table.fields)) ids.add(x);
  for (const f of Object.values(reads.fields ?? {})) if (f !== undefined && !table.fields.has(f)) ids.add(f);
  return new Set([...ids].map((f) => fieldSpec(role, f)?.header ?? f));
}

/**
 * The measure to compute: the resolved one, or the base one when the resolved (an option's
 * variant) lacks columns the base does not need — then a note names them.
 */
export function withFallback<M extends MeasureBase>(
  kindOf: (m: M) => MeasureKindOps<M, StateBase>,
  base: M,
  resolved: M,
  option: string | null,
  data: CleanData,
): { measure: M; note: EngineNote | null } {
  if (resolved === base || option === null) return { measure: resolved, note: null };
  const mine = lacking(kindOf(resolved), resolved, data);
  const theirs = lacking(kindOf(base), base, data);
  if (mine === null || theirs === null) return { measure: resolved, note: null };
  const extra = [...mine].filter((f) => !theirs.has(f));
  if (extra.length === 0) return { measure: resolved, note: null };
  return { measure: base, note: { code: "option-fallback", params: { option, fields: extra.join(", ") } } };
}
