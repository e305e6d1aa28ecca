/** Number of rows matching `where`. */
import { z } from "zod";
import { TableMeasureBase } from "../contract/parts";
import { countMask } from "../engine/mask";
import { defineMeasureKind } from "./_lib/kind";
import { isRowSet, rowsOf } from "./_lib/rows";
import { COUNT_STATE, type CountState } from "./_lib/states";
import type { DistinctMeasure } from "./distinct";

const CountSchema = z.object({ kind: z.literal("count"), ...TableMeasureBase }).strict();
type Count = z.infer<typeof CountSchema>;

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
  sheet: {
    words: ["antal", "count"],
    columns: ["table", "filter", "distinct"],
    table: "required",
    // `antal` with `Tæl unikke` counts the distinct values of that field: a distinct count.
    read(r): Count | DistinctMeasure | null {
      const distinct = r.text("distinct") !== null ? r.field("distinct", null) : null;
      return distinct ? { kind: "distinct", ...r.base, field: distinct } : { kind: "count", ...r.base };
    },
    write: (m, w) => w.table(m.table, m.where),
  },
  formula: {
    realised: (m, excel) =>
      excel.readsLikeEngine(m.table, [m.where], []) ? excel.countifs(m.table, [m.where], []) : null,
  },
});
