/**
 * Live Excel formulas for indicators, over the bound tables: each kind writes its `Realiseret`
 * formula from COUNTIFS/SUMIFS/INDEX-MATCH pieces made here, in the fully bracketed
 * structured-reference form (`Evaluering[[Anbefaling (0-10)]]`) that Excel and LibreOffice both
 * parse, or absolute ranges for plain ranges. Where a filter cannot be said in COUNTIFS (distinct
 * companies, company age, "any of"), the caller writes the engine's value instead, with a note.
 *
 * Pure string work: Excel's grammar for names and text (`FormulaSyntax`) is passed in by the
 * app layer (`src/app/formula-syntax.ts`).
 */
import type { Filter } from "../../contract/parts";
import type { MeasureBase } from "../../contract/shape";
import { ACTIVITY_STATUS, EFFECT_SCALE, KOMMUNETYPER, REFERRAL_SCALE, SEGMENTS } from "../../clean";
import { columnLetters } from "../../columns";
import { ymdOf } from "../../engine/dates";
import { fold, halfIn, keyName, keyRowsForYear, yearsIn } from "../../engine/fold";
import type { Period } from "../../engine/types";
import { ROLE_SPECS, type BoundTable, type Role, type WorkbookData } from "../../model";
import { excelReadsLikeEngine, formulaFields } from "./formula-guard";
import { isPercentFraction } from "./key-figures";
import type { MeasureKindOps, StateBase } from "./kind";
import { ANSWER_DATE, periodFieldOf } from "./rows";

/** Excel's grammar for what comes from the user's workbook or contract (see src/app/formula-syntax.ts). */
export interface FormulaSyntax {
  /** Is this a table name Excel accepts, so that `name[[…]]` refers to that table and nothing else? */
  isTableName(name: string): boolean;
  /** A column name as it stands inside `Table[[…]]`, or null when Excel cannot say it. */
  structuredColumn(name: string): string | null;
  /** A sheet name quoted for a reference, or null for a name Excel does not allow. */
  quotedSheet(name: string): string | null;
  /** A string constant, or null when Excel would refuse it. */
  stringLiteral(text: string): string | null;
  readonly maxFormulaLength: number;
}

export interface FormulaContext {
  readonly data: WorkbookData;
  readonly period: Period;
  readonly periodField: string;
}

export interface KeyLabels {
  (key: string): readonly string[];
  /** The key figure's unit ("procent", "kr", …), when known. */
  readonly unit?: (key: string) => string | undefined;
}

/** A COUNTIFS range and its criterion. */
export type Pair = readonly [string, string];

/** What a kind builds its formula from. Every method may throw `Inexpressible`. */
export interface FormulaKit {
  readonly ctx: FormulaContext;
  /** A reference to the data cells of a bound field, or null when the field is not bound. */
  columnRef(table: BoundTable, field: string): string | null;
  /** COUNTIFS over rows matching the filters and `extra` (and the period, for courses); null if inexpressible. */
  countifs(role: Role, filters: readonly (Filter | undefined)[], extra: readonly Pair[]): string | null;
  /**
   * `SUM(field)`, or `SUMIFS(field, …)` over rows matching `where` (and the period, for courses);
   * likewise MAX/MAXIFS, MIN/MINIFS, AVERAGE/AVERAGEIFS. Null if inexpressible.
   */
  aggregate(fn: "SUM" | "MAX" | "MIN" | "AVERAGE", role: Role, field: string, where: Filter | undefined): string | null;
  /** INDEX/MATCH of a key figure's value in Nøgletal, where Excel reads it as the engine does. */
  keyFigure(key: string): string | null;
  /** False when a column the formula reads holds cells Excel would count otherwise than the engine. */
  readsLikeEngine(role: Role, filters: readonly (Filter | undefined)[], columns: readonly string[]): boolean;
}

/** A kind's `Realiseret` formula (without "="), from the kit. */
export interface RealisedFormula<M extends MeasureBase> {
  realised(m: M, kit: FormulaKit): string | null;
}

