import type { BoundTable, CellValue, Role } from "../../model";
import { isBlankCell } from "../../parse/_lib/invalid";
import { foldText } from "../../parse/normalizeText";

/** Tables whose rows are records a user may sum up below the data ("I alt"). */
const ROLES_WITH_TOTALS: ReadonlySet<Role> = new Set<Role>(["Forloeb", "Evaluering", "Kommuner"]);

/** Labels of a totals row, folded: "I alt", "I alt 2025", "Total", "Sum:", "Samlet", … */
const TOTALS_LABEL = /^(i alt|ialt|total|totalt|totaler|sum|summa|samlet|samlet i alt|grand total)( \d{4})?$/;

export interface TotalsRow {
  /** Zero-based data row. */
  readonly index: number;
  /** The field whose cell holds the label. */
  readonly field: string;
  readonly label: string;
}

const isTotalsLabel = (v: CellValue): v is string => typeof v === "string" && TOTALS_LABEL.test(foldText(v));

/**
 * @name trailingTotalsRows
 * @category Checks
 * @summary The totals rows a user put below the data of a course, answer or municipality table:
 * the last rows (blank rows between allowed) that hold a label such as "I alt" or "Total" and,
 * apart from it, only numbers (sums, counts) or nothing. Such a row is not a record: counted as
 * one it would be a course without CVR, start date or segment.
 *
 * @description Only rows at the end are looked at, so a row "I alt" in the middle of the data is
 * checked like any other. Returns the rows found, last first; empty when there is none.
 *
 * @example
 * // rows: …data…, [blank], [Virksomhed "I alt", Timer 150.5]
 * trailingTotalsRows(forloeb) //=> [{ index: 25, field: "virksomhed", label: "I alt" }]
 */
export function trailingTotalsRows(table: BoundTable): TotalsRow[] {
  if (!ROLES_WITH_TOTALS.has(table.role)) return [];
  const columns = Object.values(table.columns ?? {}).filter((c) => Array.isArray(c?.values));
  const found: TotalsRow[] = [];
  for (let i = Math.min(table.rowCount, 1_048_576) - 1; i >= 0; i--) {
    let label: TotalsRow | null = null;
    let blank = true;
    let other = false;
    for (const c of columns) {
      const v = c.values[i] ?? null;
      if (isBlankCell(v)) continue;
      blank = false;
      if (label === null && isTotalsLabel(v)) label = { index: i, field: c.field, label: v.trim() };
      else if (typeof v !== "number") other = true;
    }
    if (blank) continue;
    if (label === null || other) break;
    found.push(label);
  }
  return found;
}
