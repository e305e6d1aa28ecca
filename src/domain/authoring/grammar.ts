/**
 * The small cell languages of the `Kontrakt` sheet besides filters: fulfilment rules
 * (`trin: 60=100; 50=50`), targets (`70`, `efter hus: sjaelland=171; fyn=94`), conditions
 * (`npsOmfang = "pr-segment"`), comparators, indicator kinds and notes. Each has a parser that
 * returns a reason code instead of throwing, and a formatter whose output it reads back.
 */
import type { Comparator, Measure, Note, Rule, TargetValue, Unit } from "../contract/schema";
import { UnitSchema } from "../contract/schema";
import { foldName, nameKeys } from "./names";
import { formatNumber, parseNumberText } from "./numbers";
import { quoteText } from "./filter/format";

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

/** A folded key without spaces or punctuation, for matching fixed vocabulary. */
export const compactKey = (s: string): string => foldName(s).replace(/[^a-z0-9%<>=≥≤]/g, "");
const compactKeys = (s: string): string[] => nameKeys(s).map((k) => k.replace(/[^a-z0-9%<>=≥≤]/g, ""));

/** Find `text` in a vocabulary of [value, ...spellings]. */
export function lookup<T>(text: string, vocabulary: readonly (readonly [T, ...string[]])[]): T | null {
  const k = compactKey(text);
  if (k === "") return null;
  for (const [value, ...names] of vocabulary) if (names.some((n) => compactKeys(n).includes(k))) return value;
  return null;
}

/* ---------- numbers in text ---------- */

/** A number typed with an optional trailing `%` (targets are in the indicator's unit). */
export function parseNumberCell(text: string): number | null {
  const t = text.trim();
  return parseNumberText(t.endsWith("%") ? t.slice(0, -1) : t);
}

/* ---------- comparators ---------- */

export const COMPARATORS: readonly (readonly [Comparator, ...string[]])[] = [
  [">=", "≥", ">=", "=>", "mindst", "at least"],
  [">", ">", "over", "mere end", "more than"],
  ["<=", "≤", "<=", "=<", "højst", "at most"],
];
export const formatComparator = (c: Comparator): string => (c === ">=" ? "≥" : c === "<=" ? "≤" : ">");

/* ---------- fulfilment rules ---------- */

export const RULE_WORDS = {
  proportional: "andel af mål",
  threshold: "nået/ikke nået",
  steps: "trin",
  checklist: "tjekliste",
} as const;

const SIMPLE_RULES: readonly (readonly [Rule["kind"], ...string[]])[] = [
  ["proportional", "andel af mål", "andel af måltal", "realiseret/måltal", "proportional", "share of target"],
  ["threshold", "nået/ikke nået", "nået", "tærskel", "threshold", "met/not met"],
  ["checklist", "tjekliste", "checklist"],
];

/** Split `head: rest` on the first colon (or the first space after a known head word). */
function splitHead(text: string, head: readonly string[]): string | null {
  const t = text.trim();
  const colon = t.indexOf(":");
  const first = colon >= 0 ? t.slice(0, colon) : (t.split(/\s+/, 1)[0] ?? "");
  if (!head.some((h) => compactKeys(h).includes(compactKey(first)))) return null;
  return colon >= 0 ? t.slice(colon + 1) : t.slice(first.length);
}

export function parseRule(text: string): Parsed<Rule> {
  const simple = lookup(text, SIMPLE_RULES);
  if (simple === "proportional") return ok({ kind: "proportional" });
  if (simple === "threshold") return ok({ kind: "threshold" });
  if (simple === "checklist") return ok({ kind: "checklist" });

  const steps = splitHead(text, ["trin", "steps"]);
  if (steps !== null) {
    const parts = steps
      .split(";")
      .map((p) => p.trim())
      .filter((p) => p !== "");
    if (parts.length === 0 || parts.length > 20) return bad("rule-steps");
    const out: { atLeast: number; pct: number }[] = [];
    for (const p of parts) {
      const eq = p.indexOf("=");
      if (eq < 0) return bad("rule-steps");
      const atLeast = parseNumberCell(p.slice(0, eq));
      const pct = parseNumberCell(p.slice(eq + 1));
      if (atLeast === null || pct === null) return bad("rule-steps");
      if (pct < 0 || pct > 100) return bad("rule-steps-pct");
      out.push({ atLeast, pct });
    }
    return ok({ kind: "steps", steps: out });
  }

  const check = splitHead(text, ["tjekliste", "checklist"]);
  if (check !== null) {
    const rest = check.trim().replace(/^\(|\)$/g, "");
    const m = /^(krævet|kraevet|required)\s*=?\s*(\d+)$/i.exec(rest.trim());
    const n = m ? Number(m[2]) : NaN;
    if (!Number.isInteger(n) || n < 1) return bad("rule-checklist");
    return ok({ kind: "checklist", requiredDone: n });
  }
  return bad("rule-unknown");
}

