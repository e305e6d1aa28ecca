/**
 * The status sheet's native chart in a package: a clustered bar chart of fulfilment per goal, the
 * same chart the Office adapter draws (`charts.add("BarClustered", …)`, titled with the sheet's
 * name). Its series point at the sheet's own cells, or — when the goals' rows are spread out — at a
 * small block of link formulas beside the table, written as plan cells so ownership covers them.
 * The parts carry cached values so viewers draw the chart without recalculating.
 */
import type { PlanCell, StatusSheetPlan } from "../../port";
import { NS } from "../ooxml/namespaces";
import type { OwnedChart } from "./marks";
import {
  addOverride,
  addRel,
  freePartName,
  readRels,
  removeOverride,
  removeRel,
  type PartStore,
  type Rel,
} from "./package";
import { isRelType, relsPartOf } from "../ooxml/part-names";
import { cellRef, columnLetters, MAX_COLUMNS } from "../../sheet/a1";
import { insertDrawingElement, removeDrawingElement, sheetDrawingRelId } from "./sheet-drawing";
import type { SheetRef } from "./workbook";
import { escapeAttr, escapeText, stripInvalidXml, XML_DECL } from "../ooxml/xml";

export const CHART_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
export const DRAWING_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
export const DRAWING_REL_TYPE = `${NS.rel}/drawing`;
export const CHART_REL_TYPE = `${NS.rel}/chart`;

const C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const XDR_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

/** A column of the sheet from `first` to `last` (one-based rows) with the values it holds. */
interface SeriesRange {
  readonly column: number;
  readonly first: number;
  readonly last: number;
}

export interface ChartSpec {
  readonly sheet: string;
  readonly title: string;
  /** The series name's cell (the values column's header), and its text. */
  readonly name: { readonly row: number; readonly column: number; readonly text: string };
  readonly categories: SeriesRange & { readonly values: readonly string[] };
  readonly values: SeriesRange & { readonly values: readonly (number | null)[] };
  /** The 100 % line (a report's): its own column of the same rows, drawn as a line over the bars. */
  readonly target?: SeriesRange & { readonly values: readonly (number | null)[]; readonly name: string };
  /** A colour per bar (six hex digits), by status. */
  readonly colors?: readonly string[];
  /** Where the chart goes: top-left cell (zero-based column, zero-based row) and its size in cells. */
  readonly anchor: { readonly column: number; readonly row: number; readonly columns: number; readonly rows: number };
}

const EMPTY: PlanCell = { kind: "value", value: null };

/** The value a cell shows: its value, or a formula's cached result. */
const shown = (cell: PlanCell | undefined): string | number | boolean | null =>
  !cell ? null : cell.kind === "value" ? cell.value : cell.cached;

const asText = (v: string | number | boolean | null): string => (v === null ? "" : String(v));
const asNumber = (v: string | number | boolean | null): number | null =>
  typeof v === "number" && Number.isFinite(v) ? v : null;

/**
 * The plan's rows with the link block added where needed, and the chart over them; null when the
 * plan asks for no chart or has no goal rows.
 */
