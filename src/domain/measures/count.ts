/** Number of rows matching `where`. */
import { z } from "zod";
import { TableMeasureBase } from "../contract/parts";
import { countMask } from "../engine/mask";
import { defineMeasureKind } from "./_lib/kind";
import { isRowSet, rowsOf } from "./_lib/rows";
import { COUNT_STATE, type CountState } from "./_lib/states";

const CountSchema = z.object({ kind: z.literal("count"), ...TableMeasureBase }).strict();

export const count = defineMeasureKind<typeof CountSchema, CountState>({
  kind: "count",
  schema: CountSchema,
  states: [COUNT_STATE],
  reads: (m) => ({ roles: [m.table], filters: { where: m.where } }),
  compute(m, ctx) {
    const rs = rowsOf(ctx, m.table, m.where);
    if (!isRowSet(rs)) return rs;
    const n = countMask(rs.mask);
    return { value: n, state: { kind: "count", count: n }, notes: rs.notes };
  },
  defaults: { rule: { kind: "proportional" }, unit: "antal", pace: "proRata" },
});
