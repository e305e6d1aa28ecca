/**
 * Live Excel formulas for indicators, over the bound tables: counts, NPS, shares, sums and key
 * figures become COUNTIFS/SUMIFS/INDEX-MATCH in the fully bracketed structured-reference form
 * (`Evaluering[[Anbefaling (0-10)]]`) that Excel and LibreOffice both parse, or absolute ranges
 * for plain ranges. Where a filter cannot be said in COUNTIFS (distinct companies, company age,
 * "any of"), the caller writes the engine's value instead, with a note.
 */
import type { Filter, Measure } from "../domain/contract/schema";
import type { BoundTable, Role, WorkbookData } from "../domain/model";
import { ROLE_SPECS } from "../domain/model";
import { EFFECT_SCALE, REFERRAL_SCALE, SEGMENTS, KOMMUNETYPER, ACTIVITY_STATUS } from "../domain/clean";
import type { Period } from "../domain/engine/types";
import { fold, keyName, keyRowsForYear, yearsIn } from "../domain/engine/fold";
import { ymdOf } from "../domain/engine/dates";
import { isPercentFraction } from "../domain/measures/_lib/key-figures";
import { excelReadsLikeEngine, formulaFields } from "./formula-guard";
import { isTableName, MAX_FORMULA_LENGTH, quotedSheet, stringLiteral, structuredColumn } from "./formula-syntax";

/**
 * Thrown where a name or text cannot be written in Excel's grammar (see formula-syntax.ts);
 * `realisedFormula` turns it into "no formula", so the value is written with its note. A throw,
 * not a null, so a period or criterion column can never be silently left out of a formula.
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

export const colLetter = (index: number): string => {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};

/**
 * A reference to the data cells of a bound field, or null when the field is not bound. Throws
 * `Inexpressible` when the table, column or sheet name cannot be written in a formula.
 */
export function columnRef(table: BoundTable, field: string): string | null {
  const col = table.columns[field];
  if (!col) return null;
  if (table.table) {
    const column = structuredColumn(col.header);
    if (!isTableName(table.table) || column === null) return inexpressible();
    return `${table.table}[[${column}]]`;
  }
  const sheet = quotedSheet(table.sheet) ?? inexpressible();
  const last = Math.max(table.firstRow, table.firstRow + table.rowCount - 1);
  if (table.firstRow < 1 || last > MAX_ROW || col.sheetColumn < 0 || col.sheetColumn >= MAX_COLUMN)
    return inexpressible();
  const letter = colLetter(col.sheetColumn);
  return `${sheet}!$${letter}$${table.firstRow}:$${letter}$${last}`;
}

/** A string constant, `"` doubled; throws `Inexpressible` for text Excel refuses in a formula. */
const str = (s: string): string => stringLiteral(s) ?? inexpressible();

/** Text COUNTIFS and MATCH compare as it is: they read * ? ~ as wildcards (escaped with ~). */
const noWildcards = (s: string): string => s.replace(/[~*?]/g, "~$&");

/** A COUNTIFS criterion equal to the text exactly: a leading = < > would make it a comparison. */
const literal = (s: string): string => (/^[=<>]/.test(s) ? "=" : "") + noWildcards(s);

type Pair = readonly [string, string];

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