export function formatRule(rule: Rule): string {
  switch (rule.kind) {
    case "proportional":
    case "threshold":
      return RULE_WORDS[rule.kind];
    case "steps":
      return `trin: ${rule.steps.map((s) => `${formatNumber(s.atLeast)}=${formatNumber(s.pct)}`).join("; ")}`;
    case "checklist":
      return rule.requiredDone ? `tjekliste: krævet ${rule.requiredDone}` : "tjekliste";
  }
}

/** The rule a document states none for (DESIGN.md §2), by measure kind. */
export function defaultRule(kind: Measure["kind"]): Rule {
  switch (kind) {
    case "count":
    case "distinct":
    case "sum":
    case "keyRatio":
      return { kind: "proportional" };
    case "checklist":
      return { kind: "checklist" };
    default:
      return { kind: "threshold" };
  }
}

/* ---------- targets ---------- */

export function parseTarget(text: string): Parsed<TargetValue> {
  const n = parseNumberCell(text);
  if (n !== null) return ok(n);
  const opt = splitHead(text, ["indstilling", "option"]);
  if (opt !== null) {
    const id = opt.trim();
    return id === "" || id.length > 64 ? bad("target-option") : ok({ option: id });
  }
  const t = text.trim();
  const head = /^(efter|by)\s+/i.exec(t);
  if (head) {
    const colon = t.indexOf(":");
    const param = colon >= 0 ? t.slice(head[0].length, colon).trim() : "";
    if (param === "" || param.length > 64) return bad("target-param");
    const values: Record<string, number> = {};
    const parts = t
      .slice(colon + 1)
      .split(";")
      .map((p) => p.trim())
      .filter((p) => p !== "");
    if (parts.length === 0 || parts.length > 50) return bad("target-param");
    for (const p of parts) {
      const eq = p.lastIndexOf("=");
      const key = eq > 0 ? p.slice(0, eq).trim() : "";
      const v = eq > 0 ? parseNumberCell(p.slice(eq + 1)) : null;
      if (key === "" || v === null) return bad("target-param");
      values[key] = v;
    }
    return ok({ param, values });
  }
  return bad("target-unknown");
}

/** A numeric target stays a number cell; the others are text. */
export function formatTarget(value: TargetValue): string | number {
  if (typeof value === "number") return value;
  if ("option" in value) return `indstilling: ${value.option}`;
  const parts = Object.entries(value.values).map(([k, v]) => `${k}=${formatNumber(v)}`);
  return `efter ${value.param}: ${parts.join("; ")}`;
}

/* ---------- conditions on options: `npsOmfang = "pr-segment"` ---------- */

export interface When {
  readonly option: string;
  readonly equals: string | number | boolean;
}

export function parseWhen(text: string): Parsed<When> {
  const t = text.trim();
  const eq = t.indexOf("=");
  if (eq <= 0) return bad("when-syntax");
  const option = t.slice(0, eq).trim();
  const raw = t.slice(eq + 1).trim();
  if (option === "" || option.length > 64 || raw === "") return bad("when-syntax");
  const q = raw[0] as string;
  const close = q === '"' ? '"' : q === "“" || q === "„" ? "”" : null;
  if (close !== null) {
    const end = raw.length - 1;
    if (end < 1 || !(raw[end] === close || raw[end] === '"' || raw[end] === "“")) return bad("when-syntax");
    return ok({ option, equals: raw.slice(1, end).split('""').join('"') });
  }
  const yes = lookup(raw, [
    [true, "ja", "sand", "true"],
    [false, "nej", "falsk", "false"],
  ] as const);
  if (yes !== null) return ok({ option, equals: yes });
  const n = parseNumberText(raw);
  if (n !== null) return ok({ option, equals: n });
  // A bare word is read as text: `npsOmfang = samlet`.
  return ok({ option, equals: raw });
}

