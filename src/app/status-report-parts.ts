/**
 * The pieces of the status report (`status-report.ts`) that are not its table: colours and number
 * formats, the notes and the `Metode` sheet they go to, row heights, the summary line.
 */
import type { Unit } from "../domain/contract/schema";
import type { EvaluationResult, GoalResult } from "../domain/engine/types";
import { ROLES, type WorkbookData } from "../domain/model";
import { localeOf, t, type Lang } from "../i18n";
import type { CellLook, PlanCell, StatusSheetPlan } from "../workbook/port";
import { columnLetters } from "../domain/columns";
import { excelText } from "./status-formulas";

/** Traffic-light colours (Excel's Good, Neutral and Bad cell styles; grey for no data) and the chart's. */
export const LIGHTS = {
  opfyldt: { fill: "C6EFCE", color: "006100", bar: "70AD47" },
  delvist: { fill: "FFEB9C", color: "9C5700", bar: "FFC000" },
  "ikke opfyldt": { fill: "FFC7CE", color: "9C0006", bar: "C00000" },
  "mangler data": { fill: "E7E6E6", color: "3A3838", bar: "A6A6A6" },
} as const;
export const GOAL_FILL = "DDEBF7";
export const HEAD_FILL = "1F4E79";

/** Number formats by unit: counts whole, shares and points with a decimal, factors with two. */
export const UNIT_FORMAT: Readonly<Record<Unit, string>> = {
  antal: "#,##0",
  virksomheder: "#,##0",
  aktiviteter: "#,##0",
  procent: '0.0" %"',
  point: "0.0",
  procentpoint: "0.00",
  faktor: "0.00",
};
export const v = (value: string | number | boolean | null, dress: Omit<PlanCell, "kind" | "value"> = {}): PlanCell => ({
  kind: "value",
  value,
  ...dress,
});
export const fx = (
  formula: string,
  cached: string | number | null,
  dress: Omit<PlanCell, "kind" | "value"> = {},
): PlanCell => ({
  kind: "formula",
  formula: `=${formula}`,
  cached,
  ...dress,
});
export const at = (column: number, row: number): string => `${columnLetters(column)}${row}`;

/** Notes numbered once each (the same note on many rows is one note), for the `Metode` sheet. */
export class NoteBook {
  readonly notes: { readonly text: string; readonly where: string[] }[] = [];
  private readonly index = new Map<string, number>();

  /** A note on this many rows or more is general: said once, not referred to from each row. */
  static readonly GENERAL = 4;

  isGeneral(n: number): boolean {
    return (this.notes[n - 1]?.where.length ?? 0) >= NoteBook.GENERAL;
  }

  refs(texts: readonly string[], where: string): number[] {
    const out: number[] = [];
    for (const text of texts) {
      let i = this.index.get(text);
      if (i === undefined) {
        i = this.notes.length;
        this.index.set(text, i);
        this.notes.push({ text, where: [] });
      }
      this.notes[i]?.where.push(where);
      if (!out.includes(i + 1)) out.push(i + 1);
    }
    return out;
  }
}

export const shortTitle = (id: string, title: string): string => {
  const s = `${id} ${title}`.replace(/\s+/g, " ").trim();
  return s.length <= 24 ? s : `${s.slice(0, 23).trimEnd()}…`;
};

/** The tables the figures come from, as the user named them. */
export const sourcesOf = (data: WorkbookData): string => {
  const seen = new Set<string>();
  for (const role of ROLES) {
    const table = data[role];
    if (table) seen.add(table.sheet);
  }
  return [...seen].join(", ");
};

const LINE_HEIGHT = 15;

/** Lines a text needs in a column `width` characters wide (proportional type: a little more than width). */
const linesOf = (text: string, width: number, bold: boolean): number => {
  const per = Math.max(4, Math.floor(width * (bold ? 1.1 : 1.25)));
  return text.split("\n").reduce((n, line) => {
    let lines = 1;
    let used = 0;
    for (const word of line.split(" ")) {
      const w = word.length;
      if (used > 0 && used + 1 + w > per) {
        lines++;
        used = w;
      } else used += (used > 0 ? 1 : 0) + w;
    }
    return n + lines;
  }, 0);
};