/**
 * Thrown where a name or text cannot be written in Excel's grammar; `realisedFormulaWith` turns
 * it into "no formula", so the value is written with its note. A throw, not a null, so a period
 * or criterion column can never be silently left out of a formula.
 */
class Inexpressible extends Error {
  override readonly name = "Inexpressible";
}

const inexpressible = (): never => {
  throw new Inexpressible();
};

/** Excel's last row and column (1,048,576 and XFD). */
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

/** Text COUNTIFS and MATCH compare as it is: they read * ? ~ as wildcards (escaped with ~). */
const noWildcards = (s: string): string => s.replace(/[~*?]/g, "~$&");

/** A COUNTIFS criterion equal to the text exactly: a leading = < > would make it a comparison. */
const literal = (s: string): string => (/^[=<>]/.test(s) ? "=" : "") + noWildcards(s);

const VALID_VALUES: Readonly<Record<string, readonly string[]>> = {
  segment: SEGMENTS,
  effectScale: EFFECT_SCALE,
  referralScale: REFERRAL_SCALE,
  kommunetype: KOMMUNETYPER,
  activityStatus: ACTIVITY_STATUS,
  yesNo: ["ja", "nej"],
};

/** Texts a list cell uses for "nobody" (as src/domain/parse/parseList reads them). */
const LIST_NONE = ["ingen", "intet", "ingen henvisning", "ikke henvist", "none", "no referral", "-"];

const fieldType = (role: Role, field: string) => ROLE_SPECS[role].fields.find((f) => f.id === field)?.type;

/** Canonical spelling of a coded value, so the criterion matches what the checks accept. */
function canonical(role: Role, field: string, value: string): string {
  const type = fieldType(role, field);
  const valid = type ? VALID_VALUES[type] : undefined;
  return valid?.find((v) => fold(v) === fold(value)) ?? value;
}

const dateLiteral = (serial: number): string => {
  const { year, month, day } = ymdOf(serial);
  return `DATE(${year},${month},${day})`;
};

interface Criteria {
  pairs: Pair[];
  /** The one `in` of several values, summed over with SUMPRODUCT. */
  multi: [string, string[]] | null;
}