export function formatWhen(w: When): string {
  const v =
    typeof w.equals === "string"
      ? quoteText(w.equals)
      : typeof w.equals === "number"
        ? formatNumber(w.equals)
        : w.equals
          ? "ja"
          : "nej";
  return `${w.option} = ${v}`;
}

/* ---------- indicator kinds ---------- */

/** What the `Indikator` column says: the measure kind and its small qualifiers. */
export interface IndicatorKind {
  readonly kind: Measure["kind"];
  /** `fordeling (relativ)`. */
  readonly relative?: boolean;
  /** `tjekliste (delvist = 0,5)`. */
  readonly partialCredit?: number;
}

export const INDICATOR_KINDS: readonly (readonly [Measure["kind"], ...string[]])[] = [
  ["nps", "nps", "net promoter score"],
  ["share", "andel", "share"],
  ["count", "antal", "count"],
  ["distinct", "antal virksomheder", "antal forskellige", "distinct", "companies"],
  ["sum", "sum"],
  ["keyFigure", "nøgletal", "key figure"],
  ["keyRatio", "forhold", "ratio"],
  ["distribution", "fordeling", "distribution"],
  ["controlGroup", "kontrolgruppe", "control group"],
  ["checklist", "tjekliste", "checklist"],
];

export const KIND_WORD: Readonly<Record<Measure["kind"], string>> = {
  nps: "nps",
  share: "andel",
  count: "antal",
  distinct: "antal virksomheder",
  sum: "sum",
  keyFigure: "nøgletal",
  keyRatio: "forhold",
  distribution: "fordeling",
  controlGroup: "kontrolgruppe",
  checklist: "tjekliste",
};

export function parseIndicatorKind(text: string): Parsed<IndicatorKind> {
  const t = text.trim();
  const open = t.indexOf("(");
  const head = open >= 0 ? t.slice(0, open) : t;
  const qualifier = open >= 0 ? t.slice(open + 1, t.endsWith(")") ? -1 : undefined).trim() : "";
  const kind = lookup(head, INDICATOR_KINDS);
  if (kind === null) return bad("kind-unknown");
  if (qualifier === "") return ok({ kind });
  if (kind === "distribution") {
    const q = lookup(qualifier, [
      [true, "relativ", "relative"],
      [false, "point", "procentpoint", "points"],
    ] as const);
    return q === null ? bad("kind-qualifier") : ok({ kind, relative: q });
  }
  if (kind === "checklist") {
    const eq = qualifier.indexOf("=");
    const word = eq >= 0 ? qualifier.slice(0, eq) : qualifier.replace(/[\d,.\s]+$/, "");
    const num = eq >= 0 ? qualifier.slice(eq + 1) : qualifier.slice(word.length);
    const credit = parseNumberText(num);
    if (lookup(word, [[true, "delvist", "delvis", "partial"]] as const) === null || credit === null)
      return bad("kind-qualifier");
    if (credit < 0 || credit > 1) return bad("kind-partial");
    return ok({ kind, partialCredit: credit });
  }
  return bad("kind-qualifier");
}

export function formatIndicatorKind(m: Measure): string {
  if (m.kind === "distribution" && m.deviation === "relative") return "fordeling (relativ)";
  if (m.kind === "checklist" && m.partialCredit !== 0) return `tjekliste (delvist = ${formatNumber(m.partialCredit)})`;
  return KIND_WORD[m.kind];
}

/* ---------- small vocabularies ---------- */

