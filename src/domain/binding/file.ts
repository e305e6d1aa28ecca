/**
 * The binding file: the user's word on where each role's data is, overriding auto-detection.
 *
 * ```json
 * { "version": 1,
 *   "roles": { "Forloeb": { "sheet": "CRM-udtræk", "headerRow": 3,
 *                           "columns": { "cvr": "CVR", "startdato": "F" } } } }
 * ```
 * A column is given by its header text or, when no header matches, by its column letter.
 * Fields a role lists are bound as written; its other fields are still auto-detected within the
 * chosen source. Roles the file does not mention keep the proposal.
 */
import { z } from "zod";
import type { Finding } from "../findings";
import { ROLE_SPECS, ROLES, type Role } from "../model";
import { headerKey } from "./normalise";
import { CONFIDENCE } from "./match";
import { matchFields, roleIssues, scoreRole, unboundIssues } from "./propose";
import { columnFromLetters, columnLetters, type BindingSource } from "./source";
import { likelyHeaders } from "./likely";
import type { Binding, BindingProposal, FieldBinding, InputChoices, RoleBinding } from "./types";

const RoleFileSchema = z
  .object({
    sheet: z.string().min(1).max(255),
    table: z.string().min(1).max(255).optional(),
    headerRow: z.number().int().min(1).max(1_048_576).optional(),
    /** field id → header text or column letter */
    columns: z.record(z.string(), z.string().min(1).max(255)).optional(),
    /**
     * field id → the column letter `bind` wrote beside the header (`"letter": "G"`). Alone it is
     * the choice; beside a header that stands elsewhere, the one the user changed wins (see
     * {@link resolveBinding}) and the disagreement is a warning.
     */
    letters: z.record(z.string(), z.string().min(1).max(16)).optional(),
  })
  .strict();

/** A key figure's or activity's name in the workbook (a `Nøgle` or an `Aktivitet` cell's text). */
const RowText = z.string().min(1).max(1000);

export const BindingFileSchema = z
  .object({
    version: z.literal(1),
    description: z.string().max(1000).optional(),
    /** Key figure (id or label) → the `Nøgle` text the workbook uses for it. */
    keyFigures: z.record(z.string().min(1).max(200), RowText).optional(),
    /** Goal → activity item (id or the contract's text) → the `Aktivitet` text the workbook uses for it. */
    activities: z.record(z.string().min(1).max(64), z.record(z.string().min(1).max(1000), RowText)).optional(),
    roles: z
      .object(
        Object.fromEntries(ROLES.map((r) => [r, RoleFileSchema.optional()])) as Record<
          Role,
          z.ZodOptional<typeof RoleFileSchema>
        >,
      )
      .strict(),
  })
  .strict()
  .superRefine((file, ctx) => {
    for (const role of ROLES) {
      const ids = ROLE_SPECS[role].fields.map((f) => f.id);
      const named = [...Object.keys(file.roles[role]?.columns ?? {}), ...Object.keys(file.roles[role]?.letters ?? {})];
      for (const field of new Set(named)) {
        if (!ids.includes(field)) {
          ctx.addIssue({
            code: "custom",
            path: ["roles", role, "columns", field],
            message: `unknown field "${field}" for ${role}; known: ${ids.join(", ")}`,
          });
        }
      }
    }
  });

export type BindingFile = z.infer<typeof BindingFileSchema>;
export type RoleFileEntry = z.infer<typeof RoleFileSchema>;

const sameName = (a: string, b: string): boolean => a === b || a.toLowerCase() === b.toLowerCase();

const fileIssue = (
  rule: string,
  role: Role,
  sheet: string | null,
  params: Record<string, string | number>,
  value: string | null = null,
): Finding => ({
  severity: "error",
  rule,
  sheet,
  table: null,
  row: null,
  column: null,
  value,
  params: { role, ...params },
});

