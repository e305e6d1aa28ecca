/**
 * Kontrakttjek's ownership record, one format for every host: a custom XML part (namespace
 * `urn:kontrakttjek:marks:1`) listing what it wrote — sheets with the cells it owns, `Kontrol`
 * columns, highlighted cells with what they had before, charts. The .xlsx writer keeps it as a
 * part of the package, the Office adapter through `workbook.customXmlParts` (ExcelApi 1.5): the
 * same XML, made and read here, so `clean` removes what the task pane wrote and "Fjern" what
 * `evaluate --write` wrote.
 *
 * Version 2 names every sheet by its name (a `sheetId` is only a hint: LibreOffice renumbers
 * sheets on save, and the Office adapter does not know it) and keeps a fingerprint of every cell
 * written (`fingerprint.ts`), so a removal first proves that a cell still holds what was put
 * there. Version 1 records (no fingerprints) are still read, by name.
 *
 * Read without a DOM (the pane need not carry an XML library): the record is one root element
 * with flat children, and a host that re-serialises it (another prefix, a declaration, elements
 * no longer self-closed, single quotes) gives the same record.
 */
import { z } from "zod";
import type { HighlightKind } from "../port";
import { cellRef, parseRange, type CellPos } from "../sheet/a1";
import { decodeCells, encodeCells, type OwnedCells } from "./cells";
import { decodeHashes, encodeHashes } from "./fingerprint";

export const MARKS_NS = "urn:kontrakttjek:marks:1";

export interface OwnedSheet extends OwnedCells {
  /** Hint only: where the sheet was when written (0 when the writer did not know). */
  readonly sheetId: number;
  readonly name: string;
  /** Kontrakttjek created the sheet (clean may remove it whole). */
  readonly created: boolean;
}

