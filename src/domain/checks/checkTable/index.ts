import type { CleanTable, TypedValue } from "../../clean";
import type { BoundTable, CellValue } from "../../model";
import { ROLE_SPECS, fieldSpec, isUncalculatedFormula } from "../../model";
import { isBlankCell, isInvalid } from "../../parse/_lib/invalid";
import { cellText } from "../../parse/cellText";
import { PARSERS } from "../../parse/parseField";
import { cvrWasNormalised } from "../../parse/parseCvr";
import type { FindingCollector, TableLocation } from "../_lib/collector";
import { cvrKey, rememberCvrKeys, rememberNumbers } from "../_lib/columnViews";
import { blankRule, invalidRule } from "../_lib/fieldRules";
import type { Registration } from "../rules";
import { floor, isArray, isFiniteNumber, minOf } from "../../parse/_lib/builtins";

/** A row count we can loop over, whatever the adapter handed us. */
const safeCount = (n: unknown): number =>
  typeof n === "number" && isFiniteNumber(n) && n > 0 ? minOf(floor(n), 1_048_576) : 0;

/** The raw cells of a bound column, or an empty list for anything that is not an array. */
export const rawValues = (t: BoundTable, field: string): readonly CellValue[] => {
  const values = t.columns[field]?.values;
  return isArray(values) ? values : [];
};

/**
 * @name checkTable
 * @category Checks
 * @summary Parse every cell of one bound table by its field type, report what fails, and return
 * the typed table. Entirely blank rows are marked and skipped silently; a failing value becomes
 * `null`. Also reports required fields the binding leaves out (`field-missing`).
 *
 * @description Columnar loops, one parser call per cell, no allocation per valid cell. Findings
 * go to `out` (which caps them per rule). Never throws on bad cells; never mutates `table`.
 *
 * @example
 * checkTable(forloeb, "2024-2027", collector).columns.cvr //=> ["12345674", null, …]
 */
export function checkTable(
  table: BoundTable,
  registration: Registration,
  out: FindingCollector,
  loc: TableLocation = { sheet: `${table.sheet ?? ""}`, table: table.table ?? null },
): CleanTable {
  const n = safeCount(table.rowCount);
  const firstRow = typeof table.firstRow === "number" && isFiniteNumber(table.firstRow) ? table.firstRow : 2;
  const fields = Object.keys(table.columns ?? {}).filter((f) => isArray(table.columns[f]?.values));

  const filled = new Uint8Array(n);
  for (const f of fields) {
    const values = rawValues(table, f);
    const m = minOf(n, values.length);
    for (let i = 0; i < m; i++) if (filled[i] === 0 && !isBlankCell(values[i])) filled[i] = 1;
  }
  const blank: boolean[] = new Array<boolean>(n);
  for (let i = 0; i < n; i++) blank[i] = filled[i] === 0;

  const columns: Record<string, TypedValue[]> = {};
  const headers: Record<string, string> = {};
  for (const field of fields) {
    const header = String(table.columns[field]?.header ?? field);
    headers[field] = header;
    columns[field] = checkColumn(table, field, header, n, firstRow, filled, registration, loc, out);
  }

  for (const spec of ROLE_SPECS[table.role]?.fields ?? []) {
    if (spec.required && !fields.includes(spec.id) && blankRule(table.role, spec.id, registration) !== null) {
      out.add(loc, "field-missing", "warning", null, spec.header, null, { field: spec.header, role: table.role });
    }
  }

  return {
    role: table.role,
    sheet: loc.sheet,
    table: loc.table,
    firstRow,
    rowCount: n,
    fields: new Set(fields),
    headers,
    columns,
    blank,
  };
}

function checkColumn(
  table: BoundTable,
  field: string,
  header: string,
  n: number,
  firstRow: number,
  filled: Uint8Array,
  registration: Registration,
  loc: TableLocation,
  out: FindingCollector,
): TypedValue[] {
  const type = fieldSpec(table.role, field)?.type ?? "text";
  const parse = PARSERS[type];
  const onBlank = blankRule(table.role, field, registration);
  const values = rawValues(table, field);
  const typed: TypedValue[] = new Array<TypedValue>(n).fill(null);
  const params = Object.freeze({ field: header });
  // Compact copies for the checks that read the column again (see columnViews).
  const numbers = NUMBER_TYPES.has(type) && VIEW_FIELDS.has(field) ? new Float64Array(n).fill(NaN) : null;
  const cvrKeys = type === "cvr" && VIEW_FIELDS.has(field) ? new Int32Array(n) : null;
  for (let i = 0; i < n; i++) {
    if (filled[i] === 0) continue;
    const raw = i < values.length ? values[i] : null;
    const r = parse(raw ?? null);
    if (r === null) {
      if (onBlank !== null && out.accepts(loc, onBlank.rule, onBlank.severity))
        out.add(loc, onBlank.rule, onBlank.severity, firstRow + i, header, "", params);
    } else if (isInvalid(r)) {
      const rule = isUncalculatedFormula(raw ?? null) ? "formula-not-calculated" : invalidRule(type, field, r.invalid);
      if (out.accepts(loc, rule, "error")) out.add(loc, rule, "error", firstRow + i, header, cellText(raw), params);
    } else {
      typed[i] = r;
      if (numbers !== null && typeof r === "number") numbers[i] = r;
      else if (cvrKeys !== null && typeof r === "string") cvrKeys[i] = cvrKey(r) || -1;
      if (type === "cvr" && typeof raw === "string" && raw.length !== 8 && cvrWasNormalised(raw)) {
        out.add(loc, "cvr-normalised", "info", firstRow + i, header, raw, { cvr: r as string });
      }
    }
  }
  if (numbers !== null) rememberNumbers(typed, numbers);
  if (cvrKeys !== null) rememberCvrKeys(typed, cvrKeys);
  return typed;
}

/** Fields read again by the duplicate check and the 20-hour rule; only these get compact views. */
const VIEW_FIELDS: ReadonlySet<string> = new Set(["cvr", "startdato", "slutdato", "timer"]);
/** Field types whose typed values are numbers. */
const NUMBER_TYPES: ReadonlySet<string> = new Set(["date", "number", "hours", "score"]);
