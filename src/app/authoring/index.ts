/**
 * Use-cases for contracts users write (issue 7), for the CLI and the task pane:
 * - `readKontraktSheet(port)`: the `Kontrakt` sheet of a workbook → contract + findings by cell;
 * - `kontraktSheetPlan(contract)` / `kontraktNewSheet(contract)`: a contract as that sheet, to
 *   write through the port or into a new .xlsx;
 * - `readContractFile(text)` / `contractFileText(contract)`: contract JSON files;
 * - `newContractFrom(contract, { id, title, year })`: "copy Sjælland 2025 as 2026".
 * Everything below is pure domain code; this layer only moves rows in and out of workbooks.
 */
import { contractFromSheetRows, type SheetReadResult } from "../../domain/authoring/sheet-read";
import { contractToSheetRows } from "../../domain/authoring/sheet-write";
import { GOAL_COLUMNS, KONTRAKT_SHEET, SECTIONS } from "../../domain/authoring/layout";
import { exportContractJson, type ImportOptions } from "../../domain/authoring/json";
import type { DeriveOptions } from "../../domain/authoring/derive";
import { GROUP_WORD, KIND_WORD, UNIT_IDS } from "../../domain/authoring/grammar";
import { ROLE_DISPLAY } from "../../domain/authoring/names";
import type { Contract } from "../../domain/contract/schema";
import { ROLES, type CellValue } from "../../domain/model";
import type { PlanCell, ProgressOptions, StatusSheetPlan, WorkbookPort } from "../../workbook/port";
import { columnLetters } from "../../workbook/sheet/a1";
import type { NewCell, NewSheet, NewValidation } from "../../workbook/sheet/spec";
import { deriveContract, importContractJson, type ContractImport } from "./problems";

export { KONTRAKT_SHEET };
export { describeAuthoringFinding, renderAuthoringMessage } from "../../i18n/authoring";
/** The largest contract file read (a larger upload is refused before it is read). */
export { CONTRACT_JSON_MAX_BYTES as CONTRACT_FILE_MAX_BYTES } from "../../domain/authoring/json";
/** A number as typed in a contract's form: Danish `45,5` and `1.200`, or `45.5`. */
export { parseNumberText } from "../../domain/authoring/numbers";

/* ---------- files ---------- */

/** Read a contract file's text (`--contract path.json`, an upload in the task pane). */
export const readContractFile = (text: string, options: ImportOptions = {}): ContractImport =>
  importContractJson(text, options);

/** The contract file's text (versioned, `$schema`, pretty printed). */
export const contractFileText = (contract: Contract): string => exportContractJson(contract);

/** "New contract from …": a copy under a new id, title and year, validated. */
export const newContractFrom = (contract: Contract, options: DeriveOptions): ContractImport =>
  deriveContract(contract, options);

/* ---------- the Kontrakt sheet in a workbook ---------- */

export interface KontraktSheetRead extends SheetReadResult {
  /** False when the workbook has no sheet of that name (nothing else is reported then). */
  readonly found: boolean;
}

/**
 * Read the `Kontrakt` sheet through the workbook port (`--contract sheet`, the task pane). The
 * sheet's cells are rebuilt from the port's sources on it, so any adapter works; rows and
 * columns in the findings are Excel's.
 */
export async function readKontraktSheet(
  port: WorkbookPort,
  sheet: string = KONTRAKT_SHEET,
  options: ProgressOptions = {},
): Promise<KontraktSheetRead> {
  const sources = (await port.listSources(options)).filter((s) => s.sheet.toLowerCase() === sheet.toLowerCase());
  if (sources.length === 0) return { found: false, contract: null, findings: [] };
  const grid: CellValue[][] = [];
  const put = (row: number, col: number, v: CellValue) => {
    if (v === null || v === "") return;
    const r = (grid[row - 1] ??= []);
    while (r.length < col) r.push(null);
    r[col] = v;
  };
  for (const s of sources) {
    const columns = s.headers.map((_, i) => i);
    s.headers.forEach((h, i) => put(s.headerRow, s.firstColumn + i, h));
    const read = await port.readColumns(s, columns, options);
    read.columns.forEach((values, i) => values.forEach((v, k) => put(s.headerRow + 1 + k, s.firstColumn + i, v)));
  }
  for (let i = 0; i < grid.length; i++) grid[i] ??= [];
  const name = sources[0]?.sheet ?? sheet;
  return { found: true, ...contractFromSheetRows(grid, name) };
}

