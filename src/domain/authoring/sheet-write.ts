/**
 * `contractToSheetRows`: any contract as the rows of a `Kontrakt` sheet (layout.ts), so "copy
 * Sjælland 2025 as 2026" starts from a sheet a person can edit. `contractFromSheetRows` reads
 * these rows back to the same contract. A text's Danish goes in its column, its English in the
 * column's "(en)" twin (the sheet's layout is the same for every language map).
 */
import type { Contract, LangText, Note } from "../contract/schema";
import type { ContractOf, GoalOf, IndicatorOf, MeasureBase } from "../contract/shape";
import { formatKindCell } from "../measures/_lib/kind-cell";
import type { StateBase } from "../measures/_lib/kind";
import type { MeasureCellWriter } from "../measures/_lib/sheet";
import { MEASURES, type MeasureRegistry } from "../measures/registry";
import type { CellValue } from "../model";
import { formatFilter } from "./filter/format";
import {
  formatComparator,
  formatNotes,
  formatRule,
  formatTarget,
  formatWhen,
  GROUP_WORD,
  PACE_WORD,
  REGISTRATION_WORD,
} from "./grammar";
import {
  CONTRACT_LABELS,
  GOAL_COLUMNS,
  KEY_FIGURE_COLUMNS,
  OPTION_COLUMNS,
  PARAM_COLUMNS,
  SECTIONS,
  type ContractLabel,
  type GoalColumn,
} from "./layout";
import { fieldHeader, ROLE_DISPLAY } from "./names";

type Cells = Partial<Record<GoalColumn, CellValue>>;

const label = (key: ContractLabel): string => CONTRACT_LABELS.find((c) => c.key === key)?.header ?? key;

const trimRow = (row: CellValue[]): CellValue[] => {
  let n = row.length;
  while (n > 0 && (row[n - 1] === null || row[n - 1] === undefined || row[n - 1] === "")) n--;
  return row.slice(0, n);
};

const goalRow = (cells: Cells): CellValue[] => trimRow(GOAL_COLUMNS.map((c) => cells[c.key] ?? null));

/** A text's English, for the "(en)" columns; null where it has none. */
const en = (text: LangText | undefined): string | null => text?.en ?? null;

const notesDa = (notes: readonly Note[]): string | null =>
  notes.length > 0 ? formatNotes(notes.map((n) => ({ kind: n.kind, text: n.text.da }))) : null;
const notesEn = (notes: readonly Note[]): string | null =>
  notes.some((n) => n.text.en) ? formatNotes(notes.map((n) => ({ kind: n.kind, text: n.text.en ?? "" }))) : null;

/** Filters and fields as a person writes them. */
const CELL_WRITER: MeasureCellWriter = {
  table: (role, where) => ({ table: ROLE_DISPLAY[role], filter: where ? formatFilter(where, { role }) : null }),
  filter: (role, filter) => formatFilter(filter, { role }),
  field: (role, field) => fieldHeader(field, role),
};

/** The measure's cells: Indikator, Tabel, Filter, Tæller, Nævner, Felt, Tæl unikke (its kind writes them). */
function measureCells<M extends MeasureBase>(measures: MeasureRegistry<M, StateBase>, m: M): Cells {
  const kind = measures.kindOf(m);
  const table = kind.sheet.table;
  return {
    kind: formatKindCell(kind, m),
    ...(typeof table === "object" && "fixed" in table ? { table: ROLE_DISPLAY[table.fixed] } : {}),
    ...kind.sheet.write(m, CELL_WRITER),
  };
}

function indicatorRows<M extends MeasureBase>(
  measures: MeasureRegistry<M, StateBase>,
  goal: GoalOf<M>,
  ind: IndicatorOf<M>,
): CellValue[][] {
  const rows: CellValue[][] = [
    goalRow({
      goal: goal.id,
      indicator: ind.id,
      title: ind.label.da,
      ...measureCells(measures, ind.measure),
      target: formatTarget(ind.target.value),
      op: formatComparator(ind.target.op),
      rule: formatRule(ind.rule),
      weight: ind.weight,
      unit: ind.unit,
      pace: ind.pace ? PACE_WORD[ind.pace] : null,
      when: ind.when ? formatWhen(ind.when) : null,
      whatIfOf: ind.whatIfOf?.da ?? null,
      notes: notesDa(ind.notes),
      titleEn: en(ind.label),
      notesEn: notesEn(ind.notes),
      whatIfOfEn: en(ind.whatIfOf),
    }),
  ];
  for (const v of ind.variants ?? []) {
    rows.push(
      goalRow({
        goal: goal.id,
        indicator: ind.id,
        variant: formatWhen(v.when),
        ...(v.measure ? measureCells(measures, v.measure) : {}),
        ...(v.target ? { target: formatTarget(v.target.value), op: formatComparator(v.target.op) } : {}),
        ...(v.rule ? { rule: formatRule(v.rule) } : {}),
      }),
    );
  }
  // The items of the measure (or of a variant's) that lists them, a checklist's: a row each.
  for (const m of [ind.measure, ...(ind.variants ?? []).map((v) => v.measure)]) {
    const items = m ? measures.kindOf(m).items?.(m) : undefined;
    if (!items) continue;
    for (const item of items) rows.push(goalRow({ goal: goal.id, indicator: ind.id, item: item.id, title: item.text }));
    break;
  }
  return rows;
}