/** Heights of rows whose wrapped cells need more than one line, from the column widths. */
export function heightsOf(
  rows: readonly (readonly PlanCell[])[],
  widths: readonly number[],
): { row: number; height: number }[] {
  const out: { row: number; height: number }[] = [];
  rows.forEach((cells, r) => {
    let lines = 1;
    cells.forEach((cell, c) => {
      const value = cell.kind === "value" ? cell.value : cell.cached;
      if (!cell.look?.wrap || typeof value !== "string") return;
      const indent = cell.look.indent ? 3 * cell.look.indent : 0;
      lines = Math.max(lines, linesOf(value, (widths[c] ?? 9) - indent, cell.look.bold === true));
    });
    if (lines > 1) out.push({ row: r, height: lines * LINE_HEIGHT });
  });
  return out;
}

export function formatCount(n: number, lang: Lang): string {
  return n.toLocaleString(localeOf(lang).intl, { maximumFractionDigits: 0 });
}

export function countStatuses(goals: readonly GoalResult[]): {
  met: number;
  partly: number;
  not: number;
  missing: number;
} {
  const n = (s: GoalResult["status"]) => goals.filter((g) => g.status === s).length;
  return { met: n("opfyldt"), partly: n("delvist"), not: n("ikke opfyldt"), missing: n("mangler data") };
}

/** The summary line as a live formula over the goals' status cells; null when there are none. */
export function summaryFormula(
  lang: Lang,
  total: number,
  cells: readonly string[],
  word: (s: keyof typeof LIGHTS) => string,
): string | null {
  if (cells.length === 0) return null;
  const count = (s: keyof typeof LIGHTS): string => {
    const w = excelText(word(s));
    const terms =
      s === "mangler data" ? cells.map((c) => `(LEFT(${c},${word(s).length})=${w})`) : cells.map((c) => `(${c}=${w})`);
    return `(${terms.join("+")})`;
  };
  const parts: Record<string, string> = {
    total: String(total),
    met: count("opfyldt"),
    partly: count("delvist"),
    not: count("ikke opfyldt"),
    missing: count("mangler data"),
  };
  const template = t("statusSheet.reportSummary", lang, {
    total: "\u0000total\u0000",
    met: "\u0000met\u0000",
    partly: "\u0000partly\u0000",
    not: "\u0000not\u0000",
    missing: "\u0000missing\u0000",
  });
  const pieces = template
    .split("\u0000")
    .map((p, i) => (i % 2 === 1 ? (parts[p] ?? "0") : p === "" ? null : excelText(p)));
  return pieces.filter((p): p is string => p !== null).join("&");
}

/** The `Metode` sheet: every note once, numbered, with where it applies; then how the sheet works. */
export function methodSheet(
  notes: NoteBook,
  result: EvaluationResult,
  periodText: string,
  h1: boolean,
  lang: Lang,
): StatusSheetPlan {
  // top-aligned, as the report's rows: a note's number beside the first line of its texts
  const wrap: CellLook = { wrap: true, top: true };
  const head = (key: Parameters<typeof t>[0]): PlanCell =>
    v(t(key, lang), { format: "header", look: { bold: true, color: "FFFFFF", fill: HEAD_FILL } });
  const rows: PlanCell[][] = [
    [
      v(t("statusSheet.methodTitle", lang, { title: result.title }), {
        look: { bold: true, size: 14, color: HEAD_FILL },
      }),
    ],
    [v(periodText, { look: { bold: true } })],
    [v(t("statusSheet.footer", lang), { look: { italic: true } })],
    [],
    [head("statusSheet.methodNo"), head("statusSheet.methodWhere"), head("statusSheet.methodText")],
    ...notes.notes.map((n, i) => [
      v(i + 1, { numberFormat: "0", look: { top: true } }),
      v(clip(n.where.join("; "), 400), { look: wrap }),
      v(clip(n.text, 2000), { look: wrap }),
    ]),
  ];
  const widths = [7, 40, 100];
  return {
    name: t(h1 ? "statusSheet.methodSheetH1" : "statusSheet.methodSheetYear", lang),
    rows,
    widths,
    // wrapped notes get their rows' heights, as the report's rows do (a host does not grow them itself)
    page: { rowHeights: heightsOf(rows, widths), landscape: true },
  };
}

const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
