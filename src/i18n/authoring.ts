/**
 * Authoring findings and contract-file problems in words (the texts: each locale's
 * `authoring`). `{reason}` renders the reason code in the `reason` parameter; `{what}` and
 * `{where}` render a noun code. Unknown codes and missing parameters never throw.
 */
import type { AuthoringNoun, AuthoringReason, AuthoringRule } from "../domain/authoring/messages";
import type { Finding } from "../domain/findings";
import { pluralize } from "./fill";
import type { Lang } from "./locales";
import { localeOf } from "./locales/registry";

type Params = Readonly<Record<string, string | number>>;
const has = (table: object, key: string): boolean => Object.prototype.hasOwnProperty.call(table, key);

function templateOf(code: string, lang: Lang): string | undefined {
  const { rules, reasons } = localeOf(lang).authoring;
  if (has(rules, code)) return rules[code as AuthoringRule];
  return has(reasons, code) ? reasons[code as AuthoringReason] : undefined;
}

/** Render an authoring code with its parameters in a language. */
export function renderAuthoringMessage(code: string, params: Params = {}, lang: Lang = "da"): string {
  const template = templateOf(code, lang);
  if (template === undefined) return code;
  const nouns = localeOf(lang).authoring.nouns;
  return pluralize(template, params, lang).replace(/\{(\w+)\}/g, (m, name: string) => {
    if (name === "reason" && typeof params.reason === "string" && params.reason !== code)
      return renderAuthoringMessage(params.reason, { ...params, reason: "" }, lang);
    const v = params[name];
    if ((name === "what" || name === "where") && typeof v === "string" && has(nouns, v))
      return nouns[v as AuthoringNoun];
    return v === undefined ? m : String(v);
  });
}

/** A sheet finding as one line: “Kontrakt, række 12, kolonne Filter: …”. */
export function describeAuthoringFinding(f: Finding, lang: Lang = "da"): string {
  const place = localeOf(lang).authoring.place;
  const where: string[] = [];
  if (f.sheet) where.push(f.sheet);
  if (f.row !== null) where.push(place.row.replace("{row}", () => String(f.row)));
  if (f.column) where.push(place.column.replace("{column}", () => String(f.column)));
  const message = renderAuthoringMessage(f.rule, { value: f.value ?? "", ...f.params }, lang);
  return where.length > 0 ? `${where.join(", ")}: ${message}` : message;
}
