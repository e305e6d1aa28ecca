/**
 * A copy-on-write view of a package for one edit: parts we do not set keep their original bytes
 * (the same Uint8Array, and straight from the zip when the package came from one: `ZipEntries`
 * inflates only what the edit reads), new parts are appended after the original order, and the
 * input package is never mutated, so a failed edit leaves nothing half-done.
 *
 * Text is read in each part's own encoding (Power Query's custom XML item is UTF-16) and a part
 * we rewrite keeps the encoding it had; byte-level editors get UTF-8 whatever the part holds.
 */
import { decodeXml, encodeXml, isUtf8, SNIFF_BYTES, sniffXmlEncoding, utf8Xml, type XmlEncoding } from "../bytes";
import { findPart, ZipEntries, type XlsxPackage } from "../zip";
import { child, children, createLike, parseXml, root, serializeXml, type Document, type Element } from "./dom";
import { UnsupportedWorkbookError } from "./errors";
import { CONTENT_TYPES_PART, NS } from "../ooxml/namespaces";
import { relativeTarget, relsPartOf, resolveTarget } from "../ooxml/part-names";
import { XML_DECL } from "../ooxml/xml";

/** Parts whose bytes are XML text (everything else is handed out as it is). */
const XML_PART = /\.(xml|rels|vml)$/i;

const UTF8: XmlEncoding = { label: "utf-8", bom: 0 };

export class PartStore {
  private readonly entries: Map<string, Uint8Array>;
  private readonly order: string[];
  private readonly docs = new Map<string, Document>();
  readonly changed = new Set<string>();

  constructor(pkg: XlsxPackage) {
    this.entries = pkg.entries instanceof ZipEntries ? pkg.entries.copy() : new Map(pkg.entries);
    this.order = [...pkg.order];
  }

