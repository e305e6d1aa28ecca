/**
 * Auto-detection: for each role, the source whose headers fit best, each field to its best
 * column. Sources and columns are assigned greedily by score, so no source serves two roles and
 * no column two fields. Scoring weighs both sides (how much of the role the source covers, and
 * how much of the source the role explains), so a course list with a "Kommune" column is not
 * mistaken for the municipality table; a table or sheet named like the role gets a bonus.
 */
import type { Finding } from "../findings";
import { ROLE_SPECS, ROLES, type FieldSpec, type Role } from "../model";
import { matchHeader, CONFIDENCE } from "./match";
import { headerKey, MAX_HEADER_LENGTH } from "./normalise";
import { columnLetters, type BindingSource } from "./source";
import type { BindingProposal, FieldBinding, RoleBinding } from "./types";

/** Names (beyond the role's own table and sheet names) that mark a source as the role's. */
export const ROLE_NAMES: Readonly<Record<Role, readonly string[]>> = {
  Forloeb: ["Forloeb", "Forløb", "Courses", "Kurser"],
  Evaluering: ["Evaluering", "Brugerevaluering", "Evaluation", "Survey"],
  Noegletal: ["Noegletal", "Nøgletal", "Key figures", "Figures"],
  Kommuner: ["Kommuner", "Municipalities"],
  Aktiviteter: ["Aktiviteter", "Activities"],
};

const NAME_BONUS = 0.3;
const HIDDEN_PENALTY = 0.05;
const MIN_SCORE = 0.3;

export const nameMatchesRole = (source: BindingSource, role: Role): boolean => {
  const names = [source.table, source.sheet].filter((n): n is string => n !== null).map(headerKey);
  const wanted = [...ROLE_NAMES[role], ROLE_SPECS[role].tableName, ROLE_SPECS[role].sheetName].map(headerKey);
  return names.some((n) => wanted.some((w) => w !== "" && n.includes(w)));
};

interface Candidate {
  readonly field: FieldSpec;
  readonly order: number;
  readonly column: number;
  readonly confidence: number;
  readonly via: FieldBinding["via"];
}

/**
 * Binds fields of `role` to columns of `source`, greedily by confidence (required fields, then
 * earlier fields, then leftmost columns first on ties). `fixed` fields and columns are taken.
 */
/** What the caller knows that headers do not say: the contract's year picks a key-figure year column. */
export interface BindingHints {
  readonly year?: number | null;
}

export const matchFields = (
  role: Role,
  source: BindingSource,
  fixed: Readonly<Record<string, FieldBinding>> = {},
  hints: BindingHints = {},
): Record<string, FieldBinding> => {
  const out: Record<string, FieldBinding> = { ...fixed };
  const taken = new Set(Object.values(fixed).map((f) => f.column));
  const candidates: Candidate[] = [];
  // How well each column fits its best field: a guess is never taken for a column that names
  // another field better (a missing column's neighbour is not read in its place).
  const best = source.headers.map(() => 0);
  ROLE_SPECS[role].fields.forEach((field, order) => {
    source.headers.forEach((header, column) => {
      const m = matchHeader(header, field);
      if (!m) return;
      best[column] = Math.max(best[column] ?? 0, m.confidence);
      if (!out[field.id]) candidates.push({ field, order, column, confidence: m.confidence, via: m.via });
    });
  });
  candidates.sort(
    (a, b) =>
      b.confidence - a.confidence ||
      Number(b.field.required ?? false) - Number(a.field.required ?? false) ||
      a.order - b.order ||
      a.column - b.column,
  );
  for (const c of candidates) {
    if (out[c.field.id] || taken.has(c.column)) continue;
    if (c.via === "fuzzy" && c.confidence < (best[c.column] ?? 0)) continue;
    out[c.field.id] = {
      field: c.field.id,
      column: c.column,
      header: source.headers[c.column] ?? "",
      confidence: c.confidence,
      via: c.via,
    };
    taken.add(c.column);
  }
  if (role === "Noegletal" && !out.vaerdi) {
    // "Nøgletal | 2025": the figures stand under their year. A single year column is taken; of
    // several (2024, 2025, …) only the contract's year, never a guess.
    const years = source.headers.flatMap((h, column) =>
      !taken.has(column) && h.length <= MAX_HEADER_LENGTH && YEAR_HEADER.test(h) ? [column] : [],
    );
    const ofYear = years.filter((c) => hints.year != null && yearOf(source.headers[c] ?? "") === hints.year);
    const column = years.length === 1 ? years[0]! : ofYear.length === 1 ? ofYear[0]! : null;
    if (column !== null)
      out.vaerdi = {
        field: "vaerdi",
        column,
        header: source.headers[column] ?? "",
        confidence: YEAR_CONFIDENCE,
        via: "fuzzy",
      };
  }
  return out;
};

