/**
 * The CLI's adapter: .xlsx files. The one place a host may reach the xlsx adapter — to open a
 * file, to make a new one from a spec, and to tell a damaged file from a missing feature.
 */
import type { NewWorkbookSpec } from "../../workbook/sheet/spec";
import { createWorkbook } from "../../workbook/xlsx/create";
import { XlsxWorkbook } from "../../workbook/xlsx";
import { findPart } from "../../workbook/xlsx/zip";

export { XlsxWorkbook, XlsxFileError } from "../../workbook/xlsx";
export { setNativeDeflate } from "../../workbook/xlsx/zip";

/** A workbook from a file's bytes (throws `XlsxFileError` for what is not a usable .xlsx). */
export const openXlsx = (bytes: Uint8Array): XlsxWorkbook => XlsxWorkbook.open(bytes);

/** A new .xlsx file's bytes. */
export const xlsxFile = (spec: NewWorkbookSpec): Uint8Array => createWorkbook(spec);

/** The extension Excel insists on for a package, from its main part's content type. */
export function packageExtension(port: XlsxWorkbook): string {
  const pkg = port.packageView();
  const name = findPart(pkg.entries.keys(), "[Content_Types].xml");
  const types = name === undefined ? "" : new TextDecoder().decode(pkg.entries.get(name));
  if (types.includes("macroEnabledTemplate.main")) return ".xltm";
  if (types.includes("macroEnabled.main")) return ".xlsm";
  if (types.includes("template.main")) return ".xltx";
  return ".xlsx";
}
