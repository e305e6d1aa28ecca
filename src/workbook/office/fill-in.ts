/**
 * Insert a contract's fill-in sheets into the open workbook: the same spec the CLI's `template`
 * turns into a file (tables with Danish headers, column formats and widths, data validation,
 * frozen bold header rows), so a KKR secretary can start typing. Sheets that already exist are
 * left alone and reported, never overwritten.
 */
import type { NewCell, NewSheet, NewValidation } from "../sheet/spec";
import { isoToSerial } from "../sheet/dates";
import type { ProgressOptions } from "../port";
import { parseBlock } from "./address";
import type { XlContext, XlFeatures, XlWorksheet } from "./excel-api";
import { throwIfAborted, type OfficeMeter } from "./meter";
import { NUMBER_FORMAT, textForExcel } from "./values";

export interface InsertReport {
  readonly added: readonly string[];
  /** Sheets not added because the workbook already has a sheet of that name. */
  readonly skipped: readonly string[];
  /** Data validation was not added because the host lacks ExcelApi 1.8. */
  readonly validationSkipped: boolean;
}

const serialToIso = (serial: number): string =>
  new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86_400_000).toISOString().slice(0, 10);

/** Excel's column width unit here is points; a character of the default font is about 5.7 pt. */
const POINTS_PER_CHAR = 5.7;