/** A header that is a year ("2025", "År 2025", "2025 (realiseret)"). */
const YEAR_HEADER = /^\s*(?:år\s+|year\s+)?(?:19|20)\d{2}\s*(?:\(?(?:realiseret|faktisk|actual|resultat)\)?)?\s*$/i;
const yearOf = (header: string): number | null => {
  const m = /(?:19|20)\d{2}/.exec(header);
  return m ? Number(m[0]) : null;
};
/** A guess from the shape of the header, below any name match. */
const YEAR_CONFIDENCE = 0.7;

/** Score of a role on a source: mean of role coverage (required fields count double) and source coverage. */
export const scoreRole = (
  role: Role,
  source: BindingSource,
  fields: Readonly<Record<string, FieldBinding>>,
): number => {
  const specs = ROLE_SPECS[role].fields;
  const weight = (f: FieldSpec): number => (f.required ? 2 : 1);
  const total = specs.reduce((a, f) => a + weight(f), 0);
  const got = specs.reduce((a, f) => a + weight(f) * (fields[f.id]?.confidence ?? 0), 0);
  // A text too long to be a header is filled; only short ones are trimmed (bounded work).
  const filled = source.headers.filter((h) => h.length > MAX_HEADER_LENGTH || h.trim() !== "").length;
  const explained = Object.values(fields).reduce((a, f) => a + f.confidence, 0);
  const base = 0.5 * (got / total) + 0.5 * (filled === 0 ? 0 : Math.min(1, explained / filled));
  return base + (nameMatchesRole(source, role) ? NAME_BONUS : 0) - (source.sheetHidden ? HIDDEN_PENALTY : 0);
};

const eligible = (role: Role, source: BindingSource, fields: Readonly<Record<string, FieldBinding>>): boolean => {
  const n = Object.keys(fields).length;
  const required = ROLE_SPECS[role].fields.filter((f) => f.required);
  return (
    n >= 2 ||
    (n >= 1 && nameMatchesRole(source, role)) ||
    (n >= 1 && required.length > 0 && required.every((f) => fields[f.id]))
  );
};

const where = (s: BindingSource) => ({ sheet: s.sheet, table: s.table, row: s.headerRow });