/** The formula kit over one workbook, period and contract, in Excel's grammar. */
function formulaKit(ctx: FormulaContext, keyLabels: KeyLabels, syntax: FormulaSyntax): FormulaKit {
  /** Throws `Inexpressible` when the table, column or sheet name cannot be written in a formula. */
  function columnRef(table: BoundTable, field: string): string | null {
    const col = table.columns[field];
    if (!col) return null;
    if (table.table) {
      const column = syntax.structuredColumn(col.header);
      if (!syntax.isTableName(table.table) || column === null) return inexpressible();
      return `${table.table}[[${column}]]`;
    }
    const sheet = syntax.quotedSheet(table.sheet) ?? inexpressible();
    const last = Math.max(table.firstRow, table.firstRow + table.rowCount - 1);
    if (table.firstRow < 1 || last > MAX_ROW || col.sheetColumn < 0 || col.sheetColumn >= MAX_COLUMN)
      return inexpressible();
    const letter = columnLetters(col.sheetColumn);
    return `${sheet}!$${letter}$${table.firstRow}:$${letter}$${last}`;
  }

  /** A string constant, `"` doubled; throws `Inexpressible` for text Excel refuses in a formula. */
  const str = (s: string): string => syntax.stringLiteral(s) ?? inexpressible();

  function criteria(filter: Filter | undefined, table: BoundTable, acc: Criteria): boolean {
    if (!filter) return true;
    const ref = (field: string) => columnRef(table, field);
    switch (filter.op) {
      case "all":
        return filter.of.every((f) => criteria(f, table, acc));
      case "in": {
        const r = ref(filter.field);
        if (!r) return false;
        const values = [...new Set(filter.values.map((v) => canonical(table.role, filter.field, v)))];
        if (values.length === 1) {
          acc.pairs.push([r, str(literal(values[0] ?? ""))]);
          return true;
        }
        if (acc.multi) return false;
        acc.multi = [r, values.map(literal)];
        return true;
      }
      case "notBlank": {
        const r = ref(filter.field);
        if (!r) return false;
        const type = fieldType(table.role, filter.field);
        const valid = type ? VALID_VALUES[type] : undefined;
        // A coded column counts only the values its check accepts, as the engine does.
        if (valid) return criteria({ op: "in", field: filter.field, values: [...valid] }, table, acc);
        acc.pairs.push([r, str("<>")]);
        // A list cell saying "ingen" is filled in but names nobody; the checks read it as empty.
        if (type === "list") for (const none of LIST_NONE) acc.pairs.push([r, str(`<>${none}`)]);
        return true;
      }
      case "blank": {
        const r = ref(filter.field);
        if (!r) return false;
        acc.pairs.push([r, str("")]);
        return true;
      }
      case "notIn": {
        const r = ref(filter.field);
        if (!r) return false;
        const type = fieldType(table.role, filter.field);
        const valid = type ? VALID_VALUES[type] : undefined;
        if (valid) {
          const excluded = new Set(filter.values.map(fold));
          return criteria(
            { op: "in", field: filter.field, values: valid.filter((v) => !excluded.has(fold(v))) },
            table,
            acc,
          );
        }
        acc.pairs.push([r, str("<>")]);
        for (const v of filter.values) acc.pairs.push([r, str(`<>${noWildcards(v)}`)]);
        return true;
      }
      case "gte":
      case "lte":
      case "gt":
      case "lt":
      case "eq": {
        const r = ref(filter.field);
        if (!r) return false;
        const op = { gte: ">=", lte: "<=", gt: ">", lt: "<", eq: "=" }[filter.op];
        acc.pairs.push([r, str(`${op}${filter.value}`)]);
        return true;
      }
      case "contains":
      case "companyAgeUnder":
      case "any":
      case "not":
        return false;
    }
  }

  /** Courses in the period: the period column between its bounds. */
  function periodPairs(role: Role, table: BoundTable): Pair[] {
    const field = periodFieldOf(role, boundIn(table), ctx.periodField);
    if (field === null || ctx.period.from === null || ctx.period.to === null) return [];
    const r = columnRef(table, field);
    // A half-year without its date column has no figure (as in the engine): never the year's rows.
    if (!r && ctx.period.kind === "H1") return inexpressible();
    return r
      ? [
          [r, `">="&${dateLiteral(ctx.period.from)}`],
          [r, `"<="&${dateLiteral(ctx.period.to)}`],
        ]
      : [];
  }

  function countifs(role: Role, filters: readonly (Filter | undefined)[], extra: readonly Pair[]): string | null {
    const table = ctx.data[role];
    if (!table) return null;
    const acc: Criteria = { pairs: [], multi: null };
    for (const f of filters) if (!criteria(f, table, acc)) return null;
    acc.pairs.push(...extra, ...periodPairs(role, table));
    if (acc.multi) {
      const [r, values] = acc.multi;
      const args = [...acc.pairs.flat(), r, `{${values.map(str).join(",")}}`];
      return `SUMPRODUCT(COUNTIFS(${args.join(",")}))`;
    }
    if (acc.pairs.length === 0) {
      const first = Object.values(table.columns)[0];
      const r = first ? columnRef(table, first.field) : null;
      return r ? `COUNTIFS(${r},"<>")` : null;
    }
    return `COUNTIFS(${acc.pairs.flat().join(",")})`;
  }

  function aggregate(
    fn: "SUM" | "MAX" | "MIN" | "AVERAGE",
    role: Role,
    field: string,
    where: Filter | undefined,
  ): string | null {
    const table = ctx.data[role];
    const r = table ? columnRef(table, field) : null;
    if (!r || !table) return null;
    const acc: Criteria = { pairs: [], multi: null };
    if (!criteria(where, table, acc) || acc.multi) return null;
    acc.pairs.push(...periodPairs(role, table));
    return acc.pairs.length === 0 ? `${fn}(${r})` : `${fn}IFS(${r},${acc.pairs.flat().join(",")})`;
  }

  /**
   * The row of a key figure in Nøgletal, matched as the engine matches it (folded). Only a plain
   * number cell the engine uses as it stands gets a formula: text ("62.500.000 kr.", "52 %") and
   * a per-cent figure stored as a fraction (0.57 for 57 %) are read by the engine, not by Excel,
   * so the value is written instead.
   */
  function keyFigure(key: string): string | null {
    const table = ctx.data.Noegletal;
    if (!table) return null;
    const keys = table.columns.noegle?.values ?? [];
    const labels = keyLabels(key);
    const wanted = new Set(labels.map(keyName));
    const matched = keys.flatMap((k, i) => (typeof k === "string" && wanted.has(keyName(k)) ? [i] : []));
    // The row the engine takes: of several years' figures, the evaluated year's.
    const named = labels.some((l) => yearsIn(l).length > 0);
    const nameOf = (i: number): string => String(keys[i] ?? "");
    const ofYear = named ? matched : keyRowsForYear(matched, nameOf, ctx.period.year);
    // And of a year's and a half-year's, the period's (as key-figures.ts chooses).
    const half = ctx.period.kind === "H1" ? ofYear.filter((i) => halfIn(nameOf(i)) === 1) : [];
    const rows = half.length > 0 ? half : ofYear.filter((i) => halfIn(nameOf(i)) === null);
    const at = rows[0] ?? -1;
    const hit = keys[at];
    const keyRef = columnRef(table, "noegle");
    const valueRef = columnRef(table, "vaerdi");
    if (typeof hit !== "string" || !keyRef || !valueRef) return null;
    const raw = table.columns.vaerdi?.values[at];
    if (typeof raw !== "number" || isPercentFraction(keyLabels.unit?.(key), raw)) return null;
    return `INDEX(${valueRef},MATCH(${str(noWildcards(hit))},${keyRef},0))`;
  }

  function readsLikeEngine(role: Role, filters: readonly (Filter | undefined)[], columns: readonly string[]): boolean {
    const table = ctx.data[role];
    const bounded = ctx.period.from !== null && ctx.period.to !== null;
    // Text dates, text scores, "x" for ja …: Excel would count otherwise than the report.
    return (
      !table ||
      excelReadsLikeEngine(
        table,
        formulaFields(role, filters, columns, bounded ? periodFieldOf(role, boundIn(table), ctx.periodField) : null),
      )
    );
  }

  return { ctx, columnRef, countifs, aggregate, keyFigure, readsLikeEngine };
}

/** The `Realiseret` formula (without "=") for a measure, or null when only a value can be written. */
export function realisedFormulaOf<M extends MeasureBase>(
  kind: MeasureKindOps<M, StateBase>,
  measure: M,
  ctx: FormulaContext,
  keyLabels: KeyLabels,
  syntax: FormulaSyntax,
): string | null {
  if (kind.formula === "none") return null;
  try {
    const formula = kind.formula.realised(measure, formulaKit(ctx, keyLabels, syntax));
    return formula !== null && formula.length <= syntax.maxFormulaLength ? formula : null;
  } catch (e) {
    if (e instanceof Inexpressible) return null;
    throw e;
  }
}

/** Is a field bound in the table — the answer date only with a date in some row (as `rowsOf` says)? */
const boundIn =
  (table: BoundTable) =>
  (f: string): boolean => {
    const col = table.columns[f];
    if (col === undefined) return false;
    return f !== ANSWER_DATE || col.values.some((v) => v !== null && !(typeof v === "string" && v.trim() === ""));
  };
