/**
 * The seam between the task pane and the use-cases: one interface, one default implementation
 * (`usecases.ts`, calling `src/app/` and the binding), injected through React context so panels
 * can be tested with hand-made results and the pane never computes a figure itself.
 */
import { createContext, useContext } from "react";
import type { BindingFile } from "../domain/binding/file";
import type { Binding, BindingProposal } from "../domain/binding/types";
import type { BindingHints } from "../domain/binding/propose";
import type { Contract } from "../domain/contract/schema";
import type { PeriodKind } from "../domain/engine/period";
import type { OptionValue } from "../domain/engine/settings";
import type { EvaluationResult } from "../domain/engine/types";
import type { Finding } from "../domain/findings";
import type { WorkbookData } from "../domain/model";
import type { ContractImport } from "../domain/authoring/json";
import type { DeriveOptions } from "../domain/authoring/derive";
import type { KontraktSheetRead } from "../app/authoring";
import type { ProgressOptions, SourceInfo, StatusSheetPlan, WorkbookPort, WritePlan } from "../workbook/port";
import type { NewSheet } from "../workbook/xlsx/create/types";
import type { Lang } from "./strings";

export interface BindState {
  readonly sources: readonly SourceInfo[];
  readonly proposal: BindingProposal<SourceInfo>;
  /** The user's choices (saved in the workbook), or null for the proposal as is. */
  readonly file: BindingFile | null;
  readonly binding: Binding<SourceInfo>;
}

export interface CheckOutcome {
  readonly findings: readonly Finding[];
  readonly errors: number;
  readonly warnings: number;
  /** Data rows checked (all bound tables). */
  readonly rows: number;
}

export interface EvaluateInput {
  readonly params: Readonly<Record<string, string>>;
  readonly options?: Readonly<Record<string, OptionValue>>;
  readonly period: PeriodKind;
  readonly lang: Lang;
  /** ISO date. */
  readonly today: string;
}

export type { WhatIfChange, WhatIfIndicator, WhatIfOutcome } from "../app/what-if";
import type { WhatIfChange, WhatIfOutcome } from "../app/what-if";
import type { ScenarioSheetInput } from "../app/what-if-sheet";

export interface Services {
  contracts(): readonly Contract[];
  /** List the workbook's sources and bind them to the contract's roles (with the user's saved choices). */
  bind(
    port: WorkbookPort,
    file: BindingFile | null,
    options?: ProgressOptions,
    hints?: BindingHints,
  ): Promise<BindState>;
  /** Apply changed user choices to an existing listing (no workbook access). */
  rebind(state: BindState, file: BindingFile | null): BindState;
  read(port: WorkbookPort, binding: Binding<SourceInfo>, options?: ProgressOptions): Promise<WorkbookData>;
  check(contract: Contract, data: WorkbookData, binding: Binding<SourceInfo>): CheckOutcome;
  evaluate(
    contract: Contract,
    data: WorkbookData,
    binding: Binding<SourceInfo>,
    input: EvaluateInput,
  ): EvaluationResult;
  planWrite(
    contract: Contract,
    result: EvaluationResult,
    data: WorkbookData,
    binding: Binding<SourceInfo>,
    lang: Lang,
  ): WritePlan;
  whatIf(
    contract: Contract,
    result: EvaluationResult,
    goalId: string,
    changes: Readonly<Record<string, WhatIfChange>>,
    lang: Lang,
  ): WhatIfOutcome;
  /** A what-if scenario as a sheet of its own (`attempt` 2, 3, … for the next free name); null for an unknown goal. */
  scenarioSheet(input: ScenarioSheetInput): StatusSheetPlan | null;
  fillIn(contract: Contract, lang: Lang): readonly NewSheet[];
  /* Contracts users write (issue 7). */
  /** "New contract from …": a validated copy under a new id, title and year. */
  newContractFrom(contract: Contract, options: DeriveOptions): ContractImport;
  /** Validate a contract (the edited form, the saved one): schema and cross-checks. */
  checkContract(data: unknown): ContractImport;
  /** A contract file's text (`$schema`, versioned, pretty printed). */
  contractFileText(contract: Contract): string;
  /** Read a contract file (size-limited, never throws). */
  readContractFile(text: string): ContractImport;
  /** Read the workbook's `Kontrakt` sheet: the contract, or findings by cell. */
  readKontraktSheet(port: WorkbookPort, options?: ProgressOptions): Promise<KontraktSheetRead>;
  /** The contract as the `Kontrakt` sheet, for `WorkbookPort.writeUserSheet`. */
  kontraktSheetPlan(contract: Contract): StatusSheetPlan;
  /** A `Kontrakt` sheet finding's message. */
  formatAuthoringFinding(f: Finding, lang: Lang): string;
  formatFinding(f: Finding, lang: Lang): string;
  /** The title of a finding rule (for grouping). */
  findingTitle(rule: string, lang: Lang): string;
}

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const s = useContext(ServicesContext);
  if (!s) throw new Error("ServicesContext is missing");
  return s;
}
