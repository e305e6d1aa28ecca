/** What a plan's cells are as the cell writer's content, style change and fingerprint (apply and user sheets). */
import type { PlanCell, StatusSheetPlan } from "../../port";
import { hash32 } from "../../ownership/fingerprint";
import { MAX_COLUMNS, MAX_ROWS } from "../../sheet/a1";
import type { CellContent } from "../ooxml/cells";
import { numFmtFor } from "../ooxml/formats";
import { looksLikeFormula } from "../ooxml/formula";
import { writtenKey } from "./cell-key";
import type { XfChange } from "./styles-edit";

export const inSheet = (row: number, column: number): boolean =>
  Number.isInteger(row) &&
  Number.isInteger(column) &&
  row >= 1 &&
  row <= MAX_ROWS &&
  column >= 0 &&
  column < MAX_COLUMNS;

/** A plan cell as the cell writer's content (shared with user-sheet.ts). */
export const planContent = (cell: PlanCell): CellContent => {
  if (cell.kind === "formula") return { t: "formula", f: cell.formula, cached: cell.cached };
  const v = cell.value;
  if (v === null || v === "") return { t: "empty" };
  if (typeof v === "string") return { t: "string", v };
  if (typeof v === "number") return { t: "number", v };
  return { t: "bool", v };
};

/** The style change a plan cell asks for: number format, bold header, text that looks like a formula. */
export const planChange = (cell: PlanCell, content: CellContent): XfChange => ({
  numFmt:
    cell.numberFormat !== undefined
      ? { code: cell.numberFormat }
      : cell.format && cell.format !== "header"
        ? numFmtFor(cell.format)
        : undefined,
  bold: cell.format === "header",
  quotePrefix: content.t === "string" && looksLikeFormula(content.v),
  ...(cell.look ? { look: cell.look } : {}),
});

export const valueContent = (text: string | null | undefined): CellContent =>
  text === null || text === undefined || text === "" ? { t: "empty" } : { t: "string", v: text };

/** A cell the plan writes, with its content and the key it will read back as. */
export interface Target {
  readonly row: number;
  readonly column: number;
  readonly cell: PlanCell;
  readonly content: CellContent;
  readonly hash: number;
}

export const hashOf = (content: CellContent): number => hash32(writtenKey(content) ?? "");

/** Column widths for a new sheet (status or user sheet): the plan's, else from its longest texts. */
export const widths = (plan: StatusSheetPlan): { index: number; width: number }[] => {
  if (plan.widths) return plan.widths.map((width, index) => ({ index, width }));
  const max: number[] = [];
  for (const row of plan.rows)
    row.forEach((cell, c) => {
      const len = cell.kind === "value" ? String(cell.value ?? "").length : 10;
      max[c] = Math.max(max[c] ?? 8, Math.min(60, len + 2));
    });
  return max.map((width, index) => ({ index, width }));
};