  /** Actual name of a part (OPC names are case-insensitive), or undefined. */
  find(name: string): string | undefined {
    const n = name.replace(/^\/+/, "");
    return this.entries.has(n) ? n : findPart(this.entries.keys(), n);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  /** The encoding a part has now (UTF-8 for a new or non-XML part); only its first bytes are read. */
  private encodingOf(name: string): XmlEncoding {
    if (!XML_PART.test(name)) return UTF8;
    const e = this.entries;
    const head = e instanceof ZipEntries ? e.head(name, SNIFF_BYTES) : e.get(name)?.subarray(0, SNIFF_BYTES);
    return head === undefined ? UTF8 : sniffXmlEncoding(head);
  }

  text(name: string): string | undefined {
    const n = this.find(name);
    const b = n === undefined ? undefined : this.entries.get(n);
    return b === undefined ? undefined : decodeXml(b);
  }

  /** The part's bytes (a sheet part may be too large to decode into one string); XML as UTF-8. */
  bytes(name: string): Uint8Array | undefined {
    const n = this.find(name);
    const b = n === undefined ? undefined : this.entries.get(n);
    return b === undefined || !XML_PART.test(n as string) ? b : utf8Xml(b);
  }

  setText(name: string, text: string): void {
    const n = this.find(name) ?? name;
    this.put(n, encodeXml(text, this.encodingOf(n)));
  }

  /** Sets a part's bytes; UTF-8 XML given for a part in another encoding is stored in that one. */
  setBytes(name: string, bytes: Uint8Array): void {
    const n = this.find(name) ?? name;
    const encoding = this.encodingOf(n);
    this.put(n, isUtf8(encoding) ? bytes : encodeXml(decodeXml(bytes), encoding));
  }

  private put(n: string, bytes: Uint8Array): void {
    this.docs.delete(n);
    this.entries.set(n, bytes);
    if (!this.order.includes(n)) this.order.push(n);
    this.changed.add(n);
  }

  delete(name: string): void {
    const n = this.find(name);
    if (n === undefined) return;
    this.entries.delete(n);
    this.docs.delete(n);
    this.changed.add(n);
  }

  /** The part as a DOM, parsed once; call `touch` after editing it. */
  doc(name: string): Document | undefined {
    const n = this.find(name);
    if (n === undefined) return undefined;
    let d = this.docs.get(n);
    if (!d) {
      d = parseXml(this.text(n) ?? "", n);
      this.docs.set(n, d);
    }
    return d;
  }

  /** Marks a DOM part as edited; it is serialized when the package is built. */
  touch(name: string): void {
    const n = this.find(name);
    if (n !== undefined) this.changed.add(n);
  }

  /** Adds a new XML part as a DOM. */
  addDoc(name: string, xml: string): Document {
    this.setText(name, xml);
    return this.doc(name) as Document;
  }

  toPackage(): XlsxPackage {
    for (const [n, d] of this.docs) {
      if (this.changed.has(n)) this.entries.set(n, encodeXml(serializeXml(d), this.encodingOf(n)));
    }
    return { entries: this.entries, order: this.order.filter((n) => this.entries.has(n)) };
  }
}

/* ---------------------------------------------------------------- relationships */

export interface Rel {
  readonly id: string;
  readonly type: string;
  /** Resolved part name, or the raw target for external links. */
  readonly target: string;
  readonly external: boolean;
  readonly el: Element;
}

export const readRels = (store: PartStore, source: string): Rel[] => {
  const d = store.doc(relsPartOf(source));
  if (!d) return [];
  return children(root(d), "Relationship").map((el) => {
    const external = el.getAttribute("TargetMode") === "External";
    const t = el.getAttribute("Target") ?? "";
    return {
      id: el.getAttribute("Id") ?? "",
      type: el.getAttribute("Type") ?? "",
      target: external ? t : resolveTarget(source, t),
      external,
      el,
    };
  });
};

/** Adds a relationship from `source` to `target` (a part name); returns its new id. */
export const addRel = (store: PartStore, source: string, type: string, target: string): string => {
  const path = relsPartOf(source);
  const d = store.doc(path) ?? store.addDoc(path, `${XML_DECL}<Relationships xmlns="${NS.pkgRel}"/>`);
  const r = root(d);
  const ids = new Set(children(r, "Relationship").map((e) => e.getAttribute("Id")));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  const el = createLike(r, "Relationship");
  el.setAttribute("Id", `rId${n}`);
  el.setAttribute("Type", type);
  el.setAttribute("Target", relativeTarget(source, target));
  r.appendChild(el);
  store.touch(path);
  return `rId${n}`;
};

export const removeRel = (store: PartStore, source: string, id: string): void => {
  const path = relsPartOf(source);
  const d = store.doc(path);
  if (!d) return;
  const el = children(root(d), "Relationship").find((e) => e.getAttribute("Id") === id);
  if (!el) return;
  root(d).removeChild(el);
  store.touch(path);
};

/* ---------------------------------------------------------------- content types */

export const addOverride = (store: PartStore, part: string, contentType: string): void => {
  const d = store.doc(CONTENT_TYPES_PART);
  if (!d) throw new UnsupportedWorkbookError("not-a-workbook", "the package has no [Content_Types].xml");
  const r = root(d);
  const name = `/${part}`;
  const existing = children(r, "Override").find(
    (e) => e.getAttribute("PartName")?.toLowerCase() === name.toLowerCase(),
  );
  if (existing) {
    if (existing.getAttribute("ContentType") === contentType) return;
    existing.setAttribute("ContentType", contentType);
  } else {
    const el = createLike(r, "Override");
    el.setAttribute("PartName", name);
    el.setAttribute("ContentType", contentType);
    r.appendChild(el);
  }
  store.touch(CONTENT_TYPES_PART);
};

export const hasDefault = (store: PartStore, ext: string): boolean => {
  const d = store.doc(CONTENT_TYPES_PART);
  return !!d && children(root(d), "Default").some((e) => e.getAttribute("Extension")?.toLowerCase() === ext);
};

export const removeOverride = (store: PartStore, part: string): void => {
  const d = store.doc(CONTENT_TYPES_PART);
  if (!d) return;
  const name = `/${part}`.toLowerCase();
  const el = children(root(d), "Override").find((e) => e.getAttribute("PartName")?.toLowerCase() === name);
  if (!el) return;
  root(d).removeChild(el);
  store.touch(CONTENT_TYPES_PART);
};

export const contentTypeOf = (store: PartStore, part: string): string | undefined => {
  const d = store.doc(CONTENT_TYPES_PART);
  if (!d) return undefined;
  const name = `/${part}`.toLowerCase();
  const o = children(root(d), "Override").find((e) => e.getAttribute("PartName")?.toLowerCase() === name);
  if (o) return o.getAttribute("ContentType") ?? undefined;
  const ext = part.split(".").pop()?.toLowerCase();
  return (
    children(root(d), "Default")
      .find((e) => e.getAttribute("Extension")?.toLowerCase() === ext)
      ?.getAttribute("ContentType") ?? undefined
  );
};

/** A part name `prefix{n}.xml` not used yet. */
export const freePartName = (store: PartStore, prefix: string, ext = "xml"): string => {
  for (let n = 1; ; n++) {
    const name = `${prefix}${n}.${ext}`;
    if (store.find(name) === undefined) return name;
  }
};

export { child, children };