export const UNITS: readonly (readonly [Unit, ...string[]])[] = [
  ["antal", "antal", "stk", "count"],
  ["procent", "procent", "%", "pct", "percent"],
  ["point", "point", "points"],
  ["procentpoint", "procentpoint", "pp", "percentage points"],
  ["faktor", "faktor", "factor", "ratio"],
  ["virksomheder", "virksomheder", "companies"],
  ["aktiviteter", "aktiviteter", "activities"],
];
export const UNIT_IDS: readonly Unit[] = UnitSchema.options;

export const DEFAULT_UNIT: Readonly<Record<Measure["kind"], Unit>> = {
  nps: "point",
  share: "procent",
  count: "antal",
  distinct: "virksomheder",
  sum: "antal",
  keyFigure: "procent",
  keyRatio: "faktor",
  distribution: "procentpoint",
  controlGroup: "procentpoint",
  checklist: "aktiviteter",
};

export type Group = "national" | "faelles" | "lokal" | "regional";
export const GROUPS: readonly (readonly [Group, ...string[]])[] = [
  ["national", "national", "nationalt"],
  ["faelles", "fælles", "faelles", "common"],
  ["lokal", "lokal", "lokalt", "local"],
  ["regional", "regional", "regionalt"],
];
export const GROUP_WORD: Readonly<Record<Group, string>> = {
  national: "national",
  faelles: "fælles",
  lokal: "lokal",
  regional: "regional",
};

export type Registration = "2024-2027" | "2019-2020" | "none";
export const REGISTRATIONS: readonly (readonly [Registration, ...string[]])[] = [
  ["2024-2027", "2024-2027", "2024–2027", "rammeaftale 2024-2027"],
  ["2019-2020", "2019-2020", "2019–2020", "rammeaftale 2019-2020"],
  ["none", "ingen", "none"],
];
export const REGISTRATION_WORD: Readonly<Record<Registration, string>> = {
  "2024-2027": "2024-2027",
  "2019-2020": "2019-2020",
  none: "ingen",
};

export const PACES: readonly (readonly ["proRata" | "level", ...string[]])[] = [
  ["proRata", "pro rata", "prorata", "forholdsmæssigt"],
  ["level", "niveau", "level"],
];
export const PACE_WORD = { proRata: "pro rata", level: "niveau" } as const;

export const YES_NO: readonly (readonly [boolean, ...string[]])[] = [
  [true, "ja", "j", "x", "sand", "true", "yes", "1"],
  [false, "nej", "n", "falsk", "false", "no", "0"],
];

/* ---------- notes: one per line, `[standard] tekst` ---------- */

export const NOTE_KINDS: readonly (readonly [Note["kind"], ...string[]])[] = [
  ["default", "standard", "default"],
  ["inconsistency", "uoverensstemmelse", "inconsistency"],
  ["ambiguity", "tvetydighed", "ambiguity"],
  ["source", "kilde", "source"],
  ["info", "info", "note"],
];
export const NOTE_WORD: Readonly<Record<Note["kind"], string>> = {
  default: "standard",
  inconsistency: "uoverensstemmelse",
  ambiguity: "tvetydighed",
  source: "kilde",
  info: "info",
};

export interface NoteText {
  readonly kind: Note["kind"];
  readonly text: string;
}

/**
 * Notes from a cell: a line starting `[kind]` starts a note; other lines continue the note
 * before them (or start an `info` note).
 */
export function parseNotes(text: string): NoteText[] {
  const out: { kind: Note["kind"]; text: string }[] = [];
  for (const line of text.replace(/\r\n?/g, "\n").split("\n")) {
    const m = /^\s*\[([^\]]{1,30})\]\s?/.exec(line);
    const kind = m ? lookup(m[1] as string, NOTE_KINDS) : null;
    if (m && kind !== null) out.push({ kind, text: line.slice(m[0].length) });
    else if (out.length > 0) (out[out.length - 1] as { text: string }).text += `\n${line}`;
    else if (line.trim() !== "") out.push({ kind: "info", text: line });
  }
  return out.map((n) => ({ kind: n.kind, text: n.text.trimEnd() }));
}

export const formatNotes = (notes: readonly NoteText[]): string =>
  notes.map((n) => `[${NOTE_WORD[n.kind]}] ${n.text}`).join("\n");
