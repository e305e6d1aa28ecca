import { useMemo, useState } from "react";
import { usePane } from "../../actions/manager";
import { chosenContract } from "../../contracts";
import type { WhatIfChange } from "../../services";
import { t } from "../../strings";
import { scenarioSheetName } from "../../../app/what-if-sheet";
import { readTypedFigure, typedFigureText, type TypedNumberInvalidReason } from "../../../app/typed-figure";
import type { Lang, PaneKey } from "../../../i18n";
import { pctText, pctFigure, STATUS_KEY, unitText } from "../format";
import type { WhatIfPanelProps, WhatIfPanelState } from "./WhatIfPanel.types";

const REASON_KEY = {
  "decimal-mark": "figureDecimalMark",
  grouping: "figureGrouping",
  "not-a-number": "figureNotNumber",
} as const satisfies Record<TypedNumberInvalidReason, PaneKey>;

/** What to type instead, when a field's text is not a figure in the user's convention. */
const fieldError = (text: string | undefined, lang: Lang): string | null => {
  if (text === undefined) return null;
  const r = readTypedFigure(text, lang);
  return r.ok ? null : t(REASON_KEY[r.reason], lang);
};

/** A slider step that gives about a hundred stops, on a round number. */
const stepFor = (max: number): number => {
  const raw = max / 100;
  if (raw >= 1) return Math.max(1, Math.round(raw));
  const p = 10 ** Math.floor(Math.log10(raw));
  return Number((Math.ceil(raw / p) * p).toPrecision(1));
};

export function useWhatIfPanel({ goalId, onClose }: WhatIfPanelProps): WhatIfPanelState {
  const { state, services, run, can } = usePane();
  const [saving, setSaving] = useState(false);
  const { lang, evaluation } = state;
  const [changes, setChanges] = useState<Readonly<Record<string, WhatIfChange>>>({});
  // The fields' own text, so a cleared field stays blank while the user types a new figure.
  const [texts, setTexts] = useState<Readonly<Record<string, string>>>({});
  const contract = chosenContract(state, services);
  const goal = evaluation?.goals.find((g) => g.id === goalId);
  const outcome = useMemo(
    () => (contract && evaluation ? services.whatIf(contract, evaluation, goalId, changes, lang) : null),
    [services, contract, evaluation, goalId, changes, lang],
  );
  const set = (id: string, key: keyof WhatIfChange, v: number | null): void =>
    setChanges((c) => {
      const next = { ...(c[id] ?? {}) };
      if (v === null || !Number.isFinite(v)) delete next[key];
      else next[key] = v;
      return { ...c, [id]: next };
    });
  const typed = (id: string, key: keyof WhatIfChange, text: string): void => {
    setTexts((x) => ({ ...x, [`${id}.${key}`]: text }));
    // A text that does not read changes nothing; the field says what to type.
    const r = readTypedFigure(text, lang);
    set(id, key, r.ok ? r.value : null);
  };
  const status = outcome?.status ?? "mangler data";
  return {
    lang,
    title: t("whatIfTitle", lang, { goal: goal ? `${goal.id} ${goal.title}` : goalId }),
    inputs: (goal?.indicators ?? []).map((ind) => {
      const o = outcome?.indicators.find((x) => x.id === ind.id);
      const target = o?.target ?? ind.target;
      const max = Math.max(1, 2 * Math.abs(ind.target ?? 0), Math.abs(target ?? 0));
      return {
        id: ind.id,
        label: ind.label,
        unit: unitText(ind.unit, lang),
        value: o?.value ?? ind.value,
        target,
        valueText: texts[`${ind.id}.value`] ?? typedFigureText(o?.value ?? ind.value, lang),
        targetText: texts[`${ind.id}.target`] ?? typedFigureText(target, lang),
        valueError: fieldError(texts[`${ind.id}.value`], lang),
        targetError: fieldError(texts[`${ind.id}.target`], lang),
        targetMax: max,
        step: stepFor(max),
        pctText: pctText(o?.fulfilmentPct ?? null, lang),
        needed: [
          ...(o?.needed100 ? [t("needed100", lang, { add: o.needed100.add, of: o.needed100.of })] : []),
          ...(o?.needed50 ? [t("needed50", lang, { add: o.needed50.add, of: o.needed50.of })] : []),
        ],
      };
    }),
    resultText:
      outcome?.fulfilmentPct === null || outcome?.fulfilmentPct === undefined
        ? t("goalNoData", lang)
        : t("whatIfResult", lang, { pct: pctFigure(outcome.fulfilmentPct, lang) }),
    goalStatus: status,
    goalStatusText: t(STATUS_KEY[status], lang),
    changed: Object.values(changes).some((c) => c.value !== undefined || c.target !== undefined),
    onValueText: (id, text) => typed(id, "value", text),
    onTargetText: (id, text) => typed(id, "target", text),
    onTarget: (id, v) => {
      setTexts((x) => {
        const { [`${id}.target`]: _dropped, ...rest } = x;
        return rest;
      });
      set(id, "target", v);
    },
    onReset: () => {
      setChanges({});
      setTexts({});
    },
    onClose,
    saving: saving ? { preview: t("whatIfSavePreview", lang, { sheet: scenarioSheetName(goalId, lang) }) } : null,
    canSave: can("saveScenario") && goal !== undefined,
    onSave: () => setSaving(true),
    onSaveGo: () => {
      setSaving(false);
      void run("saveScenario", { goalId, changes });
    },
    onSaveCancel: () => setSaving(false),
  };
}