function goalRows<M extends MeasureBase>(measures: MeasureRegistry<M, StateBase>, goal: GoalOf<M>): CellValue[][] {
  return [
    goalRow({
      goal: goal.id,
      title: goal.title.da,
      group: GROUP_WORD[goal.group],
      targetText: goal.targetText || null,
      method: goal.method || null,
      source: goal.source.document,
      section: goal.source.section,
      file: goal.source.file ?? null,
      notes: notesDa(goal.notes),
      titleEn: en(goal.title),
      notesEn: notesEn(goal.notes),
    }),
    ...goal.indicators.flatMap((ind) => indicatorRows(measures, goal, ind)),
  ];
}

function sectionRows(contract: Pick<Contract, "params" | "options" | "keyFigures">): CellValue[][] {
  const rows: CellValue[][] = [];
  if (contract.params.length > 0) {
    rows.push(
      [],
      [SECTIONS.params.title],
      PARAM_COLUMNS.map((c) => c.header),
    );
    for (const p of contract.params) {
      p.choices.forEach((c, i) => {
        const head: CellValue[] = i === 0 ? [p.id, p.label.da, en(p.label), p.default] : [null, null, null, null];
        rows.push(trimRow([...head, c.id, c.label]));
      });
    }
  }
  if (contract.options.length > 0) {
    rows.push(
      [],
      [SECTIONS.options.title],
      OPTION_COLUMNS.map((c) => c.header),
    );
    for (const o of contract.options) {
      const head: CellValue[] = [o.id, o.label.da, en(o.label), o.description.da, en(o.description), o.default];
      const choices = o.choices ?? [];
      if (choices.length === 0) rows.push(trimRow(head));
      choices.forEach((c, i) => {
        rows.push(trimRow([...(i === 0 ? head : head.map(() => null)), c.id, c.label.da, en(c.label)]));
      });
    }
  }
  if (contract.keyFigures.length > 0) {
    rows.push(
      [],
      [SECTIONS.keyFigures.title],
      KEY_FIGURE_COLUMNS.map((c) => c.header),
    );
    for (const k of contract.keyFigures)
      rows.push(trimRow([k.id, k.label, k.synonyms.length > 0 ? k.synonyms.join("; ") : null, k.unit]));
  }
  return rows;
}

/**
 * The contract as sheet rows (row 0 is Excel row 1, column 0 is A): label rows, a blank row,
 * the goal table, then parameters, options and key figures when the contract has any.
 */
export function contractToSheetRows(contract: Contract): CellValue[][] {
  return contractToSheetRowsWith(MEASURES, contract);
}

/** `contractToSheetRows` for a contract whose measures are of a registry's kinds. */
export function contractToSheetRowsWith<M extends MeasureBase, S extends StateBase>(
  measures: MeasureRegistry<M, S>,
  contract: NoInfer<ContractOf<M>>,
): CellValue[][] {
  const rows: CellValue[][] = [
    [label("id"), contract.id],
    [label("title"), contract.title.da],
    trimRow([label("titleEn"), en(contract.title)]),
    trimRow([label("year"), contract.year]),
    [label("halfYear"), contract.halfYearReporting ? "ja" : "nej"],
    [label("registration"), REGISTRATION_WORD[contract.registration]],
    trimRow([label("source"), contract.source.document, contract.source.section, contract.source.file ?? null]),
    trimRow([label("municipalities"), contract.municipalities.length > 0 ? contract.municipalities.join("; ") : null]),
    trimRow([label("notes"), notesDa(contract.notes)]),
    trimRow([label("notesEn"), notesEn(contract.notes)]),
    [],
    GOAL_COLUMNS.map((c) => c.header),
    ...contract.goals.flatMap((g) => goalRows(measures, g)),
    ...sectionRows(contract),
  ];
  return rows;
}
