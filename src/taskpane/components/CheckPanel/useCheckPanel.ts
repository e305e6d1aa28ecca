import { cellOfFinding } from "../../../app/locate";
import type { Finding } from "../../../app/types";
import { cellRef, SEVERITY_ORDER } from "../../../app/vocabulary";
import { usePane } from "../../actions/manager";
import { t } from "../../strings";
import type { CheckPanelState, RuleGroup } from "./CheckPanel.types";

/** Findings listed per rule before "… and n more". */
export const ITEMS_PER_GROUP = 50;

export function useCheckPanel(): CheckPanelState {
  const { state, run, can, services } = usePane();
  const { lang, check } = state;
  const byRule = new Map<string, Finding[]>();
  for (const f of check?.findings ?? []) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  const groups: RuleGroup[] = [...byRule.entries()]
    .map(([rule, list]) => {
      const severity = list.reduce(
        (w, f) => (SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[w] ? f.severity : w),
        list[0]!.severity,
      );
      return {
        rule,
        title: services.findingTitle(rule, lang),
        severity,
        count: list.length,
        items: list.slice(0, ITEMS_PER_GROUP).map((f, i) => {
          const cell = cellOfFinding(f, state.data, state.bind);
          return {
            key: `${rule}-${i}`,
            text: services.formatFinding(f, lang),
            cell: cell ? `${cell.sheet}!${cellRef(cell.row, cell.column)}` : null,
            finding: f,
          };
        }),
        more: Math.max(0, list.length - ITEMS_PER_GROUP),
      };
    })
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b.count - a.count || a.rule.localeCompare(b.rule),
    );
  return {
    lang,
    hasRun: check !== null,
    summary: check
      ? check.errors + check.warnings === 0
        ? t("checkClean", lang)
        : t("checkSummary", lang, { errors: check.errors, warnings: check.warnings, rows: check.rows })
      : null,
    groups,
    autoCheck: state.autoCheck,
    canCheck: can("check"),
    onCheck: () => void run("check"),
    onAutoCheck: (on) => void run("setAutoCheck", { on }),
    onSelect: (finding) => void run("selectFinding", { finding }),
  };
}
