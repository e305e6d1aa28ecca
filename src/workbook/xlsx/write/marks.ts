/**
 * Kontrakttjek's ownership record: a custom XML part (namespace `urn:kontrakttjek:marks:1`) that
 * lists what it wrote — sheets with the cells it owns, `Kontrol` columns, highlighted cells with
 * the style they had before, charts. Excel keeps custom XML parts, Office.js can read them
 * (`workbook.customXmlParts.getByNamespace`), and clean/re-apply trust only this record, never
 * guesses from content.
 *
 * Version 2 names every sheet by its name (a `sheetId` is only a hint: LibreOffice renumbers
 * them 1..n in tab order when it saves) and keeps a fingerprint of every cell written (see
 * `../../ownership/fingerprint.ts`), so a removal first proves that a cell still holds what
 * Kontrakttjek put there. Version 1 records (no fingerprints) are still read, by name.
 */
import { z } from "zod";
import type { HighlightKind } from "../../port";
import { decodeCells, encodeCells, type OwnedCells } from "../../ownership/cells";
import { decodeHashes, encodeHashes } from "../../ownership/fingerprint";
import { CONTENT_TYPE, MARKS_NS, NS, REL_TYPE } from "../ooxml/namespaces";
import { children, parseXml, root } from "./dom";
import {
  addOverride,
  addRel,
  freePartName,
  hasDefault,
  readRels,
  removeOverride,
  removeRel,
  type PartStore,
} from "./package";
import { isRelType, relsPartOf } from "../ooxml/part-names";
import { cellRef, parseRange, type CellPos } from "../../sheet/a1";
import { escapeAttr, XML_DECL } from "../ooxml/xml";

export { decodeCells, encodeCells, ownedCellMap, ownedCellsOf, posKey, type OwnedCells } from "../../ownership/cells";

export { MARKS_NS };
const ITEM_ID = "{5E0C7B1A-6F4D-4C1B-9A57-4B6B2D1A7E31}";

export interface OwnedSheet extends OwnedCells {
  /** Hint only: where the sheet was when written. */
  readonly sheetId: number;
  readonly name: string;
  /** Kontrakttjek created the sheet (clean may remove it whole). */
  readonly created: boolean;
}

export interface OwnedColumn extends OwnedCells {
  readonly sheetId: number;
  readonly sheet: string;
  readonly table: string | null;
  /** `id` of the table column Kontrakttjek added (tables only). */
  readonly tableColumnId: number | null;
  /** The header written (null in a version-1 record). */
  readonly header: string | null;
  /** Zero-based sheet column when written. */
  readonly column: number;
  readonly headerRow: number;
  /** Last Excel row written (header row + values). */
  readonly lastRow: number;
}

export interface OwnedHighlight {
  readonly sheetId: number;
  /** The sheet's name ("" when a version-1 record cannot tell it). */
  readonly sheet: string;
  readonly ref: string;
  readonly kind: HighlightKind;
  /** cellXfs index before highlighting; null when the cell had no `s` attribute. */
  readonly original: number | null;
  /**
   * The fill the cell had before, as canonical XML (`""` for the stylesheet's default fill);
   * null when unknown. Restores the cell after a re-save renumbered the styles.
   */
  readonly originalFill: string | null;
  /** The cell did not exist before (clean removes it again when still empty). */
  readonly created: boolean;
  /** cellXfs index Kontrakttjek set. */
  readonly applied: number;
}

/** A chart Kontrakttjek drew on one of its sheets: the drawing part (ours alone) and its chart. */
export interface OwnedChart {
  readonly sheetId: number;
  readonly sheet: string;
  /** Id of the sheet's relationship to the drawing. */
  readonly relId: string;
  readonly drawing: string;
  readonly chart: string;
}

