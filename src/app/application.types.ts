/**
 * The application's operations: the one door every host goes through. The task pane (its actions), the
 * CLI (its commands) and the browser demo (the pane on an in-memory workbook) call these
 * operations and nothing deeper, so a workbook gives the same binding findings, the same tables
 * read, the same checks and the same figures in each of them.
 *
 * open (the host's adapter) → bind → read → check → evaluate → plan → apply → clean, and
 * what-if, the fill-in workbook, examples and the contracts users write. Each operation is a
 * use-case module of its own in `src/app/`; `application.ts` is the object that names them.
 */
import type { ImportOptions } from "../domain/authoring/json";
import type { ContractImport } from "./authoring/problems";
import type { DeriveOptions } from "../domain/authoring/derive";
import type { Contract } from "../domain/contract/schema";
import type { EvaluationResult } from "../domain/engine/types";
import type { Finding } from "../domain/findings";
import type { Role, WorkbookData } from "../domain/model";
import type { PeriodKind } from "../domain/engine/period";
import type { OptionValue } from "../domain/engine/settings";
import type { Lang } from "../i18n";
import type { NewSheet, NewWorkbookSpec } from "../workbook/sheet/spec";
import type { ProgressOptions, SourceInfo, StatusSheetPlan, WorkbookPort, WritePlan } from "../workbook/port";
import type { Binding, BindingFile, NeedSettings, ResolvedInputs } from "../domain/binding";
import type { BindFor, BindingFileRead, BindState } from "./binding";
import type { BindingSummary } from "./binding-report";
import type { KontraktSheetRead } from "./authoring";
import type { WorkbookContract } from "./authoring/workbook-contract";
import type { SettingsRead, TypedSettings } from "./contract-settings";
import type { PaneSettings } from "./saved-settings";
import type { ScenarioSheetInput } from "./what-if-sheet";
import type { RecheckInput, RecheckSession } from "./recheck";
import type { WhatIfChange, WhatIfOutcome } from "./what-if";
import type { CleanOutcome, ScenarioSave, UserSheetWrite, WriteOptions, WriteOutcome } from "./write";

export type { BindFor, BindState } from "./binding";
export type { WhatIfChange, WhatIfIndicator, WhatIfOutcome } from "./what-if";

export interface CheckOutcome {
  readonly findings: readonly Finding[];
  readonly errors: number;
  readonly warnings: number;
  /** Data rows checked (the tables read). */
  readonly rows: number;
  /** A goal of the contract cannot be computed: a table, a column or a key figure it needs is missing. */
  readonly starved?: boolean;
}

export interface EvaluateInput {
  readonly params: Readonly<Record<string, string>>;
  readonly options?: Readonly<Record<string, OptionValue>>;
  readonly period: PeriodKind;
  readonly lang: Lang;
  /** ISO date (the host's clock; the domain has none). */
  readonly today?: string;
}

export interface Application {
  /* ---------- contracts ---------- */
  /** The contract library. */
  contracts(): readonly Contract[];
  /** A library contract by id. */
  findContract(id: string): Contract | undefined;
  /** Typed settings (`--param`, `--option`, `--period`) read for a contract; unknown ones are named. */
  readSettings(contract: Contract, given: TypedSettings): SettingsRead;

  /* ---------- open → bind → read → check → evaluate ---------- */
  /** List the workbook's sources and bind them (with the user's choices; the contract picks a key-figure year). */
  bind(port: WorkbookPort, file: BindingFile | null, options?: ProgressOptions, what?: BindFor): Promise<BindState>;
  /** A binding file's parsed JSON (`--binding`), validated. */
  readBindingFile(json: unknown): BindingFileRead;
  /** Apply changed user choices to an existing listing (no workbook access). */
  rebind(state: BindState, file: BindingFile | null): BindState;
  /** The bound roles the contract reads; none means no table in the workbook fits the contract. */
  boundRoles(contract: Contract, binding: Binding<SourceInfo>): readonly Role[];
  /** Read the tables the contract reads, and the registration tables, through the port. */
  read(
    port: WorkbookPort,
    binding: Binding<SourceInfo>,
    contract: Contract,
    options?: ProgressOptions,
  ): Promise<WorkbookData>;
  /** Every entry checked, with the binding's findings that concern the contract. */
  check(contract: Contract, data: WorkbookData, binding: Binding<SourceInfo>): CheckOutcome;
  /** Every input the contract needs (tables, columns, key figures, activity items): found, guessed or missing. */
  inputs(contract: Contract, data: WorkbookData, binding: Binding<SourceInfo>, settings?: NeedSettings): ResolvedInputs;
  /** The binding as an editable file: every table, column, key figure and activity item, found or with candidates. */
  bindingReport(
    contract: Contract,
    data: WorkbookData,
    binding: Binding<SourceInfo>,
    settings?: NeedSettings,
  ): BindingSummary;
  /** Every goal evaluated; its findings are `check`'s. */
  evaluate(
    contract: Contract,
    data: WorkbookData,
    binding: Binding<SourceInfo>,
    input: EvaluateInput,
  ): EvaluationResult;
  /**
   * Check and evaluate once, then re-check only the rows an edit changed (the pane's on-change
   * path): each `recheck` gives what `evaluate` would give over the edited data.
   */
  startRecheck(input: RecheckInput): RecheckSession;

