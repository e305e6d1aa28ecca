/**
 * Every user operation is one registered action (after Excalidraw's actions): a name from a
 * closed union, a label, a `predicate` (may it run now?) and `perform`, which returns the change
 * to the state instead of making it. Buttons, the re-check on edits and tests all run actions by
 * name through the manager. Each action is a file of its own (`<name>.ts`); `register.ts` lists
 * them. `perform` calls the application (`ctx.services`), never the domain or an adapter.
 */
import type { Finding, PeriodKind, Role } from "../../app/types";
import type { TaskpaneHost } from "../host";
import type { Services, WhatIfChange } from "../services";
import type { PaneState, StatePatch, TabId } from "../state";
import type { StringKey } from "../strings";

export interface ActionInputs {
  restore: void;
  selectTab: { readonly tab: TabId };
  selectContract: { readonly id: string };
  setParams: { readonly params?: Readonly<Record<string, string>>; readonly period?: PeriodKind };
  bind: void;
  /**
   * Choose a role's source (by index in the listing, or null to leave it to detection), a field's
   * column, or the `Nøgle`/`Aktivitet` row a key figure or activity item is read from.
   */
  adjustBinding: {
    readonly role: Role;
    readonly source?: number | null;
    readonly field?: string;
    readonly column?: number;
    readonly keyFigure?: { readonly name: string; readonly text: string | null };
    readonly activity?: { readonly goal: string; readonly item: string; readonly text: string | null };
  };
  saveSettings: void;
  setAutoCheck: { readonly on: boolean };
  check: { readonly auto?: boolean } | void;
  selectFinding: { readonly finding: Finding };
  evaluate: void;
  previewWrite: void;
  write: { readonly force?: boolean } | void;
  clean: void;
  insertFillIn: void;
  dismiss: void;
  /** "New contract from …": a library contract, the workbook's own (`@workbook`) or its Kontrakt sheet (`@sheet`). */
  newContract: { readonly from: string; readonly id: string; readonly title: string; readonly year: number | null };
  /** A contract file chosen by the user; read only when it is not too large. */
  importContract: { readonly name: string; readonly size: number; read(): Promise<string> };
  editDraft: { readonly key: string; readonly text: string };
  discardDraft: void;
  /** The draft as a contract file: a download in the browser, no network. */
  downloadContract: void;
  /** Show what saving the draft will write (the sheet, the settings). */
  previewSaveContract: void;
  cancelSaveContract: void;
  /** Write the `Kontrakt` sheet and save the contract in the workbook's settings. */
  saveContract: { readonly force?: boolean } | void;
  /** Keep a goal's what-if scenario as a new sheet of the user's (never over another sheet). */
  saveScenario: { readonly goalId: string; readonly changes: Readonly<Record<string, WhatIfChange>> };
}

export type ActionName = keyof ActionInputs;

export interface ActionContext {
  readonly host: TaskpaneHost;
  readonly services: Services;
  readonly signal: AbortSignal;
  /** Report progress in work units; shown under the action's busy label. */
  progress(done: number, total: number): void;
}

export interface Action<N extends ActionName = ActionName> {
  readonly name: N;
  /** Label of the button that runs it. */
  readonly label: StringKey;
  /** Shown with a progress bar while it runs; actions without one run without the bar. */
  readonly busy?: StringKey;
  /** Can the user cancel it half-way? */
  readonly cancellable?: boolean;
  predicate(state: PaneState): boolean;
  perform(state: PaneState, input: ActionInputs[N], ctx: ActionContext): Promise<StatePatch> | StatePatch;
}

export type ActionRegistry = { readonly [N in ActionName]: Action<N> };
