/**
 * Small XML parts (workbook, rels, content types, styles, tables) are edited as a DOM that keeps
 * every element, attribute and namespace it does not know; only what we target changes.
 */
import { DOMParser, XMLSerializer, type Document, type Element, type Node } from "@xmldom/xmldom";
import { prologHasDtd } from "../ooxml/xml";
import { UnsupportedWorkbookError } from "./errors";

export type { Document, Element };

const dtd = (part: string): UnsupportedWorkbookError =>
  new UnsupportedWorkbookError("dtd", `${part} declares a DTD (<!DOCTYPE>), which no workbook part has`);

/** Parses a part; a DTD is refused before parsing, so no entity is ever declared, let alone expanded. */
export const parseXml = (xml: string, part: string): Document => {
  if (prologHasDtd(xml)) throw dtd(part);
  let doc: Document;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") throw new Error(message);
      },
    }).parseFromString(xml, "application/xml");
  } catch (e) {
    throw new UnsupportedWorkbookError("malformed-part", `${part} is not well-formed XML: ${(e as Error).message}`);
  }
  if (doc.doctype) throw dtd(part);
  return doc;
};

export const serializeXml = (doc: Document): string => {
  const s = new XMLSerializer().serializeToString(doc);
  return s.startsWith("<?xml") ? s : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${s}`;
};

export const root = (doc: Document): Element => {
  const r = doc.documentElement;
  if (!r) throw new UnsupportedWorkbookError("malformed-part", "empty XML part");
  return r;
};

/** Element children (any namespace) with the given local name. */
export const children = (parent: Element, local?: string): Element[] => {
  const out: Element[] = [];
  for (let n: Node | null = parent.firstChild; n; n = n.nextSibling)
    if (n.nodeType === 1 && (local === undefined || (n as Element).localName === local)) out.push(n as Element);
  return out;
};

export const child = (parent: Element, local: string): Element | undefined => children(parent, local)[0];

/** Creates an element in the parent's namespace, reusing the parent's prefix. */
export const createLike = (parent: Element, local: string): Element => {
  const doc = parent.ownerDocument as Document;
  const prefix = parent.prefix ? `${parent.prefix}:` : "";
  return doc.createElementNS(parent.namespaceURI, prefix + local);
};

/**
 * Inserts `el` into `parent` before the first child whose local name comes later in `order`
 * (the schema's sequence), so the result stays valid.
 */
export const insertInOrder = (parent: Element, el: Element, order: readonly string[]): void => {
  const mine = order.indexOf(el.localName ?? "");
  const next = children(parent).find((c) => {
    const i = order.indexOf(c.localName ?? "");
    return i > mine || (i < 0 && c.localName === "extLst");
  });
  if (next) parent.insertBefore(el, next);
  else parent.appendChild(el);
};

/** Serialized element with sorted attributes: equal canon, equal meaning for style records. */
export const canon = (el: Element): string => {
  const clone = el.cloneNode(true) as Element;
  const attrs = Array.from(clone.attributes)
    .map((a) => [a.name, a.value] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [name] of attrs) clone.removeAttribute(name);
  for (const [name, value] of attrs) clone.setAttribute(name, value);
  return new XMLSerializer().serializeToString(clone).replace(/ xmlns(:\w+)?="[^"]*"/g, "");
};

export const WORKBOOK_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
] as const;

export const STYLES_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
] as const;
