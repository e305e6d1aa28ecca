import type { Finding, Severity } from "../../../app/types";
import type { Lang } from "../../strings";

export interface FindingView {
  readonly key: string;
  readonly text: string;
  /** `Forløb!C7`, or null when the finding is about a whole table. */
  readonly cell: string | null;
  readonly finding: Finding;
}

export interface RuleGroup {
  readonly rule: string;
  readonly title: string;
  readonly severity: Severity;
  readonly count: number;
  /** The first findings of the rule; the rest are counted in `more`. */
  readonly items: readonly FindingView[];
  readonly more: number;
}

export interface CheckPanelState {
  readonly lang: Lang;
  readonly hasRun: boolean;
  readonly summary: string | null;
  readonly groups: readonly RuleGroup[];
  readonly autoCheck: boolean;
  readonly canCheck: boolean;
  onCheck(): void;
  onAutoCheck(on: boolean): void;
  onSelect(finding: Finding): void;
}
