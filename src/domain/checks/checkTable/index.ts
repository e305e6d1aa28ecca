import { lazyColumns, type CleanTable, type ColumnView } from "../../clean";
import type { BoundTable, CellValue, FieldType } from "../../model";
import { ROLE_SPECS, fieldSpec, isUncalculatedFormula } from "../../model";
import { isInvalid } from "../../parse/_lib/invalid";
import { cellText } from "../../parse/cellText";
import { PARSERS } from "../../parse/parseField";
import { cvrWasNormalised } from "../../parse/parseCvr";
import type { FindingCollector, TableLocation } from "../_lib/collector";
import { blankRule, invalidRule, type BlankRule } from "../_lib/fieldRules";
import { parseColumn, type RowList } from "./columns";
import { FRESH_MEMORY, pooledMemory, scratchUint8 } from "../../_lib/scratch";
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
 * @description Columnar loops into compact views (see columns.ts): each distinct text of a
 * coded column is parsed once, numbers and CVRs go to typed arrays, nothing is allocated per
 * valid cell. Findings go to `out` (which caps them per rule), in column order and row order
 * within a column. Never throws on bad cells; never mutates `table`.
 *
 * @example
 * checkTable(forloeb, "2024-2027", collector).columns.cvr //=> ["12345674", null, …]
 */
export function checkTable(
  table: BoundTable,
  registration: Registration,
  out: FindingCollector,
  loc: TableLocation = { sheet: `${table.sheet ?? ""}`, table: table.table ?? null },
  reuseMemory = false,
): CleanTable {
  const n = safeCount(table.rowCount);
  const firstRow = typeof table.firstRow === "number" && isFiniteNumber(table.firstRow) ? table.firstRow : 2;
  const fields = Object.keys(table.columns ?? {}).filter((f) => isArray(table.columns[f]?.values));

  // Parse every column first: only then is it known which rows are entirely blank, and a
  // blank cell is reported only in a row that holds something.
  const filled = scratchUint8("checkTable.filled", n);
  const parsed = fields.map((field) => {
    const type = fieldSpec(table.role, field)?.type ?? "text";
    const rule = blankRule(table.role, field, registration);
    const memory = reuseMemory ? pooledMemory(`checkTable:${table.role}.${field}`) : FRESH_MEMORY;
    return { field, type, rule, ...parseColumn(rawValues(table, field), type, n, filled, rule !== null, memory) };
  });

  const views: Record<string, ColumnView> = {};
  const headers: Record<string, string> = {};
  for (const { field, type, rule, view, events } of parsed) {
    const header = String(table.columns[field]?.header ?? field);
    headers[field] = header;
    views[field] = view;
    reportColumn(rawValues(table, field), type, field, header, rule, events, filled, firstRow, loc, out);
  }

  for (const spec of ROLE_SPECS[table.role]?.fields ?? []) {
    if (spec.required && !fields.includes(spec.id) && blankRule(table.role, spec.id, registration) !== null) {
      out.add(loc, "field-missing", "warning", null, spec.header, null, { field: spec.header, role: table.role });
    }
  }

  const blank = reuseMemory ? scratchUint8(`checkTable:${table.role}:blank`, n) : new Uint8Array(n);
  for (let i = 0; i < n; i++) blank[i] = filled[i] === 0 ? 1 : 0;
  return {
    role: table.role,
    sheet: loc.sheet,
    table: loc.table,
    firstRow,
    rowCount: n,
    fields: new Set(fields),
    headers,
    columns: lazyColumns(views),
    views,
    blank,
  };
}

/**
 * The findings of one column, in row order: a blank cell in a row that is not entirely blank
 * (when the field has a rule for blanks), a value that failed its check, a CVR written in
 * another form. Only the rows the parse marked are looked at again.
 */
function reportColumn(
  values: readonly CellValue[],
  type: FieldType,
  field: string,
  header: string,
  onBlank: BlankRule | null,
  events: RowList,
  filled: Uint8Array,
  firstRow: number,
  loc: TableLocation,
  out: FindingCollector,
): void {
  if (events.length === 0) return;
  const parse = PARSERS[type];
  const params = Object.freeze({ field: header });
  for (let k = 0; k < events.length; k++) {
    const i = events.at(k);
    const raw = values[i] ?? null;
    const r = parse(raw);
    if (r === null) {
      if (onBlank !== null && filled[i] === 1 && out.accepts(loc, onBlank.rule, onBlank.severity))
        out.add(loc, onBlank.rule, onBlank.severity, firstRow + i, header, "", params);
    } else if (isInvalid(r)) {
      const rule = isUncalculatedFormula(raw) ? "formula-not-calculated" : invalidRule(type, field, r.invalid);
      if (out.accepts(loc, rule, "error")) out.add(loc, rule, "error", firstRow + i, header, cellText(raw), params);
    } else if (type === "cvr" && typeof raw === "string" && cvrWasNormalised(raw)) {
      out.add(loc, "cvr-normalised", "info", firstRow + i, header, raw, { cvr: r as string });
    }
  }
}
