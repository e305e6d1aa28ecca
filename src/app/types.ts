/**
 * The types hosts see: the domain's and the file specs', published by the application layer so
 * a host depends on `src/app` alone (and the port's types). Types only; nothing runs here.
 */
export type { Binding, BindingFile, BindingFileProblem, BindingProposal } from "../domain/binding";
export type { ContractImport } from "./authoring/problems";
export type { DeriveOptions } from "../domain/authoring/derive";
export type { Comparator, Contract, Indicator, LangText, Unit } from "../domain/contract/schema";
export type { PeriodKind } from "../domain/engine/period";
export type { OptionValue } from "../domain/engine/settings";
export type { EvaluationResult, GoalStatus, IndicatorResult } from "../domain/engine/types";
export type { Finding, Severity } from "../domain/findings";
export type { CellValue, Role, WorkbookData } from "../domain/model";
export type { NewCell, NewSheet, NewWorkbookSpec } from "../workbook/sheet/spec";
