/** Fixed package parts of a new workbook: content types, relationships, theme, properties. */
import { CONTENT_TYPE, NS } from "../ooxml/namespaces";
import { escapeText, XML_DECL } from "../ooxml/xml";

export const relsXml = (rels: readonly { id: string; type: string; target: string }[]): string =>
  XML_DECL +
  `<Relationships xmlns="${NS.pkgRel}">` +
  rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeText(r.target)}"/>`).join("") +
  "</Relationships>";

export const contentTypesXml = (overrides: readonly { part: string; type: string }[]): string =>
  XML_DECL +
  `<Types xmlns="${NS.contentTypes}">` +
  `<Default Extension="rels" ContentType="${CONTENT_TYPE.rels}"/><Default Extension="xml" ContentType="application/xml"/>` +
  overrides.map((o) => `<Override PartName="${escapeText(o.part)}" ContentType="${o.type}"/>`).join("") +
  "</Types>";

export const coreXml = (title: string | undefined): string =>
  XML_DECL +
  '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
  'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
  (title ? `<dc:title>${escapeText(title)}</dc:title>` : "") +
  "<dc:creator>Kontrakttjek</dc:creator></cp:coreProperties>";

export const appXml = (): string =>
  XML_DECL +
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
  'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Kontrakttjek</Application></Properties>';

const srgb = (name: string, rgb: string): string => `<a:${name}><a:srgbClr val="${rgb}"/></a:${name}>`;
const three = (x: string): string => x + x + x;
const PH = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>';

/** The Office theme's colours and fonts (table styles and `theme="1"` colours refer to it). */
export const themeXml = (): string =>
  XML_DECL +
  '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements>' +
  '<a:clrScheme name="Office">' +
  '<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>' +
  srgb("dk2", "44546A") +
  srgb("lt2", "E7E6E6") +
  srgb("accent1", "4472C4") +
  srgb("accent2", "ED7D31") +
  srgb("accent3", "A5A5A5") +
  srgb("accent4", "FFC000") +
  srgb("accent5", "5B9BD5") +
  srgb("accent6", "70AD47") +
  srgb("hlink", "0563C1") +
  srgb("folHlink", "954F72") +
  "</a:clrScheme>" +
  '<a:fontScheme name="Office">' +
  '<a:majorFont><a:latin typeface="Calibri Light" panose="020F0302020204030204"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>' +
  '<a:minorFont><a:latin typeface="Calibri" panose="020F0502020204030204"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont>' +
  "</a:fontScheme>" +
  '<a:fmtScheme name="Office">' +
  `<a:fillStyleLst>${three(PH)}</a:fillStyleLst>` +
  `<a:lnStyleLst>${three(`<a:ln w="6350" cap="flat" cmpd="sng" algn="ctr">${PH}<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>`)}</a:lnStyleLst>` +
  `<a:effectStyleLst>${three("<a:effectStyle><a:effectLst/></a:effectStyle>")}</a:effectStyleLst>` +
  `<a:bgFillStyleLst>${three(PH)}</a:bgFillStyleLst>` +
  "</a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>";
