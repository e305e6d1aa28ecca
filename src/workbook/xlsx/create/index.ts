/**
 * Builds a new .xlsx from a spec: cells (shared strings, numbers, booleans, dates, formulas with
 * cached values), Excel tables with filter buttons, data validation, column widths and formats,
 * bold and frozen header rows, hidden sheets. The output is deterministic (same spec, same bytes).
 */
import type { CellFormat } from "../../port";
import { writePackage, type XlsxPackage } from "../zip";
import type { CellContent } from "../ooxml/cells";
import { isoToSerial } from "../../sheet/dates";
import type { StyleWish } from "../ooxml/formats";
import { looksLikeFormula } from "../ooxml/formula";
import { parseRange, type CellRange } from "../../sheet/a1";
import { escapeAttr, escapeText, stripInvalidXml, textElement, XML_DECL } from "../ooxml/xml";
import { checkName, checkSheetName } from "../../sheet/names";
import { CONTENT_TYPE, CONTENT_TYPES_PART, NS, REL_TYPE } from "../ooxml/namespaces";
import { appXml, contentTypesXml, coreXml, relsXml, themeXml } from "./parts";
import { renderSheetBytes, type RenderCell, type RenderColumn } from "../ooxml/worksheet";
import { FreshStyles } from "../ooxml/styles";
import { tableXml, type TableModel } from "./table";
import { WorkbookSpecError, type NewCell, type NewSheet, type NewWorkbookSpec } from "../../sheet/spec";
import { validationsXml } from "./validation";

// The spec it builds from lives with the sheet vocabulary; re-exported for callers that create files.
export * from "../../sheet/spec";

/** A cell of the spec as content plus the format it asks for. */
export const normalizeCell = (cell: NewCell): { content: CellContent; format?: CellFormat } => {
  if (cell === null || cell === undefined) return { content: { t: "empty" } };
  if (typeof cell === "string") return { content: cell === "" ? { t: "empty" } : { t: "string", v: cell } };
  if (typeof cell === "number") return { content: { t: "number", v: cell } };
  if (typeof cell === "boolean") return { content: { t: "bool", v: cell } };
  if (cell.kind === "formula")
    return { content: { t: "formula", f: cell.formula, cached: cell.cached ?? null }, format: cell.format };
  if (cell.kind === "date") {
    const serial = typeof cell.value === "number" ? cell.value : isoToSerial(cell.value);
    if (serial === null) throw new WorkbookSpecError(`not a date: "${String(cell.value)}"`);
    return { content: { t: "number", v: serial }, format: cell.format ?? "date" };
  }
  const v = cell.value;
  const content: CellContent =
    v === null || v === ""
      ? { t: "empty" }
      : typeof v === "string"
        ? { t: "string", v }
        : typeof v === "number"
          ? { t: "number", v }
          : { t: "bool", v };
  return { content, format: cell.format };
};

class SharedStrings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  count = 0;
  shared(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(text);
      this.index.set(text, i);
    }
    return i;
  }
}

const tableModel = (sheet: NewSheet, t: NonNullable<NewSheet["tables"]>[number], id: number): TableModel => {
  checkName(t.name, "table name");
  const range = parseRange(t.range);
  if (!range || range.bottom <= range.top)
    throw new WorkbookSpecError(`table ${t.name}: range "${t.range}" needs a header row and at least one data row`);
  const headerRow = sheet.rows?.[range.top - 1] ?? [];
  const columns: string[] = [];
  for (let c = range.left; c <= range.right; c++) {
    const { content } = normalizeCell(headerRow[c]);
    if (content.t !== "string")
      throw new WorkbookSpecError(`table ${t.name}: header cell in column ${c + 1} must be text`);
    if (columns.some((x) => x.toLowerCase() === content.v.toLowerCase()))
      throw new WorkbookSpecError(`table ${t.name}: duplicate header "${content.v}"`);
    columns.push(content.v);
  }
  return { id, name: t.name, range, columns, style: t.style ?? "TableStyleMedium2", rowStripes: t.rowStripes ?? true };
};

