/**
 * Courses whose Forløbstype no goal of the contract counts (issue 12: no data dropped in silence).
 * A goal that counts courses by type says how many courses of the period fall outside every
 * type the contract names ("Vækst plan", "Handlingsplan (drift)", "Kort"), so a spelling the
 * template does not know is seen rather than lost.
 */
import type { Filter } from "../contract/parts";
import type { MeasureContext } from "../measures/_lib/kind";
import { isRowSet, rowsOf } from "../measures/_lib/rows";
import { isBlankValue, filterMask } from "./filter";
import { andMask, notMask, rowsOfMask } from "./mask";
import type { EngineNote } from "./notes";

const FIELD = "forloebstype";

/** The type tests of a filter: `in` and `contains` on Forløbstype. */
export function typeTests(filter: unknown, into: Filter[] = []): Filter[] {
  if (typeof filter !== "object" || filter === null || !("op" in filter)) return into;
  const f = filter as Filter;
  switch (f.op) {
    case "all":
    case "any":
      for (const x of f.of) typeTests(x, into);
      break;
    case "not":
      break;
    case "in":
    case "contains":
      if (f.field === FIELD) into.push(f);
      break;
    default:
      break;
  }
  return into;
}

/** The type tests a measure makes (its `where`, numerator and denominator). */
export const measureTypeTests = (measure: object): Filter[] => {
  const m = measure as { table?: string; where?: unknown; numerator?: unknown; denominator?: unknown };
  if (m.table !== "Forloeb") return [];
  return [...typeTests(m.where), ...typeTests(m.numerator), ...typeTests(m.denominator)];
};

/** The note for courses of the period whose type no test matches, or null when there are none. */
export function uncountedTypes(tests: readonly Filter[], ctx: Omit<MeasureContext, "goalId">): EngineNote | null {
  if (tests.length === 0) return null;
  const rs = rowsOf({ ...ctx, goalId: "" }, "Forloeb", undefined);
  if (!isRowSet(rs) || !rs.frame.fields.has(FIELD)) return null;
  const { frame } = rs;
  const counted = filterMask({ op: "any", of: [...tests] }, frame).mask;
  if (counted === null) return null;
  const view = frame.view(FIELD);
  const byType = new Map<string, number>();
  let count = 0;
  for (const i of rowsOfMask(andMask(rs.mask, notMask(counted, frame.rowCount)))) {
    const v = view.at(i);
    if (isBlankValue(v)) continue;
    const t = String(v);
    byType.set(t, (byType.get(t) ?? 0) + 1);
    count++;
  }
  if (count === 0) return null;
  const list = [...byType].slice(0, 5).map(([t, n]) => `'${t}' (${n})`);
  return { code: "types-uncounted", params: { count, list: list.join(", ") + (byType.size > 5 ? ", …" : "") } };
}
