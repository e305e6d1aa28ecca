/** Net Promoter Score: % answers 9–10 minus % answers 0–6, in points. */
import { z } from "zod";
import { Id, TableMeasureBase } from "../contract/parts";
import { defineMeasureKind, type StateKind } from "./_lib/kind";
import { fieldsMissing, isRowSet, noRows, rowsOf } from "./_lib/rows";

const NpsSchema = z.object({ kind: z.literal("nps"), ...TableMeasureBase, field: Id }).strict();
type Nps = z.infer<typeof NpsSchema>;

export interface NpsState {
  readonly kind: "nps";
  readonly promoters: number;
  readonly detractors: number;
  readonly answers: number;
}

/** NPS in points; multiply before dividing so whole results are exact (70, not 70.00000000000001). */
export const npsValue = (promoters: number, detractors: number, answers: number): number =>
  ((promoters - detractors) * 100) / answers;

/** Each added answer is a 9–10. */
const NPS_STATE: StateKind<NpsState> = {
  kind: "nps",
  whatIf: { valueAfter: (s, k) => npsValue(s.promoters + k, s.detractors, s.answers + k) },
};

export const nps = defineMeasureKind<typeof NpsSchema, NpsState>({
  kind: "nps",
  schema: NpsSchema,
  states: [NPS_STATE],
  reads: (m) => ({ roles: [m.table], filters: { where: m.where }, fields: { field: m.field } }),
  compute(m, ctx) {
    const rs = rowsOf(ctx, m.table, m.where);
    if (!isRowSet(rs)) return rs;
    const { frame, mask } = rs;
    if (!frame.fields.has(m.field)) return fieldsMissing(m.table, m.field);
    const scores = frame.numbers(m.field);
    let promoters = 0;
    let detractors = 0;
    let answers = 0;
    for (let w = 0; w < mask.length; w++) {
      for (let x = mask[w]!; x !== 0; x &= x - 1) {
        const v = scores[(w << 5) + 31 - Math.clz32(x & -x)]!;
        if (v !== v) continue;
        answers++;
        if (v >= 9) promoters++;
        else if (v <= 6) detractors++;
      }
    }
    if (answers === 0) return noRows(m.table, rs.notes);
    return {
      value: npsValue(promoters, detractors, answers),
      state: { kind: "nps", promoters, detractors, answers },
      notes: rs.notes,
    };
  },
  defaults: { rule: { kind: "threshold" }, unit: "point", pace: "level" },
  sheet: {
    words: ["nps", "net promoter score"],
    columns: ["table", "filter", "field"],
    table: { default: "Evaluering" },
    read(r): Nps | null {
      const field = r.field("field", "anbefaling");
      return field ? { kind: "nps", ...r.base, field } : null;
    },
    write: (m, w) => ({ ...w.table(m.table, m.where), field: w.field(m.table, m.field) }),
  },
  formula: {
    realised(m, excel) {
      if (!excel.readsLikeEngine(m.table, [m.where], [m.field])) return null;
      const table = excel.ctx.data[m.table];
      const r = table ? excel.columnRef(table, m.field) : null;
      if (!r) return null;
      const answersOf = (from: number, to: number) =>
        excel.countifs(
          m.table,
          [m.where],
          [
            [r, `">=${from}"`],
            [r, `"<=${to}"`],
          ],
        );
      const promoters = answersOf(9, 10);
      const detractors = answersOf(0, 6);
      const answers = answersOf(0, 10);
      if (!promoters || !detractors || !answers) return null;
      return `IFERROR((${promoters}-${detractors})*100/${answers},"")`;
    },
  },
});
