/** Sum of a numeric field over rows matching `where`. */
import { z } from "zod";
import { Id, TableMeasureBase } from "../contract/parts";
import { defineMeasureKind, type StateKind } from "./_lib/kind";
import { fieldsMissing, isRowSet, rowsOf } from "./_lib/rows";

const SumSchema = z.object({ kind: z.literal("sum"), ...TableMeasureBase, field: Id }).strict();
type Sum = z.infer<typeof SumSchema>;

export interface SumState {
  readonly kind: "sum";
  readonly sum: number;
}

/** Each added unit counts one. */
const SUM_STATE: StateKind<SumState> = {
  kind: "sum",
  whatIf: { valueAfter: (s, k) => s.sum + k },
  withValue: (sum) => ({ kind: "sum", sum }),
};

export const sum = defineMeasureKind<typeof SumSchema, SumState>({
  kind: "sum",
  schema: SumSchema,
  states: [SUM_STATE],
  reads: (m) => ({ roles: [m.table], filters: { where: m.where }, fields: { field: m.field } }),
  compute(m, ctx) {
    const rs = rowsOf(ctx, m.table, m.where);
    if (!isRowSet(rs)) return rs;
    const { frame, mask } = rs;
    if (!frame.fields.has(m.field)) return fieldsMissing(m.table, m.field);
    const x = frame.numbers(m.field);
    // Row order, as before, so the float sum is the same to the last bit.
    let s = 0;
    for (let w = 0; w < mask.length; w++) {
      for (let bits = mask[w]!; bits !== 0; bits &= bits - 1) {
        const v = x[(w << 5) + 31 - Math.clz32(bits & -bits)]!;
        if (v === v) s += v;
      }
    }
    return { value: s, state: { kind: "sum", sum: s }, notes: rs.notes };
  },
  defaults: { rule: { kind: "proportional" }, unit: "antal", pace: "proRata" },
  sheet: {
    words: ["sum"],
    columns: ["table", "filter", "field"],
    table: "required",
    read(r): Sum | null {
      const field = r.field("field", null);
      return field ? { kind: "sum", ...r.base, field } : null;
    },
    write: (m, w) => ({ ...w.table(m.table, m.where), field: w.field(m.table, m.field) }),
  },
  formula: {
    realised: (m, excel) =>
      excel.readsLikeEngine(m.table, [m.where], [m.field]) ? excel.aggregate("SUM", m.table, m.field, m.where) : null,
  },
});
