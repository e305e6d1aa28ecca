/**
 * `evaluateClean(contract, data, options)`: every goal of a contract from checked data.
 * Pure: "today", parameters and options come in through `options`. Texts leave as the
 * contract's language maps and notes as codes (`InCodes`): the app puts them in words.
 */
import type { CleanData } from "../clean";
import type { Comparator, Contract, Note } from "../contract/schema";
import type { ContractOf, GoalOf, IndicatorOf, MeasureBase } from "../contract/shape";
import type { LangText } from "../contract/texts";
import type { MeasureContext, StateBase } from "../measures/_lib/kind";
import { MEASURES, type MeasureRegistry } from "../measures/registry";
import { newFrames } from "./frame";
import type { EngineNote } from "./notes";
import { periodOf, type PeriodKind } from "./period";
import { fulfilment, goalFulfilment, meets, reportedPct, shownPct, statusOf } from "./rules";
import {
  indicatorApplies,
  resolveIndicator,
  resolveSettings,
  targetNumber,
  type OptionValue,
  type Settings,
} from "./settings";
import type {
  EvaluationResult,
  GoalResult,
  InCodes,
  IndicatorResult,
  MeasureState,
  Pace,
  Period,
  ResultNote,
  WhatIf,
} from "./types";
import { withFallback } from "./fallback";
import { measureTypeTests, uncountedTypes } from "./uncounted";
import { rowsNeededBy } from "./whatif";

export interface EvaluateOptions {
  readonly params?: Readonly<Record<string, string>>;
  readonly options?: Readonly<Record<string, OptionValue>>;
  readonly period?: PeriodKind;
}

/** The contract year: fixed by the template, else its `year` parameter. */
export function contractYear(contract: Pick<Contract, "year">, settings: Settings): number | null {
  if (contract.year !== null) return contract.year;
  const y = Number(settings.params.year);
  return Number.isInteger(y) ? y : null;
}

const contractNote = (n: Note): ResultNote => ({ text: n.text });

const round = (x: number | null, digits = 4): number | null => (x === null ? null : Number(x.toFixed(digits)));
const pctOut = (x: number | null): number | null => (x === null ? null : reportedPct(x));

/**
 * How much of a target is due by the end of a half-year (issue 14): a cumulative count or sum
 * ("at least N courses") pro rata; a level — a score, share, ratio, checklist, or a target of
 * "> 0" or "at most" — is compared as it stands, since half a level means nothing.
 */
export function paceBasis(declared: "proRata" | "level", op: Comparator, target: number): "proRata" | "level" {
  return declared === "proRata" && op === ">=" && target > 0 ? "proRata" : "level";
}

/** An indicator's result and its fulfilment before rounding (the goal's mean is taken of these). */
interface Evaluated<S extends StateBase> {
  readonly result: IndicatorResult<S, InCodes>;
  readonly pct: number | null;
}

/** What every indicator of one evaluation shares: the measure kinds, the data, the settings. */
interface Evaluation<M extends MeasureBase, S extends StateBase> {
  readonly measures: MeasureRegistry<M, S>;
  readonly ctx: Omit<MeasureContext, "goalId">;
  readonly settings: Settings;
  /** Courses of the period whose type no goal counts: said on each goal that counts by type. */
  readonly uncounted?: EngineNote | null;
  /** A half-year status of a contract that reports once a year: said on every goal. */
  readonly unagreedHalf?: boolean;
}

function evaluateIndicator<M extends MeasureBase, S extends StateBase>(
  indicator: IndicatorOf<M>,
  goal: GoalOf<M>,
  { measures, ctx, settings }: Evaluation<M, S>,
): Evaluated<S> {
  const resolved = resolveIndicator(indicator, settings);
  const { target: targetSpec, rule } = resolved;
  // The option whose variant chose the measure, if one did (the last matching variant wins).
  const chosenBy =
    [...(indicator.variants ?? [])].reverse().find((v) => v.measure === resolved.measure)?.when.option ?? null;
  const fallback = withFallback((m: M) => measures.kindOf(m), indicator.measure, resolved.measure, chosenBy, ctx.data);
  const measure = fallback.measure;
  // One look-up per indicator; the kind's own loops run over the rows.
  const kind = measures.kindOf(measure);
  const outcome = kind.compute(measure, { ...ctx, goalId: goal.id });
  const engineNotes: EngineNote[] = [...(fallback.note ? [fallback.note] : []), ...outcome.notes];
  const state = outcome.state;
  const stateKind = state === null ? null : measures.stateKindOf(state);

  // Some measures set their own target (a checklist: its items, or the number required done).
  let target = targetNumber(targetSpec, settings);
  if (kind.impliedTarget) target = kind.impliedTarget(measure, rule);
  if (target === null && typeof targetSpec.value === "object" && "option" in targetSpec.value) {
    engineNotes.push({ code: "target-missing", params: { option: targetSpec.value.option } });
  }

  const op = targetSpec.op;
  let pct: number | null = null;
  let uncapped: number | null = null;
  if (outcome.value !== null && target !== null) {
    const f = fulfilment(outcome.value, op, target, rule);
    pct = f.pct;
    uncapped = f.uncapped;
  }
  if (pct !== null) {
    if (rule.kind === "proportional" && uncapped !== null)
      engineNotes.push({ code: "default-proportional", params: { uncapped: round(uncapped, 1) ?? 0 } });
    else if (rule.kind === "threshold") engineNotes.push({ code: "default-threshold" });
    else if (rule.kind === "checklist" && !rule.requiredDone) engineNotes.push({ code: "default-checklist" });
  }
  if (indicator.weight === 0) engineNotes.push({ code: "weight-zero" });

  // No noun in the contract: the app says "rows" in the user's language.
  const of = indicator.whatIfOf ?? null;
  const solve = (level: number): WhatIf<LangText | null> | null => {
    if (state === null || stateKind === null || target === null || pct === null || pct >= level - 1e-9) return null;
    const k = rowsNeededBy(stateKind, state, op, target, rule, level);
    return k === null || k === 0 ? null : { add: k, of };
  };
  const whatIf = solve(100);
  // Unreachable by adding rows, where rows could be added at all (not to a key figure).
  if (target !== null && pct !== null && pct < 100 && whatIf === null && stateKind?.whatIf) {
    engineNotes.push({ code: "whatif-unreachable" });
  }

  let pace: Pace | null = null;
  if (ctx.period.kind === "H1" && target !== null) {
    const basis = paceBasis(indicator.pace ?? kind.defaults.pace, op, target);
    const due = basis === "proRata" ? target * ctx.period.dueShare : target;
    const shownDue = round(due, 2) ?? due;
    // The same rule in every output: the note says it where the figures are shown.
    engineNotes.push(
      basis === "proRata"
        ? { code: "pace-pro-rata", params: { due: shownDue, target, share: `${ctx.period.dueShare * 12}/12` } }
        : { code: "pace-level", params: { target } },
    );
    if (outcome.value !== null) pace = { due: shownDue, onTrack: meets(outcome.value, op, due), basis };
  }

  const result: IndicatorResult<S, InCodes> = {
    id: indicator.id,
    label: indicator.label,
    value: round(outcome.value),
    target,
    op,
    unit: indicator.unit,
    fulfilmentPct: pctOut(pct),
    uncappedPct: round(uncapped, 2),
    status: statusOf(pct),
    weight: indicator.weight,
    whatIf,
    whatIfHalf: solve(50),
    pace,
    state,
    notes: [...indicator.notes.map(contractNote), ...engineNotes],
  };
  return { result, pct };
}