function entry(cell: NewCell): string | number | boolean {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return textForExcel(cell);
  if (typeof cell !== "object") return cell;
  switch (cell.kind) {
    case "value":
      return cell.value === null ? "" : typeof cell.value === "string" ? textForExcel(cell.value) : cell.value;
    case "date":
      return typeof cell.value === "number" ? cell.value : (isoToSerial(cell.value) ?? textForExcel(cell.value));
    case "formula":
      return cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`;
  }
}

function formatOf(cell: NewCell): string | null {
  if (cell === null || cell === undefined || typeof cell !== "object") return null;
  if (cell.format) return NUMBER_FORMAT[cell.format];
  return cell.kind === "date" ? NUMBER_FORMAT.date : null;
}

function applyValidation(sheet: XlWorksheet, v: NewValidation): void {
  for (const part of v.range.split(/\s+/).filter(Boolean)) {
    const dv = sheet.getRange(part).dataValidation;
    dv.clear();
    dv.ignoreBlanks = v.allowBlank ?? true;
    if (v.type === "list")
      dv.rule = { list: { inCellDropDown: true, source: "values" in v ? v.values.join(",") : v.source } };
    else {
      const bounds = (min: number | string | undefined, max: number | string | undefined): Excel.BasicDataValidation =>
        min !== undefined && max !== undefined
          ? { formula1: min, formula2: max, operator: "Between" }
          : min !== undefined
            ? { formula1: min, operator: "GreaterThanOrEqualTo" }
            : { formula1: max ?? 0, operator: "LessThanOrEqualTo" };
      if (v.type === "whole") dv.rule = { wholeNumber: bounds(v.min, v.max) };
      else if (v.type === "decimal") dv.rule = { decimal: bounds(v.min, v.max) };
      else {
        // Date rules take ISO dates; a serial in the spec is turned back into one.
        const iso = (x: number | string | undefined): string | undefined =>
          x === undefined ? undefined : typeof x === "string" ? x : serialToIso(x);
        const b = bounds(iso(v.min), iso(v.max));
        dv.rule = {
          date: {
            formula1: String(b.formula1),
            formula2: b.formula2 === undefined ? undefined : String(b.formula2),
            operator: b.operator,
          },
        };
      }
    }
    if (v.error)
      dv.errorAlert = {
        showAlert: true,
        style: v.error.style === "warning" ? "Warning" : v.error.style === "information" ? "Information" : "Stop",
        title: v.error.title ?? "",
        message: v.error.text,
      };
    if (v.prompt) dv.prompt = { showPrompt: true, title: v.prompt.title ?? "", message: v.prompt.text };
  }
}

export async function insertSheets(
  context: XlContext,
  meter: OfficeMeter,
  features: XlFeatures,
  sheets: readonly NewSheet[],
  options: ProgressOptions = {},
): Promise<InsertReport> {
  const { workbook } = context;
  const probes = sheets.map((s) => {
    const p = workbook.worksheets.getItemOrNullObject(s.name);
    p.load("name");
    return p;
  });
  meter.add(0, 200 * sheets.length);
  await context.sync();
  const todo = sheets.filter((_, i) => probes[i]!.isNullObject);
  const skipped = sheets.filter((_, i) => !probes[i]!.isNullObject).map((s) => s.name);

  let done = 0;
  for (const spec of todo) {
    throwIfAborted(options.signal);
    workbook.application.suspendApiCalculationUntilNextSync();
    if (features.suspendScreenUpdating) workbook.application.suspendScreenUpdatingUntilNextSync();
    const sheet = workbook.worksheets.add(spec.name);
    const rows = spec.rows ?? [];
    const width = rows.reduce((m, r) => Math.max(m, r.length), 0);
    let cells = 0;
    if (rows.length > 0 && width > 0) {
      const block = sheet.getRangeByIndexes(0, 0, rows.length, width);
      // Column formats first (so typed CVR numbers stay text), then values, then cell formats.
      const formatRows = Math.max(rows.length, validationEnd(spec));
      (spec.columns ?? []).forEach((c, j) => {
        if (!c?.format || j >= width) return;
        const f = NUMBER_FORMAT[c.format];
        sheet.getRangeByIndexes(0, j, formatRows, 1).numberFormat = Array.from({ length: formatRows }, () => [f]);
      });
      block.formulas = rows.map((r) => Array.from({ length: width }, (_, j) => entry(r[j])));
      rows.forEach((r, i) =>
        r.forEach((c, j) => {
          const f = formatOf(c);
          if (f) sheet.getRangeByIndexes(i, j, 1, 1).numberFormat = [[f]];
        }),
      );
      cells = rows.length * width;
    }
    spec.columns?.forEach((c, j) => {
      if (!c) return;
      const col = sheet.getRangeByIndexes(0, j, 1, 1).format;
      if (c.width !== undefined) col.columnWidth = c.width * POINTS_PER_CHAR;
    });
    const headerRows = spec.headerRows ?? 0;
    if (headerRows > 0 && width > 0) sheet.getRangeByIndexes(0, 0, headerRows, width).format.font.bold = true;
    const freeze = spec.freezeRows ?? headerRows;
    if (freeze > 0) sheet.freezePanes.freezeRows(freeze);
    for (const t of spec.tables ?? []) {
      const table = sheet.tables.add(t.range, true);
      table.name = t.name;
      table.style = t.style ?? "TableStyleMedium2";
    }
    if (features.dataValidation) for (const v of spec.validations ?? []) applyValidation(sheet, v);
    if (spec.hidden) sheet.visibility = "Hidden";
    meter.add(cells, cells * 24 + 2000);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per sheet, by design
    await context.sync();
    done++;
    options.onProgress?.(done, todo.length);
  }
  return {
    added: todo.map((s) => s.name),
    skipped,
    validationSkipped: !features.dataValidation && todo.some((s) => (s.validations ?? []).length > 0),
  };
}

/** Rows the column formats cover: as far down as the data validation reaches (the rows to type in). */
function validationEnd(spec: NewSheet): number {
  let end = 0;
  for (const v of spec.validations ?? [])
    for (const part of v.range.split(/\s+/)) {
      const b = parseBlock(part);
      if (b) end = Math.max(end, b.row + b.rows);
    }
  return end;
}

/** Zero-based first row of a range address (for tests and callers placing things below a table). */
export const firstRowOf = (address: string): number => parseBlock(address)?.row ?? 0;
