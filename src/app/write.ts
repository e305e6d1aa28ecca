/**
 * Use-case: change the workbook — apply a write plan, remove what Kontrakttjek wrote, and write
 * sheets that stay the user's (a saved contract, a what-if scenario). A write is planned first
 * (`plan-write.ts`; the task pane's preview is the plan). The reports come with the sentences
 * every host shows for what a forced write put elsewhere and what a removal left.
 */
import type { Lang } from "../i18n";
import {
  WriteConflictError,
  type CleanReport,
  type ProgressOptions,
  type StatusSheetPlan,
  type WorkbookPort,
  type WritePlan,
  type WriteReport,
} from "../workbook/port";
import { scenarioSheetPlan, type ScenarioSheetInput } from "./what-if-sheet";
import { keptLines, movedLines } from "./write-report";

export type WriteOptions = ProgressOptions & { readonly force?: boolean };

export interface WriteOutcome {
  readonly report: WriteReport;
  /** What `force` wrote beside the user's cells, one sentence each. */
  readonly moved: readonly string[];
}

export async function applyPlan(
  port: WorkbookPort,
  plan: WritePlan,
  lang: Lang,
  options: WriteOptions = {},
): Promise<WriteOutcome> {
  const report = await port.apply(plan, options);
  return { report, moved: movedLines(report, lang) };
}

export interface CleanOutcome {
  readonly report: CleanReport;
  /** What was left because it could not be proved Kontrakttjek's, one sentence each. */
  readonly kept: readonly string[];
}

export async function cleanWorkbook(
  port: WorkbookPort,
  lang: Lang,
  options: ProgressOptions = {},
): Promise<CleanOutcome> {
  const report = await port.clean(options);
  return { report, kept: keptLines(report, lang) };
}

export type UserSheetWrite =
  | { readonly written: true; readonly cells: number }
  /** The sheet says something else at this cell (edited by hand?): the user decides. */
  | { readonly written: false; readonly conflict: { readonly sheet: string; readonly address: string } };

/** Write a sheet of the user's (the Kontrakt sheet); a sheet that says something else is written over only with `force`. */
export async function writeUserSheet(
  port: WorkbookPort,
  sheet: StatusSheetPlan,
  options: WriteOptions = {},
): Promise<UserSheetWrite> {
  try {
    return { written: true, cells: (await port.writeUserSheet(sheet, options)).cellsWritten };
  } catch (e) {
    if (!(e instanceof WriteConflictError)) throw e;
    return { written: false, conflict: { sheet: e.sheet, address: e.address } };
  }
}

/** Scenario sheets of one goal tried before giving up ("Hvad nu hvis – mål 3 (20)"). */
export const MAX_SCENARIO_NAMES = 20;

export type ScenarioSave =
  | { readonly saved: true; readonly sheet: string; readonly cells: number }
  /** The goal is not in the evaluation. */
  | { readonly saved: false; readonly reason: "no-goal" }
  /** Every name tried is a sheet that says something else. */
  | { readonly saved: false; readonly reason: "no-name"; readonly tried: number };

/** Keep a goal's what-if scenario as a new sheet of the user's, under a name no sheet has yet. */
export async function saveScenario(
  port: WorkbookPort,
  input: Omit<ScenarioSheetInput, "attempt">,
  options: ProgressOptions = {},
): Promise<ScenarioSave> {
  // A sheet that says something else is never written over: the next name is tried.
  for (let attempt = 1; attempt <= MAX_SCENARIO_NAMES; attempt++) {
    const sheet = scenarioSheetPlan({ ...input, attempt });
    if (!sheet) return { saved: false, reason: "no-goal" };
    const written = await writeUserSheet(port, sheet, options);
    if (written.written) return { saved: true, sheet: sheet.name, cells: written.cells };
  }
  return { saved: false, reason: "no-name", tried: MAX_SCENARIO_NAMES };
}
