/**
 * Nothing missing in silence: every input a goal needs (a table, a column, a key figure, an
 * activity item, the municipality table) is found in the workbook — by its name, a synonym, its
 * words, or the user's choice — or is a finding that names the goals it starves and the best
 * candidates the workbook has. Matches that are guesses are findings too, so a wrong one shows.
 *
 * Key figures and activities the engine would not find by their contract names are handed to it
 * by name: the contract evaluated carries the workbook's `Nøgle` text as a synonym and the
 * workbook's `Aktivitet` text as the item's text (`inputs.contract`).
 */
import type { Contract, Measure } from "../contract/schema";
import type { Finding } from "../findings";
import { fold, keyName } from "../engine/fold";
import { ROLE_SPECS, type CellValue, type Role, type WorkbookData } from "../model";
import { contractNeeds, type ContractNeeds, type NeedSettings } from "./needs";
import { spelledLike } from "./likely";
import { headerStems, matchHeader } from "./match";
import { scoreRole, matchFields } from "./propose";
import { columnLetters, type BindingSource } from "./source";
import type { Binding, FieldBinding, InputChoices } from "./types";

export type InputMatchKind = "name" | "qualifier" | "words" | "position" | "choice";

export interface RowMatch {
  readonly text: string;
  /** Excel row number. */
  readonly row: number;
  readonly via: InputMatchKind;
  /** 0–1. */
  readonly confidence: number;
}

export interface Candidate {
  /** A header, `Nøgle` or `Aktivitet` text. */
  readonly text: string;
  readonly sheet: string;
  /** Column letters (a column) or null. */
  readonly column: string | null;
  /** Excel row number (a key figure or activity row) or null. */
  readonly row: number | null;
}

export interface RoleInput {
  readonly role: Role;
  readonly goals: readonly string[];
  readonly source: BindingSource | null;
  readonly candidates: readonly Candidate[];
}
export interface FieldInput {
  readonly role: Role;
  readonly field: string;
  readonly header: string;
  readonly goals: readonly string[];
  readonly bound: FieldBinding | null;
  readonly candidates: readonly Candidate[];
}
export interface KeyInput {
  readonly key: string;
  readonly label: string;
  readonly goals: readonly string[];
  readonly match: RowMatch | null;
  readonly candidates: readonly Candidate[];
}
export interface ItemInput {
  readonly goal: string;
  readonly item: string;
  readonly text: string;
  readonly match: RowMatch | null;
  readonly candidates: readonly Candidate[];
}

export interface ResolvedInputs {
  readonly roles: readonly RoleInput[];
  readonly fields: readonly FieldInput[];
  readonly keys: readonly KeyInput[];
  readonly items: readonly ItemInput[];
  /** Every input missing (warnings) and every guessed match (info). */
  readonly findings: readonly Finding[];
  /** True when a goal cannot be computed for want of a table, a column or a key figure. */
  readonly starved: boolean;
  /** The contract as evaluated: key figures and items under the names the workbook uses. */
  readonly contract: Contract;
}

const MAX_CANDIDATES = 3;
/** Words a workbook's name and the contract's share, for a match by words (as the headers' fuzzy score). */
const MIN_WORDS = 0.6;

const overlap = (a: readonly string[], b: readonly string[]): number => {
  if (a.length === 0 || b.length === 0) return 0;
  const sb = new Set(b);
  const common = a.filter((t) => sb.has(t)).length;
  return 0.25 * ((2 * common) / (a.length + b.length)) + 0.75 * (common / Math.min(a.length, b.length));
};

/** A name without what stands in parentheses or after a colon: "Kendskab til tilbud (blandt …)". */
export const withoutQualifiers = (text: string): string =>
  text
    .replace(/\([^)]*\)|\[[^\]]*\]/g, " ")
    .replace(/:.*$/, " ")
    .replace(/\s+/g, " ")
    .trim();

const cellText = (v: CellValue | undefined): string =>
  typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "";

const goalsText = (goals: readonly string[]) => ({ goals: goals.join(", "), goalCount: goals.length });

