/**
 * The status sheet as the report a house hands to KKR: a title block (contract, period, the date
 * it was made, the data it was made from, a one-line summary and the traffic lights' key), then
 * a named table — one row per goal, its indicators grouped under it — with live formulas, number
 * formats by unit, the house's own remark column, the chart and print setup. One plan, which
 * every adapter renders the same way; the long method notes go to a `Metode` sheet of their own.
 */
import type { Contract, Indicator } from "../domain/contract/schema";
import type { EvaluationResult, GoalResult, IndicatorResult, Period } from "../domain/engine/types";
import { resolveIndicator, resolveSettings } from "../domain/engine/settings";
import type { WorkbookData } from "../domain/model";
import { goalStatusText, localeOf, statusText, t, type Lang } from "../i18n";
import type { CellLook, PlanCell, ReportLayout, StatusSheetPlan, TrafficLight } from "../workbook/port";
import { realisedFormula } from "./formulas";
import {
  excelText,
  fulfilmentCore,
  fulfilmentFormula,
  goalFulfilmentFormula,
  goalStatusFormula,
  sheetFraction,
  statusFormula,
  type FormulaColumns,
  type Member,
} from "./status-formulas";
import {
  at,
  countStatuses,
  formatCount,
  fx,
  GOAL_FILL,
  HEAD_FILL,
  heightsOf,
  LIGHTS,
  methodSheet,
  NoteBook,
  shortTitle,
  sourcesOf,
  summaryFormula,
  UNIT_FORMAT,
  v,
} from "./status-report-parts";

export { sheetFraction } from "./status-formulas";

/** The year's sheet keeps the name houses know; the half-year has its own, so writing one keeps the other. */
export const STATUS_SHEET = "Målopfyldelse";
export const STATUS_SHEET_H1 = "Målopfyldelse 1. halvår";
export const statusSheetName = (period: Pick<Period, "kind">): string =>
  period.kind === "H1" ? STATUS_SHEET_H1 : STATUS_SHEET;

/** Zero-based columns of the report; the pace columns only at half-year. */
export interface StatusColumns extends FormulaColumns {
  readonly goal: number;
  readonly title: number;
  readonly status: number;
  readonly due: number | null;
  readonly pace: number | null;
  readonly needed: number;
  readonly note: number;
  readonly house: number;
  readonly key: number;
  /** Helper columns of the chart, hidden: short title, fulfilment, the 100 % line. */
  readonly short: number;
  readonly chartValue: number;
  readonly chartTarget: number;
}

export function statusColumns(h1: boolean): StatusColumns {
  const p = h1 ? 2 : 0;
  return {
    goal: 0,
    title: 1,
    target: 2,
    realised: 3,
    fulfilment: 4,
    status: 5,
    due: h1 ? 6 : null,
    pace: h1 ? 7 : null,
    needed: 6 + p,
    note: 7 + p,
    house: 8 + p,
    key: 9 + p,
    short: 10 + p,
    chartValue: 11 + p,
    chartTarget: 12 + p,
  };
}

/**
 * Zero-based rows: the title block (0–4), the chart (from `CHART_ROW`, so it is printed whole on
 * page 1, never cut by a page break), then the column headers and the goals.
 */
const CHART_ROW = 6;
const CHART_ROWS = 18;
export const HEADER_ROW = CHART_ROW + CHART_ROWS + 1;

const OP_SIGN: Readonly<Record<IndicatorResult["op"], string>> = { ">=": "≥ ", ">": "> ", "<=": "≤ " };
const PERCENT = "0.0%";

export interface ReportInput {
  readonly contract: Contract;
  readonly result: EvaluationResult;
  readonly data: WorkbookData;
  readonly lang: Lang;
  /** Write live formulas (default) or values only. */
  readonly formulas?: boolean;
  /** The date the report is made ("Opgjort pr."); today by default. */
  readonly asOf?: Date;
}

