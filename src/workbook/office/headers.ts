/**
 * Finding the header row of a plain range (a sheet without an Excel table): the first of the top
 * rows with at least two filled cells that are all text, else the first non-blank row.
 */
import type { CellValue } from "../../domain/model";

export const HEADER_SCAN_ROWS = 20;

const filled = (v: CellValue): boolean => v !== null && !(typeof v === "string" && v.trim() === "");

export function detectHeaderRow(rows: readonly (readonly CellValue[])[]): number | null {
  const scan = rows.slice(0, HEADER_SCAN_ROWS);
  const textRow = scan.findIndex((r) => {
    const cells = r.filter(filled);
    return cells.length >= 2 && cells.every((v) => typeof v === "string");
  });
  if (textRow >= 0) return textRow;
  const any = scan.findIndex((r) => r.some(filled));
  return any >= 0 ? any : null;
}

export const headerText = (v: CellValue | undefined): string =>
  v === null || v === undefined ? "" : typeof v === "object" ? v.error : String(v).trim();
