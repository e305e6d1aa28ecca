/**
 * An evaluation in one language's words: the contract's texts in that language (Danish where
 * it has no translation), the engine's notes said from their codes, and the what-if noun
 * ("rækker"/"rows" where the contract names none). Every host is shown results in words.
 */
import type {
  EvaluationResult,
  GoalResult,
  InCodes,
  IndicatorResult,
  ResultNote,
  WhatIf,
} from "../domain/engine/types";
import type { LangText } from "../domain/contract/texts";
import type { StateBase } from "../domain/measures/_lib/kind";
import { renderEngineNote, t, textIn, type Lang } from "../i18n";

const noteIn = (note: ResultNote, lang: Lang): string =>
  "code" in note ? renderEngineNote(note, lang) : textIn(note.text, lang);

const whatIfIn = (w: WhatIf<LangText | null> | null, lang: Lang): WhatIf | null =>
  w === null ? null : { add: w.add, of: w.of === null ? t("whatIf.rows", lang) : textIn(w.of, lang) };

function indicatorIn<S extends StateBase>(i: IndicatorResult<S, InCodes>, lang: Lang): IndicatorResult<S> {
  return {
    ...i,
    label: textIn(i.label, lang),
    whatIf: whatIfIn(i.whatIf, lang),
    whatIfHalf: whatIfIn(i.whatIfHalf, lang),
    notes: i.notes.map((n) => noteIn(n, lang)),
  };
}

function goalIn<S extends StateBase>(g: GoalResult<S, InCodes>, lang: Lang): GoalResult<S> {
  return {
    ...g,
    title: textIn(g.title, lang),
    notes: g.notes.map((n) => noteIn(n, lang)),
    indicators: g.indicators.map((i) => indicatorIn(i, lang)),
  };
}

/** The engine's result (codes and language maps) in the words of `lang`. */
export function inWords<S extends StateBase>(
  result: Omit<EvaluationResult<S, InCodes>, "findings">,
  lang: Lang,
): Omit<EvaluationResult<S>, "findings"> {
  return { ...result, title: textIn(result.title, lang), goals: result.goals.map((g) => goalIn(g, lang)) };
}
