import type { PeriodKind } from "../../../app/types";
import type { Lang } from "../../strings";

export interface ChoiceView {
  readonly id: string;
  readonly label: string;
}

export interface ParamView {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly choices: readonly ChoiceView[];
}

/** Everything the contract panel shows, and what its controls do. */
export interface ContractPanelState {
  readonly lang: Lang;
  readonly contracts: readonly ChoiceView[];
  readonly selectedId: string | null;
  /** "title · n goals" of the chosen contract. */
  readonly summary: string | null;
  readonly params: readonly ParamView[];
  /** Offer the half-year period (contracts reported twice a year). */
  readonly showPeriod: boolean;
  readonly period: PeriodKind;
  readonly canBind: boolean;
  /** The workbook carries its own contract and another one is chosen: offer it. */
  readonly offer: string | null;
  onSelectContract(id: string): void;
  onUseWorkbookContract(): void;
  onParam(id: string, value: string): void;
  onPeriod(period: PeriodKind): void;
  onBind(): void;
}
