/**
 * Live Excel formulas for indicators: each measure kind writes its own `Realiseret` formula
 * (`src/domain/measures/<kind>.ts`, from the pieces in `measures/_lib/formula.ts`); this gives
 * them Excel's grammar for names and text (`formula-syntax.ts`). Where a measure cannot be said
 * in a formula, the caller writes the engine's value instead, with a note.
 */
import type { Measure } from "../domain/contract/schema";
import type { MeasureBase } from "../domain/contract/shape";
import {
  realisedFormulaOf,
  type FormulaContext,
  type FormulaSyntax,
  type KeyLabels,
} from "../domain/measures/_lib/formula";
import type { StateBase } from "../domain/measures/_lib/kind";
import { MEASURES, type MeasureRegistry } from "../domain/measures/registry";
import { isTableName, MAX_FORMULA_LENGTH, quotedSheet, stringLiteral, structuredColumn } from "./formula-syntax";

export type { FormulaContext, KeyLabels };

const EXCEL_SYNTAX: FormulaSyntax = {
  isTableName,
  structuredColumn,
  quotedSheet,
  stringLiteral,
  maxFormulaLength: MAX_FORMULA_LENGTH,
};

/** The `Realiseret` formula writer for the measure kinds of a registry (the built-in ones and any added). */
export const formulaWriter =
  <M extends MeasureBase, S extends StateBase>(measures: MeasureRegistry<M, S>) =>
  (measure: M, ctx: FormulaContext, keyLabels: KeyLabels): string | null =>
    realisedFormulaOf(measures.kindOf(measure), measure, ctx, keyLabels, EXCEL_SYNTAX);

/** The `Realiseret` formula (without "=") for a measure, or null when only a value can be written. */
export const realisedFormula: (measure: Measure, ctx: FormulaContext, keyLabels: KeyLabels) => string | null =
  formulaWriter(MEASURES);
