/**
 * The slice of the Excel JavaScript API the adapter uses, as structural types. Excel's own
 * `Excel.RequestContext` satisfies them (checked in `excel-api.check.ts`), and so does the fake
 * Excel the tests run on, so the tests exercise exactly the calls made in Excel.
 */

export interface XlLoadable {
  load(propertyNames: string): unknown;
}

export interface XlFill extends XlLoadable {
  color: string;
  clear(): void;
}

export interface XlRangeFormat {
  readonly fill: XlFill;
  readonly font: { bold: boolean; italic: boolean; color: string; size: number };
  wrapText: boolean;
  indentLevel: number;
  verticalAlignment: Excel.VerticalAlignment | "Top" | "Center" | "Bottom" | "Justify" | "Distributed";
  rowHeight: number;
  columnWidth: number;
  autofitColumns(): void;
}

export interface XlDataValidation {
  rule: Excel.DataValidationRule;
  errorAlert: Excel.DataValidationErrorAlert;
  prompt: Excel.DataValidationPrompt;
  ignoreBlanks: boolean;
  clear(): void;
}

/** Several rectangular blocks of one sheet (ExcelApi 1.9), e.g. the error cells of a range. */
export interface XlRangeAreas extends XlLoadable {
  /** `Sheet1!A1:B4, Sheet1!D1:D4` (sheet names quoted where Excel needs it). */
  readonly address: string;
  readonly isNullObject: boolean;
}

/** A conditional format whose rule is a formula (`Excel.ConditionalFormatType.custom`): a report's traffic light. */
export interface XlConditionalFormat {
  readonly custom: {
    readonly rule: { formula: string };
    readonly format: { readonly fill: { color: string }; readonly font: { color: string } };
  };
}

/** How a sheet prints (ExcelApi 1.9): a report's orientation, fit, repeated header row and footer. */
export interface XlPageLayout {
  orientation: Excel.PageOrientation | "Portrait" | "Landscape";
  zoom: Excel.PageLayoutZoomOptions;
  setPrintTitleRows(address: string): void;
  setPrintArea(address: string): void;
  readonly headersFooters: { readonly defaultForAllPages: { leftFooter: string; rightFooter: string } };
}

export interface XlRange extends XlLoadable {
  values: unknown[][];
  readonly valueTypes: string[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly isNullObject: boolean;
  readonly format: XlRangeFormat;
  readonly dataValidation: XlDataValidation;
  columnHidden: boolean;
  readonly conditionalFormats: { add(type: "Custom"): XlConditionalFormat };
  getCell(row: number, column: number): XlRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  select(): void;
  clear(applyTo?: "All" | "Formats" | "Contents"): void;
  /** ExcelApi 1.9: the range's cells of a kind (here: error constants or formulas showing an error). */
  getSpecialCellsOrNullObject(cellType: "Constants" | "Formulas", cellValueType: "Errors"): XlRangeAreas;
}

export interface XlTableColumn extends XlLoadable {
  readonly name: string;
  readonly isNullObject: boolean;
  delete(): void;
}

export interface XlTable extends XlLoadable {
  readonly id: string;
  readonly isNullObject: boolean;
  name: string;
  readonly worksheet: XlWorksheet;
  readonly columns: {
    add(index?: number, values?: (boolean | string | number)[][], name?: string): XlTableColumn;
    getItemOrNullObject(key: string): XlTableColumn;
  };
  showFilterButton: boolean;
  style: string;
  getHeaderRowRange(): XlRange;
  getDataBodyRange(): XlRange;
  getRange(): XlRange;
}

export interface XlTableCollection extends XlLoadable {
  readonly items: XlTable[];
  add(address: string, hasHeaders: boolean): XlTable;
  getItemOrNullObject(key: string): XlTable;
}

export interface XlChart {
  name: string;
  readonly title: { text: string };
  setPosition(startCell: string, endCell?: string): void;
}

/** A chart found by name (ExcelApi 1.4), to remove it. */
export interface XlChartItem extends XlLoadable {
  readonly isNullObject: boolean;
  delete(): void;
}

export interface XlWorksheet extends XlLoadable {
  readonly name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  readonly isNullObject: boolean;
  readonly tables: XlTableCollection;
  readonly charts: {
    add(type: "BarClustered", sourceData: XlRange, seriesBy?: "Columns"): XlChart;
    getItemOrNullObject(name: string): XlChartItem;
  };
  readonly freezePanes: { freezeRows(count?: number): void };
  readonly pageLayout: XlPageLayout;
  getRange(address?: string): XlRange;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XlRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  activate(): void;
  delete(): void;
}

export interface XlWorksheetCollection extends XlLoadable {
  readonly items: XlWorksheet[];
  getItem(key: string): XlWorksheet;
  getItemOrNullObject(key: string): XlWorksheet;
  add(name?: string): XlWorksheet;
}

export interface XlSetting extends XlLoadable {
  readonly value: unknown;
  readonly isNullObject: boolean;
  delete(): void;
}

/** A value a method gives back, there after the sync (`OfficeExtension.ClientResult`). */
export interface XlResult<T> {
  readonly value: T;
}

/** A custom XML part (ExcelApi 1.5): where the ownership record is kept. */
export interface XlCustomXmlPart extends XlLoadable {
  readonly id: string;
  readonly namespaceUri: string;
  getXml(): XlResult<string>;
  setXml(xml: string): void;
  delete(): void;
}

/** The parts of one namespace (`customXmlParts.getByNamespace`). */
export interface XlCustomXmlPartScoped extends XlLoadable {
  readonly items: XlCustomXmlPart[];
  getItem(id: string): XlCustomXmlPart;
}

export interface XlCustomXmlPartCollection {
  add(xml: string): XlCustomXmlPart;
  getByNamespace(namespaceUri: string): XlCustomXmlPartScoped;
  getItem(id: string): XlCustomXmlPart;
}

export interface XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
  readonly tables: XlTableCollection;
  readonly customXmlParts: XlCustomXmlPartCollection;
  readonly settings: {
    add(key: string, value: string): unknown;
    getItemOrNullObject(key: string): XlSetting;
  };
  readonly application: {
    suspendApiCalculationUntilNextSync(): void;
    suspendScreenUpdatingUntilNextSync(): void;
  };
}

export interface XlContext {
  readonly workbook: XlWorkbook;
  sync(): Promise<unknown>;
}

/** Runs one batch against the workbook: `Excel.run` in Excel, the fake's `run` in tests. */
export type XlRun = <T>(batch: (context: XlContext) => Promise<T>) => Promise<T>;

/** Which optional API sets the host has (Office.context.requirements.isSetSupported). */
export interface XlFeatures {
  /** ExcelApi 1.8: data validation on ranges. */
  readonly dataValidation: boolean;
  /** ExcelApi 1.9: suspendScreenUpdatingUntilNextSync. */
  readonly suspendScreenUpdating: boolean;
  /**
   * ExcelApi 1.9: `getSpecialCellsOrNullObject`. Reads then load only `values` and find the
   * error cells by asking for them, instead of loading `valueTypes` too (about half the bytes).
   */
  readonly specialCells?: boolean;
}