function criteria(
  filter: Filter | undefined,
  table: BoundTable,
  acc: { pairs: Pair[]; multi: [string, string[]] | null },
): boolean {
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

const dateLiteral = (serial: number): string => {
  const { year, month, day } = ymdOf(serial);
  return `DATE(${year},${month},${day})`;
};

export interface FormulaContext {
  readonly data: WorkbookData;
  readonly period: Period;
  readonly periodField: string;
}

/** COUNTIFS over rows matching the filters (and the period, for courses); null if inexpressible. */
function countifs(
  role: Role,
  filters: readonly (Filter | undefined)[],
  extra: readonly Pair[],
  ctx: FormulaContext,
): string | null {
  const table = ctx.data[role];
  if (!table) return null;
  const acc: { pairs: Pair[]; multi: [string, string[]] | null } = { pairs: [], multi: null };
  for (const f of filters) if (!criteria(f, table, acc)) return null;
  acc.pairs.push(...extra);
  if (role === "Forloeb" && ctx.period.from !== null && ctx.period.to !== null) {
    const r = columnRef(table, ctx.periodField);
    if (r) acc.pairs.push([r, `">="&${dateLiteral(ctx.period.from)}`], [r, `"<="&${dateLiteral(ctx.period.to)}`]);
  }
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

/**
 * The row of a key figure in Nøgletal, matched as the engine matches it (folded). Only a plain
 * number cell the engine uses as it stands gets a formula: text ("62.500.000 kr.", "52 %") and
 * a per-cent figure stored as a fraction (0.57 for 57 %) are read by the engine, not by Excel,
 * so the value is written instead.
 */
function keyFigureFormula(key: string, keyLabels: KeyLabels, ctx: FormulaContext): string | null {
  const table = ctx.data.Noegletal;
  if (!table) return null;
  const keys = table.columns.noegle?.values ?? [];
  const labels = keyLabels(key);
  const wanted = new Set(labels.map(keyName));
  const matched = keys.flatMap((k, i) => (typeof k === "string" && wanted.has(keyName(k)) ? [i] : []));
  // The row the engine takes: of several years' figures, the evaluated year's.
  const named = labels.some((l) => yearsIn(l).length > 0);
  const rows = named ? matched : keyRowsForYear(matched, (i) => String(keys[i] ?? ""), ctx.period.year);
  const at = rows[0] ?? -1;
  const hit = keys[at];
  const keyRef = columnRef(table, "noegle");
  const valueRef = columnRef(table, "vaerdi");
  if (typeof hit !== "string" || !keyRef || !valueRef) return null;
  const raw = table.columns.vaerdi?.values[at];
  if (typeof raw !== "number" || isPercentFraction(keyLabels.unit?.(key), raw)) return null;
  return `INDEX(${valueRef},MATCH(${str(noWildcards(hit))},${keyRef},0))`;
}

export interface KeyLabels {
  (key: string): readonly string[];
  /** The key figure's unit ("procent", "kr", …), when known. */
  readonly unit?: (key: string) => string | undefined;
}

/** The `Realiseret` formula (without "=") for a measure, or null when only a value can be written. */
export function realisedFormula(measure: Measure, ctx: FormulaContext, keyLabels: KeyLabels): string | null {
  try {
    const formula = formulaFor(measure, ctx, keyLabels);
    return formula !== null && formula.length <= MAX_FORMULA_LENGTH ? formula : null;
  } catch (e) {
    if (e instanceof Inexpressible) return null;
    throw e;
  }
}

function formulaFor(measure: Measure, ctx: FormulaContext, keyLabels: KeyLabels): string | null {
  if (measure.kind === "count" || measure.kind === "nps" || measure.kind === "share" || measure.kind === "sum") {
    const table = ctx.data[measure.table];
    const bounded = ctx.period.from !== null && ctx.period.to !== null;
    // Text dates, text scores, "x" for ja …: Excel would count otherwise than the report.
    if (table && !excelReadsLikeEngine(table, formulaFields(measure, bounded ? ctx.periodField : null))) return null;
  }
  switch (measure.kind) {
    case "count": {
      const c = countifs(measure.table, [measure.where], [], ctx);
      return c;
    }
    case "nps": {
      const table = ctx.data[measure.table];
      const r = table ? columnRef(table, measure.field) : null;
      if (!r) return null;
      const promoters = countifs(
        measure.table,
        [measure.where],
        [
          [r, '">=9"'],
          [r, '"<=10"'],
        ],
        ctx,
      );
      const detractors = countifs(
        measure.table,
        [measure.where],
        [
          [r, '">=0"'],
          [r, '"<=6"'],
        ],
        ctx,
      );
      const answers = countifs(
        measure.table,
        [measure.where],
        [
          [r, '">=0"'],
          [r, '"<=10"'],
        ],
        ctx,
      );
      if (!promoters || !detractors || !answers) return null;
      return `IFERROR((${promoters}-${detractors})*100/${answers},"")`;
    }
    case "share": {
      if (measure.distinct) return null;
      const num = countifs(measure.table, [measure.where, measure.denominator, measure.numerator], [], ctx);
      const den = countifs(measure.table, [measure.where, measure.denominator], [], ctx);
      if (!num || !den) return null;
      return `IFERROR(${num}*100/${den},"")`;
    }
    case "sum": {
      const table = ctx.data[measure.table];
      const r = table ? columnRef(table, measure.field) : null;
      if (!r || !table) return null;
      const acc: { pairs: Pair[]; multi: [string, string[]] | null } = { pairs: [], multi: null };
      if (!criteria(measure.where, table, acc) || acc.multi) return null;
      if (measure.table === "Forloeb" && ctx.period.from !== null && ctx.period.to !== null) {
        const d = columnRef(table, ctx.periodField);
        if (d) acc.pairs.push([d, `">="&${dateLiteral(ctx.period.from)}`], [d, `"<="&${dateLiteral(ctx.period.to)}`]);
      }
      return acc.pairs.length === 0 ? `SUM(${r})` : `SUMIFS(${r},${acc.pairs.flat().join(",")})`;
    }
    case "keyFigure":
    case "controlGroup":
      return keyFigureFormula(measure.key, keyLabels, ctx);
    case "keyRatio": {
      const n = keyFigureFormula(measure.numerator, keyLabels, ctx);
      const d = keyFigureFormula(measure.denominator, keyLabels, ctx);
      return n && d ? `IFERROR(${n}/${d},"")` : null;
    }
    case "distinct":
    case "distribution":
    case "checklist":
      return null;
  }
}
