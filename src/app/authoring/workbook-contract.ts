/**
 * Use-cases for the contract a workbook carries and for copies: the workbook's own contract
 * (its `Kontrakt` sheet, else the one saved in its settings), what saving a contract there will
 * do, and "copy as next year's" from the command line.
 */
import type { Contract } from "../../domain/contract/schema";
import type { Finding } from "../../domain/findings";
import type { ProgressOptions, StatusSheetPlan, WorkbookPort } from "../../workbook/port";
import type { NewWorkbookSpec } from "../../workbook/sheet/spec";
import { isCancel } from "../errors";
import { kontraktNewSheet, kontraktSheetPlan, readKontraktSheet } from "./index";
import { checkContract, deriveContract, type ContractImport } from "./problems";

/** A contract the workbook carries: read from its `Kontrakt` sheet, or saved by the pane. */
export interface WorkbookContract {
  readonly contract: Contract;
  readonly from: "sheet" | "settings";
}

/**
 * The workbook's own contract: its Kontrakt sheet when that reads without errors (the user may
 * have edited it), else the contract saved in its settings (`authored`). The findings of a sheet
 * that does not read as a contract come too.
 */
export async function workbookContract(
  port: WorkbookPort,
  authored: unknown,
  options: ProgressOptions = {},
): Promise<{ readonly found: WorkbookContract | null; readonly findings: readonly Finding[] }> {
  let findings: readonly Finding[] = [];
  try {
    const sheet = await readKontraktSheet(port, undefined, options);
    if (sheet.contract) return { found: { contract: sheet.contract, from: "sheet" }, findings };
    findings = sheet.findings;
  } catch (e) {
    if (isCancel(e)) throw e;
    // A sheet that cannot be read leaves the saved contract (if any) to be offered.
  }
  if (authored === undefined || authored === null) return { found: null, findings };
  const checked = checkContract(authored);
  return { found: checked.ok ? { contract: checked.contract, from: "settings" } : null, findings };
}

/** What saving a contract in the workbook writes: its sheet, and whether a sheet of that name is there already. */
export async function kontraktSheetPreview(
  port: WorkbookPort,
  contract: Contract,
  options: ProgressOptions = {},
): Promise<{ readonly sheet: StatusSheetPlan; readonly exists: boolean }> {
  const sheet = kontraktSheetPlan(contract);
  const sources = await port.listSources(options);
  return { sheet, exists: sources.some((s) => s.sheet.toLowerCase() === sheet.name.toLowerCase()) };
}

/** A new workbook holding just the contract as its `Kontrakt` sheet. */
export const kontraktWorkbookSpec = (contract: Contract): NewWorkbookSpec => ({
  title: contract.title.da,
  sheets: [kontraktNewSheet(contract)],
});

/**
 * "Copy as next year's" (`export --as`): the source under a new id; the year given (as typed)
 * or the source's, the title given or the source's with its year moved on.
 */
export function copyContract(
  source: Contract,
  as: { readonly id: string; readonly year?: string | undefined; readonly title?: string | undefined },
): ContractImport {
  const year = as.year === undefined ? source.year : Number(as.year);
  return deriveContract(source, {
    id: as.id,
    title:
      as.title ??
      (source.year !== null && year !== null
        ? source.title.da.split(String(source.year)).join(String(year))
        : source.title.da),
    year: year !== null && Number.isInteger(year) ? year : null,
  });
}