export const chartLayout = (
  plan: StatusSheetPlan,
): { readonly rows: readonly (readonly PlanCell[])[]; readonly chart: ChartSpec } | null => {
  const c = plan.chart;
  const column = (n: number): boolean => Number.isInteger(n) && n >= 0 && n < MAX_COLUMNS;
  if (!c || !column(c.categoriesColumn) || !column(c.valuesColumn)) return null;
  const rows = [...new Set(c.rows)]
    .filter((r) => Number.isInteger(r) && r >= 0 && r < plan.rows.length)
    .sort((a, b) => a - b);
  if (rows.length === 0) return null;
  const width = plan.rows.reduce((m, r) => Math.max(m, r.length), 0);
  const headerRow = plan.report?.headerRow ?? 0;
  const header = (column: number): string => asText(shown(plan.rows[headerRow]?.[column]));
  const cell = (row: number, column: number): PlanCell | undefined => plan.rows[row]?.[column];
  const contiguous = rows.every((r, i) => i === 0 || r === rows[i - 1]! + 1);
  const anchor = c.anchor ?? { column: width + 4, row: 0, columns: 8, rows: Math.max(15, rows.length + 5) };
  const base = { sheet: plan.name, title: c.title ?? plan.name, anchor, ...(c.colors ? { colors: c.colors } : {}) };
  if (contiguous) {
    const first = rows[0]! + 1;
    const last = rows[rows.length - 1]! + 1;
    return {
      rows: plan.rows,
      chart: {
        ...base,
        name: { row: headerRow + 1, column: c.valuesColumn, text: header(c.valuesColumn) },
        categories: {
          column: c.categoriesColumn,
          first,
          last,
          values: rows.map((r) => asText(shown(cell(r, c.categoriesColumn)))),
        },
        values: {
          column: c.valuesColumn,
          first,
          last,
          values: rows.map((r) => asNumber(shown(cell(r, c.valuesColumn)))),
        },
        ...(c.targetColumn !== undefined && column(c.targetColumn)
          ? {
              target: {
                column: c.targetColumn,
                first,
                last,
                name: header(c.targetColumn),
                values: rows.map((r) => asNumber(shown(cell(r, c.targetColumn as number)))),
              },
            }
          : {}),
      },
    };
  }
  // As the Office adapter: two columns of links one column right of the table, header row first.
  const at = width + 1;
  const out: PlanCell[][] = plan.rows.map((r) => [...r]);
  const put = (row: number, column: number, value: PlanCell): void => {
    const line = out[row] ?? [];
    while (line.length < column) line.push(EMPTY);
    line[column] = value;
    out[row] = line;
  };
  put(0, at, { kind: "value", value: header(c.categoriesColumn) });
  put(0, at + 1, { kind: "value", value: header(c.valuesColumn) });
  rows.forEach((r, i) => {
    const category = shown(cell(r, c.categoriesColumn));
    const value = asNumber(shown(cell(r, c.valuesColumn)));
    put(i + 1, at, {
      kind: "formula",
      formula: `=${cellRef(r + 1, c.categoriesColumn)}`,
      cached: typeof category === "boolean" ? String(category).toUpperCase() : category,
    });
    put(i + 1, at + 1, {
      kind: "formula",
      formula: `=${cellRef(r + 1, c.valuesColumn)}`,
      cached: value ?? "",
      format: "percent",
    });
  });
  return {
    rows: out,
    chart: {
      ...base,
      name: { row: 1, column: at + 1, text: header(c.valuesColumn) },
      categories: {
        column: at,
        first: 2,
        last: rows.length + 1,
        values: rows.map((r) => asText(shown(cell(r, c.categoriesColumn)))),
      },
      values: {
        column: at + 1,
        first: 2,
        last: rows.length + 1,
        values: rows.map((r) => asNumber(shown(cell(r, c.valuesColumn)))),
      },
    },
  };
};

/* ---------------------------------------------------------------- parts */

const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;
const absRange = (sheet: string, r: SeriesRange): string =>
  `${quoteSheet(sheet)}!$${columnLetters(r.column)}$${r.first}` +
  (r.last === r.first ? "" : `:$${columnLetters(r.column)}$${r.last}`);
const text = (s: string): string => escapeText(stripInvalidXml(s));
const v = (name: string, value: string | number): string => `<c:${name} val="${escapeAttr(String(value))}"/>`;

const strRef = (f: string, values: readonly string[]): string =>
  `<c:strRef><c:f>${text(f)}</c:f><c:strCache>${v("ptCount", values.length)}` +
  values.map((s, i) => `<c:pt idx="${i}"><c:v>${text(s)}</c:v></c:pt>`).join("") +
  "</c:strCache></c:strRef>";

// The cells' own percent format (built-in 9, see formats.ts), so axis and cache read as the sheet does.
const PERCENT_CODE = "0%";

const numRef = (f: string, values: readonly (number | null)[]): string =>
  `<c:numRef><c:f>${text(f)}</c:f><c:numCache><c:formatCode>${PERCENT_CODE}</c:formatCode>${v("ptCount", values.length)}` +
  values.map((n, i) => (n === null ? "" : `<c:pt idx="${i}"><c:v>${String(n)}</c:v></c:pt>`)).join("") +
  "</c:numCache></c:numRef>";

