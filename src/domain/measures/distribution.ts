/**
 * Distribution of rows over municipality types against population shares: the value is the
 * largest deviation over the groups, in percentage points or relative % (option).
 */
import { z } from "zod";
import { Id, TableMeasureBase } from "../contract/parts";
import type { EngineNote } from "../engine/notes";
import { isBlankValue } from "../engine/filter";
import { fold, municipalityKey, municipalityKeys } from "../engine/fold";
import { rowsOfMask } from "../engine/mask";
import { canonicalCodes, keyMarker } from "./_lib/distinct";
import { bad, lookup, ok } from "../authoring/lookup";
import { defineMeasureKind, type StateKind } from "./_lib/kind";
import { ROLE_LABEL, fieldsMissing, isRowSet, missing, noRows, rowsOf } from "./_lib/rows";

const DistributionSchema = z
  .object({
    kind: z.literal("distribution"),
    ...TableMeasureBase,
    /** Field in `table` holding the municipality. */
    field: Id,
    deviation: z.enum(["point", "relative"]),
    /** Count distinct values of this field (companies) instead of rows (courses). */
    distinct: Id.optional(),
  })
  .strict();
type Distribution = z.infer<typeof DistributionSchema>;

export interface DistributionState {
  readonly kind: "distribution";
  /** Per group (by/land): counted rows and population. */
  readonly groups: readonly { readonly group: string; readonly count: number; readonly population: number }[];
  readonly relative: boolean;
}

/** Largest deviation of the rows' by/land split from the population's, in points or relative %. */
export function distributionValue(groups: DistributionState): number | null {
  const rows = groups.groups.reduce((a, g) => a + g.count, 0);
  const pop = groups.groups.reduce((a, g) => a + g.population, 0);
  if (rows === 0 || pop === 0) return null;
  let worst = 0;
  for (const g of groups.groups) {
    const share = g.count / rows;
    const ref = g.population / pop;
    const dev = groups.relative
      ? ref === 0
        ? share === 0
          ? 0
          : Infinity
        : Math.abs(share / ref - 1) * 100
      : Math.abs(share - ref) * 100;
    worst = Math.max(worst, dev);
  }
  return worst;
}

/** Add k rows to the group furthest below its population share. */
function valueAfter(state: DistributionState, k: number): number | null {
  const rows = state.groups.reduce((a, g) => a + g.count, 0);
  const pop = state.groups.reduce((a, g) => a + g.population, 0);
  if (pop === 0) return null;
  let under = -1;
  let worst = Infinity;
  state.groups.forEach((g, i) => {
    const gap = (rows === 0 ? 0 : g.count / rows) - g.population / pop;
    if (gap < worst) {
      worst = gap;
      under = i;
    }
  });
  return distributionValue({
    ...state,
    groups: state.groups.map((g, i) => (i === under ? { ...g, count: g.count + k } : g)),
  });
}

const DISTRIBUTION_STATE: StateKind<DistributionState> = { kind: "distribution", whatIf: { valueAfter } };

/** The group of a course's municipality, found under its short name too; -1 when unknown. */
const groupOfMunicipality = (typeOf: ReadonlyMap<string, number>, name: string): number => {
  for (const k of municipalityKeys(fold(name))) {
    const g = typeOf.get(k);
    if (g !== undefined) return g;
  }
  return -1;
};

