/**
 * The worksheet pieces that make a status sheet a report (`ReportLayout`): conditional formats
 * (traffic lights), fit-to-width landscape print setup with a footer, outline summary rows above
 * their details, and the defined names that print the header row on every page.
 */
import type { ReportLayout, StatusSheetPlan } from "../../port";
import type { SheetModel } from "./worksheet";
import { cellRef, columnLetters, rangeRef } from "../../sheet/a1";
import { escapeAttr, escapeText } from "./xml";

/** `<sheetPr>`: a goal row is above its indicators; print fitted to the page width. */
export const reportSheetPrXml = (): string =>
  '<sheetPr><outlinePr summaryBelow="0"/><pageSetUpPr fitToPage="1"/></sheetPr>';

/** `<conditionalFormatting>` per block, one rule per traffic light; `dxfIds[i]` is rule i's format. */
export const trafficLightsXml = (layout: ReportLayout, dxfIds: readonly number[]): string => {
  let priority = 1;
  return layout.trafficLights.blocks
    .filter((b) => b.rows > 0 && b.columns > 0)
    .map((b) => {
      const first = cellRef(b.row + 1, b.column);
      const sqref = rangeRef({
        top: b.row + 1,
        left: b.column,
        bottom: b.row + b.rows,
        right: b.column + b.columns - 1,
      });
      const rules = layout.trafficLights.rules.map((rule, i) => {
        const text = `"${rule.text.replace(/"/g, '""')}"`;
        const dxf = dxfIds[i] ?? 0;
        return rule.match === "equal"
          ? `<cfRule type="cellIs" dxfId="${dxf}" priority="${priority++}" operator="equal"><formula>${escapeText(text)}</formula></cfRule>`
          : `<cfRule type="beginsWith" dxfId="${dxf}" priority="${priority++}" operator="beginsWith" text="${escapeAttr(rule.text)}"><formula>${escapeText(`LEFT(${first},LEN(${text}))=${text}`)}</formula></cfRule>`;
      });
      return `<conditionalFormatting sqref="${sqref}">${rules.join("")}</conditionalFormatting>`;
    })
    .join("");
};

/** Margins (cm as inches), A4 landscape fitted to one page wide, and the footer. */
export const reportPrintXml = (layout: ReportLayout): string =>
  '<printOptions horizontalCentered="1"/>' +
  '<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.6" header="0.25" footer="0.3"/>' +
  `<pageSetup paperSize="9" orientation="${layout.print.landscape ? "landscape" : "portrait"}" fitToWidth="1" fitToHeight="${layout.print.pages}"/>` +
  `<headerFooter><oddFooter>${escapeText(`&L&8${layout.print.footerLeft}&R&8${layout.print.footerRight}`)}</oddFooter></headerFooter>`;

const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** The sheet's print titles (its header row) and print area, as defined names' values. */
export const reportDefinedNames = (sheet: string, layout: ReportLayout): { titles: string; area: string } => {
  const header = layout.headerRow + 1;
  const last = columnLetters(layout.print.lastColumn);
  return {
    titles: `${quoteSheet(sheet)}!$${header}:$${header}`,
    area: `${quoteSheet(sheet)}!$A$1:$${last}$${layout.print.lastRow + 1}`,
  };
};

/** A plain sheet's page (`StatusSheetPlan.page`): row heights, A4 fitted to one page wide, as many tall as it takes. */
export const pageModel = (page: StatusSheetPlan["page"]): Partial<SheetModel> =>
  page
    ? {
        rowHeights: new Map(page.rowHeights.map((h) => [h.row + 1, h.height])),
        sheetPrXml: '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>',
        printXml:
          '<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.6" header="0.25" footer="0.3"/>' +
          `<pageSetup paperSize="9" orientation="${page.landscape ? "landscape" : "portrait"}" fitToWidth="1" fitToHeight="0"/>`,
      }
    : {};
