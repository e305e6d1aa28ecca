/**
 * Use-case: plan what Kontrakttjek writes into a workbook — the `Målopfyldelse` status sheet
 * (live formulas where the indicator allows, values with a note where not), a `Kontrol` column
 * at the edge of each bound table with the row's findings, and highlights on offending cells.
 * The plan is the preview; an adapter applies it.
 */
import type { Finding } from "../domain/findings";
import { ROLES, type WorkbookData } from "../domain/model";
import { formatFinding, type Lang } from "../i18n";
import { freeName } from "../workbook/sheet/names";
import type { Highlight, KontrolColumn, StatusSheetPlan, WritePlan } from "../workbook/port";
import { planStatusReport, type ReportInput } from "./status-report";

export const KONTROL_HEADER = "Kontrol";

export { STATUS_SHEET, STATUS_SHEET_H1, sheetFraction, statusSheetName } from "./status-report";

export type PlanInput = ReportInput;

/** The status sheet alone (the report; its `Metode` sheet comes with `planWrite`). */
export function planStatusSheet(input: PlanInput): StatusSheetPlan {
  return planStatusReport(input).sheet;
}

/**
 * Where the `Kontrol` column goes: over our own earlier column (the adapter knows it from its
 * record), else right of the source — named `Kontrol 2` where the user has a `Kontrol` of their own.
 */
const kontrolPlace = (source: {
  firstColumn: number;
  headers: readonly string[];
  ownedColumn?: number;
}): { column: number; header: string } => {
  if (source.ownedColumn !== undefined)
    return {
      column: source.ownedColumn,
      header: source.headers[source.ownedColumn - source.firstColumn] ?? KONTROL_HEADER,
    };
  return { column: source.firstColumn + source.headers.length, header: freeName(KONTROL_HEADER, source.headers, 255) };
};

const SEVERITY_RANK: Readonly<Record<Finding["severity"], number>> = { error: 0, warning: 1, info: 2 };

/** The `Kontrol` column and cell highlights for every bound table with findings on its rows. */
export function planRowWarnings(
  findings: readonly Finding[],
  data: WorkbookData,
  sources: Readonly<
    Partial<
      Record<
        (typeof ROLES)[number],
        { headerRow: number; firstColumn: number; headers: readonly string[]; ownedColumn?: number }
      >
    >
  >,
  lang: Lang,
): { kontrolColumns: KontrolColumn[]; highlights: Highlight[] } {
  const kontrolColumns: KontrolColumn[] = [];
  const highlights: Highlight[] = [];
  // Two roles read from one table (courses with their answers) share one Kontrol column.
  const done = new Set<string>();
  for (const role of ROLES) {
    const table = data[role];
    const source = sources[role];
    if (!table || !source) continue;
    const place = `${table.sheet}\u0000${table.table ?? ""}\u0000${source.headerRow}\u0000${source.firstColumn}`;
    if (done.has(place)) continue;
    done.add(place);
    // errors first, then warnings, then notes (a stable sort keeps each severity's order)
    const mine = findings
      .filter((f) => f.sheet === table.sheet && f.table === table.table && f.row !== null)
      .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
    if (mine.length === 0) continue;
    const texts = new Map<number, string[]>();
    const byHeader = new Map(Object.values(table.columns).map((c) => [c.header, c.sheetColumn]));
    const highlighted = new Map<string, Highlight>();
    for (const f of mine) {
      const row = f.row as number;
      // the cell is in the finding's row already: only the column is said
      texts.set(row, [...(texts.get(row) ?? []), formatFinding(f, lang, { inRow: true })]);
      const col = f.column === null ? undefined : byHeader.get(f.column);
      if (col !== undefined && f.severity !== "info") {
        const key = `${row}:${col}`;
        const kind = f.severity === "error" ? "error" : "warning";
        if (highlighted.get(key)?.kind !== "error")
          highlighted.set(key, { sheet: table.sheet, row, column: col, kind });
      }
    }
    const values: (string | null)[] = [];
    for (let i = 0; i < table.rowCount; i++) {
      const t = texts.get(source.headerRow + 1 + i);
      values.push(t ? t.join(" | ") : null);
    }
    kontrolColumns.push({
      sheet: table.sheet,
      table: table.table,
      headerRow: source.headerRow,
      ...kontrolPlace(source),
      values,
    });
    highlights.push(...highlighted.values());
  }
  return { kontrolColumns, highlights };
}

export function planWrite(
  input: PlanInput & {
    readonly sources: Parameters<typeof planRowWarnings>[2];
    readonly rowWarnings?: boolean;
  },
): WritePlan {
  const { sheet: status, method } = planStatusReport(input);
  const warnings =
    input.rowWarnings === false
      ? { kontrolColumns: [], highlights: [] }
      : planRowWarnings(input.result.findings, input.data, input.sources, input.lang);
  return { statusSheet: status, ...warnings, extraSheets: [method] };
}