export const distribution = defineMeasureKind<typeof DistributionSchema, DistributionState, { relative: boolean }>({
  kind: "distribution",
  schema: DistributionSchema,
  states: [DISTRIBUTION_STATE],
  reads: (m) => ({
    roles: [m.table, "Kommuner"],
    filters: { where: m.where },
    fields: { field: m.field, distinct: m.distinct },
  }),
  compute(m, ctx) {
    const rs = rowsOf(ctx, m.table, m.where);
    if (!isRowSet(rs)) return rs;
    const kommuner = ctx.data.Kommuner;
    if (!kommuner) return missing({ code: "table-missing", params: { table: "Kommuner" } });
    if (!kommuner.fields.has("kommunetype") || !kommuner.fields.has("befolkning"))
      return missing({ code: "population-missing" });
    const { frame, mask } = rs;
    if (!frame.fields.has(m.field)) return fieldsMissing(m.table, m.field);
    // Municipality (folded) → type index; population per type, in first-seen order.
    const typeOf = new Map<string, number>();
    const groups: string[] = [];
    const population: number[] = [];
    const k = ctx.frameOf(kommuner);
    const kName = k.view("kommune");
    const kType = k.view("kommunetype");
    const kPop = k.view("befolkning");
    for (let i = 0; i < kommuner.rowCount; i++) {
      const name = kName.at(i);
      const type = kType.at(i);
      const pop = kPop.at(i);
      if (typeof name !== "string" || typeof type !== "string" || typeof pop !== "number") continue;
      let g = groups.indexOf(type);
      if (g < 0) {
        g = groups.push(type) - 1;
        population.push(0);
      }
      typeOf.set(municipalityKey(fold(name)), g);
      population[g]! += pop;
    }
    if (groups.length === 0) return missing({ code: "population-missing" });
    const counts = new Array<number>(groups.length).fill(0);
    // Unknown municipalities as written, with their rows, in order of first appearance.
    const unknown = new Map<string, number>();
    const view = frame.view(m.field);
    const marker = m.distinct ? keyMarker(frame, m.distinct) : null;
    const coded = canonicalCodes(view);
    if (coded) {
      // Per code: the group index, -1 for an unknown municipality, -2 for no text.
      const values = view.dict!.values;
      const groupOf = Int32Array.from(values, (v, c) =>
        c === 0 || coded.canon[c] === 0 || typeof v !== "string" || v === "" ? -2 : groupOfMunicipality(typeOf, v),
      );
      const codes = coded.codes;
      if (marker === null) {
        // Rows per code in one branch-free pass over every row (most rows are in), then per group.
        const perCode = new Int32Array(values.length);
        const n = frame.rowCount;
        for (let w = 0, i = 0; i < n; w++) {
          const x = mask[w]!;
          if (x === 0) {
            i += 32;
            continue;
          }
          const end = Math.min(i + 32, n);
          for (let j = 0; i < end; i++, j++) perCode[codes[i]!]! += (x >>> j) & 1;
        }
        for (let c = 0; c < values.length; c++) if (groupOf[c]! >= 0) counts[groupOf[c]!]! += perCode[c]!;
        // Unknown municipalities in order of their first row, as the note lists them.
        let pending = 0;
        for (let c = 0; c < values.length; c++) if (groupOf[c] === -1 && perCode[c]! > 0) pending++;
        const listed = new Uint8Array(values.length);
        for (let w = 0; w < mask.length && pending > 0; w++) {
          for (let x = mask[w]!; x !== 0 && pending > 0; x &= x - 1) {
            const c = codes[(w << 5) + 31 - Math.clz32(x & -x)]!;
            if (groupOf[c] !== -1 || listed[c] === 1) continue;
            listed[c] = 1;
            pending--;
            const name = values[c] as string;
            unknown.set(name, (unknown.get(name) ?? 0) + perCode[c]!);
          }
        }
      } else {
        for (let w = 0; w < mask.length; w++) {
          for (let x = mask[w]!; x !== 0; x &= x - 1) {
            const i = (w << 5) + 31 - Math.clz32(x & -x);
            const c = codes[i]!;
            const g = groupOf[c]!;
            if (g === -2) continue;
            if (g === -1) {
              const name = values[c] as string;
              unknown.set(name, (unknown.get(name) ?? 0) + 1);
            } else if (marker.first(i)) counts[g]!++;
          }
        }
      }
    } else {
      const groupByText = new Map<string, number>();
      for (const i of rowsOfMask(mask)) {
        const name = view.at(i);
        if (typeof name !== "string" || name === "") continue;
        let g = groupByText.get(name);
        if (g === undefined) groupByText.set(name, (g = groupOfMunicipality(typeOf, name)));
        if (g === -1) unknown.set(name, (unknown.get(name) ?? 0) + 1);
        else if (marker === null || marker.first(i)) counts[g]!++;
      }
    }
    const state: DistributionState = {
      kind: "distribution",
      relative: m.deviation === "relative",
      groups: groups.map((group, g) => ({ group, population: population[g]!, count: counts[g]! })),
    };
    const notes: EngineNote[] = [...rs.notes];
    // Rows without a municipality cannot be placed: never left out in silence.
    let blank = 0;
    for (const i of rowsOfMask(mask)) if (isBlankValue(view.at(i))) blank++;
    if (blank > 0)
      notes.push({
        code: "blank-left-out",
        params: { count: blank, table: ROLE_LABEL[m.table], field: frame.table.headers[m.field] ?? m.field },
      });
    if (unknown.size > 0) {
      const total = [...unknown.values()].reduce((a, b) => a + b, 0);
      notes.push({
        code: "kommune-unknown",
        params: { count: total, list: [...unknown.keys()].slice(0, 5).join(", ") },
      });
    }
    const value = distributionValue(state);
    if (value === null) return noRows(m.table, notes);
    return { value, state, notes };
  },
  defaults: { rule: { kind: "threshold" }, unit: "procentpoint", pace: "level" },
  sheet: {
    words: ["fordeling", "distribution"],
    columns: ["table", "filter", "field", "distinct"],
    table: { default: "Forloeb" },
    paths: { deviation: "kind" },
    // `fordeling (relativ)`: the deviation relative to the population share, not in points.
    qualifier: {
      parse(text) {
        const relative = lookup(text, [
          [true, "relativ", "relative"],
          [false, "point", "procentpoint", "points"],
        ] as const);
        return relative === null ? bad("kind-qualifier") : ok({ relative });
      },
      format: (m) => (m.deviation === "relative" ? "relativ" : null),
    },
    read(r, cell): Distribution | null {
      const field = r.field("field", "kommune");
      const distinct = r.text("distinct") !== null ? r.field("distinct", null) : null;
      if (!field) return null;
      return {
        kind: "distribution",
        ...r.base,
        field,
        deviation: cell.relative ? "relative" : "point",
        ...(distinct ? { distinct } : {}),
      };
    },
    write: (m, w) => ({
      ...w.table(m.table, m.where),
      field: w.field(m.table, m.field),
      distinct: m.distinct ? w.field(m.table, m.distinct) : null,
    }),
  },
  // The largest deviation over groups of a population: no COUNTIFS says that.
  formula: "none",
});
