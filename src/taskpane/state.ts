/** The task pane's state: one object, changed only by the action manager applying a patch. */
import type { WorkbookContract } from "../app/authoring/workbook-contract";
import type { Contract, EvaluationResult, PeriodKind, Severity, WorkbookData } from "../app/types";
import type { StatusSheetPlan, WritePlan } from "../workbook/port";
import type { PlainError } from "./errors";
import type { BindState, CheckOutcome } from "./services";
import type { Lang, StringKey } from "./strings";

export const TABS = ["contract", "author", "binding", "check", "goals", "write", "start"] as const;
export type TabId = (typeof TABS)[number];

export interface Busy {
  readonly label: StringKey;
  readonly done: number;
  readonly total: number;
  readonly cancellable: boolean;
}

/** A contract the workbook carries: saved by the pane, or read from its `Kontrakt` sheet. */
export type { WorkbookContract };

/** A problem with a contract being written: where (a JSON path or a cell) and what, in every language. */
export interface DraftProblem {
  readonly severity: Severity;
  readonly where: string;
  readonly message: Readonly<Record<Lang, string>>;
}

/** The contract the "new contract" form edits. */
export interface Draft {
  /** The validated copy the form started from ("new from …" or a loaded file). */
  readonly base: Contract;
  /** What the user typed, by field key (`draft.ts`); a field not here shows the base's value. */
  readonly texts: Readonly<Record<string, string>>;
}

/** Saving a contract into the workbook: shown first, then written. */
export interface ContractSave {
  readonly contract: Contract;
  readonly sheet: StatusSheetPlan;
  /** The workbook already has a sheet of that name (it is compared cell by cell before writing). */
  readonly exists: boolean;
  /** The sheet says something else at this cell: the user decides whether to overwrite. */
  readonly conflict: { readonly sheet: string; readonly address: string } | null;
}

export interface AuthoringState {
  readonly draft: Draft | null;
  /** Problems of the last "new from …", file or sheet read that gave no draft. */
  readonly problems: readonly DraftProblem[];
  readonly save: ContractSave | null;
}

export const NO_AUTHORING: AuthoringState = { draft: null, problems: [], save: null };

export interface PaneState {
  readonly lang: Lang;
  readonly tab: TabId;
  /** A library contract's id, or `WORKBOOK_CONTRACT` for the workbook's own. */
  readonly contractId: string | null;
  readonly workbookContract: WorkbookContract | null;
  readonly authoring: AuthoringState;
  readonly params: Readonly<Record<string, string>>;
  readonly period: PeriodKind;
  readonly bind: BindState | null;
  readonly data: WorkbookData | null;
  readonly check: CheckOutcome | null;
  readonly evaluation: EvaluationResult | null;
  /** The write plan shown as the preview; writing applies exactly this. */
  readonly preview: WritePlan | null;
  readonly autoCheck: boolean;
  /** A short confirmation of what just happened. */
  readonly notice: string | null;
  readonly error: PlainError | null;
  readonly busy: Busy | null;
}

export type StatePatch = Partial<PaneState>;

export const initialState = (lang: Lang): PaneState => ({
  lang,
  tab: "contract",
  contractId: null,
  workbookContract: null,
  authoring: NO_AUTHORING,
  params: {},
  period: "year",
  bind: null,
  data: null,
  check: null,
  evaluation: null,
  preview: null,
  autoCheck: true,
  notice: null,
  error: null,
  busy: null,
});

/** Results that depend on the data: cleared whenever the contract, binding or data change. */
export const STALE_RESULTS: StatePatch = { data: null, check: null, evaluation: null, preview: null };
