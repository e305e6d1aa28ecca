/**
 * `contractFromSheetRows`: read a `Kontrakt` sheet (layout.ts) into a contract. Every mistake
 * is a finding on its cell (sheet, Excel row, column header, value) with a rule id from
 * `messages.ts`; the contract is returned only when there is no error. Schema limits and
 * cross-checks (`lintContract`) are reported on the cell they came from.
 *
 * The label rows are read in `sheet-read/labels.ts`, the goal table in `sheet-read/goals.ts`
 * (its measure columns by the measure's kind, `sheet-read/measure.ts`), the sections below it
 * in `sheet-read/sections.ts`.
 */
import type { Contract } from "../contract/schema";
import type { ContractOf, MeasureBase } from "../contract/shape";
import { compareFindings, type Finding } from "../findings";
import type { StateBase } from "../measures/_lib/kind";
import { MEASURES, type MeasureRegistry } from "../measures/registry";
import type { CellValue } from "../model";
import { columnFor, GOAL_COLUMNS, SECTIONS, type GoalColumn, type SectionKind } from "./layout";
import { lintContractWith } from "./lint";
import { sameName } from "./names";
import { schemaProblems } from "./schema-issues";
import { SheetCells, textOf } from "./sheet-read/cells";
import type { ContractDraft } from "./sheet-read/draft";
import { GoalTable, type GoalRow } from "./sheet-read/goals";
import { applyLabels, readLabels } from "./sheet-read/labels";
import { readSection } from "./sheet-read/sections";

export const SHEET_MAX_ROWS = 5000;

export interface SheetReadOptions {
  /** Excel row number of `rows[0]` (1 when the rows start at A1). */
  readonly firstRow?: number;
  /** Zero-based sheet column of `rows[i][0]` (0 = A). */
  readonly firstColumn?: number;
}

export interface SheetReadResult<C = Contract> {
  /** The contract, or null when any finding is an error. */
  readonly contract: C | null;
  readonly findings: readonly Finding[];
}

function sectionTitle(sc: SheetCells, index: number): SectionKind | null {
  const cells = (sc.rows[index] ?? []).filter((v) => v !== null && v !== undefined && v !== "");
  if (cells.length !== 1 || typeof cells[0] !== "string") return null;
  const text = cells[0];
  for (const [kind, s] of Object.entries(SECTIONS) as [SectionKind, (typeof SECTIONS)[SectionKind]][])
    if ([s.title, ...s.aliases].some((n) => sameName(text, n))) return kind;
  return null;
}

/** The whole sheet: label rows, the goal table's header, goal rows, sections; then schema and lint. */
function readSheet<M extends MeasureBase, S extends StateBase>(
  sc: SheetCells,
  measures: MeasureRegistry<M, S>,
): ContractOf<M> | null {
  const rows = sc.rows;
  if (rows.length > SHEET_MAX_ROWS) {
    sc.report("kontrakt-too-big", null, null, null, { count: rows.length, max: SHEET_MAX_ROWS });
    return null;
  }
  if (rows.every((_, i) => sc.isBlankRow(i))) {
    sc.report("kontrakt-sheet-empty", null, null, null, { sheet: sc.sheet });
    return null;
  }
  const h = rows.findIndex((row) => {
    const keys = row.map((v) => (typeof v === "string" ? columnFor(GOAL_COLUMNS, v)?.key : undefined));
    return keys.includes("goal") && keys.includes("kind");
  });
  if (h < 0) {
    sc.report("kontrakt-header-missing", null, null, null);
    return null;
  }

  const labels = readLabels(sc, h);
  const goalCols = sc.readHeader(h, GOAL_COLUMNS, "goal-header");
  const headerTexts = new Map<number, string>();
  const headers: Partial<Record<GoalColumn, string>> = {};
  goalCols.forEach((spec, col) => {
    const t = textOf(rows[h]?.[col] ?? null) ?? spec.header;
    headerTexts.set(col, t);
    headers[spec.key] = t;
  });

  const goalRows: GoalRow[] = [];
  const sections: { kind: SectionKind; title: number; rows: number[] }[] = [];
  for (let i = h + 1; i < rows.length; i++) {
    if (sc.isBlankRow(i)) continue;
    const section = sectionTitle(sc, i);
    if (section) {
      sections.push({ kind: section, title: i, rows: [] });
      continue;
    }
    const current = sections[sections.length - 1];
    if (current) current.rows.push(i);
    else goalRows.push(sc.readRow(i, goalCols, headerTexts));
  }

  const input: ContractDraft = {
    id: "",
    title: "",
    year: null,
    halfYearReporting: false,
    registration: "none",
    source: { document: "", section: "" },
    goals: [],
  };
  applyLabels(sc, labels, input);
  for (const s of sections) readSection(sc, s.kind, s.rows, input);
  input.goals = new GoalTable(sc, measures, headers).read(goalRows, input);

  if (sc.findings.some((f) => f.severity === "error")) return null;
  const parsed = measures.contractSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    for (const p of schemaProblems(parsed.error)) sc.reportSchema(p.path, p.reason, p.params);
    return null;
  }
  for (const issue of lintContractWith(measures, parsed.data)) {
    const params = issue.related ? { ...issue.params, first: sc.address(issue.related) } : issue.params;
    sc.reportAt(issue.rule, issue.path, params, issue.severity);
  }
  return sc.findings.some((f) => f.severity === "error") ? null : parsed.data;
}

/**
 * Read a `Kontrakt` sheet. `rows[i][j]` is the cell at Excel row `firstRow + i`, column
 * `firstColumn + j`. Never throws on bad cells: every problem is a finding.
 *
 * @example
 * const { contract, findings } = contractFromSheetRows(contractToSheetRows(c), "Kontrakt");
 */
export function contractFromSheetRows(
  rows: readonly (readonly CellValue[])[],
  sheetName: string,
  options: SheetReadOptions = {},
): SheetReadResult {
  return contractFromSheetRowsWith(MEASURES, rows, sheetName, options);
}

/** `contractFromSheetRows` with the measure kinds of a registry (the built-in ones and any added). */
export function contractFromSheetRowsWith<M extends MeasureBase, S extends StateBase>(
  measures: MeasureRegistry<M, S>,
  rows: readonly (readonly CellValue[])[],
  sheetName: string,
  options: SheetReadOptions = {},
): SheetReadResult<ContractOf<M>> {
  const sc = new SheetCells(rows, sheetName, options.firstRow ?? 1, options.firstColumn ?? 0);
  const contract = readSheet(sc, measures);
  return { contract, findings: [...sc.findings].sort(compareFindings) };
}
