/**
 * Compile the template filter language (data only, see schema.ts) into a row predicate over a
 * checked table. Text compares folded (case, spacing, æ/ae…), so templates can list the
 * spellings houses actually use.
 */
import type { Filter } from "../contract/schema";
import type { CleanTable, TypedValue } from "../clean";
import { addYears } from "./dates";
import { fold } from "./fold";
import { dictionaryOf } from "./dictionary";

export type RowPredicate = (row: number) => boolean;

export interface CompiledFilter {
  readonly test: RowPredicate;
  /** Fields the filter needs that the table does not bind: the result is "mangler data". */
  readonly missingFields: readonly string[];
}

const isBlank = (v: TypedValue | undefined): boolean =>
  v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0);

/** Fold with a cache: coded columns hold few distinct strings over many rows. */
function cachedFold(): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let f = cache.get(s);
    if (f === undefined) {
      f = fold(s);
      if (cache.size < 100_000) cache.set(s, f);
    }
    return f;
  };
}

const textOf = (v: TypedValue): string | null =>
  typeof v === "string" ? v : typeof v === "boolean" ? (v ? "ja" : "nej") : typeof v === "number" ? String(v) : null;

export function compileFilter(filter: Filter | undefined, table: CleanTable): CompiledFilter {
  const f = cachedFold();
  // Fields a branch needs but the table lacks; an `any` is missing only when all its branches are.
  let missing = new Set<string>();
  const need = (field: string): readonly TypedValue[] => {
    if (!table.fields.has(field)) missing.add(field);
    return table.columns[field] ?? [];
  };
  const withMissing = (node: Filter): { p: RowPredicate; miss: Set<string> } => {
    const outer = missing;
    missing = new Set<string>();
    const p = build(node);
    const miss = missing;
    missing = outer;
    return { p, miss };
  };

  const build = (node: Filter): RowPredicate => {
    switch (node.op) {
      case "in":
      case "notIn": {
        const col = need(node.field);
        const wanted = new Set(node.values.map(fold));
        const hit = (v: TypedValue | undefined): boolean => {
          if (v === undefined || v === null) return false;
          if (Array.isArray(v)) return v.some((x) => wanted.has(f(x)));
          const t = textOf(v as TypedValue);
          return t !== null && wanted.has(f(t));
        };
        const dict = dictionaryOf(col, table.rowCount);
        if (dict) {
          // Decide once per distinct value; rows are then an array look-up.
          const hits = Uint8Array.from(dict.values, (v, k) => (k > 0 && hit(v) ? 1 : 0));
          const codes = dict.codes;
          return node.op === "in" ? (i) => hits[codes[i]!] === 1 : (i) => codes[i] !== 0 && hits[codes[i]!] === 0;
        }
        return node.op === "in" ? (i) => hit(col[i]) : (i) => !isBlank(col[i]) && !hit(col[i]);
      }
      case "blank":
      case "notBlank": {
        const col = need(node.field);
        return node.op === "blank" ? (i) => isBlank(col[i]) : (i) => !isBlank(col[i]);
      }
      case "contains": {
        const col = need(node.field);
        const needle = fold(node.value);
        const dict = dictionaryOf(col, table.rowCount);
        if (dict) {
          const hits = Uint8Array.from(dict.values, (v, k) => {
            const t = k > 0 && v !== null ? textOf(v) : null;
            return t !== null && f(t).includes(needle) ? 1 : 0;
          });
          const codes = dict.codes;
          return (i) => hits[codes[i]!] === 1;
        }
        return (i) => {
          const v = col[i];
          if (v === undefined || v === null) return false;
          if (Array.isArray(v)) return v.some((x) => f(x).includes(needle));
          const t = textOf(v as TypedValue);
          return t !== null && f(t).includes(needle);
        };
      }
      case "gte":
      case "lte":
      case "gt":
      case "lt":
      case "eq": {
        const col = need(node.field);
        const x = node.value;
        const cmp =
          node.op === "gte"
            ? (a: number) => a >= x
            : node.op === "lte"
              ? (a: number) => a <= x
              : node.op === "gt"
                ? (a: number) => a > x
                : node.op === "lt"
                  ? (a: number) => a < x
                  : (a: number) => a === x;
        return (i) => {
          const v = col[i];
          return typeof v === "number" && cmp(v);
        };
      }
      case "companyAgeUnder": {
        const start = need("startdato");
        const founded = need("stiftelsesdato");
        const years = node.years;
        return (i) => {
          const s = start[i];
          const b = founded[i];
          if (typeof s !== "number" || typeof b !== "number" || b > s) return false;
          // N years are 365·N to 366·N days: only the few days between need the calendar.
          const days = s - b;
          return days < 365 * years || (days < 366 * years && s < addYears(b, years));
        };
      }
      case "all": {
        const parts = node.of.map(build);
        return (i) => parts.every((p) => p(i));
      }
      case "any": {
        const parts = node.of.map(withMissing);
        if (parts.every((x) => x.miss.size > 0)) for (const x of parts) for (const m of x.miss) missing.add(m);
        const usable = parts.filter((x) => x.miss.size === 0).map((x) => x.p);
        return (i) => usable.some((p) => p(i));
      }
      case "not": {
        const inner = build(node.of);
        return (i) => !inner(i);
      }
    }
  };

  const test = filter ? build(filter) : () => true;
  return { test, missingFields: [...missing] };
}
