/** How a read cell reads as a header text: trimmed, as the other adapters read it. */
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
