/** Conversions between Excel's `values`/`valueTypes` and the port's cell and plan types. */
import type { CellValue } from "../../domain/model";
import type { CellFormat, PlanCell } from "../port";

/** One read cell from Excel's value and its value type (`Double`, `String`, `Error`, `Empty`, …). */
export function toCellValue(value: unknown, type: string | undefined): CellValue {
  if (type === "Empty" || value === "" || value === null || value === undefined) return null;
  if (type === "Error") return { error: String(value) };
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

/** Excel number format codes for the port's formats (en-US codes; Excel localises the display). */
export const NUMBER_FORMAT: Readonly<Record<CellFormat, string>> = {
  percent: "0%",
  number: "General",
  decimal: "#,##0.00",
  text: "@",
  header: "General",
  date: "dd-mm-yyyy",
};

/**
 * Text Excel would turn into something else when written (a formula, a number, a date, a
 * boolean, an error) gets an apostrophe, so text stays text; the apostrophe is not part of the
 * cell's value.
 */
export function textForExcel(text: string): string {
  return /^[=+\-@'#\d.,]/.test(text) || /^\s*(true|false)\s*$/i.test(text) ? `'${text}` : text;
}

/** What goes into `range.formulas` for one planned cell (values and formulas share the array). */
export function formulaEntry(cell: PlanCell): string | number | boolean {
  if (cell.kind === "formula") return cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`;
  const v = cell.value;
  if (v === null) return "";
  if (typeof v === "string") return textForExcel(v);
  if (typeof v === "number" && !Number.isFinite(v)) return "#NUM!";
  return v;
}

export const numberFormatOf = (cell: PlanCell): string => cell.numberFormat ?? NUMBER_FORMAT[cell.format ?? "number"];
