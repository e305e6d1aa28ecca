/** The task pane's adapter in Excel: Office.js. The one place a host may reach it. */
export { officeWorkbook, type OfficeWorkbook } from "../../workbook/office";