/** The source a file entry points at, or a finding saying why there is none. */
const pickSource = <S extends BindingSource>(
  role: Role,
  entry: RoleFileEntry,
  sources: readonly S[],
  proposed: RoleBinding<S> | undefined,
): S | Finding => {
  const onSheet = sources.filter((s) => s.sheet === entry.sheet);
  const sheetSources = onSheet.length > 0 ? onSheet : sources.filter((s) => sameName(s.sheet, entry.sheet));
  if (sheetSources.length === 0)
    return fileIssue("binding-file-unknown-sheet", role, entry.sheet, { sheet: entry.sheet });
  if (entry.table !== undefined) {
    const t = sheetSources.find((s) => s.table !== null && sameName(s.table, entry.table as string));
    return t ?? fileIssue("binding-file-unknown-table", role, entry.sheet, { table: entry.table });
  }
  if (entry.headerRow !== undefined) {
    const h = sheetSources.find((s) => s.headerRow === entry.headerRow);
    return (
      h ??
      fileIssue("binding-file-header-row", role, entry.sheet, {
        headerRow: entry.headerRow,
        path: `roles.${ROLE_SPECS[role].sheetName}.headerRow`,
        table: ROLE_SPECS[role].sheetName,
        found: [...new Set(sheetSources.map((s) => s.headerRow))].join(", "),
      })
    );
  }
  if (proposed && sheetSources.includes(proposed.source)) return proposed.source;
  return sheetSources.find((s) => s.table !== null) ?? (sheetSources[0] as S);
};

/** Position of a header text or column letter in the source; -1 when neither fits. */
export const columnOf = (source: BindingSource, ref: string): number => {
  const key = headerKey(ref);
  const exact = source.headers.findIndex((h) => h === ref);
  if (exact >= 0) return exact;
  const byKey = key === "" ? -1 : source.headers.findIndex((h) => headerKey(h) === key);
  if (byKey >= 0) return byKey;
  return letterColumn(source, ref);
};

/** Position of a column letter in the source; -1 when it is no letter or outside the source. */
export const letterColumn = (source: BindingSource, letter: string): number => {
  const col = columnFromLetters(letter.trim());
  const i = col - source.firstColumn;
  return col >= 0 && i >= 0 && i < source.headers.length ? i : -1;
};

/** The data dictionary's header of a field ("Startdato" for startdato). */
const headerOf = (role: Role, field: string): string =>
  ROLE_SPECS[role].fields.find((f) => f.id === field)?.header ?? field;

/**
 * The column a field's entry names: its header (`column`), its letter (`letter`), or, when both
 * are given and stand apart, the one the user changed — `bind` wrote them together, so the one
 * that still agrees with detection is the one left as written. A disagreement is a warning.
 */
const chosenColumn = (
  role: Role,
  source: BindingSource,
  field: string,
  ref: string | undefined,
  letter: string | undefined,
  detected: number | undefined,
): { column: number; notes: Finding[] } | { error: Finding } => {
  const header = headerOf(role, field);
  const at = { table: source.table, row: source.headerRow };
  const path = `roles.${ROLE_SPECS[role].sheetName}.columns.${header}`;
  const unknown = (written: string, key: "column" | "letter"): { error: Finding } => ({
    error: {
      ...fileIssue("binding-file-unknown-column", role, source.sheet, {
        field,
        header,
        path: `${path}.${key}`,
        written,
        headers: likelyHeaders(source, written, role, field)
          .map((i) => `"${source.headers[i]}" (${columnLetters(source.firstColumn + i)})`)
          .join(", "),
      }),
      ...at,
      value: written,
    },
  });
  const byRef = ref === undefined ? undefined : columnOf(source, ref);
  const byLetter = letter === undefined ? undefined : letterColumn(source, letter);
  if (byRef !== undefined && byRef < 0) return unknown(ref ?? "", "column");
  if (byLetter !== undefined && byLetter < 0) {
    // A stale letter beside a header that is found is no reason to fail: the header is read.
    if (byRef === undefined) return unknown(letter ?? "", "letter");
    return { column: byRef, notes: [] };
  }
  if (byRef === undefined || byLetter === undefined || byRef === byLetter)
    return { column: byRef ?? byLetter ?? -1, notes: [] };
  const letterWins = detected !== undefined && byRef === detected;
  const column = letterWins ? byLetter : byRef;
  const note: Finding = {
    ...fileIssue("binding-file-letter-conflict", role, source.sheet, {
      field,
      header,
      path,
      written: ref ?? "",
      refLetter: columnLetters(source.firstColumn + byRef),
      letter: columnLetters(source.firstColumn + byLetter),
      letterHeader: source.headers[byLetter] ?? "",
      used: `${columnLetters(source.firstColumn + column)} ("${source.headers[column] ?? ""}")`,
    }),
    severity: "warning",
    ...at,
    value: ref ?? null,
  };
  return { column, notes: [note] };
};

