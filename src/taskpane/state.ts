/** The task pane's state: one object, changed only by the action manager applying a patch. */
import type { PeriodKind } from "../domain/engine/period";
import type { EvaluationResult } from "../domain/engine/types";
import type { WorkbookData } from "../domain/model";
import type { WritePlan } from "../workbook/port";
import type { PlainError } from "./errors";
import type { BindState, CheckOutcome } from "./services";
import type { Lang, StringKey } from "./strings";

export const TABS = ["contract", "binding", "check", "goals", "write", "start"] as const;
export type TabId = (typeof TABS)[number];

export interface Busy {
  readonly label: StringKey;
  readonly done: number;
  readonly total: number;
  readonly cancellable: boolean;
}

export interface PaneState {
  readonly lang: Lang;
  readonly tab: TabId;
  readonly contractId: string | null;
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
