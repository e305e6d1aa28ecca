/**
 * `formatFilter`: a `Filter` back to the text of the filter language, so a library contract
 * can be shown and edited in a `Kontrakt` sheet. `parseFilter(formatFilter(f))` gives `f` back.
 */
import type { Filter } from "../../contract/schema";
import type { Role } from "../../model";
import { fieldById, fieldHeader } from "../names";
import { formatIsoDate, formatNumber } from "../numbers";

export interface FormatFilterOptions {
  /** The table the filter runs on, for its Danish column headers. */
  readonly role?: Role;
}

/** Text in straight quotes; a quote inside is doubled, as in Excel. */
export const quoteText = (s: string): string => `"${s.split('"').join('""')}"`;

function numberFor(field: string, value: number, role: Role | undefined): string {
  if (fieldById(field, role)?.type === "date") {
    const iso = formatIsoDate(value);
    if (iso !== null) return iso;
  }
  return formatNumber(value);
}

const SYMBOL = { gte: ">=", lte: "<=", gt: ">", lt: "<", eq: "=" } as const;

export function formatFilter(filter: Filter, options: FormatFilterOptions = {}): string {
  const role = options.role;
  const name = (field: string) => fieldHeader(field, role);
  const nested = (f: Filter): string => (f.op === "all" || f.op === "any" ? `(${fmt(f)})` : fmt(f));
  const fmt = (f: Filter): string => {
    switch (f.op) {
      case "all":
      case "any":
        if (f.of.length === 1) return `${f.op === "all" ? "alle" : "en af"} (${fmt(f.of[0] as Filter)})`;
        return f.of.map(nested).join(f.op === "all" ? " og " : " eller ");
      case "not":
        return `ikke ${nested(f.of)}`;
      case "in":
      case "notIn":
        if (f.values.length === 1)
          return `${name(f.field)} ${f.op === "in" ? "=" : "≠"} ${quoteText(f.values[0] as string)}`;
        return `${name(f.field)} ${f.op === "in" ? "i" : "ikke i"} (${f.values.map(quoteText).join("; ")})`;
      case "blank":
        return `${name(f.field)} er tom`;
      case "notBlank":
        return `${name(f.field)} er udfyldt`;
      case "contains":
        return `${name(f.field)} indeholder ${quoteText(f.value)}`;
      case "gte":
      case "lte":
      case "gt":
      case "lt":
      case "eq":
        return `${name(f.field)} ${SYMBOL[f.op]} ${numberFor(f.field, f.value, role)}`;
      case "companyAgeUnder":
        return `virksomhedsalder < ${formatNumber(f.years)} år`;
    }
  };
  return fmt(filter);
}
