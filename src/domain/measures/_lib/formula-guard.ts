/**
 * Does Excel read a formula's columns as the engine reads them? COUNTIFS compares cells as they
 * are: a date or score typed as text ("1/3-2025", "9"), a yes written "x" or TRUE, a segment
 * written "Driftssegmentet", a municipality written "Køge Kommune" count for the engine but not
 * for Excel. A live formula over such a column would show another figure than the report, so the
 * status sheet gets the engine's value instead (with the note that it is a value).
 */
import type { Filter } from "../../contract/parts";
import type { BoundTable, CellValue, FieldType, Role } from "../../model";
import { ROLE_SPECS } from "../../model";
import { fold, municipalityKeys } from "../../engine/fold";
import { isInvalid } from "../../parse/_lib/invalid";
import { PARSERS } from "../../parse/parseField";

const NUMERIC: ReadonlySet<FieldType> = new Set<FieldType>(["date", "number", "hours", "score"]);

/** Every field a filter reads, with the texts its `in`/`notIn` nodes name. */
function collect(filter: Filter | undefined, out: Map<string, string[]>): void {
  if (!filter) return;
  const add = (field: string, values: readonly string[] = []) => out.set(field, [...(out.get(field) ?? []), ...values]);
  switch (filter.op) {
    case "all":
    case "any":
      for (const f of filter.of) collect(f, out);
      return;
    case "not":
      collect(filter.of, out);
      return;
    case "in":
    case "notIn":
      add(filter.field, filter.values);
      return;
    case "companyAgeUnder":
      add("startdato");
      add("stiftelsesdato");
      return;
    default:
      add(filter.field);
  }
}

/**
 * The fields a formula reads (the period field included for courses and dated answers), with their texts: its
 * filters' fields, then the columns it reads besides.
 */
export function formulaFields(
  role: Role,
  filters: readonly (Filter | undefined)[],
  columns: readonly string[],
  periodField: string | null,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of filters) collect(f, out);
  for (const c of columns) out.set(c, out.get(c) ?? []);
  if (periodField !== null) out.set(periodField, out.get(periodField) ?? []);
  return out;
}

const typeOf = (role: Role, field: string): FieldType =>
  ROLE_SPECS[role].fields.find((f) => f.id === field)?.type ?? "text";

/** Would COUNTIFS see this cell as the engine does? */
function cellAgrees(v: CellValue, type: FieldType, field: string, named: readonly string[]): boolean {
  if (v === null || (typeof v === "string" && v.trim() === "")) return true;
  const parsed = PARSERS[type](v);
  // A cell the checks reject is left out by the engine and by the bounded criteria alike.
  if (parsed === null || isInvalid(parsed)) return true;
  if (NUMERIC.has(type)) return typeof v === "number";
  if (type === "text" || type === "list") {
    if (typeof v !== "string" || named.length === 0) return true;
    const keys = (s: string): readonly string[] => (field === "kommune" ? municipalityKeys(fold(s)) : [fold(s)]);
    const wanted = new Set(named.flatMap(keys));
    // Only texts the filter takes need to be spelled as the criterion (COUNTIFS ignores case only).
    if (!keys(v).some((k) => wanted.has(k))) return true;
    return named.some((n) => n.toLowerCase() === v.toLowerCase());
  }
  // Coded values: the criterion is the canonical spelling, so the cell must be it (any case).
  const canonical = typeof parsed === "boolean" ? (parsed ? "ja" : "nej") : parsed;
  return typeof v === "string" && typeof canonical === "string" && canonical.toLowerCase() === v.toLowerCase();
}

const verdicts = new WeakMap<BoundTable, Map<string, boolean>>();

/** True when every cell of the fields reads in Excel as in the engine (memoised per table and field). */
export function excelReadsLikeEngine(table: BoundTable, fields: ReadonlyMap<string, readonly string[]>): boolean {
  let memo = verdicts.get(table);
  if (!memo) verdicts.set(table, (memo = new Map()));
  for (const [field, named] of fields) {
    const key = `${field}\u0000${named.join("\u0000")}`;
    let ok = memo.get(key);
    if (ok === undefined) {
      const values = table.columns[field]?.values ?? [];
      const type = typeOf(table.role, field);
      const seen = new Map<string, boolean>();
      ok = true;
      for (let i = 0; i < Math.min(values.length, table.rowCount) && ok; i++) {
        const v = values[i] ?? null;
        if (typeof v === "string") {
          let known = seen.get(v);
          if (known === undefined) seen.set(v, (known = cellAgrees(v, type, field, named)));
          ok = known;
        } else ok = cellAgrees(v, type, field, named);
      }
      memo.set(key, ok);
    }
    if (!ok) return false;
  }
  return true;
}