export function planStatusReport(input: ReportInput): { sheet: StatusSheetPlan; method: StatusSheetPlan } {
  const { contract, result, data, lang } = input;
  const h1 = result.period.kind === "H1";
  const c = statusColumns(h1);
  const settings = resolveSettings(contract, result.params, result.options);
  const periodField = settings.options.periodeFelt === "slutdato" ? "slutdato" : "startdato";
  const keyLabels = Object.assign(
    (key: string) => {
      const def = contract.keyFigures.find((k) => k.id === key);
      return [key, ...(def ? [def.label, ...def.synonyms] : [])];
    },
    { unit: (key: string) => contract.keyFigures.find((k) => k.id === key)?.unit },
  );
  const indicatorOf = (goalId: string, id: string): Indicator | undefined =>
    contract.goals.find((g) => g.id === goalId)?.indicators.find((x) => x.id === id);
  const notes = new NoteBook();
  // Filled in once every row's notes are known: a note on many rows is said once, on the Metode sheet.
  const refCells: { cells: PlanCell[]; refs: number[] }[] = [];
  const onTrack = t("statusSheet.onTrack", lang);
  const behind = t("statusSheet.behind", lang);

  const width = c.key + 1;
  const body: PlanCell[][] = [];
  const goalRows: number[] = [];
  const outlineRows: number[] = [];
  const firstBody = HEADER_ROW + 2; // Excel row number of the first body row
  const rowOf = (): number => firstBody + body.length;

  for (const goal of result.goals) {
    const goalRow = rowOf();
    goalRows.push(goalRow);
    body.push([]); // filled once the indicator rows are known
    const members: Member[] = [];
    const paceRows: number[] = [];
    goal.indicators.forEach((ind, k) => {
      const row = rowOf();
      outlineRows.push(row - 1);
      const def = indicatorOf(goal.id, ind.id);
      const resolved = def ? resolveIndicator(def, settings) : null;
      const rule = resolved?.rule ?? { kind: "proportional" as const };
      // No figure from the engine (e.g. no Startdato at H1): no formula that would count rows anyway.
      const formula =
        input.formulas !== false && resolved && ind.value !== null
          ? realisedFormula(resolved.measure, { data, period: result.period, periodField }, keyLabels)
          : null;
      const texts = [
        ...ind.notes,
        ...(formula === null && ind.value !== null ? [t("statusSheet.formulaNote", lang)] : []),
      ];
      const unitFormat = UNIT_FORMAT[ind.unit];
      const cells: PlanCell[] = Array.from({ length: width }, () => v(null));
      cells[c.goal] = v(goal.id.length <= 4 ? `${goal.id}.${k + 1}` : null, { look: { color: "595959" } });
      cells[c.title] = v(ind.label, { look: { indent: 1, wrap: true } });
      cells[c.target] = v(ind.target, { format: "decimal", numberFormat: `"${OP_SIGN[ind.op]}"${unitFormat}` });
      cells[c.realised] = formula
        ? fx(formula, ind.value ?? "", { format: "decimal", numberFormat: unitFormat })
        : v(ind.value, { format: "decimal", numberFormat: unitFormat });
      cells[c.fulfilment] = fx(
        fulfilmentFormula(c, row, rule, ind.op),
        ind.fulfilmentPct === null ? "" : sheetFraction(ind.fulfilmentPct),
        { format: "percent", numberFormat: PERCENT },
      );
      cells[c.status] = fx(statusFormula(c, row, lang), statusText(ind.status, lang));
      if (c.due !== null && c.pace !== null) {
        const proRata = ind.pace?.basis === "proRata" || (ind.pace === null && ind.op === ">=");
        const share = result.period.dueShare;
        const target = at(c.target, row);
        const dueFormula = proRata && ind.op === ">=" ? `IF(${target}="","",${target}*${share})` : `${target}`;
        const due = ind.target === null ? null : proRata && ind.op === ">=" ? ind.target * share : ind.target;
        cells[c.due] = fx(ind.pace && ind.pace.basis === "level" ? `${target}` : dueFormula, due ?? "", {
          format: "decimal",
          numberFormat: unitFormat,
        });
        const realised = at(c.realised, row);
        const dueAt = at(c.due, row);
        cells[c.pace] = fx(
          `IF(OR(${realised}="",${dueAt}=""),"",IF(${realised}${ind.op}${dueAt},${excelText(onTrack)},${excelText(behind)}))`,
          ind.pace === null ? "" : ind.pace.onTrack ? onTrack : behind,
        );
        if (ind.weight > 0) paceRows.push(row);
      }
      cells[c.needed] = v(ind.whatIf ? `+${formatCount(ind.whatIf.add, lang)} ${ind.whatIf.of}` : null, {
        look: { wrap: true },
      });
      refCells.push({ cells, refs: notes.refs(texts, `${goal.id} · ${ind.label}`) });
      cells[c.key] = v(`${goal.id}/${ind.id}`);
      body.push(cells);
      if (ind.weight > 0) members.push({ row, weight: ind.weight, core: fulfilmentCore(c, row, rule, ind.op) });
    });
    body[goalRow - firstBody] = goalCells(goal, members, paceRows, {
      c,
      width,
      lang,
      onTrack,
      behind,
    });
    refCells.push({
      cells: body[goalRow - firstBody] as PlanCell[],
      refs: notes.refs(goal.notes, `${goal.id} · ${goal.title}`),
    });
  }

  const lastBody = firstBody + body.length - 1;
  for (const r of refCells) {
    const shown = r.refs.filter((n) => !notes.isGeneral(n)).sort((a, b) => a - b);
    const look = r.cells[c.note]?.look;
    r.cells[c.note] = v(shown.length === 0 ? null : shown.join(", "), { look: { ...look, italic: true, wrap: true } });
  }
  for (const line of body) line.forEach((cell, i) => (line[i] = { ...cell, look: { ...cell.look, top: true } }));
  const statusCells = goalRows.map((r) => at(c.status, r));
  // The chart's helper block: one row per goal from the first body row, hidden.
  goalRows.forEach((r, i) => {
    const goal = result.goals[i] as GoalResult;
    const line = body[i] as PlanCell[];
    line[c.short] = v(shortTitle(goal.id, goal.title));
    line[c.chartValue] = fx(
      `IF(${at(c.fulfilment, r)}="",0,${at(c.fulfilment, r)})`,
      goal.fulfilmentPct === null ? 0 : sheetFraction(goal.fulfilmentPct, false),
      { format: "percent", numberFormat: PERCENT },
    );
    line[c.chartTarget] = v(1, { format: "percent", numberFormat: "0%" });
  });
  for (const line of body) while (line.length < c.chartTarget + 1) line.push(v(null));

  const head = (key: Parameters<typeof t>[0]): PlanCell =>
    v(t(key, lang), { format: "header", look: { bold: true, color: "FFFFFF", fill: HEAD_FILL, wrap: true } });
  const header: PlanCell[] = Array.from({ length: width }, () => v(null));
  header[c.goal] = head("statusSheet.goal");
  header[c.title] = head("statusSheet.title");
  header[c.target] = head("statusSheet.target");
  header[c.realised] = head("statusSheet.realised");
  header[c.fulfilment] = head("statusSheet.fulfilment");
  header[c.status] = head("statusSheet.status");
  if (c.due !== null) header[c.due] = head("statusSheet.due");
  if (c.pace !== null) header[c.pace] = head("statusSheet.pace");
  header[c.needed] = head("statusSheet.needed");
  header[c.note] = head("statusSheet.note");
  header[c.house] = head("statusSheet.house");
  header[c.key] = head("statusSheet.key");
  header.push(
    head("statusSheet.chartShort"),
    head("statusSheet.chartTitle"),
    v(t("statusSheet.chartTarget", lang), { format: "header" }),
  );

  const year = result.period.year ?? "";
  const periodText = t(h1 ? "statusSheet.reportPeriodH1" : "statusSheet.reportPeriodYear", lang, { year }).trim();
  const asOf = input.asOf ?? new Date();
  const date = new Intl.DateTimeFormat(localeOf(lang).intl, { dateStyle: "long" }).format(asOf);
  const source = sourcesOf(data);
  const line3 = [
    t("statusSheet.reportAsOf", lang, { date }),
    ...(source ? [t("statusSheet.reportSource", lang, { tables: source })] : []),
  ].join(" · ");

  const counts = countStatuses(result.goals);
  const statusWord = (s: keyof typeof LIGHTS): string => statusText(s, lang);
  const summary = summaryFormula(lang, result.goals.length, statusCells, statusWord);
  const summaryCached = t("statusSheet.reportSummary", lang, { total: result.goals.length, ...counts });

  const legend: PlanCell[] = [v(null), v(t("statusSheet.reportLegend", lang), { look: { italic: true } })];
  for (const s of ["opfyldt", "delvist", "ikke opfyldt", "mangler data"] as const) legend.push(v(statusWord(s)));

  const rows: PlanCell[][] = [
    [v(result.title, { look: { bold: true, size: 14, color: HEAD_FILL } })],
    [v(periodText, { look: { bold: true, size: 12 } })],
    [v(line3, { look: { color: "595959" } })],
    [
      summary === null
        ? v(summaryCached, { look: { bold: true } })
        : fx(summary, summaryCached, { look: { bold: true } }),
    ],
    legend,
    ...Array.from({ length: HEADER_ROW - 5 }, () => []),
    header,
    ...body,
  ];

  const lights: TrafficLight[] = (["opfyldt", "delvist", "ikke opfyldt"] as const).map((s) => ({
    text: statusWord(s),
    match: "equal" as const,
    fill: LIGHTS[s].fill,
    color: LIGHTS[s].color,
  }));
  lights.push({
    text: statusWord("mangler data"),
    match: "begins",
    fill: LIGHTS["mangler data"].fill,
    color: LIGHTS["mangler data"].color,
  });

  const widths: number[] = [];
  widths[c.goal] = 6;
  widths[c.title] = 46;
  widths[c.target] = 11;
  widths[c.realised] = 11;
  widths[c.fulfilment] = 11;
  widths[c.status] = 15;
  if (c.due !== null) widths[c.due] = 11;
  if (c.pace !== null) widths[c.pace] = 9;
  widths[c.needed] = 20;
  widths[c.note] = 10;
  widths[c.house] = 34;
  widths[c.key] = 12;
  widths[c.short] = 30;
  widths[c.chartValue] = 10;
  widths[c.chartTarget] = 6;

  const rowHeights = heightsOf(rows, widths);
  const report: ReportLayout = {
    headerRow: HEADER_ROW,
    freezeRows: 0,
    table: { name: h1 ? "Kontrakttjek_Status_H1" : "Kontrakttjek_Status", lastRow: lastBody - 1, columns: width },
    hiddenColumns: [c.key, c.short, c.chartValue, c.chartTarget],
    outlineRows,
    rowHeights,
    trafficLights: {
      blocks: [
        { row: 4, column: 2, rows: 1, columns: 4 },
        { row: HEADER_ROW + 1, column: c.status, rows: body.length, columns: 1 },
      ],
      rules: lights,
    },
    print: {
      landscape: true,
      lastColumn: c.house,
      pages: 2,
      lastRow: lastBody - 1,
      footerLeft: `${result.title.replace(/&/g, "&&")} · ${periodText}`,
      footerRight: `&D · ${t("statusSheet.page", lang)}`,
    },
    userColumn: {
      column: c.house,
      keyColumn: c.key,
      orphan: t("statusSheet.orphan", lang, { key: "\u0000" }).replace("\u0000", "{key}"),
    },
  };
  const sheet: StatusSheetPlan = {
    name: statusSheetName(result.period),
    rows,
    widths,
    chart: {
      categoriesColumn: c.short,
      valuesColumn: c.chartValue,
      targetColumn: c.chartTarget,
      rows: result.goals.map((_, i) => HEADER_ROW + 1 + i),
      title: t("statusSheet.chartTitle", lang),
      colors: result.goals.map((g) => LIGHTS[g.status].bar),
      anchor: { row: CHART_ROW, column: c.title, rows: CHART_ROWS, columns: c.status - c.title + 1 },
    },
    report,
  };
  return { sheet, method: methodSheet(notes, result, periodText, h1, lang) };
}

