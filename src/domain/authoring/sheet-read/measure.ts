/**
 * A row's measure columns (`Tabel`, `Filter`, `Tæller`, `Nævner`, `Felt`, `Tæl unikke`): what
 * is the same for every kind is done here — columns the kind does not read, where each property
 * sits, the table, the `Filter` column — and the kind reads the rest (`kind.sheet.read`).
 */
import type { Filter } from "../../contract/parts";
import type { MeasureBase } from "../../contract/shape";
import type { StateBase } from "../../measures/_lib/kind";
import { MEASURE_COLUMNS, type KindCell, type ListedItem, type MeasureColumn } from "../../measures/_lib/sheet";
import type { MeasureRegistry } from "../../measures/registry";
import { ROLES, type Role } from "../../model";
import { parseFilter } from "../filter/parse";
import type { GoalColumn } from "../layout";
import type { Path } from "../lint";
import { fieldByName, fieldsOf, ROLE_DISPLAY, roleByName, sameName } from "../names";
import type { Row, SheetCells } from "./cells";

/** A key figure as the sheet names it: id, label or a synonym. */
export interface KeyFigureName {
  readonly id: string;
  readonly label: string;
  readonly synonyms?: readonly string[];
}

/** The goal-table row a measure is read from, and the reader's helpers for it. */
export interface MeasureRow<M extends MeasureBase, S extends StateBase> {
  readonly cells: SheetCells;
  readonly measures: MeasureRegistry<M, S>;
  readonly row: Row<GoalColumn>;
  /** The header of a column as the user wrote it. */
  col(key: GoalColumn): string;
  /** The part of the contract at `path` was read from this row's `key` column. */
  atCell(path: Path, key: GoalColumn): void;
}

/** Where a measure's properties sit, unless its kind says otherwise (`paths`). */
const PROPERTY_COLUMNS: Readonly<Record<string, GoalColumn>> = {
  table: "table",
  where: "filter",
  numerator: "numerator",
  denominator: "denominator",
  field: "field",
  distinct: "distinct",
};

/** The measure of a row whose `Indikator` says `cell`; null after a reported mistake in any of its cells. */
export function readMeasure<M extends MeasureBase, S extends StateBase>(
  mr: MeasureRow<M, S>,
  cell: KindCell & { readonly kind: M["kind"] },
  mp: Path,
  items: readonly ListedItem[],
  keyFigures: readonly KeyFigureName[],
): MeasureBase | null {
  const { cells: sc, row: r } = mr;
  const kind = mr.measures.kindOf(cell);
  const word = kind.sheet.words[0];
  const t = (c: GoalColumn) => r.cells[c]?.text ?? null;
  const before = sc.findings.length;
  for (const c of MEASURE_COLUMNS)
    if (r.cells[c] && !kind.sheet.columns.includes(c))
      sc.report("kontrakt-not-used", r.index, mr.col(c), t(c), { column: mr.col(c), what: word });
  for (const [property, column] of Object.entries({ ...PROPERTY_COLUMNS, ...kind.sheet.paths }))
    mr.atCell([...mp, property], column);

  // The table: required for table measures without a natural default, fixed for the others.
  const tableText = t("table");
  let role: Role | null = null;
  if (tableText !== null) {
    role = roleByName(tableText);
    if (role === null) {
      sc.report("kontrakt-table-unknown", r.index, mr.col("table"), tableText, {
        allowed: ROLES.map((x) => ROLE_DISPLAY[x]).join(", "),
      });
      return null;
    }
  }
  const spec = kind.sheet.table;
  const fixed = typeof spec === "object" && "fixed" in spec ? spec.fixed : null;
  if (fixed && role !== null && role !== fixed) {
    sc.report("kontrakt-table-mismatch", r.index, mr.col("table"), tableText, {
      kind: word,
      expected: ROLE_DISPLAY[fixed],
    });
    return null;
  }
  const table = fixed ?? role ?? (typeof spec === "object" && "default" in spec ? spec.default : null);
  if (table === null) {
    sc.report("kontrakt-required", r.index, mr.col("table"), null, { what: "table" });
    return null;
  }

  const filter = (col: MeasureColumn, required: "numerator" | "denominator" | null): Filter | null | undefined => {
    const text = t(col);
    if (text === null) {
      if (required) sc.report("kontrakt-required", r.index, mr.col(col), null, { what: required });
      return undefined;
    }
    const parsed = parseFilter(text, { role: table });
    if (parsed.ok) return parsed.filter;
    sc.report("kontrakt-filter", r.index, mr.col(col), text, {
      ...parsed.error.params,
      reason: parsed.error.code,
      pos: parsed.error.pos + 1,
    });
    return null;
  };
  const field = (col: MeasureColumn, fallback: string | null): string | null => {
    const text = t(col);
    if (text === null) {
      if (fallback === null) sc.report("kontrakt-required", r.index, mr.col(col), null, { what: "field" });
      return fallback;
    }
    const id = fieldByName(text, table);
    if (id === null)
      sc.report("kontrakt-field-unknown", r.index, mr.col(col), text, {
        table: ROLE_DISPLAY[table],
        allowed: fieldsOf(table)
          .map((f) => f.header)
          .join(", "),
      });
    return id;
  };
  const key = (col: MeasureColumn, what: "field" | "numerator" | "denominator"): string | null => {
    const text = t(col);
    if (text === null) {
      sc.report("kontrakt-required", r.index, mr.col(col), null, { what });
      return null;
    }
    const def =
      keyFigures.find((kf) => kf.id === text.trim()) ??
      keyFigures.find((kf) => [kf.label, ...(kf.synonyms ?? [])].some((n) => sameName(text, n)));
    return def?.id ?? text.trim();
  };

  // A table measure's rows: its table and the Filter column (a fixed table has no filter).
  const where = fixed ? undefined : filter("filter", null);
  const base = { table, ...(where ? { where } : {}) };
  const m = kind.sheet.read({ text: t, base, filter, field, key, items }, cell);
  return sc.errorsSince(before) ? null : m;
}
