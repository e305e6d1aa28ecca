/**
 * Collects findings with a cap per (table, rule): a million bad rows must not make a million
 * findings. What is left out is counted and summarised in one `more-findings` per table and rule.
 * Hot loops call `accepts` first and build a finding's value and params only when it is kept.
 */
import type { Finding, Severity } from "../../findings";
import type { RuleId } from "../rules";

export interface TableLocation {
  readonly sheet: string;
  readonly table: string | null;
}

export type Params = Readonly<Record<string, string | number>>;

interface Count {
  kept: number;
  dropped: number;
  readonly severity: Severity;
}

export class FindingCollector {
  private readonly out: Finding[] = [];
  // Keyed by the location object itself: one per table, so no key string per call.
  private readonly counts = new Map<TableLocation, Map<RuleId, Count>>();

  constructor(private readonly maxPerRule: number) {}

  /**
   * True when a finding of this rule would be kept; false when the table is at the cap for it
   * (the finding is then counted as left out). Hot loops ask first so they build no message
   * data for findings that are only counted; a `true` must be followed by `add`.
   */
  accepts(loc: TableLocation, rule: RuleId, severity: Severity): boolean {
    const c = this.count(loc, rule, severity);
    if (c.kept < this.maxPerRule) return true;
    c.dropped++;
    return false;
  }

  private count(loc: TableLocation, rule: RuleId, severity: Severity): Count {
    let rules = this.counts.get(loc);
    if (rules === undefined) this.counts.set(loc, (rules = new Map()));
    let c = rules.get(rule);
    if (c === undefined) rules.set(rule, (c = { kept: 0, dropped: 0, severity }));
    return c;
  }

  add(
    loc: TableLocation,
    rule: RuleId,
    severity: Severity,
    row: number | null,
    column: string | null,
    value: string | null,
    params?: Params,
  ): void {
    const c = this.count(loc, rule, severity);
    if (c.kept >= this.maxPerRule) {
      c.dropped++;
      return;
    }
    c.kept++;
    const f: Finding = {
      severity,
      rule,
      sheet: loc.sheet,
      table: loc.table,
      row,
      column,
      value,
    };
    this.out.push(params === undefined ? f : { ...f, params });
  }

  /** The findings, then one `more-findings` per table and rule that went over the cap. */
  findings(): Finding[] {
    const summaries: Finding[] = [];
    for (const [loc, rules] of this.counts) {
      for (const [rule, c] of rules) {
        if (c.dropped === 0) continue;
        summaries.push({
          severity: c.severity,
          rule: "more-findings",
          sheet: loc.sheet,
          table: loc.table,
          row: null,
          column: null,
          value: null,
          params: { rule, count: c.dropped, limit: this.maxPerRule },
        });
      }
    }
    return [...this.out, ...summaries];
  }
}
