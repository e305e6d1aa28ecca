/**
 * Kontrakttjek's ownership record: a custom XML part (namespace `urn:kontrakttjek:marks:1`) that
 * lists what it wrote — sheets (by sheetId) with the cells it owns, `Kontrol` columns (with the
 * table column id), and highlighted cells with the style they had before. Excel keeps custom XML
 * parts, Office.js can read them (`workbook.customXmlParts.getByNamespace`), and clean/re-apply
 * trust only this record, never guesses from content.
 */
import { z } from "zod";
import type { HighlightKind } from "../../port";
import { CONTENT_TYPE, REL_TYPE } from "../create/parts";
import { children, parseXml, root } from "./dom";
import {
  addOverride,
  addRel,
  freePartName,
  hasDefault,
  isRelType,
  readRels,
  relsPathOf,
  removeOverride,
  removeRel,
  type PartStore,
} from "./package";
import { cellRef, parseRange, rangeRef, type CellPos } from "./ref";
import { escapeAttr, XML_DECL } from "./xml";

export const MARKS_NS = "urn:kontrakttjek:marks:1";
const ITEM_ID = "{5E0C7B1A-6F4D-4C1B-9A57-4B6B2D1A7E31}";

export interface OwnedSheet {
  readonly sheetId: number;
  readonly name: string;
  /** Kontrakttjek created the sheet (clean may remove it whole). */
  readonly created: boolean;
  /** Cells Kontrakttjek wrote, as `A1:H12 J3` (sqref). */
  readonly cells: string;
}

export interface OwnedColumn {
  readonly sheetId: number;
  readonly sheet: string;
  readonly table: string | null;
  /** `id` of the table column Kontrakttjek added (tables only). */
  readonly tableColumnId: number | null;
  /** Zero-based sheet column when written. */
  readonly column: number;
  readonly headerRow: number;
  /** Last Excel row written (header row + values). */
  readonly lastRow: number;
}

export interface OwnedHighlight {
  readonly sheetId: number;
  readonly ref: string;
  readonly kind: HighlightKind;
  /** cellXfs index before highlighting; null when the cell had no `s` attribute. */
  readonly original: number | null;
  /** The cell did not exist before (clean removes it again when still empty). */
  readonly created: boolean;
  /** cellXfs index Kontrakttjek set. */
  readonly applied: number;
}

/** A chart Kontrakttjek drew on one of its sheets: the drawing part (ours alone) and its chart. */
export interface OwnedChart {
  readonly sheetId: number;
  /** Id of the sheet's relationship to the drawing. */
  readonly relId: string;
  readonly drawing: string;
  readonly chart: string;
}

// The record comes from a file: a chart entry that does not parse is ignored, and clean deletes
// only parts the package's own relationships lead to from the entry's sheet.
const OWNED_CHART = z.object({
  sheetId: z.coerce.number().int().positive(),
  relId: z.string().min(1),
  drawing: z.string().min(1),
  chart: z.string().min(1),
});

export interface Ownership {
  readonly sheets: readonly OwnedSheet[];
  readonly columns: readonly OwnedColumn[];
  readonly highlights: readonly OwnedHighlight[];
  readonly charts: readonly OwnedChart[];
  /** Kontrakttjek set `fullCalcOnLoad` (clean removes it again). */
  readonly calcOnLoadAdded: boolean;
}

export const EMPTY_OWNERSHIP: Ownership = {
  sheets: [],
  columns: [],
  highlights: [],
  charts: [],
  calcOnLoadAdded: false,
};

export const isEmptyOwnership = (o: Ownership): boolean =>
  o.sheets.length === 0 &&
  o.columns.length === 0 &&
  o.highlights.length === 0 &&
  o.charts.length === 0 &&
  !o.calcOnLoadAdded;

/* ---------------------------------------------------------------- cell lists */

