/**
 * The "new contract" form as data: which fields it has (each goal's title, each indicator's name
 * and target), what they show, and the contract they make. Targets are typed as text, so a
 * Danish `45,5` (or `1.200`) is a number and `4x` is a problem at its JSON path instead of a
 * lost keystroke; everything else is checked by the contract's own `checkContract`.
 */
import { parseNumberText } from "../app/authoring";
import { LANGS, localeOf, textIn } from "../i18n";
import type { Comparator, Contract, ContractImport, Indicator, LangText } from "../app/types";
import type { Draft, DraftProblem } from "./state";
import { inEveryLang, t, type Lang } from "./strings";

export type FieldKind = "text" | "number";

export interface DraftField {
  /** Key in `Draft.texts`. */
  readonly key: string;
  /** JSON path of the value, as the contract check names it. */
  readonly path: string;
  readonly kind: FieldKind;
  /** For targets: the comparator and, for a target per parameter value, that value. */
  readonly op?: Comparator;
  readonly param?: { readonly id: string; readonly value: string };
}

const OP: Readonly<Record<Comparator, string>> = { ">=": "≥", ">": ">", "<=": "≤" };
export const opText = (op: Comparator): string => OP[op];

/**
 * Goal titles and indicator names are edited in the pane's language (a language without the
 * text shows the Danish one). A field's key names the text in Danish (`g0.title`) or in another
 * language (`g0.titleEn`); its path is the language's text in the contract (`$.goals[0].title.en`).
 */
const keyIn = (name: string, lang: Lang) => (lang === "da" ? name : `${name}${lang[0]?.toUpperCase()}${lang.slice(1)}`);

export const goalTitleField = (g: number, lang: Lang): DraftField => ({
  key: `g${g}.${keyIn("title", lang)}`,
  path: `$.goals[${g}].title.${lang}`,
  kind: "text",
});

export const labelField = (g: number, i: number, lang: Lang): DraftField => ({
  key: `g${g}.i${i}.${keyIn("label", lang)}`,
  path: `$.goals[${g}].indicators[${i}].label.${lang}`,
  kind: "text",
});

/** The target fields of an indicator: one number, one per parameter value, or none (set by an option). */
export function targetFields(g: number, i: number, ind: Indicator): DraftField[] {
  const base = `$.goals[${g}].indicators[${i}].target.value`;
  const { op, value } = ind.target;
  if (typeof value === "number") return [{ key: `g${g}.i${i}.target`, path: base, kind: "number", op }];
  if ("param" in value)
    return Object.keys(value.values).map((v) => ({
      key: `g${g}.i${i}.target.${v}`,
      path: `${base}.values.${v}`,
      kind: "number",
      op,
      param: { id: value.param, value: v },
    }));
  return [];
}

/** A number as the form shows it: the language's decimal mark, no thousands separator. */
export const numberText = (n: number, lang: Lang): string => String(n).replace(".", localeOf(lang).number.decimal);

/** What a field shows: the user's text, else the base contract's value. */
export function fieldText(draft: Draft, field: DraftField, lang: Lang): string {
  const typed = draft.texts[field.key];
  if (typed !== undefined) return typed;
  return baseValue(draft.base, field, lang);
}

function baseValue(c: Contract, field: DraftField, lang: Lang): string {
  const m = /^g(\d+)(?:\.i(\d+))?\.(\w+)(?:\.(.+))?$/.exec(field.key);
  const goal = c.goals[Number(m?.[1])];
  if (!m || !goal) return "";
  if (m[2] === undefined) return textIn(goal.title, lang);
  const ind = goal.indicators[Number(m[2])];
  if (!ind) return "";
  if (m[3] !== "target") return textIn(ind.label, lang);
  const v = ind.target.value;
  if (typeof v === "number") return numberText(v, lang);
  if ("param" in v && m[4] !== undefined) {
    const n = v.values[m[4]];
    return n === undefined ? "" : numberText(n, lang);
  }
  return "";
}

const problem = (where: string, key: "authorNotANumber", params: Record<string, string>): DraftProblem => ({
  severity: "error",
  where,
  message: inEveryLang((lang) => t(key, lang, params)),
});

/**
 * The contract the form makes (the base with the typed texts), and the texts that are not
 * numbers where a number belongs. Does not change the draft.
 */
export function draftContract(draft: Draft): { contract: Contract; problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  const text = (f: DraftField): string | undefined => draft.texts[f.key];
  const number = (f: DraftField, old: number): number => {
    const typed = text(f);
    if (typed === undefined) return old;
    const n = parseNumberText(typed);
    if (n === null) problems.push(problem(f.path, "authorNotANumber", { text: typed }));
    return n ?? old;
  };
  // Texts typed in any language are kept (the form shows the pane's).
  const typed = (field: (lang: Lang) => DraftField, old: LangText): LangText => ({
    ...old,
    ...Object.fromEntries(
      LANGS.flatMap((lang) => (text(field(lang)) === undefined ? [] : [[lang, text(field(lang))]])),
    ),
  });
  const goals = draft.base.goals.map((goal, g) => {
    const indicators = goal.indicators.map((ind, i) => {
      const fields = targetFields(g, i, ind);
      const v = ind.target.value;
      const value =
        typeof v === "number"
          ? number(fields[0]!, v)
          : "param" in v
            ? {
                ...v,
                values: Object.fromEntries(
                  Object.entries(v.values).map(([k, n]) => [
                    k,
                    number(
                      fields.find((f) => f.param?.value === k)!,
                      n,
                    ),
                  ]),
                ),
              }
            : v;
      return { ...ind, label: typed((lang) => labelField(g, i, lang), ind.label), target: { ...ind.target, value } };
    });
    return { ...goal, title: typed((lang) => goalTitleField(g, lang), goal.title), indicators };
  });
  return { contract: { ...draft.base, goals }, problems };
}

/** The problems of a checked contract, as the form lists them. */
export const checkProblems = (checked: ContractImport): DraftProblem[] =>
  (checked.ok ? checked.warnings : checked.errors).map((p) => ({
    severity: p.severity,
    where: p.path,
    message: p.message,
  }));

/** Next year's id and title for a copy: the year in them moved on, or added. */
export function suggestCopy(
  c: { id: string; title: LangText; year: number | null } | undefined,
  today: string,
): { id: string; title: string; year: string } {
  const next = c?.year !== null && c?.year !== undefined ? c.year + 1 : Number(today.slice(0, 4)) + 1;
  if (!c) return { id: "", title: "", year: String(next) };
  const old = c.year === null ? null : String(c.year);
  const id = old && c.id.includes(old) ? c.id.split(old).join(String(next)) : `${c.id}-${next}`.slice(0, 64);
  const da = c.title.da;
  const title = old && da.includes(old) ? da.split(old).join(String(next)) : `${da} ${next}`;
  return { id, title, year: String(next) };
}
