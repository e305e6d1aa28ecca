/**
 * XML helpers for the reader. Small parts (workbook, rels, styles, tables) become a tiny element
 * tree; big parts (sheets, shared strings) never do: they go through `createSaxParser` directly.
 * Names are compared by local name, so prefixed (`x:sheet`) and strict-OOXML files read alike.
 */
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { XlsxFileError } from "../zip";

export interface XmlElement {
  /** Local name (prefix stripped). */
  readonly name: string;
  /** Attributes by their qualified name as written (`r:id`, `name`). */
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** Concatenated direct text content. */
  text: string;
}

export const localName = (qname: string): string => {
  const i = qname.indexOf(":");
  return i < 0 ? qname : qname.slice(i + 1);
};

/** The refusal of a part that declares a DTD. */
export const dtdError = (part: string): XlsxFileError =>
  new XlsxFileError("dtd", `${part} declares a DTD (<!DOCTYPE>), which no workbook part has`, { part });

/**
 * A parser that reports malformed XML as a typed `corrupt` error naming the part, and refuses a
 * DTD outright: its entities are never expanded (no entity bombs, no external entities).
 */
export const createSaxParser = (part: string): SaxesParser => {
  const parser = new SaxesParser({ position: false });
  parser.on("error", (e: Error) => {
    throw new XlsxFileError("corrupt", `${part} is not well-formed XML (${e.message})`, { part });
  });
  parser.on("doctype", () => {
    throw dtdError(part);
  });
  return parser;
};

/** Parses a small part into an element tree. */
export const parseXml = (text: string, part: string): XmlElement => {
  const parser = createSaxParser(part);
  const root: XmlElement = { name: "#document", attrs: {}, children: [], text: "" };
  const stack: XmlElement[] = [root];
  parser.on("opentag", (tag: SaxesTagPlain) => {
    const el: XmlElement = { name: localName(tag.name), attrs: tag.attributes, children: [], text: "" };
    (stack[stack.length - 1] as XmlElement).children.push(el);
    stack.push(el);
  });
  parser.on("closetag", () => void stack.pop());
  const onText = (t: string): void => {
    const top = stack[stack.length - 1] as XmlElement;
    if (stack.length > 1) top.text += t;
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.write(text).close();
  const doc = root.children[0];
  if (!doc) throw new XlsxFileError("corrupt", `${part} is empty`, { part });
  return doc;
};

export const child = (el: XmlElement, name: string): XmlElement | undefined => el.children.find((c) => c.name === name);

export const children = (el: XmlElement, name: string): XmlElement[] => el.children.filter((c) => c.name === name);

/** Attribute by local name, e.g. `attr(el, "id")` finds `r:id` as well as `id` (exact name first). */
export const attr = (el: XmlElement, name: string): string | undefined => {
  const exact = el.attrs[name];
  if (exact !== undefined) return exact;
  for (const [k, v] of Object.entries(el.attrs)) if (localName(k) === name) return v;
  return undefined;
};

/** The relationship id of an element (`r:id`, whatever the prefix). */
export const relId = (el: XmlElement): string | undefined => {
  for (const [k, v] of Object.entries(el.attrs)) if (k.includes(":") && localName(k) === "id") return v;
  return undefined;
};

export const truthy = (v: string | undefined): boolean => v === "1" || v === "true";
