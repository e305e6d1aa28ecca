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
import { ROLE_SPECS, type Role, type WorkbookData } from "../model";
import { contractNeeds, type ContractNeeds, type NeedSettings } from "./needs";
import { chosenKey, keyNames, unknownChoices, unknownRow } from "./choices";
import { headerStems, matchHeader } from "./match";
import { scoreRole, matchFields } from "./propose";
import { columnLetters, type BindingSource } from "./source";
import type { Binding, FieldBinding, InputChoices } from "./types";
import {
  MAX_CANDIDATES,
  MIN_WORDS,
  byWords,
  candidateParams,
  cellText,
  goalKey,
  goalsText,
  overlap,
  rowCandidate,
  rowsOf,
  withoutQualifiers,
  type Candidate,
  type Row,
} from "./rows";

export type { Candidate } from "./rows";
export { withoutQualifiers } from "./rows";

export type InputMatchKind = "name" | "qualifier" | "words" | "position" | "choice";

export interface RowMatch {
  readonly text: string;
  /** Excel row number. */
  readonly row: number;
  readonly via: InputMatchKind;
  /** 0–1. */
  readonly confidence: number;
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
