/** Share (%) of rows matching `numerator` among rows matching `denominator` (or of companies). */
import { z } from "zod";
import { FilterSchema, Id, TableMeasureBase } from "../contract/parts";
import { both, filterMask, isBlankValue } from "../engine/filter";
import { countMask, maskOfRows, rowsOfMask, type RowMask } from "../engine/mask";
import type { TableFrame } from "../engine/frame";
import { distinctCount } from "./_lib/distinct";
import { defineMeasureKind, type StateKind } from "./_lib/kind";
import { fieldsMissing, isRowSet, noRows, rowsOf } from "./_lib/rows";

const ShareSchema = z
  .object({
    kind: z.literal("share"),
    ...TableMeasureBase,
    denominator: FilterSchema,
    numerator: FilterSchema,
    /** Count distinct values of this field instead of rows (e.g. companies by CVR). */
    distinct: Id.optional(),
  })
  .strict();
type Share = z.infer<typeof ShareSchema>;

export interface ShareState {
  readonly kind: "share";
  readonly hits: number;
  readonly total: number;
}

/** The rows whose key (a company's CVR) is the key of some row of `rows`. */
function companiesWith(frame: TableFrame, field: string, rows: RowMask): RowMask {
  const view = frame.view(field);
  const keyOf = (i: number): string | number | null => {
    const k = view.cvrKeys?.[i];
    if (k !== undefined) return k === 0 ? null : k;
    const v = view.at(i);
    return isBlankValue(v) ? null : String(v);
  };
  const keys = new Set<string | number>();
  for (const i of rowsOfMask(rows)) {
    const k = keyOf(i);
    if (k !== null) keys.add(k);
  }
  return maskOfRows(frame.rowCount, (i) => {
    const k = keyOf(i);
    return k !== null && keys.has(k);
  });
}

export const shareValue = (hits: number, total: number): number => (hits * 100) / total;

/** Each added row is a hit. */
const SHARE_STATE: StateKind<ShareState> = {
  kind: "share",
  whatIf: { valueAfter: (s, k) => shareValue(s.hits + k, s.total + k) },
};

export const share = defineMeasureKind<typeof ShareSchema, ShareState>({
  kind: "share",
  schema: ShareSchema,
  states: [SHARE_STATE],
  reads: (m) => ({
    roles: [m.table],
    filters: { where: m.where, numerator: m.numerator, denominator: m.denominator },
    fields: { distinct: m.distinct },
  }),
  compute(m, ctx) {
    const rs = rowsOf(ctx, m.table, m.where);
    if (!isRowSet(rs)) return rs;
    const { frame } = rs;
    const den = filterMask(m.denominator, frame);
    const num = filterMask(m.numerator, frame);
    const lacking = [...den.missingFields, ...num.missingFields];
    const answers = m.table === "Evaluering";
    // Answers without a CVR column are each one respondent: the note says so below.
    const keyless = answers && m.distinct !== undefined && !frame.fields.has(m.distinct);
    const distinct = m.distinct && !keyless && !(answers && ctx.perAnswer === true) ? m.distinct : undefined;
    if (distinct && !frame.fields.has(distinct)) lacking.push(distinct);
    if (lacking.length > 0) return fieldsMissing(m.table, [...new Set(lacking)].join(", "));
    const counted = both(rs.mask, den.mask);
    // Courses by company ("henviser 70% af de virksomheder, der får en handlingsplan"): a company
    // is a hit when any of its courses in the period is, not only the counted one.
    const hitRows =
      distinct && !answers && num.mask !== null
        ? both(counted, companiesWith(frame, distinct, both(rs.mask, num.mask)))
        : both(counted, num.mask);
    const notes = [...rs.notes];
    // By company: a company counts once, and is a hit when any of its counted rows is.
    let total = distinct ? distinctCount(frame, distinct, counted) : countMask(counted);
    let hits = distinct ? distinctCount(frame, distinct, hitRows) : countMask(hitRows);
    if (keyless && ctx.perAnswer !== true && total > 0) {
      notes.push({ code: "answers-without-company", params: { count: total } });
    } else if (distinct && answers) {
      // An answer without a CVR is still a respondent: one company each, never dropped.
      const keyless = maskOfRows(frame.rowCount, (i) => isBlankValue(frame.view(distinct).at(i)));
      const blankTotal = countMask(both(counted, keyless));
      if (blankTotal > 0) {
        total += blankTotal;
        hits += countMask(both(hitRows, keyless));
        notes.push({ code: "answers-without-company", params: { count: blankTotal } });
      }
    }
    if (total === 0) return noRows(m.table, notes);
    return { value: shareValue(hits, total), state: { kind: "share", hits, total }, notes };
  },
  defaults: { rule: { kind: "threshold" }, unit: "procent", pace: "level" },
  sheet: {
    words: ["andel", "share"],
    columns: ["table", "filter", "numerator", "denominator", "distinct"],
    table: "required",
    read(r): Share | null {
      const numerator = r.filter("numerator", "numerator");
      const denominator = r.filter("denominator", "denominator");
      const distinct = r.text("distinct") !== null ? r.field("distinct", null) : null;
      if (!numerator || !denominator) return null;
      return { kind: "share", ...r.base, numerator, denominator, ...(distinct ? { distinct } : {}) };
    },
    write: (m, w) => ({
      ...w.table(m.table, m.where),
      numerator: w.filter(m.table, m.numerator),
      denominator: w.filter(m.table, m.denominator),
      distinct: m.distinct ? w.field(m.table, m.distinct) : null,
    }),
  },
  formula: {
    realised(m, excel) {
      if (!excel.readsLikeEngine(m.table, [m.where, m.denominator, m.numerator], [])) return null;
      // COUNTIFS counts rows, not distinct companies.
      if (m.distinct) return null;
      const num = excel.countifs(m.table, [m.where, m.denominator, m.numerator], []);
      const den = excel.countifs(m.table, [m.where, m.denominator], []);
      if (!num || !den) return null;
      return `IFERROR(${num}*100/${den},"")`;
    },
  },
});
