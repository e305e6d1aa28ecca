/**
 * Helpers for the fidelity tests: evaluate a library contract on a few hand-made rows (the
 * document's rules, one at a time) and read a goal's or an indicator's figures back.
 */
import { evaluateInWords } from "../../src/app/evaluate";
import type { CleanData, TypedValue } from "../../src/domain/clean";
import type { Contract } from "../../src/domain/contract/schema";
import { serialOf } from "../../src/domain/engine/dates";
import type { OptionValue } from "../../src/domain/engine/settings";
import type { Role } from "../../src/domain/model";
import { cleanTable } from "../../src/domain/engine/testing";
import { findContract } from "../../src/templates";

export { times } from "../../src/domain/engine/testing";

export type Row = Readonly<Record<string, TypedValue>>;
export type Tables = Partial<Record<Role, readonly Row[]>>;

export interface Run {
  readonly params?: Record<string, string>;
  readonly options?: Record<string, OptionValue>;
  readonly period?: "year" | "H1";
}

export const contract = (id: string): Contract => {
  const c = findContract(id);
  if (!c) throw new Error(`no template ${id}`);
  return c;
};

/** An Excel date serial for a day. */
export const day = (year: number, month: number, d = 15): number => serialOf(year, month, d);

export function evaluate(contractId: string, tables: Tables, run: Run = {}) {
  const data: Record<string, unknown> = {};
  for (const [role, rows] of Object.entries(tables)) data[role] = cleanTable(role as Role, rows ?? []);
  return evaluateInWords(contract(contractId), data as CleanData, run);
}

/** One goal's result (throws when the contract has no such goal). */
export function goal(contractId: string, goalId: string, tables: Tables, run: Run = {}) {
  const g = evaluate(contractId, tables, run).goals.find((x) => x.id === goalId);
  if (!g) throw new Error(`${contractId}: no goal ${goalId}`);
  return g;
}

/** Indicator id → [value, fulfilment] of one goal, for the indicators in force. */
export function figures(contractId: string, goalId: string, tables: Tables, run: Run = {}) {
  const g = goal(contractId, goalId, tables, run);
  return {
    pct: g.fulfilmentPct,
    status: g.status,
    indicators: Object.fromEntries(g.indicators.map((i) => [i.id, [i.value, i.fulfilmentPct]])),
  };
}

/** Aktiviteter rows for a goal: each item text with its status. */
export const activities = (goalId: string, items: readonly (readonly [string, string])[]): Row[] =>
  items.map(([aktivitet, status]) => ({ maal: goalId, aktivitet, status }));

/** The items of a goal's checklist indicator, as the template words them. */
export function itemsOf(contractId: string, goalId: string, indicatorId = "aktiviteter"): string[] {
  const g = contract(contractId).goals.find((x) => x.id === goalId);
  const i = g?.indicators.find((x) => x.id === indicatorId);
  if (!i || i.measure.kind !== "checklist") throw new Error(`${contractId} ${goalId}/${indicatorId}: no checklist`);
  return i.measure.items.map((x) => x.text);
}

/** The notes of one indicator (contract and engine notes, in Danish), as one text to match. */
export function notesOf(
  contractId: string,
  goalId: string,
  indicatorId: string,
  tables: Tables,
  run: Run = {},
): string {
  const i = goal(contractId, goalId, tables, run).indicators.find((x) => x.id === indicatorId);
  if (!i) throw new Error(`${contractId} ${goalId}: no indicator ${indicatorId}`);
  return JSON.stringify(i.notes);
}