const overlaps = (a: CellRange, b: CellRange): boolean =>
  a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

/** The new workbook's parts, in package order; `createWorkbook` zips them. */
export const buildWorkbookParts = (spec: NewWorkbookSpec): XlsxPackage => {
  if (spec.sheets.length === 0) throw new WorkbookSpecError("a workbook needs at least one sheet");
  const seen = new Set<string>();
  for (const s of spec.sheets) {
    checkSheetName(s.name);
    if (seen.has(s.name.toLowerCase())) throw new WorkbookSpecError(`duplicate sheet name "${s.name}"`);
    seen.add(s.name.toLowerCase());
  }
  const visible = spec.sheets.map((s, i) => (s.hidden ? -1 : i)).filter((i) => i >= 0);
  if (visible.length === 0) throw new WorkbookSpecError("at least one sheet must be visible");
  const active = spec.activeSheet ?? visible[0] ?? 0;
  if (!visible.includes(active)) throw new WorkbookSpecError("the active sheet must exist and be visible");

  const styles = new FreshStyles();
  const strings = new SharedStrings();
  const enc = new TextEncoder();
  const files = new Map<string, string | Uint8Array>();
  const overrides: { part: string; type: string }[] = [{ part: "/xl/workbook.xml", type: CONTENT_TYPE.workbook }];
  const names = new Set<string>();
  let tableId = 0;

  spec.sheets.forEach((sheet, si) => {
    const n = si + 1;
    const colSpecs = sheet.columns ?? [];
    const headerRows = sheet.headerRows ?? 0;
    const columns: RenderColumn[] = colSpecs.flatMap((c, index) =>
      c ? [{ index, width: c.width, hidden: c.hidden, style: c.format ? styles.xf({ format: c.format }) : 0 }] : [],
    );
    const cells: RenderCell[] = [];
    (sheet.rows ?? []).forEach((cellsOfRow, ri) => {
      cellsOfRow.forEach((cell, ci) => {
        const { content, format } = normalizeCell(cell);
        const header = ri < headerRows;
        const wish: StyleWish = {
          format: format ?? (header ? undefined : colSpecs[ci]?.format),
          bold: header,
          quotePrefix: content.t === "string" && looksLikeFormula(content.v),
        };
        const style = styles.xf(wish);
        if (content.t !== "empty" || style !== 0) cells.push({ row: ri + 1, column: ci, content, style });
      });
    });

    const tables = (sheet.tables ?? []).map((t) => tableModel(sheet, t, ++tableId));
    tables.forEach((t, i) => {
      if (names.has(t.name.toLowerCase())) throw new WorkbookSpecError(`duplicate table name "${t.name}"`);
      names.add(t.name.toLowerCase());
      if (tables.slice(0, i).some((u) => overlaps(u.range, t.range)))
        throw new WorkbookSpecError(`table ${t.name} overlaps another table`);
    });
    const rels = tables.map((t, i) => ({
      id: `rId${i + 1}`,
      type: REL_TYPE.table,
      target: `../tables/table${t.id}.xml`,
    }));
    for (const t of tables) {
      files.set(`xl/tables/table${t.id}.xml`, tableXml(t));
      overrides.push({ part: `/xl/tables/table${t.id}.xml`, type: CONTENT_TYPE.table });
    }
    files.set(
      `xl/worksheets/sheet${n}.xml`,
      renderSheetBytes(
        {
          cells,
          columns,
          freezeRows: sheet.freezeRows ?? headerRows,
          selected: si === active,
          validationsXml: validationsXml(sheet.validations ?? []),
          tableRelIds: rels.map((r) => r.id),
        },
        strings,
      ),
    );
    if (rels.length) files.set(`xl/worksheets/_rels/sheet${n}.xml.rels`, relsXml(rels));
    overrides.push({ part: `/xl/worksheets/sheet${n}.xml`, type: CONTENT_TYPE.worksheet });
  });

  const defined = (spec.definedNames ?? []).map((d) => {
    checkName(d.name, "defined name");
    if (names.has(d.name.toLowerCase())) throw new WorkbookSpecError(`duplicate name "${d.name}"`);
    names.add(d.name.toLowerCase());
    return (
      `<definedName name="${escapeAttr(d.name)}"${d.hidden ? ' hidden="1"' : ""}>` +
      `${escapeText(stripInvalidXml(d.formula.replace(/^=/, "")))}</definedName>`
    );
  });
  const wbRels: { id: string; type: string; target: string }[] = spec.sheets.map((_s, i) => ({
    id: `rId${i + 1}`,
    type: REL_TYPE.worksheet,
    target: `worksheets/sheet${i + 1}.xml`,
  }));
  const k = spec.sheets.length;
  wbRels.push(
    { id: `rId${k + 1}`, type: REL_TYPE.theme, target: "theme/theme1.xml" },
    { id: `rId${k + 2}`, type: REL_TYPE.styles, target: "styles.xml" },
    { id: `rId${k + 3}`, type: REL_TYPE.sharedStrings, target: "sharedStrings.xml" },
  );
  files.set(
    "xl/workbook.xml",
    XML_DECL +
      `<workbook xmlns="${NS.main}" xmlns:r="${NS.rel}"><workbookPr/>` +
      `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="15000" activeTab="${active}"/></bookViews>` +
      "<sheets>" +
      spec.sheets
        .map(
          (s, i) =>
            `<sheet name="${escapeAttr(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ""} r:id="rId${i + 1}"/>`,
        )
        .join("") +
      "</sheets>" +
      (defined.length ? `<definedNames>${defined.join("")}</definedNames>` : "") +
      '<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>',
  );
  files.set("xl/_rels/workbook.xml.rels", relsXml(wbRels));
  files.set("xl/theme/theme1.xml", themeXml());
  files.set("xl/styles.xml", styles.toXml());
  files.set(
    "xl/sharedStrings.xml",
    XML_DECL +
      `<sst xmlns="${NS.main}" count="${strings.count}" uniqueCount="${strings.list.length}">` +
      strings.list.map((s) => `<si>${textElement(s)}</si>`).join("") +
      "</sst>",
  );
  overrides.push(
    { part: "/xl/theme/theme1.xml", type: CONTENT_TYPE.theme },
    { part: "/xl/styles.xml", type: CONTENT_TYPE.styles },
    { part: "/xl/sharedStrings.xml", type: CONTENT_TYPE.sharedStrings },
    { part: "/docProps/core.xml", type: CONTENT_TYPE.core },
    { part: "/docProps/app.xml", type: CONTENT_TYPE.app },
  );
  files.set("docProps/core.xml", coreXml(spec.title));
  files.set("docProps/app.xml", appXml());
  files.set(
    "_rels/.rels",
    relsXml([
      { id: "rId1", type: REL_TYPE.officeDocument, target: "xl/workbook.xml" },
      { id: "rId2", type: REL_TYPE.coreProps, target: "docProps/core.xml" },
      { id: "rId3", type: REL_TYPE.extendedProps, target: "docProps/app.xml" },
    ]),
  );
  const all = new Map<string, string | Uint8Array>([[CONTENT_TYPES_PART, contentTypesXml(overrides)], ...files]);
  const order = [CONTENT_TYPES_PART, "_rels/.rels", ...[...files.keys()].filter((p) => p !== "_rels/.rels")];
  const bytesOf = (part: string | Uint8Array): Uint8Array => (typeof part === "string" ? enc.encode(part) : part);
  return { entries: new Map(order.map((p) => [p, bytesOf(all.get(p) as string | Uint8Array)])), order };
};

/** A valid .xlsx (Excel and LibreOffice open it without repair) built from the spec. */
export const createWorkbook = (spec: NewWorkbookSpec): Uint8Array => writePackage(buildWorkbookParts(spec));