const richText = (s: string): string =>
  `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr/></a:pPr><a:r><a:rPr lang="da-DK"/><a:t>${text(s)}</a:t></a:r></a:p></c:rich>`;

const solid = (hex: string): string =>
  `<c:spPr><a:solidFill><a:srgbClr val="${escapeAttr(hex)}"/></a:solidFill></c:spPr>`;

/** The 100 % line: a line series on the bars' axes, no markers. */
const targetLine = (spec: ChartSpec): string => {
  const t = spec.target;
  if (!t) return "";
  return (
    "<c:lineChart>" +
    v("grouping", "standard") +
    v("varyColors", 0) +
    "<c:ser>" +
    v("idx", 1) +
    v("order", 1) +
    `<c:tx><c:v>${text(t.name)}</c:v></c:tx>` +
    '<c:spPr><a:ln w="22225"><a:solidFill><a:srgbClr val="1F4E79"/></a:solidFill><a:prstDash val="dash"/></a:ln></c:spPr>' +
    `<c:marker>${v("symbol", "none")}</c:marker>` +
    `<c:cat>${strRef(absRange(spec.sheet, spec.categories), spec.categories.values)}</c:cat>` +
    `<c:val>${numRef(absRange(spec.sheet, t), t.values)}</c:val>` +
    v("smooth", 0) +
    "</c:ser>" +
    v("marker", 1) +
    v("axId", 500010) +
    v("axId", 500020) +
    "</c:lineChart>"
  );
};

/**
 * `xl/charts/chartN.xml`: one clustered bar series, value axis 0–100 %; a report's chart stands
 * upright with a colour per bar and a dashed line at 100 %.
 */
export const chartPartXml = (spec: ChartSpec): string =>
  XML_DECL +
  `<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${NS.rel}">` +
  v("date1904", 0) +
  v("lang", "da-DK") +
  v("roundedCorners", 0) +
  "<c:chart>" +
  `<c:title><c:tx>${richText(spec.title)}</c:tx>${v("overlay", 0)}</c:title>` +
  v("autoTitleDeleted", 0) +
  "<c:plotArea><c:layout/><c:barChart>" +
  v("barDir", spec.target ? "col" : "bar") +
  v("grouping", "clustered") +
  v("varyColors", 0) +
  "<c:ser>" +
  v("idx", 0) +
  v("order", 0) +
  `<c:tx>${strRef(absRange(spec.sheet, { column: spec.name.column, first: spec.name.row, last: spec.name.row }), [spec.name.text])}</c:tx>` +
  (spec.colors ? solid("5B9BD5") : "") +
  v("invertIfNegative", 0) +
  (spec.colors ?? [])
    .map((c, i) => `<c:dPt>${v("idx", i)}${v("invertIfNegative", 0)}${v("bubble3D", 0)}${solid(c)}</c:dPt>`)
    .join("") +
  `<c:cat>${strRef(absRange(spec.sheet, spec.categories), spec.categories.values)}</c:cat>` +
  `<c:val>${numRef(absRange(spec.sheet, spec.values), spec.values.values)}</c:val>` +
  "</c:ser>" +
  v("gapWidth", spec.target ? 60 : 150) +
  v("axId", 500010) +
  v("axId", 500020) +
  "</c:barChart>" +
  targetLine(spec) +
  "<c:catAx>" +
  v("axId", 500010) +
  `<c:scaling>${v("orientation", "minMax")}</c:scaling>` +
  v("delete", 0) +
  v("axPos", spec.target ? "b" : "l") +
  '<c:numFmt formatCode="General" sourceLinked="1"/>' +
  v("majorTickMark", "none") +
  v("minorTickMark", "none") +
  v("tickLblPos", spec.target ? "low" : "nextTo") +
  (spec.target
    ? '<c:txPr><a:bodyPr rot="-2700000" vert="horz"/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="800"/></a:pPr><a:endParaRPr lang="da-DK"/></a:p></c:txPr>'
    : "") +
  v("crossAx", 500020) +
  v("crosses", "autoZero") +
  v("auto", 1) +
  v("lblAlgn", "ctr") +
  v("lblOffset", 100) +
  v("noMultiLvlLbl", 0) +
  "</c:catAx>" +
  "<c:valAx>" +
  v("axId", 500020) +
  `<c:scaling>${v("orientation", "minMax")}${v("max", spec.target ? 1.1 : 1)}${v("min", 0)}</c:scaling>` +
  v("delete", 0) +
  v("axPos", spec.target ? "l" : "b") +
  "<c:majorGridlines/>" +
  `<c:numFmt formatCode="${PERCENT_CODE}" sourceLinked="0"/>` +
  v("majorTickMark", "none") +
  v("minorTickMark", "none") +
  v("tickLblPos", "nextTo") +
  v("crossAx", 500010) +
  v("crosses", "autoZero") +
  v("crossBetween", "between") +
  (spec.target ? v("majorUnit", 0.25) : "") +
  "</c:valAx>" +
  "</c:plotArea>" +
  (spec.target ? `<c:legend>${v("legendPos", "t")}${v("overlay", 0)}</c:legend>` : "") +
  v("plotVisOnly", 1) +
  v("dispBlanksAs", "gap") +
  "</c:chart></c:chartSpace>";

