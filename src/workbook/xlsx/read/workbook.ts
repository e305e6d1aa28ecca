/**
 * `xl/workbook.xml` and its rels: sheets (with visibility), defined names, the date system. Read
 * when a workbook is opened, so this is also where a package that is no .xlsx Kontrakttjek can
 * handle is refused, before any work: a binary workbook (.xlsb), a Strict Open XML workbook, a
 * part that declares a DTD, a content-types part that is not XML, any part that is damaged.
 */
import { decodeXml } from "../bytes";
import { XlsxFileError } from "../zip";
import type { PartSource } from "./parts";
import { readRels, relType, type Relationship } from "./rels";
import { attr, child, children, dtdError, parseXml, relId, truthy, type XmlElement } from "./xml";
import { CONTENT_TYPES_PART, NS } from "../ooxml/namespaces";
import { prologHasDtd, PROLOG_CHARS } from "../ooxml/xml";

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly state: SheetState;
  /** Part name of the worksheet XML (no leading slash). */
  readonly part: string;
  /** Zero-based position among the workbook's sheets (the `localSheetId` of defined names). */
  readonly index: number;
}

export interface DefinedName {
  readonly name: string;
  /** Formula text, e.g. `Forløb!$A$1:$F$20`. */
  readonly formula: string;
  /** Sheet-scoped names carry the sheet's position. */
  readonly localSheetId: number | null;
  readonly hidden: boolean;
}

export interface WorkbookInfo {
  readonly workbookPart: string;
  readonly sheets: readonly SheetEntry[];
  readonly definedNames: readonly DefinedName[];
  /** Dates count from 1904-01-01 (old Mac workbooks): serials are 1462 days smaller. */
  readonly date1904: boolean;
  readonly sharedStringsPart: string | null;
  readonly stylesPart: string | null;
  readonly workbookRels: readonly Relationship[];
  /** Saved as Strict Open XML: read like any workbook, never written (see `assertWritable`). */
  readonly strict: boolean;
}

/** Finds the workbook part through the package rels, as Excel does; falls back to the usual name. */
const findWorkbookPart = (parts: PartSource): string => {
  const main = readRels(parts, "").find((r) => relType(r, "officeDocument") && !r.external);
  const candidate = main ? parts.resolve(main.target) : parts.resolve("xl/workbook.xml");
  if (candidate === undefined) {
    if (parts.resolve("xl/workbook.bin") !== undefined) throw xlsb();
    throw new XlsxFileError("not-xlsx", "the package has no workbook part (is it a Word or PowerPoint file?)");
  }
  if (/\.bin$/i.test(candidate)) throw xlsb();
  return candidate;
};

const xlsb = (): XlsxFileError =>
  new XlsxFileError("xlsb", "this is a binary workbook (.xlsb), which is not supported; save it as .xlsx");

/** Strict: the root declares Strict's SpreadsheetML namespace (and says `conformance="strict"`). */
const isStrict = (root: XmlElement): boolean =>
  attr(root, "conformance") === "strict" ||
  Object.entries(root.attrs).some(([k, v]) => (k === "xmlns" || k.startsWith("xmlns:")) && v === NS.strictMain);

/** Parts that hold XML (the writer parses any of them; the reader most). */
const XML_PART = /(\.xml|\.rels)$/i;

/**
 * Refuses, before any work, what no reader or writer must meet halfway: a part that declares a
 * DTD (looked for in every XML part's prolog; Excel never writes one, and its entities are never
 * expanded), and a content-types part that is not well-formed (every write edits it).
 */
const assertPlainXml = (parts: PartSource): void => {
  for (const name of parts.names) {
    if (!XML_PART.test(name)) continue;
    // A UTF-16 prolog takes two bytes a character.
    const head = parts.head(name, PROLOG_CHARS * 2);
    if (head !== undefined && prologHasDtd(decodeXml(head))) throw dtdError(name);
  }
  const types = parts.resolve(CONTENT_TYPES_PART);
  if (types !== undefined) parseXml(parts.text(types) ?? "", types);
};

export const readWorkbookInfo = (parts: PartSource): WorkbookInfo => {
  const workbookPart = findWorkbookPart(parts);
  assertPlainXml(parts);
  const root = parseXml(parts.text(workbookPart) ?? "", workbookPart);
  if (root.name !== "workbook") throw new XlsxFileError("not-xlsx", `${workbookPart} is not a workbook`);
  parts.verify();
  const rels = readRels(parts, workbookPart);
  const byId = new Map(rels.map((r) => [r.id, r]));

  const sheets: SheetEntry[] = [];
  const sheetsEl = child(root, "sheets");
  (sheetsEl ? children(sheetsEl, "sheet") : []).forEach((el, index) => {
    const rel = byId.get(relId(el) ?? "");
    // Chart sheets, dialog and macro sheets have no cells to read.
    if (!rel || rel.external || !relType(rel, "worksheet")) return;
    const part = parts.resolve(rel.target);
    if (part === undefined) return;
    const state = attr(el, "state");
    sheets.push({
      name: attr(el, "name") ?? `Sheet${index + 1}`,
      sheetId: Number(attr(el, "sheetId") ?? index + 1),
      state: state === "hidden" || state === "veryHidden" ? state : "visible",
      part,
      index,
    });
  });

  const namesEl = child(root, "definedNames");
  const definedNames: DefinedName[] = (namesEl ? children(namesEl, "definedName") : []).map((el) => {
    const local = attr(el, "localSheetId");
    return {
      name: attr(el, "name") ?? "",
      formula: el.text,
      localSheetId: local === undefined ? null : Number(local),
      hidden: truthy(attr(el, "hidden")),
    };
  });

  const pr = child(root, "workbookPr");
  const find = (short: string): string | null => {
    const rel = rels.find((r) => relType(r, short) && !r.external);
    return rel ? (parts.resolve(rel.target) ?? null) : null;
  };
  return {
    workbookPart,
    sheets,
    definedNames,
    date1904: pr ? truthy(attr(pr, "date1904")) : false,
    sharedStringsPart: find("sharedStrings"),
    stylesPart: find("styles"),
    workbookRels: rels,
    // Strict reads like Transitional (names are compared by local name), but the writer cannot
    // keep a Strict package consistent: a write is refused in one plain sentence.
    strict: isStrict(root),
  };
};

/** The refusal of a write into a workbook saved as Strict Open XML. */
export const strictRefusal = (): XlsxFileError =>
  new XlsxFileError("strict-ooxml", "the workbook is saved as Strict Open XML; save it as an ordinary .xlsx");
