/**
 * Names a person types for tables, fields and keywords: matched case-, spacing- and
 * diacritics-insensitively (Forløbstype = forlobstype = FORLOEBSTYPE), without building a
 * regular expression from user text.
 */
import { ROLES, ROLE_SPECS, type FieldSpec, type FieldType, type Role } from "../model";

const SPACE = /\s/;
const WORD = /[\p{L}\p{N}]/u;
const COMBINING = /[\u0300-\u036f]/g;
const COMBINING_ONE = /^[\u0300-\u036f]$/;

export const isSpace = (ch: string | undefined): boolean => ch !== undefined && SPACE.test(ch);
export const isWordChar = (ch: string | undefined): boolean => ch !== undefined && WORD.test(ch);

/** One character folded: lower case, æ/ø/å spelled out, accents dropped; `-`/`_`/space → " ". */
export function foldChar(ch: string, loose = false): string {
  const code = ch.length === 1 ? ch.charCodeAt(0) : -1;
  // ASCII letters, digits and punctuation fold to themselves (lower case): the common case.
  if (code > 32 && code < 127 && code !== 45 && code !== 95) return code >= 65 && code <= 90 ? ch.toLowerCase() : ch;
  if (ch.length > 1 && ch.normalize("NFC").length === 1) ch = ch.normalize("NFC");
  if (SPACE.test(ch) || ch === "-" || ch === "_") return " ";
  const c = ch.toLowerCase();
  switch (c) {
    case "æ":
    case "ä":
      return loose ? "a" : "ae";
    case "ø":
    case "ö":
      return loose ? "o" : "oe";
    case "å":
      return loose ? "a" : "aa";
    default:
      return c.normalize("NFD").replace(COMBINING, "");
  }
}

/** A whole name folded, spaces collapsed and trimmed. `loose` spells æ/ø/å as a/o/a. */
export function foldName(text: string, loose = false): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    const f = foldChar(ch, loose);
    if (f === " ") {
      if (out !== "" && !out.endsWith(" ")) out += " ";
    } else out += f;
  }
  return out.trimEnd();
}

const keysCache = new Map<string, readonly string[]>();

/** The keys a name is known by: the strict fold, and the loose one (Forlobstype, Maltal). */
export function nameKeys(name: string): readonly string[] {
  let keys = keysCache.get(name);
  if (!keys) {
    keys = [...new Set([foldName(name), foldName(name, true)])];
    // Names come from a small vocabulary and from cells; bound the cache all the same.
    if (keysCache.size > 10_000) keysCache.clear();
    keysCache.set(name, keys);
  }
  return keys;
}

/** True when `typed` names `name` (any spelling `nameKeys` accepts). */
export const sameName = (typed: string, name: string): boolean => {
  const t = foldName(typed);
  return t !== "" && nameKeys(name).includes(t);
};

/**
 * Match the folded name `key` in `src` at `pos`; returns the end position or null. The match
 * must end at a word boundary, so "Timer" does not match the start of "Timerne".
 */
export function matchAt(src: string, pos: number, key: string): number | null {
  let i = pos;
  let j = 0;
  while (j < key.length) {
    const ch = src[i];
    if (ch === undefined) return null;
    // A letter with its combining marks (NFD "å") folds as one character.
    let end = i + 1;
    while (end < src.length && COMBINING_ONE.test(src[end] as string)) end++;
    const f = foldChar(end - i > 1 ? src.slice(i, end).normalize("NFC") : ch);
    if (f === " ") {
      if (key[j] !== " ") return null;
      while (i < src.length && foldChar(src[i] as string) === " ") i++;
      j++;
      continue;
    }
    if (f === "") {
      i = end;
      continue;
    }
    if (!key.startsWith(f, j)) return null;
    j += f.length;
    i = end;
  }
  const last = key[key.length - 1];
  if (isWordChar(last) && isWordChar(src[i])) return null;
  return i;
}

/* ---------- tables ---------- */

/** Danish display name of a role, as in the fill-in workbook and the engine's notes. */
export const ROLE_DISPLAY: Readonly<Record<Role, string>> = {
  Forloeb: "Forløb",
  Evaluering: "Evaluering",
  Noegletal: "Nøgletal",
  Kommuner: "Kommuner",
  Aktiviteter: "Aktiviteter",
};

/** A table by its display name, role id, Excel table name or fill-in sheet name. */
export function roleByName(text: string): Role | null {
  const t = foldName(text);
  if (t === "") return null;
  for (const role of ROLES) {
    const spec = ROLE_SPECS[role];
    const names = [ROLE_DISPLAY[role], role, spec.tableName, spec.sheetName];
    if (names.some((n) => nameKeys(n).includes(t))) return role;
  }
  return null;
}

/* ---------- fields ---------- */

export interface FieldName {
  /** Folded key to match. */
  readonly key: string;
  readonly id: string;
}

const NUMERIC_TYPES: ReadonlySet<FieldType> = new Set(["number", "hours", "score", "date"]);

/** Field specs of a role, or of every role when none is given (ids agree across roles). */
export function fieldsOf(role: Role | undefined): FieldSpec[] {
  const roles = role ? [role] : [...ROLES];
  const seen = new Map<string, FieldSpec>();
  for (const r of roles) for (const f of ROLE_SPECS[r].fields) if (!seen.has(f.id)) seen.set(f.id, f);
  return [...seen.values()];
}

export const fieldById = (id: string, role?: Role): FieldSpec | undefined => fieldsOf(role).find((f) => f.id === id);

export const isNumericField = (f: FieldSpec): boolean => NUMERIC_TYPES.has(f.type);

/** Danish header of a field id (the id itself when unknown). */
export const fieldHeader = (id: string, role?: Role): string => fieldById(id, role)?.header ?? id;

const nameCache = new Map<string, readonly FieldName[]>();

/**
 * Every name a field may be typed by in a role, longest first: headers and ids, then the
 * binding synonyms where they name exactly one field (so "Type" works in Forløb but not
 * across all tables).
 */
export function fieldNames(role: Role | undefined): readonly FieldName[] {
  const cacheKey = role ?? "*";
  const hit = nameCache.get(cacheKey);
  if (hit) return hit;
  const primary = new Map<string, Set<string>>();
  const secondary = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, name: string, id: string) => {
    for (const k of nameKeys(name)) {
      if (k === "") continue;
      const s = m.get(k) ?? new Set<string>();
      s.add(id);
      m.set(k, s);
    }
  };
  for (const f of fieldsOf(role)) {
    add(primary, f.header, f.id);
    add(primary, f.id, f.id);
    for (const s of f.synonyms) add(secondary, s, f.id);
  }
  const out: FieldName[] = [];
  for (const [key, ids] of primary) if (ids.size === 1) out.push({ key, id: [...ids][0] as string });
  for (const [key, ids] of secondary)
    if (!primary.has(key) && ids.size === 1) out.push({ key, id: [...ids][0] as string });
  out.sort((a, b) => b.key.length - a.key.length);
  nameCache.set(cacheKey, out);
  return out;
}

/** Resolve a whole cell naming a field (e.g. `Felt`), or null. */
export function fieldByName(text: string, role: Role | undefined): string | null {
  const t = foldName(text);
  if (t === "") return null;
  const loose = foldName(text, true);
  return fieldNames(role).find((n) => n.key === t || n.key === loose)?.id ?? null;
}
