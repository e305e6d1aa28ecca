/**
 * A finding in words: the texts of its rule (each locale's `findings`), with where it is in
 * front. The catalogue is typed by the checks' `RuleId`, so a rule without texts fails the
 * type check.
 */
import type { RuleId } from "../../domain/checks/rules";
import type { Finding } from "../../domain/findings";
import { fill, type FillValues } from "../fill";
import type { FindingText } from "../locale";
import type { Lang } from "../locales";
import { localeOf } from "../locales/registry";

const lookup = (rule: string, lang: Lang): FindingText | undefined => {
  const rules = localeOf(lang).findings.rules;
  return Object.prototype.hasOwnProperty.call(rules, rule) ? rules[rule as RuleId] : undefined;
};

/** A place phrase with its one value put in as it is (a row number as Excel shows it). */
const at = (phrase: string, value: string | number): string => phrase.replace(/\{\w+\}/, () => String(value));

/**
 * @name findingTitle
 * @category i18n
 * @summary The short title of a rule in the language ("CVR-nummer fejler kontrolcifferet");
 * the rule id itself for an unknown rule.
 */
export const findingTitle = (rule: string, lang: Lang): string => lookup(rule, lang)?.title ?? rule;

/** Where a finding is: sheet, Excel row and column when known (`inRow`: the column only). */
function location(f: Finding, lang: Lang, inRow: boolean): string {
  const place = localeOf(lang).findings.place;
  const parts: string[] = [];
  if (inRow) {
    const column = f.column ? at(place.column, f.column) : "";
    return column === "" ? "" : `${column.charAt(0).toLocaleUpperCase(lang)}${column.slice(1)}: `;
  }
  if (f.sheet) parts.push(at(place.sheet, f.sheet));
  else if (f.table) parts.push(at(place.table, f.table));
  if (f.row !== null && f.row !== undefined) {
    parts.push(at(place.row, f.row));
    if (f.column) parts.push(at(place.column, f.column));
  }
  return parts.length === 0 ? "" : `${parts.join(", ")}: `;
}

/**
 * @name formatFinding
 * @category i18n
 * @summary A finding as one sentence for the user: where (sheet, Excel row, column), what is
 * wrong and what to do, in the language.
 *
 * @description Uses the catalogue text of the finding's rule; an unknown rule gets a generic
 * text naming it. Numbers and dates in the parameters are written the language's way. Never
 * throws, whatever the finding holds. `inRow`: for a cell in the finding's own row (the `Kontrol`
 * column), where only the column is said.
 *
 * @example
 * formatFinding({ severity: "error", rule: "cvr-check-digit", sheet: "Forløb", table: "Forloeb",
 *   row: 7, column: "CVR-nummer", value: "12345675" }, "da")
 * //=> 'Ark "Forløb", række 7, kolonne "CVR-nummer": CVR-nummeret "12345675" fejler kontrollen (modulus 11) …'
 */
export function formatFinding(f: Finding, lang: Lang, options: { readonly inRow?: boolean } = {}): string {
  try {
    const l = lang;
    const text = lookup(f.rule, l) ?? localeOf(l).findings.generic;
    // Row numbers stay as Excel shows them (no thousands separator).
    const params = Object.fromEntries(
      Object.entries(f.params ?? {}).map(([k, v]) => [k, /rows?$/i.test(k) ? String(v) : v]),
    );
    const ref = typeof params.rule === "string" ? params.rule : undefined;
    const values: FillValues = {
      ...params,
      // A workbook-level finding (no table found, a binding file naming a missing table) carries
      // the name only in its parameters: keep it rather than print "?".
      sheet: f.sheet ?? params.sheet,
      table: f.table ?? params.table,
      row: f.row,
      column: f.column,
      value: f.value ?? "",
      rule: ref ?? f.rule,
      ruleTitle: ref === undefined ? undefined : findingTitle(ref, l),
    };
    const alt = text.whenBlank;
    const blank = alt !== undefined && `${params[alt.param] ?? ""}`.trim() === "";
    return location(f, l, options.inRow === true) + fill(blank ? alt.message : text.message, values, l);
  } catch {
    return `${String((f as { rule?: unknown })?.rule ?? "?")}`;
  }
}
