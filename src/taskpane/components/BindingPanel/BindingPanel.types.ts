import type { Role } from "../../../app/types";
import type { Lang } from "../../strings";
import type { LackView } from "./lacks";

export type ConfidenceLevel = "high" | "medium" | "low";

export interface OptionView {
  readonly value: number;
  readonly label: string;
}

export interface FieldView {
  readonly field: string;
  /** The Danish header the field has in a fill-in workbook. */
  readonly header: string;
  readonly required: boolean;
  /** Position in the source's headers, or null when unbound. */
  readonly column: number | null;
  /** 0–100, or null when unbound. */
  readonly confidencePct: number | null;
  readonly level: ConfidenceLevel | null;
}

export interface RoleView {
  readonly role: Role;
  readonly label: string;
  /** Index of the bound source in the listing, or null when the role is unbound. */
  readonly source: number | null;
  readonly sources: readonly OptionView[];
  /** How well the source fits the role, 0–100. */
  readonly fitPct: number | null;
  readonly rows: number | null;
  /** The bound source's headers, to pick a field's column from. */
  readonly columns: readonly OptionView[];
  readonly fields: readonly FieldView[];
}

export interface BindingPanelState {
  readonly lang: Lang;
  /** null until the tables have been found. */
  readonly roles: readonly RoleView[] | null;
  readonly issues: readonly string[];
  readonly canSave: boolean;
  /** What the goals lack, with lists to choose from; null until the tables have been read (a check). */
  readonly lacks: readonly LackView[] | null;
  onLack(lack: LackView, value: string): void;
  /** Also list every key figure and activity item found, to map it otherwise. */
  readonly showAll: boolean;
  onShowAll(on: boolean): void;
  onSource(role: Role, source: number | null): void;
  onColumn(role: Role, field: string, column: number): void;
  onSave(): void;
}
