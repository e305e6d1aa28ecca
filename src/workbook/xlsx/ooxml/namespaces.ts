/**
 * The names OOXML packages are built of — namespaces, relationship types, content types and the
 * content-types part — shared by the reader, the writer and the creator (`../read`, `../write`,
 * `../create`), which import this base and never each other.
 */

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  /** Strict Open XML's SpreadsheetML: read like any workbook, never written. */
  strictMain: "http://purl.oclc.org/ooxml/spreadsheetml/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkgRel: "http://schemas.openxmlformats.org/package/2006/relationships",
  contentTypes: "http://schemas.openxmlformats.org/package/2006/content-types",
  customXml: "http://schemas.openxmlformats.org/officeDocument/2006/customXml",
} as const;

export const REL_TYPE = {
  officeDocument: `${NS.rel}/officeDocument`,
  worksheet: `${NS.rel}/worksheet`,
  styles: `${NS.rel}/styles`,
  theme: `${NS.rel}/theme`,
  sharedStrings: `${NS.rel}/sharedStrings`,
  table: `${NS.rel}/table`,
  customXml: `${NS.rel}/customXml`,
  customXmlProps: `${NS.rel}/customXmlProps`,
  coreProps: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
  extendedProps: `${NS.rel}/extended-properties`,
} as const;

const SML = "application/vnd.openxmlformats-officedocument.spreadsheetml";
export const CONTENT_TYPE = {
  workbook: `${SML}.sheet.main+xml`,
  workbookMacro: "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
  worksheet: `${SML}.worksheet+xml`,
  styles: `${SML}.styles+xml`,
  sharedStrings: `${SML}.sharedStrings+xml`,
  table: `${SML}.table+xml`,
  theme: "application/vnd.openxmlformats-officedocument.theme+xml",
  customXmlProps: "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
  core: "application/vnd.openxmlformats-package.core-properties+xml",
  app: "application/vnd.openxmlformats-officedocument.extended-properties+xml",
  rels: "application/vnd.openxmlformats-package.relationships+xml",
} as const;

/** The part that maps every part to its content type. */
export const CONTENT_TYPES_PART = "[Content_Types].xml";

/** Kontrakttjek's ownership record (a custom XML part): the writer writes it, the reader finds it. */
export { MARKS_NS } from "../../ownership/record";