/* ---------- writing the sheet ---------- */

const SECTION_TITLES = new Set<string>(Object.values(SECTIONS).map((x) => x.title));
const isGoalHeader = (row: readonly CellValue[]): boolean =>
  row[0] === GOAL_COLUMNS[0].header && row.includes("Indikator");

/** Which cells are headers (bold): the labels, the goal table's header, section titles and headers. */
function headerMask(rows: readonly (readonly CellValue[])[]): boolean[][] {
  const h = rows.findIndex(isGoalHeader);
  let sectionHeaderNext = false;
  return rows.map((row, i) => {
    const title = i > h && row.length === 1 && typeof row[0] === "string" && SECTION_TITLES.has(row[0]);
    const header = i === h || title || sectionHeaderNext;
    sectionHeaderNext = title;
    return row.map((v, c) => header || (i < h && c === 0 && typeof v === "string" && v !== ""));
  });
}

const WIDTHS: Readonly<Record<string, number>> = {
  Mål: 8,
  Delmål: 24,
  Punkt: 16,
  Titel: 44,
  Indikator: 18,
  Tabel: 14,
  Filter: 44,
  Tæller: 34,
  Nævner: 34,
  Felt: 22,
  "Tæl unikke": 14,
  Måltal: 12,
  Sammenligning: 14,
  Regel: 22,
  Vægt: 7,
  Enhed: 13,
  Tempo: 10,
  "Gælder når": 26,
  "Variant når": 26,
  "Hvad-hvis": 24,
  Bemærkninger: 60,
  Gruppe: 10,
  Målformulering: 60,
  Metode: 60,
  Kilde: 34,
  Afsnit: 34,
  Kildefil: 22,
  "Titel (en)": 44,
  "Bemærkninger (en)": 60,
};

/**
 * The sheet as a plan: values, header cells bold. Write it with `WorkbookPort.writeUserSheet`,
 * so it stays the user's (clean leaves it); as `apply`'s `extraSheets` it would be Kontrakttjek's
 * own and `clean()` would remove it, edits included.
 */
export function kontraktSheetPlan(contract: Contract, name: string = KONTRAKT_SHEET): StatusSheetPlan {
  const rows = contractToSheetRows(contract);
  const mask = headerMask(rows);
  return {
    name,
    rows: rows.map((row, i) =>
      row.map((v, c): PlanCell => {
        const value = v === null || typeof v === "object" ? null : v;
        return mask[i]?.[c] ? { kind: "value", value, format: "header" } : { kind: "value", value };
      }),
    ),
  };
}

/** The sheet for a new .xlsx (`createWorkbook`): widths, bold headers, drop-down lists that only warn. */
export function kontraktNewSheet(contract: Contract, name: string = KONTRAKT_SHEET): NewSheet {
  const rows = contractToSheetRows(contract);
  const mask = headerMask(rows);
  const h = rows.findIndex(isGoalHeader);
  const headers = (rows[h] ?? []) as string[];
  const col = (header: string): string => columnLetters(headers.indexOf(header));
  // Enough rows below the table for a person to add goals; lists warn, so aliases still work.
  const last = h + 1 + 500;
  const list = (header: string, values: readonly string[]): NewValidation => ({
    type: "list",
    range: `${col(header)}${h + 2}:${col(header)}${last}`,
    values,
    error: { style: "warning", text: `Kontrakttjek kender: ${values.join(", ")}` },
  });
  return {
    name,
    rows: rows.map((row, i) =>
      row.map((v, c): NewCell => {
        const value = v === null || typeof v === "object" ? null : v;
        return mask[i]?.[c] ? { kind: "value", value, format: "header" } : value;
      }),
    ),
    columns: headers.map((hd) => ({ width: WIDTHS[hd] ?? 14 })),
    validations: [
      list("Indikator", Object.values(KIND_WORD)),
      list(
        "Tabel",
        ROLES.map((r) => ROLE_DISPLAY[r]),
      ),
      list("Sammenligning", ["≥", ">", "≤"]),
      list("Enhed", UNIT_IDS),
      list("Gruppe", Object.values(GROUP_WORD)),
      list("Tempo", ["pro rata", "niveau"]),
    ],
  };
}
