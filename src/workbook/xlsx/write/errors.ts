/** Typed errors of the xlsx writer; `code` lets the CLI and task pane show a translated message. */
import { XlsxFileError, type XlsxFileErrorReason } from "../zip";

export type UnsupportedCode =
  | "xls"
  | "encrypted-or-xls"
  | "csv"
  | "xlsb"
  | "strict-ooxml"
  | "not-a-workbook"
  | "malformed-part"
  | "sheet-xml"
  | "dtd";

/** What each refusal is as a file error, so everything that translates file errors translates these. */
const REASON: Readonly<Record<UnsupportedCode, XlsxFileErrorReason>> = {
  xls: "legacy-xls",
  "encrypted-or-xls": "legacy-xls", // the CLI says ".xls or password-protected" for both
  csv: "not-zip",
  xlsb: "xlsb",
  "strict-ooxml": "strict-ooxml",
  "not-a-workbook": "not-xlsx",
  "malformed-part": "corrupt",
  "sheet-xml": "corrupt",
  dtd: "dtd",
};

/**
 * The file cannot be written by Kontrakttjek (wrong format, or a part it cannot edit safely).
 * It is an `XlsxFileError` (with the matching `reason`), so a caller that explains file errors
 * to the user explains these too, and never calls them unexpected.
 */
export class UnsupportedWorkbookError extends XlsxFileError {
  constructor(
    readonly code: UnsupportedCode,
    message: string,
  ) {
    super(REASON[code], message);
    this.message = message;
    this.name = "UnsupportedWorkbookError";
  }
}

/** A plan names a sheet, table or cell that the workbook does not have. */
export class WriteTargetError extends Error {
  constructor(
    readonly sheet: string,
    readonly target: string,
  ) {
    super(`${target} not found in sheet "${sheet}"`);
    this.name = "WriteTargetError";
  }
}