/** Cells → compact sqref: runs down a column become `B2:B9`. */
export const encodeCells = (cells: readonly CellPos[]): string => {
  const sorted = [...cells].sort((a, b) => a.column - b.column || a.row - b.row);
  const out: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    const start = sorted[i] as CellPos;
    let end = start;
    while (i + 1 < sorted.length) {
      const n = sorted[i + 1] as CellPos;
      if (n.column !== end.column || n.row > end.row + 1) break;
      end = n;
      i++;
    }
    i++;
    out.push(rangeRef({ top: start.row, left: start.column, bottom: end.row, right: end.column }));
  }
  return out.join(" ");
};

export function* decodeCells(sqref: string): Generator<CellPos> {
  for (const part of sqref.split(/\s+/)) {
    const r = part ? parseRange(part) : null;
    if (!r) continue;
    for (let column = r.left; column <= r.right; column++)
      for (let row = r.top; row <= r.bottom; row++) yield { row, column };
  }
}

/* ---------------------------------------------------------------- the part */

interface MarksLocation {
  readonly item: string;
  readonly relId: string;
  /** The part whose relationship points at the record: the workbook, or "" for the package. */
  readonly source: string;
}

// LibreOffice moves the workbook's custom XML relationships to the package root when it saves.
const findMarks = (store: PartStore, workbookPath: string): MarksLocation | null => {
  for (const source of [workbookPath, ""]) {
    for (const rel of readRels(store, source)) {
      if (!isRelType(rel.type, "customXml") || rel.external) continue;
      const doc = store.doc(rel.target);
      if (doc && root(doc).namespaceURI === MARKS_NS) return { item: rel.target, relId: rel.id, source };
    }
  }
  return null;
};

const num = (v: string | null): number => (v === null || v === "" ? NaN : Number(v));

export const readMarks = (store: PartStore, workbookPath: string): Ownership => {
  const loc = findMarks(store, workbookPath);
  if (!loc) return EMPTY_OWNERSHIP;
  const r = root(store.doc(loc.item) ?? parseXml("<x/>", loc.item));
  const sheets: OwnedSheet[] = children(r, "sheet").map((e) => ({
    sheetId: num(e.getAttribute("sheetId")),
    name: e.getAttribute("name") ?? "",
    created: e.getAttribute("created") === "1",
    cells: e.getAttribute("cells") ?? "",
  }));
  const columns: OwnedColumn[] = children(r, "column").map((e) => ({
    sheetId: num(e.getAttribute("sheetId")),
    sheet: e.getAttribute("sheet") ?? "",
    table: e.getAttribute("table"),
    tableColumnId: e.hasAttribute("tableColumnId") ? num(e.getAttribute("tableColumnId")) : null,
    column: num(e.getAttribute("column")),
    headerRow: num(e.getAttribute("headerRow")),
    lastRow: num(e.getAttribute("lastRow")),
  }));
  const highlights: OwnedHighlight[] = children(r, "highlights").flatMap((e) => {
    const sheetId = num(e.getAttribute("sheetId"));
    const kind: HighlightKind = e.getAttribute("kind") === "warning" ? "warning" : "error";
    const o = e.getAttribute("original") ?? "";
    const original = o === "" ? null : num(o);
    const applied = num(e.getAttribute("applied"));
    const created = e.getAttribute("created") === "1";
    return [...decodeCells(e.getAttribute("cells") ?? "")].map((c) => ({
      sheetId,
      ref: cellRef(c.row, c.column),
      kind,
      original,
      applied,
      created,
    }));
  });
  const charts: OwnedChart[] = children(r, "chart").flatMap((e) => {
    const c = OWNED_CHART.safeParse({
      sheetId: e.getAttribute("sheetId"),
      relId: e.getAttribute("relId"),
      drawing: e.getAttribute("drawing"),
      chart: e.getAttribute("chart"),
    });
    return c.success ? [c.data] : [];
  });
  const valid = <T extends { sheetId: number }>(x: T): boolean => Number.isFinite(x.sheetId);
  return {
    sheets: sheets.filter(valid),
    columns: columns.filter((c) => valid(c) && Number.isFinite(c.column) && Number.isFinite(c.headerRow)),
    highlights: highlights.filter(
      (h) => valid(h) && (h.original === null || Number.isFinite(h.original)) && Number.isFinite(h.applied),
    ),
    charts,
    calcOnLoadAdded: r.getAttribute("calcOnLoadAdded") === "1",
  };
};