/** The name the Office adapter gives its chart; also how our frame is recognised in a drawing. */
export const CHART_NAME = "Kontrakttjek";

/** `xl/drawings/drawingN.xml`: one two-cell anchor holding the chart (relationship `chartRelId`). */
export const drawingPartXml = (spec: ChartSpec, chartRelId: string): string => {
  const a = spec.anchor;
  const marker = (name: string, column: number, row: number): string =>
    `<xdr:${name}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${name}>`;
  return (
    XML_DECL +
    `<xdr:wsDr xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}">` +
    "<xdr:twoCellAnchor>" +
    marker("from", a.column, a.row) +
    marker("to", a.column + a.columns, a.row + a.rows) +
    '<xdr:graphicFrame macro="">' +
    `<xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${CHART_NAME}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${C_NS}">` +
    `<c:chart xmlns:c="${C_NS}" xmlns:r="${NS.rel}" r:id="${escapeAttr(chartRelId)}"/>` +
    "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>"
  );
};

/* ---------------------------------------------------------------- in the package */

const setIfChanged = (store: PartStore, part: string, xml: string): void => {
  if (store.text(part) !== xml) store.setText(part, xml);
};

/**
 * Our drawing and chart as the package's relationships confirm them, or null. Found by part name
 * rather than relationship id: Excel renumbers ids when it saves, and keeps the names.
 */
const locate = (
  store: PartStore,
  sheet: SheetRef,
  c: OwnedChart,
): { relId: string; drawing: string; chart: string; chartRelId: string } | null => {
  const drawingPart = store.find(c.drawing);
  const chartPart = store.find(c.chart);
  const drawing = readRels(store, sheet.path).find(
    (r) => !r.external && isRelType(r.type, "drawing") && store.find(r.target) === drawingPart,
  );
  const chart =
    drawingPart === undefined
      ? undefined
      : readRels(store, drawingPart).find(
          (r) => !r.external && isRelType(r.type, "chart") && store.find(r.target) === chartPart,
        );
  if (drawing && chart && drawingPart && chartPart)
    return { relId: drawing.id, drawing: drawingPart, chart: chartPart, chartRelId: chart.id };
  return locateByName(store, sheet);
};

/**
 * LibreOffice numbers drawing and chart parts afresh when it saves (`chart1` → `chart2`): then our
 * drawing is the sheet's one drawing holding a single object named as ours, with one chart.
 */
const locateByName = (
  store: PartStore,
  sheet: SheetRef,
): { relId: string; drawing: string; chart: string; chartRelId: string } | null => {
  for (const rel of readRels(store, sheet.path)) {
    if (rel.external || !isRelType(rel.type, "drawing")) continue;
    const drawing = store.find(rel.target);
    const xml = drawing === undefined ? undefined : store.text(drawing);
    if (drawing === undefined || xml === undefined) continue;
    const names = [...xml.matchAll(/<(?:[\w.-]+:)?cNvPr\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1]);
    if (names.length !== 1 || names[0] !== CHART_NAME) continue;
    const charts = readRels(store, drawing).filter((r) => !r.external && isRelType(r.type, "chart"));
    const chart = charts.length === 1 ? store.find((charts[0] as Rel).target) : undefined;
    if (chart !== undefined) return { relId: rel.id, drawing, chart, chartRelId: (charts[0] as Rel).id };
  }
  return null;
};