const candidateParams = (cs: readonly Candidate[]) => {
  const [best, ...rest] = cs;
  return {
    candidate: best?.text ?? "",
    candidateColumn: best?.column ?? "",
    candidateRow: best?.row ?? "",
    candidateSheet: best?.sheet ?? "",
    more: rest.map((c) => `"${c.text}"`).join(", "),
  };
};

/** "Mål 6", "6", "mål 6." and "Goal 6" all name goal 6 (as the checklist reads them). */
const goalKey = (s: string): string =>
  fold(s)
    .replace(/^(maal|mal|goal|delmaal)\s+/, "")
    .replace(/\s+/g, "");

interface Row {
  readonly index: number;
  readonly text: string;
  readonly row: number;
}

/** The `Nøgle` or `Aktivitet` texts of a bound table, with their Excel rows. */
function rowsOf(data: WorkbookData, role: Role, field: string, keep: (i: number) => boolean = () => true): Row[] {
  const t = data[role];
  const values = t?.columns[field]?.values ?? [];
  const out: Row[] = [];
  for (let i = 0; i < values.length; i++) {
    const text = cellText(values[i]);
    if (text !== "" && keep(i)) out.push({ index: i, text, row: (t?.firstRow ?? 0) + i });
  }
  return out;
}

/** Best rows by words shared with a name, best first. */
function byWords(name: string, rows: readonly Row[]): { row: Row; score: number }[] {
  const want = headerStems(name);
  return rows
    .map((row) => ({ row, score: overlap(want, headerStems(row.text)) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.row.row - b.row.row);
}

const rowCandidate = (sheet: string, r: Row): Candidate => ({ text: r.text, sheet, column: null, row: r.row });

/** Resolves every input of the contract against the binding and the data read. */
export function resolveInputs(
  contract: Contract,
  binding: Binding,
  data: WorkbookData,
  settings: NeedSettings = {},
): ResolvedInputs {
  const needs = contractNeeds(contract, settings);
  const choices: InputChoices = binding.choices ?? { keyFigures: {}, activities: {} };
  const findings: Finding[] = [];
  const roles = resolveRoles(needs, binding);
  const fields = resolveFields(needs, binding);
  const fileErrors: Finding[] = [];
  const keys = resolveKeys(contract, needs, data, choices, fileErrors);
  const items = resolveItems(needs, data, choices, fileErrors);
  let starved = false;
  const place = (role: Role) => {
    const s = binding.roles[role]?.source;
    return { sheet: s?.sheet ?? null, table: s?.table ?? null, row: s?.headerRow ?? null };
  };
  for (const r of roles) {
    if (r.source) continue;
    starved = true;
    findings.push({
      severity: "warning",
      rule: r.role === "Kommuner" ? "input-municipalities-missing" : "input-table-missing",
      sheet: null,
      table: null,
      row: null,
      column: null,
      value: null,
      params: {
        role: r.role,
        table: ROLE_SPECS[r.role].sheetName,
        ...goalsText(r.goals),
        ...candidateParams(r.candidates),
      },
    });
  }
  for (const f of fields) {
    if (f.bound) continue;
    starved = true;
    findings.push({
      severity: "warning",
      rule: "input-column-missing",
      ...place(f.role),
      column: null,
      value: null,
      params: {
        role: f.role,
        field: f.field,
        header: f.header,
        tableName: ROLE_SPECS[f.role].sheetName,
        ...goalsText(f.goals),
        ...candidateParams(f.candidates),
      },
    });
  }
  const keySheet = binding.roles.Noegletal?.source.sheet ?? null;
  for (const k of keys) {
    if (!data.Noegletal) continue; // the table itself is reported missing
    if (k.match === null) starved = true;
    // Found by name, or chosen in the binding file: nothing to show (a choice is the user's word).
    if (k.match === null || (k.match.via !== "name" && k.match.via !== "choice"))
      findings.push({
        severity: k.match === null ? "warning" : "info",
        rule: k.match === null ? "input-key-missing" : "input-key-matched",
        sheet: keySheet,
        table: binding.roles.Noegletal?.source.table ?? null,
        row: k.match?.row ?? null,
        column: null,
        value: k.match?.text ?? null,
        params: { key: k.label, ...goalsText(k.goals), matched: k.match?.text ?? "", ...candidateParams(k.candidates) },
      });
  }
  const itemSheet = binding.roles.Aktiviteter?.source.sheet ?? null;
  for (const it of items) {
    if (!data.Aktiviteter) continue;
    if (it.match !== null && (it.match.via === "name" || it.match.via === "qualifier" || it.match.via === "choice"))
      continue;
    findings.push({
      severity: it.match === null ? "warning" : "info",
      rule: it.match === null ? "input-item-missing" : "input-item-matched",
      sheet: itemSheet,
      table: binding.roles.Aktiviteter?.source.table ?? null,
      row: it.match?.row ?? null,
      column: null,
      value: it.match?.text ?? null,
      params: { goal: it.goal, item: it.text, matched: it.match?.text ?? "", ...candidateParams(it.candidates) },
    });
  }
  findings.push(...fileErrors, ...unknownChoices(contract, needs, choices));
  return { roles, fields, keys, items, findings, starved, contract: evaluatedContract(contract, keys, items) };
}

/** Names in the user's choices that the contract does not have: the path, the name, the known ones. */
function unknownChoices(contract: Contract, needs: ContractNeeds, choices: InputChoices): Finding[] {
  const out: Finding[] = [];
  const error = (rule: string, params: Record<string, string>): void =>
    void out.push({
      severity: "error",
      rule,
      sheet: null,
      table: null,
      row: null,
      column: null,
      value: params.name ?? null,
      params,
    });
  const keyLabels = contract.keyFigures.map((k) => k.label);
  for (const name of Object.keys(choices.keyFigures)) {
    const known = contract.keyFigures.some((k) => keyNames(contract, k.id).some((n) => keyName(n) === keyName(name)));
    if (!known) error("binding-file-unknown-key", { path: `keyFigures.${name}`, name, known: keyLabels.join(", ") });
  }
  for (const [goal, items] of Object.entries(choices.activities)) {
    const listed = needs.items.filter((i) => goalKey(i.goal) === goalKey(goal));
    if (listed.length === 0) {
      const goals = [...new Set(needs.items.map((i) => i.goal))].join(", ");
      error("binding-file-unknown-activity", { path: `activities.${goal}`, name: goal, known: goals });
      continue;
    }
    for (const name of Object.keys(items))
      if (!listed.some((i) => i.item === name || fold(i.text) === fold(name)))
        error("binding-file-unknown-activity", {
          path: `activities.${goal}.${name}`,
          name,
          known: listed.map((i) => i.item).join(", "),
        });
  }
  return out;
}

function resolveRoles(needs: ContractNeeds, binding: Binding): RoleInput[] {
  const sources = binding.sources ?? [];
  const used = new Set(Object.values(binding.roles).map((rb) => rb?.source));
  return [...needs.roles].map(([role, goals]) => {
    const rb = binding.roles[role];
    const ranked = sources
      .filter((s) => !used.has(s) && !s.ownedByKontrakttjek)
      .map((s) => ({ s, score: scoreRole(role, s, matchFields(role, s)) }))
      .filter((x) => x.score > 0)
      .sort((a, b) => b.score - a.score);
    return {
      role,
      goals,
      source: rb?.source ?? null,
      candidates: ranked.slice(0, MAX_CANDIDATES).map(({ s }) => ({
        text: s.table ?? s.sheet,
        sheet: s.sheet,
        column: null,
        row: s.headerRow,
      })),
    };
  });
}

function resolveFields(needs: ContractNeeds, binding: Binding): FieldInput[] {
  const out: FieldInput[] = [];
  for (const [key, goals] of needs.fields) {
    const [role, field] = key.split(".") as [Role, string];
    const rb = binding.roles[role];
    if (!rb) continue; // the table itself is reported missing
    const spec = ROLE_SPECS[role].fields.find((f) => f.id === field);
    if (!spec) continue;
    const bound = rb.fields[field] ?? null;
    const taken = new Set(Object.values(rb.fields).map((f) => f.column));
    const s = rb.source;
    const want = [spec.header, ...spec.synonyms].map(headerStems);
    const candidates = bound
      ? []
      : s.headers
          .map((h, column) => ({
            h,
            column,
            score: taken.has(column)
              ? -1
              : Math.max(matchHeader(h, spec)?.confidence ?? 0, ...want.map((w) => overlap(headerStems(h), w))),
          }))
          .filter((x) => x.score > 0 && x.h.trim() !== "")
          .sort((a, b) => b.score - a.score || a.column - b.column)
          .slice(0, MAX_CANDIDATES)
          .map((x) => ({ text: x.h, sheet: s.sheet, column: columnLetters(s.firstColumn + x.column), row: null }));
    out.push({ role, field, header: spec.header, goals, bound, candidates });
  }
  return out;
}

/** The engine's own names of a key figure (its id, label and synonyms). */
const keyNames = (contract: Contract, key: string): string[] => {
  const def = contract.keyFigures.find((k) => k.id === key);
  return [key, def?.label ?? key, ...(def?.synonyms ?? [])];
};

/** The user's choice for a key figure, named by its id or its label: [the name written, the text chosen]. */
const chosenKey = (contract: Contract, key: string, choices: InputChoices): readonly [string, string] | undefined => {
  const names = new Set(keyNames(contract, key).map(keyName));
  return Object.entries(choices.keyFigures).find(([name]) => names.has(keyName(name)));
};

const MAX_KNOWN = 5;

/** A binding file's choice of a row no row has: the path, what was written, the texts most like it. */
const unknownRow = (
  path: string,
  written: string,
  wanted: string,
  rows: readonly Row[],
  table: string,
  sheet: string | null,
): Finding => {
  // Best first: by the words shared with what was written or with the contract's name, or by spelling.
  const want = [headerStems(written), headerStems(wanted)];
  const known = rows
    .map((r) => {
      const stems = headerStems(r.text);
      return { r, score: Math.max(...want.map((w) => overlap(w, stems)), spelledLike(r.text, written)) };
    })
    .sort((a, b) => b.score - a.score || a.r.row - b.r.row)
    .map((x) => x.r)
    .slice(0, MAX_KNOWN)
    .map((r) => `"${r.text}" (${r.row})`)
    .join(", ");
  return {
    severity: "error",
    rule: "binding-file-unknown-row",
    sheet,
    table: null,
    row: null,
    column: null,
    value: written,
    params: { path, written, known, table },
  };
};

function resolveKeys(
  contract: Contract,
  needs: ContractNeeds,
  data: WorkbookData,
  choices: InputChoices,
  fileErrors: Finding[],
): KeyInput[] {
  const rows = rowsOf(data, "Noegletal", "noegle");
  const sheet = data.Noegletal?.sheet ?? "";
  const taken = new Set<number>();
  const out: KeyInput[] = [];
  const entries = [...needs.keys];
  const matchOf = (key: string): RowMatch | null => {
    const names = keyNames(contract, key);
    const wanted = new Set(names.map(keyName));
    const chosen = chosenKey(contract, key, choices);
    if (chosen !== undefined) {
      const [name, text] = chosen;
      const r = rows.find((x) => keyName(x.text) === keyName(text)) ?? rows.find((x) => fold(x.text) === fold(text));
      // The contract's own name chosen is no guess to show; any other choice is the user's word.
      if (r) return { text: r.text, row: r.row, via: wanted.has(keyName(r.text)) ? "name" : "choice", confidence: 1 };
      // A row that is not there is a mistake in the file: said, and the key found as if unchosen.
      if (data.Noegletal)
        fileErrors.push(
          unknownRow(
            `keyFigures.${name}.matched`,
            text,
            names[1] ?? key,
            rows,
            "Nøgletal",
            data.Noegletal?.sheet ?? null,
          ),
        );
    }
    const exact = rows.find((r) => wanted.has(keyName(r.text)));
    if (exact) return { text: exact.text, row: exact.row, via: "name", confidence: 1 };
    const bare = new Set(names.map((n) => keyName(withoutQualifiers(n))));
    const q = rows.find((r) => !taken.has(r.index) && bare.has(keyName(withoutQualifiers(r.text))));
    if (q) return { text: q.text, row: q.row, via: "qualifier", confidence: 0.9 };
    const best = names
      .flatMap((n) =>
        byWords(
          withoutQualifiers(n),
          rows.filter((r) => !taken.has(r.index)),
        ),
      )
      .sort((a, b) => b.score - a.score)[0];
    return best && best.score >= MIN_WORDS
      ? { text: best.row.text, row: best.row.row, via: "words", confidence: Math.round(best.score * 80) / 100 }
      : null;
  };
  for (const [key, goals] of entries) {
    const def = contract.keyFigures.find((k) => k.id === key);
    const match = matchOf(key);
    if (match) for (const r of rows) if (r.row === match.row) taken.add(r.index);
    const candidates = match
      ? []
      : byWords(
          withoutQualifiers(def?.label ?? key),
          rows.filter((r) => !taken.has(r.index)),
        )
          .map((x) => x.row)
          .slice(0, MAX_CANDIDATES)
          .map((r) => rowCandidate(sheet, r));
    out.push({ key, label: def?.label ?? key, goals, match, candidates });
  }
  return out;
}

function resolveItems(
  needs: ContractNeeds,
  data: WorkbookData,
  choices: InputChoices,
  fileErrors: Finding[],
): ItemInput[] {
  const t = data.Aktiviteter;
  if (!t) return needs.items.map((i) => ({ ...i, match: null, candidates: [] }));
  const goalCol = t.columns.maal?.values ?? [];
  const all = rowsOf(data, "Aktiviteter", "aktivitet");
  const out: ItemInput[] = [];
  const byGoal = new Map<string, typeof needs.items>();
  for (const i of needs.items) byGoal.set(i.goal, [...(byGoal.get(i.goal) ?? []), i]);
  for (const [goal, items] of byGoal) {
    const wanted = goalKey(goal);
    const rows = all.filter((r) => goalKey(cellText(goalCol[r.index])) === wanted);
    const chosenGoal = Object.entries(choices.activities).find(([g]) => goalKey(g) === wanted);
    const chosen = chosenGoal?.[1] ?? {};
    const matches = matchItems(items, rows, chosen);
    items.forEach((it, k) => {
      const named = Object.entries(chosen).find(([n]) => n === it.item || fold(n) === fold(it.text));
      const m = matches[k];
      if (named && (m === null || m === undefined || fold(m.text) !== fold(named[1])))
        fileErrors.push(
          unknownRow(
            `activities.${chosenGoal?.[0] ?? goal}.${named[0]}.matched`,
            named[1],
            it.text,
            rows,
            "Aktiviteter",
            t.sheet,
          ),
        );
    });
    const used = new Set(matches.filter((m) => m !== null).map((m) => m.row));
    items.forEach((it, k) => {
      const match = matches[k] ?? null;
      const free = rows.filter((r) => !used.has(r.row));
      const others = all.filter((r) => !used.has(r.row) && !rows.includes(r));
      const candidates = match
        ? []
        : [...byWords(it.text, free).map((x) => x.row), ...free, ...byWords(it.text, others).map((x) => x.row)]
            .filter((r, i, list) => list.indexOf(r) === i)
            .slice(0, MAX_CANDIDATES)
            .map((r) => rowCandidate(t.sheet, r));
      out.push({ ...it, match, candidates });
    });
  }
  return out;
}

/**
 * Items to rows: the user's choices; then as the checklist measure matches (the same text, the
 * same first 30 characters); then by shared words, the best pair first over all items (so an
 * item never takes the row another item fits better — rows copied from the contract in another
 * order than the template's); last, rows written in the template's order and number, by
 * position. Each row serves one item.
 */
function matchItems(
  items: readonly { readonly item: string; readonly text: string }[],
  rows: readonly Row[],
  chosen: Readonly<Record<string, string>>,
): (RowMatch | null)[] {
  const used = new Set<number>();
  const out: (RowMatch | null)[] = items.map(() => null);
  const take = (k: number, r: Row, via: InputMatchKind, confidence: number): void => {
    used.add(r.index);
    out[k] = { text: r.text, row: r.row, via, confidence };
  };
  // A choice names a row that is there; one that names no row is reported, and the item matched as if unchosen.
  const chosenRows = new Set<number>();
  const isChosen = (_it: unknown, k: number): boolean => chosenRows.has(k);
  items.forEach((it, k) => {
    const name = Object.entries(chosen).find(([n]) => n === it.item || fold(n) === fold(it.text))?.[1];
    if (name === undefined) return;
    const r = rows.find((x) => !used.has(x.index) && fold(x.text) === fold(name));
    if (r) {
      chosenRows.add(k);
      take(k, r, fold(r.text) === fold(it.text) ? "name" : "choice", 1);
    }
  });
  items.forEach((it, k) => {
    if (out[k] !== null || isChosen(it, k)) return;
    const want = fold(it.text);
    const prefix = want.slice(0, 30);
    const free = rows.filter((r) => !used.has(r.index));
    const exact = free.find((r) => fold(r.text) === want);
    if (exact) return take(k, exact, "name", 1);
    const pre = free.find((r) => fold(r.text).startsWith(prefix) || want.startsWith(fold(r.text).slice(0, 30)));
    if (pre) take(k, pre, "qualifier", 0.9);
  });
  const pairs = items
    .flatMap((it, k) =>
      out[k] !== null || isChosen(it, k)
        ? []
        : byWords(
            it.text,
            rows.filter((r) => !used.has(r.index)),
          ).map((x) => ({ k, row: x.row, score: x.score })),
    )
    .filter((p) => p.score >= MIN_WORDS)
    .sort((a, b) => b.score - a.score || a.k - b.k || a.row.row - b.row.row);
  for (const p of pairs)
    if (out[p.k] === null && !used.has(p.row.index)) take(p.k, p.row, "words", Math.round(p.score * 80) / 100);
  if (rows.length === items.length)
    items.forEach((it, k) => {
      const at = rows[k];
      if (out[k] === null && !isChosen(it, k) && at && !used.has(at.index)) take(k, at, "position", 0.5);
    });
  return out;
}

/** The contract with the workbook's names for what was matched other than by the engine's own rules. */
function evaluatedContract(contract: Contract, keys: readonly KeyInput[], items: readonly ItemInput[]): Contract {
  const extraKeys = new Map(
    keys.flatMap((k) =>
      k.match && k.match.via !== "name" ? [[k.key, k.match.text.replace(/(?:19|20)\d\d/g, " ").trim()] as const] : [],
    ),
  );
  const itemText = new Map(
    items.flatMap((i) =>
      i.match && i.match.via !== "name" ? [[`${i.goal}\u0000${i.item}`, i.match.text] as const] : [],
    ),
  );
  if (extraKeys.size === 0 && itemText.size === 0) return contract;
  const withItems = (m: Measure, goal: string): Measure =>
    m.kind === "checklist"
      ? { ...m, items: m.items.map((it) => ({ ...it, text: itemText.get(`${goal}\u0000${it.id}`) ?? it.text })) }
      : m;
  return {
    ...contract,
    keyFigures: contract.keyFigures.map((k) =>
      extraKeys.has(k.id) ? { ...k, synonyms: [...k.synonyms, extraKeys.get(k.id) ?? ""] } : k,
    ),
    goals: contract.goals.map((g) => ({
      ...g,
      indicators: g.indicators.map((i) => ({
        ...i,
        measure: withItems(i.measure, g.id),
        ...(i.variants
          ? { variants: i.variants.map((v) => (v.measure ? { ...v, measure: withItems(v.measure, g.id) } : v)) }
          : {}),
      })),
    })),
  };
}
