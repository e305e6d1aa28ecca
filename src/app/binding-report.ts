/**
 * Use-case: the binding as a person reads and edits it (`kontrakttjek bind`, and the pane's view
 * of what a goal lacks). Every table and column by its Danish name from the data dictionary,
 * what was matched in the workbook (sheet, table, column letter, header), how sure, the goals
 * that read it, and candidates for what is missing; key figures and activity items too. The
 * object is a binding file: `readBindingJson` reads it back, each `column`/`matched` a choice
 * (null = let Kontrakttjek look for it), every other key information for the reader.
 */
import {
  columnLetters,
  roleName,
  type Binding,
  type Candidate,
  type NeedSettings,
  type ResolvedInputs,
  type RoleBinding,
} from "../domain/binding";
import type { Contract } from "../domain/contract/schema";
import { ROLE_SPECS, ROLES, type Role, type WorkbookData } from "../domain/model";
import type { SourceInfo } from "../workbook/port";
import { prepareInputs } from "./inputs";

export interface CandidateEntry {
  /**
   * The header, `Nøgle` or `Aktivitet` text: copy it into `column` or `matched` to choose it.
   * Not under `column`, so the only `column` of an entry is its choice (older files had it there;
   * `readBindingJson` never read candidates as choices).
   */
  readonly text: string;
  readonly sheet: string;
  readonly letter?: string;
  readonly row?: number;
}

export interface ColumnEntry {
  /** The header in the workbook (or a column letter): the choice; null = not found. */
  readonly column: string | null;
  readonly letter?: string;
  readonly confidence?: number;
  /** How it was found: header, synonym, fuzzy (by resemblance), file (chosen). */
  readonly via?: string;
  /** The goals that read this column ("" when no goal of the contract does). */
  readonly goals: string;
  readonly candidates?: readonly CandidateEntry[];
}

export interface RoleEntry {
  /** The sheet; null = no table found (write a sheet name to choose one). */
  readonly sheet: string | null;
  readonly table?: string;
  readonly headerRow?: number;
  readonly goals: string;
  readonly candidates?: readonly CandidateEntry[];
  readonly columns: Readonly<Record<string, ColumnEntry>>;
}

export interface RowEntry {
  /** The `Nøgle`/`Aktivitet` text in the workbook: the choice; null = not found. */
  readonly matched: string | null;
  readonly row?: number;
  readonly confidence?: number;
  /** name, qualifier (without what stands in parentheses), words, position, choice. */
  readonly via?: string;
  readonly goals?: string;
  readonly candidates?: readonly CandidateEntry[];
}

export interface BindingReport {
  readonly version: 1;
  readonly description?: string;
  readonly contract: string;
  /** Danish table name → where it is and its columns by their Danish names. */
  readonly roles: Readonly<Record<string, RoleEntry>>;
  /** Key figure (the contract's label) → the `Nøgle` row. */
  readonly keyFigures: Readonly<Record<string, RowEntry>>;
  /** Goal → activity item (the contract's text) → the `Aktivitet` row. */
  readonly activities: Readonly<Record<string, Readonly<Record<string, RowEntry>>>>;
}

export interface BindingSummary {
  readonly report: BindingReport;
  /** Inputs the contract needs, and how many of them were found. */
  readonly needed: number;
  readonly found: number;
  readonly inputs: ResolvedInputs;
}

const candidate = (c: Candidate): CandidateEntry => ({
  text: c.text,
  sheet: c.sheet,
  ...(c.column !== null ? { letter: c.column } : {}),
  ...(c.row !== null ? { row: c.row } : {}),
});

const round = (x: number): number => Math.round(x * 100) / 100;

function roleEntry(role: Role, rb: RoleBinding<SourceInfo> | undefined, inputs: ResolvedInputs): RoleEntry {
  const need = inputs.roles.find((r) => r.role === role);
  const columns: Record<string, ColumnEntry> = {};
  for (const spec of ROLE_SPECS[role].fields) {
    const fb = rb?.fields[spec.id];
    const fi = inputs.fields.find((f) => f.role === role && f.field === spec.id);
    const goals = (fi?.goals ?? []).join(", ");
    columns[spec.header] =
      fb && rb
        ? {
            column: fb.header,
            letter: columnLetters(rb.source.firstColumn + fb.column),
            confidence: round(fb.confidence),
            via: fb.via,
            goals,
          }
        : {
            column: null,
            goals,
            ...(fi && fi.candidates.length > 0 ? { candidates: fi.candidates.map(candidate) } : {}),
          };
  }
  const s = rb?.source;
  return {
    sheet: s?.sheet ?? null,
    ...(s ? (s.table !== null ? { table: s.table } : { headerRow: s.headerRow }) : {}),
    goals: (need?.goals ?? []).join(", "),
    ...(!s && need && need.candidates.length > 0 ? { candidates: need.candidates.map(candidate) } : {}),
    columns,
  };
}

/**
 * @name bindingReport
 * @category Binding
 * @summary The binding in force, with what each goal needs, as an editable binding file.
 */
export function bindingReport(
  contract: Contract,
  data: WorkbookData,
  binding: Binding<SourceInfo>,
  settings: NeedSettings = {},
): BindingSummary {
  const p = prepareInputs(contract, data, binding, settings);
  const { inputs } = p;
  const roles: Record<string, RoleEntry> = {};
  for (const role of ROLES) {
    const rb = p.binding.roles[role];
    if (!rb && !inputs.roles.some((r) => r.role === role)) continue;
    roles[roleName(role)] = roleEntry(role, rb, inputs);
  }
  const keyFigures: Record<string, RowEntry> = {};
  for (const k of inputs.keys)
    keyFigures[k.label] = k.match
      ? {
          matched: k.match.text,
          row: k.match.row,
          confidence: round(k.match.confidence),
          via: k.match.via,
          goals: k.goals.join(", "),
        }
      : { matched: null, goals: k.goals.join(", "), candidates: k.candidates.map(candidate) };
  const activities: Record<string, Record<string, RowEntry>> = {};
  for (const it of inputs.items) {
    const goal = (activities[it.goal] ??= {});
    goal[it.text] = it.match
      ? { matched: it.match.text, row: it.match.row, confidence: round(it.match.confidence), via: it.match.via }
      : { matched: null, candidates: it.candidates.map(candidate) };
  }
  const needed = inputs.roles.length + inputs.fields.length + inputs.keys.length + inputs.items.length;
  const missing =
    inputs.roles.filter((r) => r.source === null).length +
    inputs.fields.filter((f) => f.bound === null).length +
    inputs.keys.filter((k) => k.match === null).length +
    inputs.items.filter((i) => i.match === null).length;
  return {
    report: { version: 1, contract: contract.id, roles, keyFigures, activities },
    needed,
    found: needed - missing,
    inputs,
  };
}

/** The report as the file's text: pretty printed, one entry a line where it is short. */
export const bindingReportText = (report: BindingReport): string => `${JSON.stringify(report, null, 2)}\n`;
