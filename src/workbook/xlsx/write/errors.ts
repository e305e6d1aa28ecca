/** Typed errors of the xlsx writer; `code` lets the CLI and task pane show a translated message. */

export type UnsupportedCode =
  "xls" | "encrypted-or-xls" | "csv" | "xlsb" | "strict-ooxml" | "not-a-workbook" | "malformed-part" | "sheet-xml";

/** The file cannot be written by Kontrakttjek (wrong format, or a part it cannot edit safely). */
export class UnsupportedWorkbookError extends Error {
  constructor(
    readonly code: UnsupportedCode,
    message: string,
  ) {
    super(message);
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
