/** Number of distinct non-blank values of `field` (companies by CVR) among rows matching `where`. */
import { z } from "zod";
import { Id, TableMeasureBase } from "../contract/parts";
import { distinctCount } from "./_lib/distinct";
import { defineMeasureKind } from "./_lib/kind";
import { fieldsMissing, isRowSet, rowsOf } from "./_lib/rows";
import { COUNT_STATE, type CountState } from "./_lib/states";

const DistinctSchema = z.object({ kind: z.literal("distinct"), ...TableMeasureBase, field: Id }).strict();
export type DistinctMeasure = z.infer<typeof DistinctSchema>;

export const distinct = defineMeasureKind<typeof DistinctSchema, CountState>({
  kind: "distinct",
  schema: DistinctSchema,
  states: [COUNT_STATE],
  reads: (m) => ({ roles: [m.table], filters: { where: m.where }, fields: { field: m.field } }),
  compute(m, ctx) {
    const rs = rowsOf(ctx, m.table, m.where);
    if (!isRowSet(rs)) return rs;
    if (!rs.frame.fields.has(m.field)) return fieldsMissing(m.table, m.field);
    const n = distinctCount(rs.frame, m.field, rs.mask);
    return { value: n, state: { kind: "count", count: n }, notes: rs.notes };
  },
  defaults: { rule: { kind: "proportional" }, unit: "virksomheder", pace: "proRata" },
  sheet: {
    words: ["antal virksomheder", "antal forskellige", "distinct", "companies"],
    columns: ["table", "filter", "distinct"],
    table: { default: "Forloeb" },
    // The field counted is written in `Tæl unikke`.
    paths: { field: "distinct" },
    read(r): DistinctMeasure | null {
      const field = r.field("distinct", "cvr");
      return field ? { kind: "distinct", ...r.base, field } : null;
    },
    write: (m, w) => ({
      ...w.table(m.table, m.where),
      // Anything but companies reads back as `antal` with `Tæl unikke`.
      ...(m.field === "cvr" ? {} : { kind: "antal" }),
      distinct: w.field(m.table, m.field),
    }),
  },
  // COUNTIFS counts rows, not distinct values.
  formula: "none",
});