interface GoalContext {
  readonly c: StatusColumns;
  readonly width: number;
  readonly lang: Lang;
  readonly onTrack: string;
  readonly behind: string;
}

function goalCells(
  goal: GoalResult,
  members: readonly Member[],
  paceRows: readonly number[],
  g: GoalContext,
): PlanCell[] {
  const { c, lang } = g;
  const look: CellLook = { bold: true, fill: GOAL_FILL };
  const cells: PlanCell[] = Array.from({ length: g.width }, () => v(null, { look }));
  cells[c.goal] = v(goal.id, { look });
  cells[c.title] = v(goal.title, { look: { ...look, wrap: true } });
  cells[c.fulfilment] = fx(
    goalFulfilmentFormula(c, members),
    goal.fulfilmentPct === null ? "" : sheetFraction(goal.fulfilmentPct, false),
    { format: "percent", numberFormat: PERCENT, look },
  );
  cells[c.status] = fx(goalStatusFormula(c, members, lang), goalStatusText(goal.status, goal.partial, lang), {
    look: { ...look, wrap: true },
  });
  if (c.pace !== null && paceRows.length > 0) {
    const list = paceRows.map((r) => at(c.pace as number, r));
    const on = list.map((p) => `(${p}=${excelText(g.onTrack)})`).join("+");
    const off = list.map((p) => `(${p}=${excelText(g.behind)})`).join("+");
    cells[c.pace] = fx(
      `IF((${off})>0,${excelText(g.behind)},IF((${on})=${paceRows.length},${excelText(g.onTrack)},""))`,
      goal.pace === null
        ? goal.indicators.some((i) => i.pace && !i.pace.onTrack && i.weight > 0)
          ? g.behind
          : ""
        : goal.pace.onTrack
          ? g.onTrack
          : g.behind,
      { look },
    );
  }
  cells[c.key] = v(goal.id);
  return cells;
}
