/**
 * The documented JSON of `kontrakttjek evaluate --json` (README "JSON output"): shares and NPS
 * as percentage numbers, fulfilment 0–100, Danish status words, findings with their message.
 */
import type { EvaluationResult } from "../domain/engine/types";
import type { Finding } from "../domain/findings";
import { formatFinding, type Lang } from "../i18n";

export const findingJson = (f: Finding, lang: Lang) => ({
  severity: f.severity,
  rule: f.rule,
  sheet: f.sheet,
  table: f.table,
  row: f.row,
  column: f.column,
  value: f.value,
  message: formatFinding(f, lang),
});

export function evaluationJson(r: EvaluationResult, lang: Lang) {
  return {
    contract: r.contract,
    title: r.title,
    period: { kind: r.period.kind, year: r.period.year },
    params: r.params,
    options: r.options,
    goals: r.goals.map((g) => ({
      id: g.id,
      title: g.title,
      fulfilmentPct: g.fulfilmentPct,
      status: g.status,
      // Some but not all weighted parts have data: fulfilmentPct is then a lower bound.
      partial: g.partial,
      notes: g.notes,
      pace: g.pace,
      indicators: g.indicators.map((i) => ({
        id: i.id,
        label: i.label,
        value: i.value,
        target: i.target,
        op: i.op,
        unit: i.unit,
        fulfilmentPct: i.fulfilmentPct,
        uncappedPct: i.uncappedPct,
        status: i.status,
        weight: i.weight,
        whatIf: i.whatIf,
        whatIfHalf: i.whatIfHalf,
        pace: i.pace,
        notes: i.notes,
      })),
    })),
    findings: r.findings.map((f) => findingJson(f, lang)),
  };
}