/** Notes about one bound role: missing required fields, guesses, duplicate headers, merges, hidden sheet. */
export const roleIssues = (rb: RoleBinding): Finding[] => {
  const { role, source, fields } = rb;
  const out: Finding[] = [];
  for (const f of ROLE_SPECS[role].fields) {
    const b = fields[f.id];
    if (!b && f.required) {
      out.push({
        severity: "warning",
        rule: "binding-missing-required",
        ...where(source),
        column: null,
        value: null,
        params: { role, field: f.id, header: f.header },
      });
    } else if (b && b.confidence < CONFIDENCE.synonym) {
      out.push({
        severity: "info",
        rule: "binding-guessed-column",
        ...where(source),
        column: b.header,
        value: b.header,
        params: { role, field: f.id, header: f.header, confidence: b.confidence },
      });
    }
  }
  const byKey = new Map<string, number[]>();
  source.headers.forEach((h, i) => {
    const k = headerKey(h);
    if (k !== "") byKey.set(k, [...(byKey.get(k) ?? []), i]);
  });
  const boundColumns = new Set(Object.values(fields).map((f) => f.column));
  for (const cols of byKey.values()) {
    if (cols.length < 2 || !cols.some((c) => boundColumns.has(c))) continue;
    const header = source.headers[cols[0] as number] ?? "";
    out.push({
      severity: "warning",
      rule: "binding-duplicate-header",
      ...where(source),
      column: header,
      value: header,
      params: { role, columns: cols.map((c) => columnLetters(source.firstColumn + c)).join(", ") },
    });
  }
  if (source.mergedRanges && source.mergedRanges.length > 0) {
    out.push({
      severity: "warning",
      rule: "binding-merged-cells",
      ...where(source),
      column: null,
      value: source.mergedRanges.join(", "),
      params: { role, ranges: source.mergedRanges.join(", ") },
    });
  }
  if (source.sheetHidden) {
    out.push({
      severity: "info",
      rule: "binding-hidden-sheet",
      ...where(source),
      column: null,
      value: null,
      params: { role },
    });
  }
  return out;
};

/** One note per role left without a source. */
export const unboundIssues = (roles: Readonly<Partial<Record<Role, unknown>>>): Finding[] =>
  ROLES.filter((r) => !roles[r]).map((role) => ({
    severity: "info" as const,
    rule: "binding-role-unbound",
    sheet: null,
    table: null,
    row: null,
    column: null,
    value: null,
    params: { role, table: ROLE_SPECS[role].tableName },
  }));

/** Fields only an evaluation answer has. */
const ANSWER_FIELDS = ["anbefaling", "effekt", "henvisning", "baeredygtighed"] as const;

export const proposeBinding = <S extends BindingSource>(
  sources: readonly S[],
  hints: BindingHints = {},
): BindingProposal<S> => {
  const options: RoleBinding<S>[] = [];
  for (const role of ROLES) {
    for (const source of sources) {
      if (source.ownedByKontrakttjek) continue;
      const fields = matchFields(role, source, {}, hints);
      if (!eligible(role, source, fields)) continue;
      const score = scoreRole(role, source, fields);
      if (score >= MIN_SCORE) options.push({ role, source, score, fields });
    }
  }
  options.sort((a, b) => b.score - a.score || sources.indexOf(a.source) - sources.indexOf(b.source));
  const roles: Partial<Record<Role, RoleBinding<S>>> = {};
  const used = new Set<S>();
  for (const o of options) {
    if (roles[o.role] || used.has(o.source)) continue;
    roles[o.role] = o;
    used.add(o.source);
  }
  // One row per course with its evaluation answers beside it: the answers are read from the
  // course rows (a blank answer is no answer), rather than leaving the satisfaction goals empty.
  if (!roles.Evaluering && roles.Forloeb) {
    const shared = options.find(
      (o) => o.role === "Evaluering" && o.source === roles.Forloeb?.source && ANSWER_FIELDS.some((f) => o.fields[f]),
    );
    // Only the answer columns: a column the courses read as another field (their "Henvisning",
    // the actors referred to) is never read as an answer.
    if (shared) {
      const courseFields = roles.Forloeb.fields;
      const fields = Object.fromEntries(
        Object.entries(shared.fields).filter(([id, f]) =>
          Object.values(courseFields).every((c) => c.column !== f.column || c.field === id),
        ),
      );
      roles.Evaluering = { ...shared, fields };
    }
  }
  const issues = [...ROLES.flatMap((r) => (roles[r] ? roleIssues(roles[r]) : [])), ...unboundIssues(roles)];
  return { roles, issues, sources };
};