export interface OwnedColumn extends OwnedCells {
  readonly sheetId: number;
  readonly sheet: string;
  readonly table: string | null;
  /** `id` of the table column Kontrakttjek added (null: find it by its header). */
  readonly tableColumnId: number | null;
  /** The header written (null in a version-1 record). */
  readonly header: string | null;
  /** Zero-based sheet column when written. */
  readonly column: number;
  /** Excel row of the header. */
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
  /** cellXfs index before highlighting; null when the cell had no `s` attribute or it is unknown. */
  readonly original: number | null;
  /**
   * The fill the cell had before, as canonical XML (`""` for the stylesheet's default fill);
   * null when unknown. Restores the cell after a re-save renumbered the styles, and is all the
   * Office adapter knows (it sets a colour, not a style).
   */
  readonly originalFill: string | null;
  /** The cell did not exist before (clean removes it again when still empty). */
  readonly created: boolean;
  /** cellXfs index Kontrakttjek set (NaN when the Office adapter highlighted it). */
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

export interface Ownership {
  readonly sheets: readonly OwnedSheet[];
  readonly columns: readonly OwnedColumn[];
  readonly highlights: readonly OwnedHighlight[];
  readonly charts: readonly OwnedChart[];
  /** Kontrakttjek set `fullCalcOnLoad` (clean removes it again). */
  readonly calcOnLoadAdded: boolean;
  /** Kontrakttjek created the workbook's `definedNames` list (clean removes it once empty). */
  readonly namesListAdded?: boolean;
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

/* ---------------------------------------------------------------- a flat XML reader */

interface El {
  readonly local: string;
  readonly attrs: ReadonlyMap<string, string>;
}

const ENTITY = /&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/g;
const decode = (s: string): string =>
  s.replace(ENTITY, (m, e: string) => {
    if (e === "amp") return "&";
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });

const TAG = /<(\/?)([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The root (when it is a `marks` element in our namespace) and its child elements. */
function flatElements(xml: string): { root: El; children: El[] } | null {
  // A record has no DTD; one is refused, so no entity is ever declared.
  if (/<!DOCTYPE/i.test(xml)) return null;
  const body = xml.replace(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>/g, "");
  let root: El | null = null;
  const children: El[] = [];
  let depth = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(body); m; m = TAG.exec(body)) {
    const [, close, qname = "", attrText = "", selfClose] = m;
    if (close) {
      depth--;
      continue;
    }
    const attrs = new Map<string, string>();
    ATTR.lastIndex = 0;
    // Attribute values are normalised as an XML parser does (a literal tab or line break is a space).
    for (let a = ATTR.exec(attrText); a; a = ATTR.exec(attrText))
      attrs.set(a[1] as string, decode((a[2] ?? a[3] ?? "").replace(/[\t\n\r]/g, " ")));
    const colon = qname.indexOf(":");
    const local = colon < 0 ? qname : qname.slice(colon + 1);
    if (root === null) {
      const ns = attrs.get(colon < 0 ? "xmlns" : `xmlns:${qname.slice(0, colon)}`);
      if (local !== "marks" || ns !== MARKS_NS) return null;
      root = { local, attrs };
    } else if (depth === 1) children.push({ local, attrs });
    if (!selfClose) depth++;
  }
  return root ? { root, children } : null;
}

/* ---------------------------------------------------------------- reading */

const num = (v: string | undefined): number => (v === undefined || v === "" ? NaN : Number(v));

/** Cells and fingerprints of an entry; fingerprints that do not fit the cells count as none. */
const cellsOf = (e: El): OwnedCells => {
  const cells = e.attrs.get("cells") ?? "";
  const fpText = e.attrs.get("fp");
  let fp = fpText === undefined ? null : decodeHashes(fpText);
  if (fp) {
    let n = 0;
    for (const _ of decodeCells(cells)) n++;
    if (n !== fp.length) fp = null;
  }
  return { cells, fp };
};

// The record comes from a file: a chart entry that does not parse is ignored, and clean deletes
// only parts the package's own relationships lead to from the entry's sheet.
const OWNED_CHART = z.object({
  sheetId: z.coerce.number().int().positive(),
  sheet: z.string(),
  relId: z.string().min(1),
  drawing: z.string().min(1),
  chart: z.string().min(1),
});

/** The record a custom XML part holds; null when the XML is not Kontrakttjek's record. */
export function parseRecord(xml: string): Ownership | null {
  const flat = flatElements(xml);
  if (!flat) return null;
  const { root, children } = flat;
  const of = (local: string): El[] => children.filter((e) => e.local === local);
  const version = root.attrs.get("version") === "2" ? 2 : 1;
  const sheets: OwnedSheet[] = of("sheet").map((e) => ({
    sheetId: num(e.attrs.get("sheetId")),
    name: e.attrs.get("name") ?? "",
    created: e.attrs.get("created") === "1",
    ...cellsOf(e),
  }));
  const columns: OwnedColumn[] = of("column").map((e) => ({
    sheetId: num(e.attrs.get("sheetId")),
    sheet: e.attrs.get("sheet") ?? "",
    table: e.attrs.get("table") ?? null,
    tableColumnId: e.attrs.has("tableColumnId") ? num(e.attrs.get("tableColumnId")) : null,
    header: e.attrs.get("header") ?? null,
    column: num(e.attrs.get("column")),
    headerRow: num(e.attrs.get("headerRow")),
    lastRow: num(e.attrs.get("lastRow")),
    ...(version === 2 ? cellsOf(e) : { cells: "", fp: null }),
  }));
  // A version-1 highlight names its sheet by id only: the record's own entries tell the name.
  const nameOfId = new Map<number, string>();
  for (const x of [...sheets, ...columns.map((c) => ({ sheetId: c.sheetId, name: c.sheet }))])
    if (x.name !== "" && !nameOfId.has(x.sheetId)) nameOfId.set(x.sheetId, x.name);
  const highlights: OwnedHighlight[] = of("highlights").flatMap((e) => {
    const sheetId = num(e.attrs.get("sheetId"));
    const sheet = e.attrs.get("sheet") ?? nameOfId.get(sheetId) ?? "";
    const kind: HighlightKind = e.attrs.get("kind") === "warning" ? "warning" : "error";
    const o = e.attrs.get("original") ?? "";
    const original = o === "" ? null : num(o);
    const applied = num(e.attrs.get("applied"));
    const created = e.attrs.get("created") === "1";
    const originalFill = e.attrs.get("fill") ?? null;
    return [...decodeCells(e.attrs.get("cells") ?? "")].map((c) => ({
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
  const charts: OwnedChart[] = of("chart").flatMap((e) => {
    const sheetId = num(e.attrs.get("sheetId"));
    const c = OWNED_CHART.safeParse({
      sheetId: e.attrs.get("sheetId"),
      sheet: e.attrs.get("sheet") ?? nameOfId.get(sheetId) ?? "",
      relId: e.attrs.get("relId"),
      drawing: e.attrs.get("drawing"),
      chart: e.attrs.get("chart"),
    });
    return c.success ? [c.data] : [];
  });
  const named = (x: { sheet?: string; name?: string }): boolean => (x.sheet ?? x.name ?? "") !== "";
  return {
    sheets: sheets.filter(named),
    columns: columns.filter((c) => named(c) && Number.isFinite(c.column) && Number.isFinite(c.headerRow)),
    // A highlight is restorable by the style it replaced or, failing that, by the fill it had.
    highlights: highlights.filter(
      (h) =>
        named(h) &&
        (h.original === null || Number.isFinite(h.original)) &&
        (Number.isFinite(h.applied) || h.originalFill !== null),
    ),
    charts: charts.filter(named),
    calcOnLoadAdded: root.attrs.get("calcOnLoadAdded") === "1",
    ...(root.attrs.get("namesListAdded") === "1" ? { namesListAdded: true } : {}),
  };
}

/* ---------------------------------------------------------------- writing */

const escapeAttr = (s: string): string =>
  s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;")
    .replace(/\t/g, "&#9;");

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The record's XML (a version-2 record), as both hosts store it. */
export function recordXml(o: Ownership): string {
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
  // 0: the writer did not know it (the Office adapter)
  const id = (v: number): string => (Number.isFinite(v) && v > 0 ? a("sheetId", v) : "");
  const cells = (c: OwnedCells): string => `${a("cells", c.cells)}${c.fp ? a("fp", encodeHashes(c.fp)) : ""}`;
  return (
    XML_DECL +
    `<kt:marks xmlns:kt="${MARKS_NS}"${a("version", 2)}${o.calcOnLoadAdded ? a("calcOnLoadAdded", 1) : ""}${o.namesListAdded ? a("namesListAdded", 1) : ""}>` +
    o.sheets
      .map((s) => `<kt:sheet${a("name", s.name)}${id(s.sheetId)}${a("created", s.created ? 1 : 0)}${cells(s)}/>`)
      .join("") +
    o.columns
      .map(
        (c) =>
          `<kt:column${a("sheet", c.sheet)}${id(c.sheetId)}` +
          (c.table !== null ? a("table", c.table) : "") +
          (c.tableColumnId !== null && Number.isFinite(c.tableColumnId) ? a("tableColumnId", c.tableColumnId) : "") +
          (c.header !== null ? a("header", c.header) : "") +
          `${a("column", c.column)}${a("headerRow", c.headerRow)}${a("lastRow", c.lastRow)}${cells(c)}/>`,
      )
      .join("") +
    [...groups.values()]
      .map(
        ({ h, cells: list }) =>
          `<kt:highlights${a("sheet", h.sheet)}${id(h.sheetId)}${a("kind", h.kind)}${a("original", h.original ?? "")}` +
          `${h.originalFill !== null ? a("fill", h.originalFill) : ""}` +
          `${Number.isFinite(h.applied) ? a("applied", h.applied) : ""}` +
          `${h.created ? a("created", 1) : ""}${a("cells", encodeCells(list))}/>`,
      )
      .join("") +
    o.charts
      .map(
        (c) =>
          `<kt:chart${a("sheet", c.sheet)}${id(c.sheetId)}${a("relId", c.relId)}${a("drawing", c.drawing)}${a("chart", c.chart)}/>`,
      )
      .join("") +
    "</kt:marks>"
  );
}
