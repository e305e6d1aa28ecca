/**
 * `contractToSheetRows`: any contract as the rows of a `Kontrakt` sheet (layout.ts), so "copy
 * Sjælland 2025 as 2026" starts from a sheet a person can edit. `contractFromSheetRows` reads
 * these rows back to the same contract.
 */
import type { Contract, Goal, Indicator, Measure, Note } from "../contract/schema";
import type { CellValue } from "../model";
import { formatFilter } from "./filter/format";
import {
  formatComparator,
  formatIndicatorKind,
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

const notesDa = (notes: readonly Note[]): string | null => (notes.length > 0 ? formatNotes(notes) : null);
const notesEn = (notes: readonly Note[]): string | null =>
  notes.some((n) => n.textEn) ? formatNotes(notes.map((n) => ({ kind: n.kind, text: n.textEn ?? "" }))) : null;

/** The measure's cells: Indikator, Tabel, Filter, Tæller, Nævner, Felt, Tæl unikke. */
export function measureCells(m: Measure): Cells {
  const kind = formatIndicatorKind(m);
  switch (m.kind) {
    case "keyFigure":
    case "controlGroup":
      return { kind, table: ROLE_DISPLAY.Noegletal, field: m.key };
    case "keyRatio":
      return { kind, table: ROLE_DISPLAY.Noegletal, numerator: m.numerator, denominator: m.denominator };
    case "checklist":
      return { kind, table: ROLE_DISPLAY.Aktiviteter };
    default:
      break;
  }
  const role = m.table;
  const cells: Cells = {
    kind,
    table: ROLE_DISPLAY[role],
    filter: m.where ? formatFilter(m.where, { role }) : null,
  };
  switch (m.kind) {
    case "nps":
    case "sum":
      return { ...cells, field: fieldHeader(m.field, role) };
    case "share":
      return {
        ...cells,
        numerator: formatFilter(m.numerator, { role }),
        denominator: formatFilter(m.denominator, { role }),
        distinct: m.distinct ? fieldHeader(m.distinct, role) : null,
      };
    case "count":
      return cells;
    case "distinct":
      return { ...cells, kind: m.field === "cvr" ? kind : "antal", distinct: fieldHeader(m.field, role) };
    case "distribution":
      return {
        ...cells,
        field: fieldHeader(m.field, role),
        distinct: m.distinct ? fieldHeader(m.distinct, role) : null,
      };
  }
}

function indicatorRows(goal: Goal, ind: Indicator): CellValue[][] {
  const rows: CellValue[][] = [
    goalRow({
      goal: goal.id,
      indicator: ind.id,
      title: ind.label,
      ...measureCells(ind.measure),
      target: formatTarget(ind.target.value),
      op: formatComparator(ind.target.op),
      rule: formatRule(ind.rule),
      weight: ind.weight,
      unit: ind.unit,
      pace: ind.pace ? PACE_WORD[ind.pace] : null,
      when: ind.when ? formatWhen(ind.when) : null,
      whatIfOf: ind.whatIfOf ?? null,
      notes: notesDa(ind.notes),
      titleEn: ind.labelEn ?? null,
      notesEn: notesEn(ind.notes),
      whatIfOfEn: ind.whatIfOfEn ?? null,
    }),
  ];
  for (const v of ind.variants ?? []) {
    rows.push(
      goalRow({
        goal: goal.id,
        indicator: ind.id,
        variant: formatWhen(v.when),
        ...(v.measure ? measureCells(v.measure) : {}),
        ...(v.target ? { target: formatTarget(v.target.value), op: formatComparator(v.target.op) } : {}),
        ...(v.rule ? { rule: formatRule(v.rule) } : {}),
      }),
    );
  }
  const checklist =
    ind.measure.kind === "checklist"
      ? ind.measure
      : ind.variants?.map((v) => v.measure).find((m) => m?.kind === "checklist");
  if (checklist?.kind === "checklist")
    for (const item of checklist.items)
      rows.push(goalRow({ goal: goal.id, indicator: ind.id, item: item.id, title: item.text }));
  return rows;
}

function goalRows(goal: Goal): CellValue[][] {
  return [
    goalRow({
      goal: goal.id,
      title: goal.title,
      group: GROUP_WORD[goal.group],
      targetText: goal.targetText || null,
      method: goal.method || null,
      source: goal.source.document,
      section: goal.source.section,
      file: goal.source.file ?? null,
      notes: notesDa(goal.notes),
      titleEn: goal.titleEn ?? null,
      notesEn: notesEn(goal.notes),
    }),
    ...goal.indicators.flatMap((ind) => indicatorRows(goal, ind)),
  ];
}

function sectionRows(contract: Contract): CellValue[][] {
  const rows: CellValue[][] = [];
  if (contract.params.length > 0) {
    rows.push(
      [],
      [SECTIONS.params.title],
      PARAM_COLUMNS.map((c) => c.header),
    );
    for (const p of contract.params) {
      p.choices.forEach((c, i) => {
        const head: CellValue[] = i === 0 ? [p.id, p.label, p.labelEn ?? null, p.default] : [null, null, null, null];
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
      const head: CellValue[] = [o.id, o.label, o.labelEn ?? null, o.description, o.descriptionEn ?? null, o.default];
      const choices = o.choices ?? [];
      if (choices.length === 0) rows.push(trimRow(head));
      choices.forEach((c, i) => {
        rows.push(trimRow([...(i === 0 ? head : head.map(() => null)), c.id, c.label, c.labelEn ?? null]));
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
  const rows: CellValue[][] = [
    [label("id"), contract.id],
    [label("title"), contract.title],
    trimRow([label("titleEn"), contract.titleEn ?? null]),
    trimRow([label("year"), contract.year]),
    [label("halfYear"), contract.halfYearReporting ? "ja" : "nej"],
    [label("registration"), REGISTRATION_WORD[contract.registration]],
    trimRow([label("source"), contract.source.document, contract.source.section, contract.source.file ?? null]),
    trimRow([label("municipalities"), contract.municipalities.length > 0 ? contract.municipalities.join("; ") : null]),
    trimRow([label("notes"), notesDa(contract.notes)]),
    trimRow([label("notesEn"), notesEn(contract.notes)]),
    [],
    GOAL_COLUMNS.map((c) => c.header),
    ...contract.goals.flatMap(goalRows),
    ...sectionRows(contract),
  ];
  return rows;
}
