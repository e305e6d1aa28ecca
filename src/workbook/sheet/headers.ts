/** How a cell reads as a header text, in every adapter alike: trimmed; errors and booleans as Excel shows them. */
import type { CellValue } from "../../domain/model";

export const headerText = (v: CellValue | undefined): string =>
  v === null || v === undefined
    ? ""
    : typeof v === "object"
      ? v.error
      : typeof v === "boolean"
        ? v
          ? "TRUE"
          : "FALSE"
        : String(v).trim();
