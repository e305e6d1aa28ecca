/** What binding produces: for each role, one source and a column for each field it could bind. */
import type { Finding } from "../findings";
import type { Role } from "../model";
import type { MatchKind } from "./match";
import type { BindingSource } from "./source";

export interface FieldBinding {
  readonly field: string;
  /** Position in the source's headers (zero-based; the sheet column is `firstColumn + column`). */
  readonly column: number;
  /** The header text in the user's workbook. */
  readonly header: string;
  /** 0–1; 1 = the canonical header or a binding file. */
  readonly confidence: number;
  /** "file" when a binding file or the user chose it. */
  readonly via: MatchKind | "file";
}

export interface RoleBinding<S extends BindingSource = BindingSource> {
  readonly role: Role;
  readonly source: S;
  /** How well the source fits the role (0–1.3: coverage plus a bonus for a matching name). */
  readonly score: number;
  readonly fields: Readonly<Record<string, FieldBinding>>;
}

export interface BindingProposal<S extends BindingSource = BindingSource> {
  readonly roles: Readonly<Partial<Record<Role, RoleBinding<S>>>>;
  /** Warnings and notes (rule ids `binding-*`), for the user to see before checking. */
  readonly issues: readonly Finding[];
  /** Every source listed (candidates for a role left without one). */
  readonly sources?: readonly S[];
  /** The user's names for key figures and activities (a binding file, the pane's choices). */
  readonly choices?: InputChoices;
}

/** Key figures and activity items as the user mapped them to the workbook's rows. */
export interface InputChoices {
  /** Key figure (id or label) → the `Nøgle` text in the workbook. */
  readonly keyFigures: Readonly<Record<string, string>>;
  /** Goal → item (id or text) → the `Aktivitet` text in the workbook. */
  readonly activities: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** A binding in force: a proposal, possibly overridden by a binding file or the user. */
export type Binding<S extends BindingSource = BindingSource> = BindingProposal<S>;
