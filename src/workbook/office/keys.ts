/**
 * Content keys (`../ownership/fingerprint.ts`) on Excel: of what a plan puts in a cell, and of
 * what a cell holds now as `range.formulas` gives it — a formula as its text with "=", anything
 * else as its value. Excel gives a text cell whose text starts with "=" the same way as a formula
 * (and an error constant as its text), so such an entry may stand for either.
 */
import { contentKey, hash32 } from "../ownership/fingerprint";
import type { PlanCell } from "../port";

const ERROR_LITERAL = /^#(N\/A|NUM!|DIV\/0!|VALUE!|REF!|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA)$/i;

export const textKey = (v: string): string => contentKey({ t: "string", v });

/** The key of what a plan cell writes; null when it writes nothing. */
export function plannedKey(cell: PlanCell): string | null {
  if (cell.kind === "formula") return contentKey({ t: "formula", f: cell.formula });
  const v = cell.value;
  if (v === null || v === "") return null;
  if (typeof v === "string") return textKey(v);
  if (typeof v === "number")
    // written as #NUM! (see `formulaEntry`)
    return Number.isFinite(v) ? contentKey({ t: "number", v }) : contentKey({ t: "error", v: "#NUM!" });
  return contentKey({ t: "bool", v });
}

/** The hash a written cell is recorded with. */
export const hashOf = (key: string): number => hash32(key);

/** Does a `formulas` entry hold anything? */
export const holds = (entry: unknown): boolean => entry !== null && entry !== undefined && entry !== "";

/** The keys a `formulas` entry may stand for (none when the cell is empty). */
export function presentKeys(entry: unknown): string[] {
  if (!holds(entry)) return [];
  if (typeof entry === "number") return [contentKey({ t: "number", v: entry })];
  if (typeof entry === "boolean") return [contentKey({ t: "bool", v: entry })];
  const s = String(entry);
  const keys = [textKey(s)];
  if (s.startsWith("=")) keys.push(contentKey({ t: "formula", f: s }));
  // a host that shows the quote prefix of a text cell
  if (s.startsWith("'")) keys.push(textKey(s.slice(1)));
  if (ERROR_LITERAL.test(s)) keys.push(contentKey({ t: "error", v: s }));
  return keys;
}

/** Does the cell still hold what was written (its recorded hash)? */
export const stillWritten = (entry: unknown, recorded: number): boolean =>
  presentKeys(entry).some((k) => hash32(k) === recorded);