/**
 * A `headerRow` that points into the data (a row of values, no header of the role's on it) while
 * detection found the role's headers on another row of the sheet: the detected row is read and
 * the file's row is an error naming it — reading values as headers would bind nothing right.
 */
const headerRowOrDetected = <S extends BindingSource>(
  role: Role,
  entry: RoleFileEntry,
  picked: S,
  proposed: RoleBinding<S> | undefined,
  errors: Finding[],
): S => {
  if (entry.headerRow === undefined || !proposed) return picked;
  const other = proposed.source;
  if (other === picked || other.sheet !== picked.sheet || other.table !== null) return picked;
  const keys = new Set(picked.headers.map(headerKey));
  const named =
    Object.values(matchFields(role, picked)).some((f) => f.confidence >= CONFIDENCE.synonym) ||
    Object.values(entry.columns ?? {}).some((ref) => keys.has(headerKey(ref)));
  if (named) return picked;
  errors.push(
    fileIssue("binding-file-header-row", role, picked.sheet, {
      headerRow: entry.headerRow,
      path: `roles.${ROLE_SPECS[role].sheetName}.headerRow`,
      table: ROLE_SPECS[role].sheetName,
      found: other.headerRow,
      read: other.headerRow,
    }),
  );
  return other;
};

/** Applies a binding file to a proposal. Without a file the proposal is the binding. */
export const resolveBinding = <S extends BindingSource>(
  sources: readonly S[],
  proposal: BindingProposal<S>,
  file?: BindingFile,
): Binding<S> => {
  if (!file) return proposal;
  const roles: Partial<Record<Role, RoleBinding<S>>> = { ...proposal.roles };
  const errors: Finding[] = [];
  for (const role of ROLES) {
    const entry = file.roles[role];
    if (!entry) continue;
    delete roles[role];
    const picked = pickSource(role, entry, sources, proposal.roles[role]);
    if (!("headers" in picked)) {
      errors.push(picked);
      continue;
    }
    const source = headerRowOrDetected(role, entry, picked, proposal.roles[role], errors);
    const fixed: Record<string, FieldBinding> = {};
    const usedBy = new Map<number, string>();
    const named = new Set([...Object.keys(entry.columns ?? {}), ...Object.keys(entry.letters ?? {})]);
    const proposed = proposal.roles[role];
    for (const field of named) {
      const ref = entry.columns?.[field];
      const detected = proposed?.source === source ? proposed.fields[field]?.column : undefined;
      const chosen = chosenColumn(role, source, field, ref, entry.letters?.[field], detected);
      if ("error" in chosen) {
        errors.push(chosen.error);
        continue;
      }
      errors.push(...chosen.notes);
      const column = chosen.column;
      const other = usedBy.get(column);
      if (other !== undefined) {
        errors.push({
          ...fileIssue(
            "binding-file-column-twice",
            role,
            source.sheet,
            { field: headerOf(role, field), other: headerOf(role, other), written: source.headers[column] ?? "" },
            ref ?? null,
          ),
          table: source.table,
          row: source.headerRow,
        });
        continue;
      }
      usedBy.set(column, field);
      fixed[field] = { field, column, header: source.headers[column] ?? "", confidence: 1, via: "file" };
    }
    const fields = matchFields(role, source, fixed);
    roles[role] = { role, source, score: scoreRole(role, source, fields), fields };
  }
  // A source the file gave to one role is no longer another role's proposal.
  for (const role of ROLES) {
    const rb = roles[role];
    if (!rb || file.roles[role]) continue;
    if (ROLES.some((r) => r !== role && file.roles[r] && roles[r]?.source === rb.source)) delete roles[role];
  }
  const issues = [...errors, ...ROLES.flatMap((r) => (roles[r] ? roleIssues(roles[r]) : [])), ...unboundIssues(roles)];
  return { roles, issues, sources: proposal.sources ?? sources, choices: choicesOf(file) };
};

/** The key figures and activities the user named in a binding file. */
const choicesOf = (file: BindingFile): InputChoices => ({
  keyFigures: file.keyFigures ?? {},
  activities: file.activities ?? {},
});