function evaluateGoal<M extends MeasureBase, S extends StateBase>(
  goal: GoalOf<M>,
  evaluation: Evaluation<M, S>,
): GoalResult<S, InCodes> {
  const { settings } = evaluation;
  const evaluated = goal.indicators
    .filter((i) => indicatorApplies(i, settings))
    .map((i) => evaluateIndicator(i, goal, evaluation));
  const indicators = evaluated.map((e) => e.result);
  const weighted = evaluated.filter((e) => e.result.weight > 0);
  const notes: ResultNote[] = goal.notes.map(contractNote);
  const { pct, status, partial } = goalFulfilment(weighted.map((e) => ({ weight: e.result.weight, pct: e.pct })));
  if (pct !== null && weighted.length > 1) notes.push({ code: "default-mean" });
  const byType = goal.indicators.some(
    (i) => indicatorApplies(i, settings) && measureTypeTests(resolveIndicator(i, settings).measure).length > 0,
  );
  if (byType && evaluation.uncounted) notes.push(evaluation.uncounted);
  if (evaluation.unagreedHalf) notes.push({ code: "half-year-not-agreed" });
  if (partial !== null) {
    notes.push({
      code: "partial-data",
      params: { available: partial.known, total: partial.total, pct: shownPct(pct ?? 0) },
    });
  }
  // On track only when every weighted part is known to be: a part without data has no pace.
  const paces = weighted.map((e) => e.result.pace);
  const known = paces.filter((p): p is Pace => p !== null);
  return {
    id: goal.id,
    title: goal.title,
    fulfilmentPct: pctOut(pct),
    status,
    partial,
    notes,
    indicators,
    pace: known.length === 0 || known.length < paces.length ? null : { onTrack: known.every((p) => p.onTrack) },
  };
}

export function evaluateClean(
  contract: Contract,
  data: CleanData,
  options: EvaluateOptions = {},
): Omit<EvaluationResult<MeasureState, InCodes>, "findings"> {
  return evaluateWith(MEASURES, contract, data, options);
}

/** `evaluateClean` with the measure kinds of a registry (the built-in ones and any added). */
export function evaluateWith<M extends MeasureBase, S extends StateBase>(
  measures: MeasureRegistry<M, S>,
  contract: NoInfer<ContractOf<M>>,
  data: CleanData,
  options: EvaluateOptions = {},
): Omit<EvaluationResult<S, InCodes>, "findings"> {
  const settings = resolveSettings(contract, options.params, options.options);
  const period: Period = periodOf(options.period ?? "year", contractYear(contract, settings));
  const periodField = settings.options.periodeFelt === "slutdato" ? "slutdato" : "startdato";
  // Views and row masks are shared by the measures of this evaluation only.
  const perAnswer = settings.options.svarEnhed === "svar";
  const ctx = { keyFigures: contract.keyFigures, data, period, periodField, perAnswer, frameOf: newFrames() };
  const tests = contract.goals.flatMap((g) =>
    g.indicators
      .filter((i) => indicatorApplies(i, settings))
      .flatMap((i) => measureTypeTests(resolveIndicator(i, settings).measure)),
  );
  const uncounted = uncountedTypes(tests, ctx);
  // "Erhvervshusene skal årligt … afrapportere": a half-year status is the user's own, not the contract's.
  const unagreedHalf = period.kind === "H1" && !contract.halfYearReporting;
  return {
    contract: contract.id,
    title: contract.title,
    period,
    params: settings.params,
    options: settings.options,
    goals: contract.goals.map((g) => evaluateGoal(g, { measures, ctx, settings, uncounted, unagreedHalf })),
  };
}
