import { useState } from "react";
import type { EvaluationResult, IndicatorResult } from "../../../app/types";
import { usePane } from "../../actions/manager";
import { t, type Lang } from "../../strings";
import { num, OP_TEXT, pctFigure, pctText, STATUS_KEY, unitText } from "../format";
import type { GoalView, GoalsPanelState, IndicatorView } from "./GoalsPanel.types";

function indicatorView(i: IndicatorResult, lang: Lang): IndicatorView {
  const needed = [
    ...(i.whatIf ? [t("needed100", lang, { add: i.whatIf.add, of: i.whatIf.of })] : []),
    ...(i.whatIfHalf ? [t("needed50", lang, { add: i.whatIfHalf.add, of: i.whatIfHalf.of })] : []),
  ];
  return {
    id: i.id,
    label: i.label,
    figures: t("indicatorFigures", lang, {
      value: num(i.value, lang),
      op: OP_TEXT[i.op],
      target: num(i.target, lang),
      unit: unitText(i.unit, lang),
    }).trim(),
    pct: i.fulfilmentPct,
    pctText: pctText(i.fulfilmentPct, lang),
    status: i.status,
    needed,
    pace: i.pace
      ? {
          onTrack: i.pace.onTrack,
          text: t(i.pace.onTrack ? "paceOnTrack" : "paceBehind", lang, { due: num(i.pace.due, lang) }),
        }
      : null,
    notes: i.notes,
  };
}

/** The goal's figure in words; while parts lack data it is a lower bound, and says so. */
function fulfilmentText(g: EvaluationResult["goals"][number], lang: Lang): string {
  if (g.fulfilmentPct === null) return pctText(null, lang);
  const pct = pctFigure(g.fulfilmentPct, lang);
  return g.partial === null
    ? t("goalFulfilmentValue", lang, { pct })
    : t("goalFulfilmentPartial", lang, { pct, ...g.partial });
}

export function goalViews(result: EvaluationResult, lang: Lang): GoalView[] {
  return result.goals.map((g) => ({
    id: g.id,
    title: g.title,
    pct: g.fulfilmentPct,
    pctText: pctText(g.fulfilmentPct, lang),
    fulfilmentText: fulfilmentText(g, lang),
    status: g.status,
    statusText:
      g.partial === null ? t(STATUS_KEY[g.status], lang) : t("statusManglerDataPartial", lang, { ...g.partial }),
    pace: g.pace ? { onTrack: g.pace.onTrack, text: t(g.pace.onTrack ? "goalOnTrack" : "goalBehind", lang) } : null,
    indicators: g.indicators.map((i) => indicatorView(i, lang)),
    notes: g.notes,
  }));
}

export function useGoalsPanel(): GoalsPanelState {
  const { state, run, can } = usePane();
  const { lang, evaluation } = state;
  const [whatIfGoal, setWhatIfGoal] = useState<string | null>(null);
  const period = evaluation?.period;
  return {
    lang,
    heading:
      evaluation && period
        ? t("goalsSummary", lang, {
            title: evaluation.title,
            period: t(period.kind === "H1" ? "periodH1Of" : "periodYearOf", lang, {
              year: period.year === null ? "" : String(period.year),
            }),
          })
        : null,
    goals: evaluation ? goalViews(evaluation, lang) : null,
    canEvaluate: can("evaluate"),
    whatIfGoal: evaluation && evaluation.goals.some((g) => g.id === whatIfGoal) ? whatIfGoal : null,
    onEvaluate: () => void run("evaluate"),
    onWhatIf: setWhatIfGoal,
  };
}