// The record comes from a file: a chart entry that does not parse is ignored, and clean deletes
// only parts the package's own relationships lead to from the entry's sheet.
const OWNED_CHART = z.object({
  sheetId: z.coerce.number().int().positive(),
  sheet: z.string(),
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

/** Cells and fingerprints of an entry; fingerprints that do not fit the cells count as none. */
const cellsOf = (e: { getAttribute(name: string): string | null }): OwnedCells => {
  const cells = e.getAttribute("cells") ?? "";
  const fpText = e.getAttribute("fp");
  let fp = fpText === null ? null : decodeHashes(fpText);
  if (fp) {
    let n = 0;
    for (const _ of decodeCells(cells)) n++;
    if (n !== fp.length) fp = null;
  }
  return { cells, fp };
};

export const readMarks = (store: PartStore, workbookPath: string): Ownership => {
  const loc = findMarks(store, workbookPath);
  if (!loc) return EMPTY_OWNERSHIP;
  const r = root(store.doc(loc.item) ?? parseXml("<x/>", loc.item));
  const version = r.getAttribute("version") === "2" ? 2 : 1;
  const sheets: OwnedSheet[] = children(r, "sheet").map((e) => ({
    sheetId: num(e.getAttribute("sheetId")),
    name: e.getAttribute("name") ?? "",
    created: e.getAttribute("created") === "1",
    ...cellsOf(e),
  }));
  const columns: OwnedColumn[] = children(r, "column").map((e) => ({
    sheetId: num(e.getAttribute("sheetId")),
    sheet: e.getAttribute("sheet") ?? "",
    table: e.getAttribute("table"),
    tableColumnId: e.hasAttribute("tableColumnId") ? num(e.getAttribute("tableColumnId")) : null,
    header: e.getAttribute("header"),
    column: num(e.getAttribute("column")),
    headerRow: num(e.getAttribute("headerRow")),
    lastRow: num(e.getAttribute("lastRow")),
    ...(version === 2 ? cellsOf(e) : { cells: "", fp: null }),
  }));
  // A version-1 highlight names its sheet by id only: the record's own entries tell the name.
  const nameOfId = new Map<number, string>();
  for (const x of [...sheets, ...columns.map((c) => ({ sheetId: c.sheetId, name: c.sheet }))])
    if (x.name !== "" && !nameOfId.has(x.sheetId)) nameOfId.set(x.sheetId, x.name);
  const highlights: OwnedHighlight[] = children(r, "highlights").flatMap((e) => {
    const sheetId = num(e.getAttribute("sheetId"));
    const sheet = e.getAttribute("sheet") ?? nameOfId.get(sheetId) ?? "";
    const kind: HighlightKind = e.getAttribute("kind") === "warning" ? "warning" : "error";
    const o = e.getAttribute("original") ?? "";
    const original = o === "" ? null : num(o);
    const applied = num(e.getAttribute("applied"));
    const created = e.getAttribute("created") === "1";
    const originalFill = e.getAttribute("fill");
    return [...decodeCells(e.getAttribute("cells") ?? "")].map((c) => ({
      sheetId,
      sheet,
      ref: cellRef(c.row, c.column),
      kind,
      original,
      originalFill,
      applied,
      created,
    }));
  });
  const charts: OwnedChart[] = children(r, "chart").flatMap((e) => {
    const sheetId = num(e.getAttribute("sheetId"));
    const c = OWNED_CHART.safeParse({
      sheetId: e.getAttribute("sheetId"),
      sheet: e.getAttribute("sheet") ?? nameOfId.get(sheetId) ?? "",
      relId: e.getAttribute("relId"),
      drawing: e.getAttribute("drawing"),
      chart: e.getAttribute("chart"),
    });
    return c.success ? [c.data] : [];
  });
  const named = (x: { sheet?: string; name?: string }): boolean => (x.sheet ?? x.name ?? "") !== "";
  return {
    sheets: sheets.filter(named),
    columns: columns.filter((c) => named(c) && Number.isFinite(c.column) && Number.isFinite(c.headerRow)),
    highlights: highlights.filter(
      (h) => named(h) && (h.original === null || Number.isFinite(h.original)) && Number.isFinite(h.applied),
    ),
    charts: charts.filter(named),
    calcOnLoadAdded: r.getAttribute("calcOnLoadAdded") === "1",
  };
};

const marksXml = (o: Ownership): string => {
  const groups = new Map<string, { h: OwnedHighlight; cells: CellPos[] }>();
  for (const h of o.highlights) {
    const key = `${h.sheet}|${h.kind}|${h.original}|${h.originalFill}|${h.applied}|${h.created}`;
    const pos = parseRange(h.ref);
    if (!pos) continue;
    const g = groups.get(key) ?? { h, cells: [] };
    g.cells.push({ row: pos.top, column: pos.left });
    groups.set(key, g);
  }
  const a = (name: string, v: string | number): string => ` ${name}="${escapeAttr(String(v))}"`;
  const cells = (c: OwnedCells): string => `${a("cells", c.cells)}${c.fp ? a("fp", encodeHashes(c.fp)) : ""}`;
  return (
    XML_DECL +
    `<kt:marks xmlns:kt="${MARKS_NS}"${a("version", 2)}${o.calcOnLoadAdded ? a("calcOnLoadAdded", 1) : ""}>` +
    o.sheets
      .map(
        (s) => `<kt:sheet${a("name", s.name)}${a("sheetId", s.sheetId)}${a("created", s.created ? 1 : 0)}${cells(s)}/>`,
      )
      .join("") +
    o.columns
      .map(
        (c) =>
          `<kt:column${a("sheet", c.sheet)}${a("sheetId", c.sheetId)}` +
          (c.table !== null ? a("table", c.table) : "") +
          (c.tableColumnId !== null ? a("tableColumnId", c.tableColumnId) : "") +
          (c.header !== null ? a("header", c.header) : "") +
          `${a("column", c.column)}${a("headerRow", c.headerRow)}${a("lastRow", c.lastRow)}${cells(c)}/>`,
      )
      .join("") +
    [...groups.values()]
      .map(
        ({ h, cells: list }) =>
          `<kt:highlights${a("sheet", h.sheet)}${a("sheetId", h.sheetId)}${a("kind", h.kind)}${a("original", h.original ?? "")}` +
          `${h.originalFill !== null ? a("fill", h.originalFill) : ""}${a("applied", h.applied)}` +
          `${h.created ? a("created", 1) : ""}${a("cells", encodeCells(list))}/>`,
      )
      .join("") +
    o.charts
      .map(
        (c) =>
          `<kt:chart${a("sheet", c.sheet)}${a("sheetId", c.sheetId)}${a("relId", c.relId)}${a("drawing", c.drawing)}${a("chart", c.chart)}/>`,
      )
      .join("") +
    "</kt:marks>"
  );
};

const itemPropsXml = (): string =>
  XML_DECL +
  `<ds:datastoreItem ds:itemID="${ITEM_ID}" xmlns:ds="${NS.customXml}">` +
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
  removeOverride(store, relsPartOf(loc.item)); // LibreOffice lists even .rels parts as overrides
  store.delete(relsPartOf(loc.item));
  removeOverride(store, loc.item);
  store.delete(loc.item);
  removeRel(store, loc.source, loc.relId);
};