/** Id of the sheet's relationship to our drawing, when the package still has it. */
export const ownedDrawingRelId = (store: PartStore, sheet: SheetRef, c: OwnedChart): string | null =>
  locate(store, sheet, c)?.relId ?? null;

/**
 * Draws the chart on `sheet`, or updates the one an earlier write drew (same parts, so applying
 * twice equals once). Null when the sheet already has a drawing that is not ours: a sheet holds
 * one drawing, and we do not edit the user's.
 */
export const drawChart = (
  store: PartStore,
  workbookPath: string,
  sheet: SheetRef,
  spec: ChartSpec,
  old: OwnedChart | undefined,
): OwnedChart | null => {
  const found = old ? locate(store, sheet, old) : null;
  if (old && found) {
    setIfChanged(store, found.chart, chartPartXml(spec));
    setIfChanged(store, found.drawing, drawingPartXml(spec, found.chartRelId));
    return { ...old, relId: found.relId, drawing: found.drawing, chart: found.chart };
  }
  const sheetBytes = store.bytes(sheet.path);
  if (sheetBytes === undefined || sheetDrawingRelId(sheetBytes) !== null) return null;
  const dir = workbookPath.replace(/[^/]*$/, "");
  const chart = freePartName(store, `${dir}charts/chart`);
  const drawing = freePartName(store, `${dir}drawings/drawing`);
  store.setText(chart, chartPartXml(spec));
  addOverride(store, chart, CHART_CONTENT_TYPE);
  const chartRelId = addRel(store, drawing, CHART_REL_TYPE, chart);
  store.setText(drawing, drawingPartXml(spec, chartRelId));
  addOverride(store, drawing, DRAWING_CONTENT_TYPE);
  const relId = addRel(store, sheet.path, DRAWING_REL_TYPE, drawing);
  store.setBytes(sheet.path, insertDrawingElement(sheetBytes, relId));
  return { sheetId: sheet.sheetId, sheet: sheet.name, relId, drawing, chart };
};

// Parts Excel adds to a chart it saves (style and colours); they belong to that chart alone.
const CHART_OWN_PARTS = ["chartStyle", "chartColorStyle"];

// LibreOffice lists even .rels parts as overrides, so theirs go too.
const deleteRelsOf = (store: PartStore, part: string): void => {
  removeOverride(store, relsPartOf(part));
  store.delete(relsPartOf(part));
};

const deletePart = (store: PartStore, part: string): void => {
  deleteRelsOf(store, part);
  removeOverride(store, part);
  store.delete(part);
};

/**
 * Removes our chart from `sheet`: the chart, the drawing, their rels and content types, the
 * sheet's relationship (its rels part too when nothing else is left in it) and, unless the sheet
 * is about to be removed whole, its `<drawing>` element. Parts the record names but the package's
 * relationships do not confirm are left alone.
 */
export const removeChart = (store: PartStore, sheet: SheetRef, c: OwnedChart, editSheet: boolean): boolean => {
  const found = locate(store, sheet, c);
  if (!found) return false;
  for (const r of readRels(store, found.chart))
    if (!r.external && CHART_OWN_PARTS.some((t) => isRelType(r.type, t))) deletePart(store, r.target);
  deletePart(store, found.chart);
  deletePart(store, found.drawing);
  removeRel(store, sheet.path, found.relId);
  if (readRels(store, sheet.path).length === 0) deleteRelsOf(store, sheet.path);
  const bytes = store.bytes(sheet.path);
  if (editSheet && bytes !== undefined) {
    const edited = removeDrawingElement(bytes, found.relId);
    if (edited !== bytes) store.setBytes(sheet.path, edited);
  }
  return true;
};
