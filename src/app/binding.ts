/**
 * Use-case: bind a workbook's tables to the data dictionary's roles. Headers are detected; the
 * user's choices (a binding file in the CLI, the saved settings or the Tables panel in the task
 * pane) override them. Every host binds here, so every host sees the same tables.
 */
import {
  columnLetters,
  readBindingJson,
  type BindingFileParse,
  proposeBinding,
  resolveBinding,
  type Binding,
  type BindingFile,
  type BindingHints,
  type BindingProposal,
} from "../domain/binding";
import type { Contract } from "../domain/contract/schema";
import type { Role } from "../domain/model";
import type { ProgressOptions, SourceInfo, WorkbookPort } from "../workbook/port";
import { sourcesForBindingFile } from "../workbook/read-bound";

export interface BindState {
  readonly sources: readonly SourceInfo[];
  readonly proposal: BindingProposal<SourceInfo>;
  /** The user's choices (a binding file, or saved in the workbook), or null for the proposal as is. */
  readonly file: BindingFile | null;
  readonly binding: Binding<SourceInfo>;
}

/** What the binding is for: a contract's year picks the year column of a key-figure list. */
export interface BindFor {
  readonly contract?: Contract | null | undefined;
  /** The contract's parameters; `year` names the year of a contract that spans several. */
  readonly params?: Readonly<Record<string, string>> | undefined;
}

/** The contract's year, or the `year` parameter of one that spans several (rammeaftale 2024–27). */
export function contractYear(
  contract: Contract | null | undefined,
  params: Readonly<Record<string, string>> | undefined,
): number | null {
  const y = contract?.year ?? Number(params?.year);
  return Number.isInteger(y) ? y : null;
}

export const bindingHints = (what: BindFor): BindingHints => ({ year: contractYear(what.contract, what.params) });

/** List the workbook's sources and bind them: detection, then the user's choices over it. */
export async function bindWorkbook(
  port: WorkbookPort,
  file: BindingFile | null,
  options: ProgressOptions = {},
  hints: BindingHints = {},
): Promise<BindState> {
  const listed = await port.listSources(options);
  const sources = await sourcesForBindingFile(port, listed, file ?? undefined, options);
  const proposal = proposeBinding(sources, hints);
  return { sources, proposal, file, binding: resolveBinding(sources, proposal, file ?? undefined) };
}

/** Changed user choices over an existing listing (no workbook access). */
export const rebind = (state: BindState, file: BindingFile | null): BindState => ({
  ...state,
  file,
  binding: resolveBinding(state.sources, state.proposal, file ?? undefined),
});

/** A user's choice in the Tables panel: a role's source (by index in the listing; null = detect) or a field's column. */
export interface BindingChoice {
  readonly role: Role;
  readonly source?: number | null;
  readonly field?: string;
  /** Zero-based position in the source's headers. */
  readonly column?: number;
  /** A key figure (its id or label) and the `Nøgle` text chosen for it; null = detect again. */
  readonly keyFigure?: { readonly name: string; readonly text: string | null };
  /** An activity item (goal, item id or text) and the `Aktivitet` text chosen; null = detect again. */
  readonly activity?: { readonly goal: string; readonly item: string; readonly text: string | null };
}

type RoleEntry = NonNullable<BindingFile["roles"][Role]>;

/**
 * The binding file with one more choice of the user's. A column is named by its header where
 * that header is unique in the source, else by its letter, so the choice survives moved columns.
 */
export function chooseBinding(state: BindState, choice: BindingChoice): BindingFile {
  const roles: Partial<Record<Role, RoleEntry>> = { ...(state.file?.roles ?? {}) };
  const where = (s: SourceInfo) => ({ sheet: s.sheet, ...(s.table ? { table: s.table } : { headerRow: s.headerRow }) });
  if (choice.source !== undefined) {
    const s = choice.source === null ? undefined : state.sources[choice.source];
    if (!s) delete roles[choice.role];
    else roles[choice.role] = where(s);
  }
  if (choice.field !== undefined && choice.column !== undefined) {
    const s = state.binding.roles[choice.role]?.source;
    if (s) {
      const header = s.headers[choice.column] ?? "";
      const unique = header.trim() !== "" && s.headers.filter((h) => h === header).length === 1;
      // The pane's choice replaces a letter the file had for the field (no disagreement left).
      const { [choice.field]: _stale, ...letters } = roles[choice.role]?.letters ?? {};
      roles[choice.role] = {
        ...where(s),
        ...(Object.keys(letters).length > 0 ? { letters } : {}),
        columns: {
          ...(roles[choice.role]?.columns ?? {}),
          [choice.field]: unique ? header : columnLetters(s.firstColumn + choice.column),
        },
      };
    }
  }
  const keyFigures: Record<string, string> = { ...(state.file?.keyFigures ?? {}) };
  if (choice.keyFigure) {
    delete keyFigures[choice.keyFigure.name];
    if (choice.keyFigure.text !== null) keyFigures[choice.keyFigure.name] = choice.keyFigure.text;
  }
  const activities: Record<string, Record<string, string>> = { ...(state.file?.activities ?? {}) };
  if (choice.activity) {
    const { goal, item, text } = choice.activity;
    const items: Record<string, string> = { ...(activities[goal] ?? {}) };
    delete items[item];
    if (text !== null) items[item] = text;
    if (Object.keys(items).length > 0) activities[goal] = items;
    else delete activities[goal];
  }
  return {
    version: 1,
    roles,
    ...(Object.keys(keyFigures).length > 0 ? { keyFigures } : {}),
    ...(Object.keys(activities).length > 0 ? { activities } : {}),
  };
}

export type BindingFileRead = BindingFileParse;

/**
 * A binding file's parsed JSON: tables and columns by their Danish names or ids, each column a
 * header, a letter or `bind`'s object; problems name the JSON path, the name and the known ones.
 */
export const parseBindingFile = (json: unknown): BindingFileRead => readBindingJson(json);
