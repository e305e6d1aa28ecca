/**
 * A status report's layout (`StatusSheetPlan.report`) in Excel, as the .xlsx writer renders it:
 * each cell's look in runs, column widths and hidden helper columns, row heights, the named
 * table, traffic lights as custom conditional formats, and the page layout (A4 landscape fitted
 * to one page wide, the header row repeated, the footer). Queued after the sheet's cells.
 */
import type { CellLook, ReportLayout, StatusSheetPlan } from "../port";
import { columnLetters } from "../sheet/a1";
import { blockAddress, indexAddress } from "./address";
import type { XlRange, XlWorksheet } from "./excel-api";

/** Points per character of column width (Calibri 11: 7 px a character, plus the cell's padding). */
const POINTS_PER_CHAR = 5.75;

const applyLook = (range: XlRange, look: CellLook): void => {
  const f = range.format;
  if (look.bold) f.font.bold = true;
  if (look.italic) f.font.italic = true;
  if (look.size !== undefined) f.font.size = look.size;
  if (look.color !== undefined) f.font.color = `#${look.color}`;
  if (look.fill !== undefined) f.fill.color = `#${look.fill}`;
  if (look.wrap) f.wrapText = true;
  if (look.indent) f.indentLevel = look.indent;
  if (look.top) f.verticalAlignment = "Top";
};

/** Every cell's look, in runs of equal looks along each row (one range per run). */
export function writeLooks(
  sheet: XlWorksheet,
  plan: StatusSheetPlan,
  skip: (row: number, column: number) => boolean,
): void {
  plan.rows.forEach((cells, r) => {
    let from = 0;
    for (let c = 1; c <= cells.length; c++) {
      const a = cells[from]?.look;
      const same = c < cells.length && !skip(r, c) && JSON.stringify(cells[c]?.look) === JSON.stringify(a);
      if (same) continue;
      if (a && !skip(r, from)) applyLook(sheet.getRangeByIndexes(r, from, 1, c - from), a);
      from = c;
    }
  });
}

const trafficLights = (sheet: XlWorksheet, layout: ReportLayout): void => {
  for (const b of layout.trafficLights.blocks) {
    if (b.rows <= 0 || b.columns <= 0) continue;
    const first = indexAddress(b.row, b.column);
    const range = sheet.getRangeByIndexes(b.row, b.column, b.rows, b.columns);
    for (const rule of layout.trafficLights.rules) {
      const text = `"${rule.text.replace(/"/g, '""')}"`;
      const cf = range.conditionalFormats.add("Custom");
      cf.custom.rule.formula = rule.match === "equal" ? `=${first}=${text}` : `=LEFT(${first},LEN(${text}))=${text}`;
      cf.custom.format.fill.color = `#${rule.fill}`;
      cf.custom.format.font.color = `#${rule.color}`;
    }
  }
};

/** Widths, hidden columns, row heights, the table, traffic lights and the page layout. */
export function writeReportLayout(sheet: XlWorksheet, plan: StatusSheetPlan, layout: ReportLayout): void {
  (plan.widths ?? []).forEach((w, c) => (sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w * POINTS_PER_CHAR));
  for (const c of layout.hiddenColumns) sheet.getRangeByIndexes(0, c, 1, 1).columnHidden = true;
  for (const h of layout.rowHeights) sheet.getRangeByIndexes(h.row, 0, 1, 1).format.rowHeight = h.height;
  const table = sheet.tables.add(
    blockAddress(layout.headerRow, 0, layout.table.lastRow - layout.headerRow + 1, layout.table.columns),
    true,
  );
  table.name = layout.table.name;
  trafficLights(sheet, layout);
  const page = sheet.pageLayout;
  page.orientation = layout.print.landscape ? "Landscape" : "Portrait";
  page.zoom = { horizontalFitToPages: 1, verticalFitToPages: layout.print.pages };
  page.setPrintTitleRows(`$${layout.headerRow + 1}:$${layout.headerRow + 1}`);
  page.setPrintArea(`A1:${columnLetters(layout.print.lastColumn)}${layout.print.lastRow + 1}`);
  page.headersFooters.defaultForAllPages.leftFooter = `&8${layout.print.footerLeft}`;
  page.headersFooters.defaultForAllPages.rightFooter = `&8${layout.print.footerRight}`;
}
