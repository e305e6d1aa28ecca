/**
 * Use-case: the fill-in workbook a KKR secretary starts from — the contract's tables with Danish
 * headers and data validation, reference rows pre-filled, and a live `Målopfyldelse` whose
 * formulas already point at the (empty) tables, so figures appear as rows are typed.
 */
import type { Contract } from "../domain/contract/schema";
import {
  ROLE_SPECS,
  ROLES,
  type BoundColumn,
  type BoundTable,
  type CellValue,
  type WorkbookData,
} from "../domain/model";
import type { NewCell, NewSheet, NewWorkbookSpec } from "../workbook/sheet/spec";
import type { PlanCell, StatusSheetPlan } from "../workbook/port";
import type { Lang } from "../i18n";
import { runEvaluation } from "./evaluate";
import { planStatusSheet } from "./plan-write";
import { contractWorkbookSpec, referenceRows, type RowInput } from "./workbook-spec";

const plainValue = (cell: NewCell | undefined): CellValue => {
  if (cell === undefined || cell === null) return null;
  if (typeof cell !== "object") return cell;
  return cell.kind === "formula" ? null : (cell.value as CellValue);
};

/** The tables of a spec'd workbook as the reader would bind them (header row 1, data from row 2). */
export function specData(rows: Partial<Record<(typeof ROLES)[number], readonly RowInput[]>>): WorkbookData {
  const data: Partial<Record<(typeof ROLES)[number], BoundTable>> = {};
  for (const role of ROLES) {
    const spec = ROLE_SPECS[role];
    const body = rows[role] ?? [];
    const n = Math.max(1, body.length);
    const columns: Record<string, BoundColumn> = {};
    spec.fields.forEach((f, i) => {
      columns[f.id] = {
        field: f.id,
        header: f.header,
        sheetColumn: i,
        values: Array.from({ length: n }, (_, r) => plainValue(body[r]?.[f.id])),
      };
    });
    data[role] = { role, sheet: spec.sheetName, table: spec.tableName, firstRow: 2, rowCount: n, columns };
  }
  return data;
}

export function statusSheetToNewSheet(plan: StatusSheetPlan): NewSheet {
  const cell = (c: PlanCell): NewCell =>
    c.kind === "value"
      ? { kind: "value", value: c.value, format: c.format }
      : { kind: "formula", formula: c.formula, cached: c.cached, format: c.format };
  const hidden = new Set(plan.report?.hiddenColumns ?? []);
  return {
    name: plan.name,
    headerRows: plan.report ? 0 : 1,
    rows: plan.rows.map((r) => r.map(cell)),
    columns: (plan.widths ?? [8, 12, 48, 10, 12, 12, 14, 80]).map((width, i) =>
      hidden.has(i) ? { width, hidden: true } : { width },
    ),
  };
}

export function fillInWorkbookSpec(contract: Contract, lang: Lang = "da"): NewWorkbookSpec {
  const rows = referenceRows(contract);
  const data = specData(rows);
  const result = runEvaluation(contract, data, { lang });
  const status = planStatusSheet({ contract, result: { ...result, findings: [] }, data, lang });
  return contractWorkbookSpec(contract, { trailingSheets: [statusSheetToNewSheet(status)] });
}