  /* ---------- plan → apply → clean ---------- */
  /** The status sheet, the Kontrol columns and the highlights, as a plan (the pane's preview). */
  planWrite(
    contract: Contract,
    result: EvaluationResult,
    data: WorkbookData,
    binding: Binding<SourceInfo>,
    lang: Lang,
  ): WritePlan;
  apply(port: WorkbookPort, plan: WritePlan, lang: Lang, options?: WriteOptions): Promise<WriteOutcome>;
  /** Remove exactly what Kontrakttjek wrote. */
  clean(port: WorkbookPort, lang: Lang, options?: ProgressOptions): Promise<CleanOutcome>;
  /** The pane's choices saved in the workbook; null when there are none that read. */
  loadSettings(port: WorkbookPort): Promise<PaneSettings | null>;
  saveSettings(port: WorkbookPort, settings: PaneSettings): Promise<void>;

  /* ---------- what-if ---------- */
  whatIf(
    contract: Contract,
    result: EvaluationResult,
    goalId: string,
    changes: Readonly<Record<string, WhatIfChange>>,
    lang: Lang,
  ): WhatIfOutcome;
  /** A what-if scenario as a sheet of its own (`attempt` 2, 3, … for the next free name); null for an unknown goal. */
  scenarioSheet(input: ScenarioSheetInput): StatusSheetPlan | null;
  /** Keep a scenario as a new sheet of the user's, never over another sheet. */
  saveScenario(
    port: WorkbookPort,
    input: Omit<ScenarioSheetInput, "attempt">,
    options?: ProgressOptions,
  ): Promise<ScenarioSave>;

  /* ---------- fill-in workbook, examples ---------- */
  /** The fill-in sheets of a contract (to insert into the open workbook). */
  fillIn(contract: Contract, lang: Lang): readonly NewSheet[];
  /** The fill-in workbook of a contract (a new file). */
  fillInWorkbook(contract: Contract, lang: Lang): NewWorkbookSpec;
  /** The example workbook of a contract (fixed seed, deliberate mistakes). */
  example(contract: Contract): NewWorkbookSpec;

  /* ---------- contracts users write ---------- */
  /** "New contract from …": a validated copy under a new id, title and year. */
  newContractFrom(contract: Contract, options: DeriveOptions): ContractImport;
  /** "Copy as next year's" with the year and title as typed (the CLI's `export --as`). */
  copyContract(
    source: Contract,
    as: { readonly id: string; readonly year?: string | undefined; readonly title?: string | undefined },
  ): ContractImport;
  /** Validate a contract (the edited form, the saved one): schema and cross-checks. */
  checkContract(data: unknown): ContractImport;
  /** A contract file's text (`$schema`, versioned, pretty printed). */
  contractFileText(contract: Contract): string;
  /** Read a contract file (size-limited, never throws). */
  readContractFile(text: string, options?: ImportOptions): ContractImport;
  /** Read the workbook's `Kontrakt` sheet: the contract, or findings by cell. */
  readKontraktSheet(port: WorkbookPort, options?: ProgressOptions): Promise<KontraktSheetRead>;
  /** The contract as the `Kontrakt` sheet, for `WorkbookPort.writeUserSheet`. */
  kontraktSheetPlan(contract: Contract): StatusSheetPlan;
  /** What saving the contract in the workbook writes, and whether its sheet is there already. */
  kontraktSheetPreview(
    port: WorkbookPort,
    contract: Contract,
    options?: ProgressOptions,
  ): Promise<{ readonly sheet: StatusSheetPlan; readonly exists: boolean }>;
  /** Write the `Kontrakt` sheet; a sheet that says something else is a conflict unless `force`. */
  writeKontraktSheet(port: WorkbookPort, sheet: StatusSheetPlan, options?: WriteOptions): Promise<UserSheetWrite>;
  /** A new workbook of just the `Kontrakt` sheet. */
  kontraktWorkbook(contract: Contract): NewWorkbookSpec;
  /** The workbook's own contract (its Kontrakt sheet, else the saved one) and a broken sheet's findings. */
  workbookContract(
    port: WorkbookPort,
    authored: unknown,
    options?: ProgressOptions,
  ): Promise<{ readonly found: WorkbookContract | null; readonly findings: readonly Finding[] }>;
  /** A `Kontrakt` sheet finding's message. */
  formatAuthoringFinding(f: Finding, lang: Lang): string;
  /** A `Kontrakt` sheet finding with its cell, in one line. */
  describeAuthoringFinding(f: Finding, lang: Lang): string;

  /* ---------- findings in words ---------- */
  formatFinding(f: Finding, lang: Lang): string;
  /** The title of a finding rule (for grouping). */
  findingTitle(rule: string, lang: Lang): string;
}
