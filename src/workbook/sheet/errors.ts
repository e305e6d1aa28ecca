/** Typed errors every workbook adapter may raise (no dependencies, so each can). */

/** The adapter cannot do this (yet); `operation` names what was asked. */
export class NotSupportedError extends Error {
  constructor(
    readonly operation: string,
    detail: string,
  ) {
    super(`${operation} is not supported: ${detail}`);
    this.name = "NotSupportedError";
  }
}

/** A source or plan names a sheet (or table) the workbook does not have: renamed or deleted since. */
export class SourceNotFoundError extends Error {
  constructor(
    readonly sheet: string,
    readonly table: string | null = null,
  ) {
    super(table === null ? `sheet "${sheet}" not found` : `table "${table}" not found in sheet "${sheet}"`);
    this.name = "SourceNotFoundError";
  }
}
