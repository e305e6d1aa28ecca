/**
 * The rows and words inputs are matched by: a `Nøgle` or `Aktivitet` text with its Excel row,
 * words shared (the headers' stems), goals named as the checklist names them.
 */
import { fold } from "../engine/fold";
import type { CellValue, Role, WorkbookData } from "../model";
import { headerStems } from "./match";

export interface Candidate {
  /** A header, `Nøgle` or `Aktivitet` text. */
  readonly text: string;
  readonly sheet: string;
  /** Column letters (a column) or null. */
  readonly column: string | null;
  /** Excel row number (a key figure or activity row) or null. */
  readonly row: number | null;
}

export const MAX_CANDIDATES = 3;
/** Words a workbook's name and the contract's share, for a match by words (as the headers' fuzzy score). */
export const MIN_WORDS = 0.6;

export const overlap = (a: readonly string[], b: readonly string[]): number => {
  if (a.length === 0 || b.length === 0) return 0;
  const sb = new Set(b);
  const common = a.filter((t) => sb.has(t)).length;
  return 0.25 * ((2 * common) / (a.length + b.length)) + 0.75 * (common / Math.min(a.length, b.length));
};

/** A name without what stands in parentheses or after a colon: "Kendskab til tilbud (blandt …)". */
export const withoutQualifiers = (text: string): string =>
  text
    .replace(/\([^)]*\)|\[[^\]]*\]/g, " ")
    .replace(/:.*$/, " ")
    .replace(/\s+/g, " ")
    .trim();

export const cellText = (v: CellValue | undefined): string =>
  typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "";

export const goalsText = (goals: readonly string[]) => ({ goals: goals.join(", "), goalCount: goals.length });

export const candidateParams = (cs: readonly Candidate[]) => {
  const [best, ...rest] = cs;
  return {
    candidate: best?.text ?? "",
    candidateColumn: best?.column ?? "",
    candidateRow: best?.row ?? "",
    candidateSheet: best?.sheet ?? "",
    more: rest.map((c) => `"${c.text}"`).join(", "),
  };
};

/** "Mål 6", "6", "mål 6." and "Goal 6" all name goal 6 (as the checklist reads them). */
export const goalKey = (s: string): string =>
  fold(s)
    .replace(/^(maal|mal|goal|delmaal)\s+/, "")
    .replace(/\s+/g, "");

export interface Row {
  readonly index: number;
  readonly text: string;
  readonly row: number;
}

/** The `Nøgle` or `Aktivitet` texts of a bound table, with their Excel rows. */
export function rowsOf(
  data: WorkbookData,
  role: Role,
  field: string,
  keep: (i: number) => boolean = () => true,
): Row[] {
  const t = data[role];
  const values = t?.columns[field]?.values ?? [];
  const out: Row[] = [];
  for (let i = 0; i < values.length; i++) {
    const text = cellText(values[i]);
    if (text !== "" && keep(i)) out.push({ index: i, text, row: (t?.firstRow ?? 0) + i });
  }
  return out;
}

/** Best rows by words shared with a name, best first. */
export function byWords(name: string, rows: readonly Row[]): { row: Row; score: number }[] {
  const want = headerStems(name);
  return rows
    .map((row) => ({ row, score: overlap(want, headerStems(row.text)) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.row.row - b.row.row);
}

export const rowCandidate = (sheet: string, r: Row): Candidate => ({ text: r.text, sheet, column: null, row: r.row });
