/**
 * The small cell languages of the `Kontrakt` sheet besides filters: fulfilment rules
 * (`trin: 60=100; 50=50`), targets (`70`, `efter hus: sjaelland=171; fyn=94`), conditions
 * (`npsOmfang = "pr-segment"`), comparators, indicator kinds and notes. Each has a parser that
 * returns a reason code instead of throwing, and a formatter whose output it reads back.
 */
import type { Comparator, Note, Rule, TargetValue, Unit } from "../contract/parts";
import { UnitSchema } from "../contract/parts";
import type { Measure } from "../contract/schema";
import { formatKindCell, kindWords, parseKindCell } from "../measures/_lib/kind-cell";
import type { KindCell } from "../measures/_lib/sheet";
import { MEASURES } from "../measures/registry";
import { bad, compactKey, compactKeys, lookup, ok, type Parsed } from "./lookup";
import { formatNumber, parseNumberText } from "./numbers";
import { quoteText } from "./filter/format";

export { compactKey, lookup, type Parsed } from "./lookup";

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

/* ---------- indicator kinds: the words of the measure kinds (src/domain/measures/) ---------- */

/** What the `Indikator` column says: the measure kind and its qualifier's values (`{ kind, relative }`). */
export type IndicatorKind = KindCell & { readonly kind: Measure["kind"] };

export const KIND_WORD: Readonly<Record<Measure["kind"], string>> = kindWords(MEASURES.list);

export const parseIndicatorKind = (text: string): Parsed<IndicatorKind> => parseKindCell(MEASURES.list, text);

export const formatIndicatorKind = (m: Measure): string => formatKindCell(MEASURES.kindOf(m), m);

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