const marksXml = (o: Ownership): string => {
  const groups = new Map<string, { h: OwnedHighlight; cells: CellPos[] }>();
  for (const h of o.highlights) {
    const key = `${h.sheetId}|${h.kind}|${h.original}|${h.applied}|${h.created}`;
    const pos = parseRange(h.ref);
    if (!pos) continue;
    const g = groups.get(key) ?? { h, cells: [] };
    g.cells.push({ row: pos.top, column: pos.left });
    groups.set(key, g);
  }
  const a = (name: string, v: string | number): string => ` ${name}="${escapeAttr(String(v))}"`;
  return (
    XML_DECL +
    `<kt:marks xmlns:kt="${MARKS_NS}"${a("version", 1)}${o.calcOnLoadAdded ? a("calcOnLoadAdded", 1) : ""}>` +
    o.sheets
      .map(
        (s) =>
          `<kt:sheet${a("sheetId", s.sheetId)}${a("name", s.name)}${a("created", s.created ? 1 : 0)}${a("cells", s.cells)}/>`,
      )
      .join("") +
    o.columns
      .map(
        (c) =>
          `<kt:column${a("sheetId", c.sheetId)}${a("sheet", c.sheet)}` +
          (c.table !== null ? a("table", c.table) : "") +
          (c.tableColumnId !== null ? a("tableColumnId", c.tableColumnId) : "") +
          `${a("column", c.column)}${a("headerRow", c.headerRow)}${a("lastRow", c.lastRow)}/>`,
      )
      .join("") +
    [...groups.values()]
      .map(
        ({ h, cells }) =>
          `<kt:highlights${a("sheetId", h.sheetId)}${a("kind", h.kind)}${a("original", h.original ?? "")}${a("applied", h.applied)}` +
          `${h.created ? a("created", 1) : ""}${a("cells", encodeCells(cells))}/>`,
      )
      .join("") +
    o.charts
      .map(
        (c) =>
          `<kt:chart${a("sheetId", c.sheetId)}${a("relId", c.relId)}${a("drawing", c.drawing)}${a("chart", c.chart)}/>`,
      )
      .join("") +
    "</kt:marks>"
  );
};

const itemPropsXml = (): string =>
  XML_DECL +
  `<ds:datastoreItem ds:itemID="${ITEM_ID}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">` +
  `<ds:schemaRefs><ds:schemaRef ds:uri="${MARKS_NS}"/></ds:schemaRefs></ds:datastoreItem>`;

/** Writes the record (creating the part the first time), or removes it when nothing is owned. */
export const writeMarks = (store: PartStore, workbookPath: string, o: Ownership): void => {
  const loc = findMarks(store, workbookPath);
  if (isEmptyOwnership(o)) {
    if (loc) removeMarks(store, workbookPath);
    return;
  }
  const xml = marksXml(o);
  if (loc) {
    if (store.text(loc.item) !== xml) store.setText(loc.item, xml);
    return;
  }
  const item = freePartName(store, "customXml/item");
  const props = item.replace(/item(\d+)\.xml$/, "itemProps$1.xml");
  store.setText(item, xml);
  store.setText(props, itemPropsXml());
  addRel(store, item, REL_TYPE.customXmlProps, props);
  addOverride(store, props, CONTENT_TYPE.customXmlProps);
  if (!hasDefault(store, "xml")) addOverride(store, item, "application/xml");
  addRel(store, workbookPath, REL_TYPE.customXml, item);
};

export const removeMarks = (store: PartStore, workbookPath: string): void => {
  const loc = findMarks(store, workbookPath);
  if (!loc) return;
  for (const rel of readRels(store, loc.item)) {
    if (!isRelType(rel.type, "customXmlProps")) continue;
    removeOverride(store, rel.target);
    store.delete(rel.target);
  }
  removeOverride(store, relsPathOf(loc.item)); // LibreOffice lists even .rels parts as overrides
  store.delete(relsPathOf(loc.item));
  removeOverride(store, loc.item);
  store.delete(loc.item);
  removeRel(store, loc.source, loc.relId);
};
