/**
 * Test helper: the catalogues as tests read them — per rule or key, the text in every language
 * of `LANGS` — built from the registered locales (the Jest setup registers them all).
 */
import { AUTHORING_RULES, type AuthoringReason, type AuthoringRule } from "../../domain/authoring/messages";
import { RULES, RULE_IDS, type RuleId } from "../../domain/checks/rules";
import type { Severity } from "../../domain/findings";
import type { FindingText, Locale } from "../locale";
import type { PaneKey } from "../keys/pane";
import type { StringKey } from "../keys/strings";
import { LANGS, type Lang } from ".";
import { localeOf } from "./registry";

type PerLang<T> = Readonly<Record<Lang, T>>;
const perLang = <T>(pick: (l: Locale) => T): PerLang<T> =>
  Object.fromEntries(LANGS.map((lang) => [lang, pick(localeOf(lang))])) as Record<Lang, T>;
const keysOf = <K extends string>(table: Readonly<Record<K, unknown>>): K[] => Object.keys(table) as K[];

export const FINDINGS: Readonly<Record<RuleId, { readonly severity: Severity } & PerLang<FindingText>>> =
  Object.fromEntries(
    RULE_IDS.map((rule) => [rule, { severity: RULES[rule], ...perLang((l) => l.findings.rules[rule]) }]),
  ) as Record<RuleId, { readonly severity: Severity } & PerLang<FindingText>>;

/** The shared strings: per language, the table. */
export const STRINGS: PerLang<Readonly<Record<StringKey, string>>> = perLang((l) => l.strings);

/** The pane's strings: per key, the text in each language. */
export const PANE_STRINGS: Readonly<Record<PaneKey, PerLang<string>>> = Object.fromEntries(
  keysOf(localeOf("da").pane).map((k) => [k, perLang((l) => l.pane[k])]),
) as Record<PaneKey, PerLang<string>>;

export const AUTHORING_FINDINGS: Readonly<Record<AuthoringRule, { readonly severity: Severity } & PerLang<string>>> =
  Object.fromEntries(
    keysOf(AUTHORING_RULES).map((r) => [r, { severity: AUTHORING_RULES[r], ...perLang((l) => l.authoring.rules[r]) }]),
  ) as Record<AuthoringRule, { readonly severity: Severity } & PerLang<string>>;

export const AUTHORING_REASONS: Readonly<Record<AuthoringReason, PerLang<string>>> = Object.fromEntries(
  keysOf(localeOf("da").authoring.reasons).map((r) => [r, perLang((l) => l.authoring.reasons[r])]),
) as Record<AuthoringReason, PerLang<string>>;
