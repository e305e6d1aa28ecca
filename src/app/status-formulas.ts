/**
 * The status report's live formulas: an indicator's `Opfyldelse` from its `Måltal` and
 * `Realiseret`, its status, and a goal's fulfilment and status from its indicators' rows — the
 * engine's rules said in Excel, so editing a `Måltal` moves the figures and the traffic lights.
 */
import type { Rule } from "../domain/contract/schema";
import type { IndicatorResult } from "../domain/engine/types";
import { columnLetters } from "../domain/columns";
import { statusText, t, type Lang } from "../i18n";

/** Zero-based columns the formulas read: `Måltal`, `Realiseret`, `Opfyldelse`. */
export interface FormulaColumns {
  readonly target: number;
  readonly realised: number;
  readonly fulfilment: number;
}

const at = (column: number, row: number): string => `${columnLetters(column)}${row}`;

/** `Opfyldelse` before rounding, from `Måltal` and `Realiseret` of a row (Excel row number) with both filled in. */
export function fulfilmentCore(c: FormulaColumns, row: number, rule: Rule, op: IndicatorResult["op"]): string {
  const d = at(c.target, row);
  const e = at(c.realised, row);
  switch (rule.kind) {
    case "threshold":
      return `IF(${e}${op}${d},1,0)`;
    case "steps": {
      const steps = [...rule.steps].sort((a, b) => b.atLeast - a.atLeast);
      // The top step is the target itself: editing Måltal moves it.
      let expr = "0";
      for (let i = steps.length - 1; i >= 0; i--) {
        const s = steps[i];
        if (!s) continue;
        const bound = i === 0 ? d : String(s.atLeast);
        expr = `IF(${e}>=${bound},${s.pct / 100},${expr})`;
      }
      return expr;
    }
    case "proportional":
    case "checklist":
      if (op === "<=") return `IF(${e}<=${d},1,IF(${e}<=0,0,${d}/${e}))`;
      return `IF(${d}<=0,1,MIN(1,MAX(0,${e}/${d})))`;
  }
}

/**
 * Fulfilment as the sheet shows it (format "0.0%"): the engine's reported figure (to a hundredth
 * of a percent, never 100 % below it) rounded down to a tenth of a percent, so 99.95 % is never
 * shown "100,0 %" beside "delvist"; below 0.1 % kept as it is, so it still reads "delvist". The
 * status formulas test these values, which keep the engine's status (≥ 1 only when met, > 0 only
 * when something is).
 */
export const SHEET_PCT_DIGITS = 3;
const SMALL = 10 ** -SHEET_PCT_DIGITS;
// 10⁻¹⁰: a quotient a hair under its exact value (0.2739999…) is rounded down as the engine does (0.274).
const EPS = "0.0000000001";
const reported = (x: string): string => `IF(${x}<1,MIN(ROUND(${x},4),0.9999),${x})`;
const shownFormula = (x: string): string =>
  `IF(${x}<${SMALL},${x},ROUNDDOWN(${reported(x)}+${EPS},${SHEET_PCT_DIGITS}))`;

/** The value `shownFormula` gives for an engine fulfilment (0–100), as the cached result. */
export function sheetFraction(pct: number, keepSmall = true): number {
  const f = pct / 100;
  if (keepSmall && f > 0 && f < SMALL) return f;
  const scale = 10 ** SHEET_PCT_DIGITS;
  return Math.floor(f * scale + 1e-7) / scale;
}

/** `Opfyldelse` of an indicator row: empty while `Måltal` or `Realiseret` is. */
export function fulfilmentFormula(c: FormulaColumns, row: number, rule: Rule, op: IndicatorResult["op"]): string {
  const core = fulfilmentCore(c, row, rule, op);
  return `IF(OR(${at(c.realised, row)}="",${at(c.target, row)}=""),"",${rule.kind === "threshold" ? core : shownFormula(core)})`;
}

export const statusFormula = (c: FormulaColumns, row: number, lang: Lang): string => {
  const s = (status: string) => statusText(status, lang);
  const f = at(c.fulfilment, row);
  return `IF(${f}="","${s("mangler data")}",IF(${f}>=1,"${s("opfyldt")}",IF(${f}>0,"${s("delvist")}","${s("ikke opfyldt")}")))`;
};

/** A text constant of a formula. */
export const excelText = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** One indicator row of a goal that counts in its mean. */
export interface Member {
  /** Excel row number. */
  readonly row: number;
  readonly weight: number;
  /** Its fulfilment before rounding (the goal's mean is taken of these, as the engine's). */
  readonly core: string;
}

/** How many parts have data: `+0` makes one part's TRUE a number (Excel: TRUE=0 is FALSE, not 0=0). */
const knownParts = (c: FormulaColumns, members: readonly Member[]): string =>
  `${members.map((m) => `(${at(c.fulfilment, m.row)}<>"")`).join("+")}+0`;

/**
 * The goal's status: "mangler data (k af n delmål)" while any part lacks data — never "opfyldt"
 * on the parts that have data — else from its parts' shown fulfilment.
 */
export function goalStatusFormula(c: FormulaColumns, members: readonly Member[], lang: Lang): string {
  const s = (status: string) => excelText(statusText(status, lang));
  if (members.length === 0) return s("mangler data");
  const known = knownParts(c, members);
  const [before, after] = t("status.mangler-data-partial", lang, { known: "\u0000", total: members.length }).split(
    "\u0000",
  );
  const partial = `${excelText(before ?? "")}&(${known})&${excelText(after ?? "")}`;
  const all = members.map((m) => `${at(c.fulfilment, m.row)}>=1`).join(",");
  const any = members.map((m) => `${at(c.fulfilment, m.row)}>0`).join(",");
  return `IF((${known})=0,${s("mangler data")},IF((${known})<${members.length},${partial},IF(AND(${all}),${s("opfyldt")},IF(OR(${any}),${s("delvist")},${s("ikke opfyldt")}))))`;
}

/**
 * The goal's fulfilment: the weighted mean over all its parts, a part without data counting 0,
 * so the figure is never more than the data shows (as the engine's); from the parts' unrounded
 * fulfilment, so only the result is rounded down.
 */
export function goalFulfilmentFormula(c: FormulaColumns, members: readonly Member[]): string {
  if (members.length === 0) return `""`;
  const known = knownParts(c, members);
  const total = members.reduce((a, m) => a + m.weight, 0);
  const sum = members
    .map((m) => `IF(${at(c.fulfilment, m.row)}="",0,${m.core})${m.weight === 1 ? "" : `*${m.weight}`}`)
    .join("+");
  const mean = `(${sum})/${total}`;
  return `IF((${known})=0,"",ROUNDDOWN(${reported(mean)}+${EPS},${SHEET_PCT_DIGITS}))`;
}
