/**
 * A copy-on-write view of a package for one edit: parts we do not set keep their original bytes
 * (the same Uint8Array), new parts are appended after the original order, and the input package
 * is never mutated, so a failed edit leaves nothing half-done.
 */
import { findPart, type XlsxPackage } from "../zip";
import { child, children, createLike, parseXml, root, serializeXml, type Document, type Element } from "./dom";
import { UnsupportedWorkbookError } from "./errors";

const decoder = new TextDecoder();
const encoder = new TextEncoder();

export class PartStore {
  private readonly entries: Map<string, Uint8Array>;
  private readonly order: string[];
  private readonly docs = new Map<string, Document>();
  readonly changed = new Set<string>();

  constructor(pkg: XlsxPackage) {
    this.entries = new Map(pkg.entries);
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

  text(name: string): string | undefined {
    const n = this.find(name);
    const b = n === undefined ? undefined : this.entries.get(n);
    return b === undefined ? undefined : decoder.decode(b);
  }

  /** The part's bytes as stored (a sheet part may be too large to decode into one string). */
  bytes(name: string): Uint8Array | undefined {
    const n = this.find(name);
    return n === undefined ? undefined : this.entries.get(n);
  }

  setText(name: string, text: string): void {
    this.setBytes(name, encoder.encode(text));
  }

  setBytes(name: string, bytes: Uint8Array): void {
    const n = this.find(name) ?? name;
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
    for (const [n, d] of this.docs) if (this.changed.has(n)) this.entries.set(n, encoder.encode(serializeXml(d)));
    return { entries: this.entries, order: this.order.filter((n) => this.entries.has(n)) };
  }
}

/* ---------------------------------------------------------------- relationships */

export const relsPathOf = (part: string): string => {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
};

export const resolveTarget = (source: string, target: string): string => {
  const clean = target.replace(/\\/g, "/");
  const out = clean.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const seg of clean.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") out.pop();
    else out.push(seg);
  }
  return out.join("/");
};

/** `xl/worksheets/sheet1.xml` seen from `xl/workbook.xml` → `worksheets/sheet1.xml`. */
export const relativeTarget = (source: string, target: string): string => {
  const from = source.split("/").slice(0, -1);
  const to = target.split("/");
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => ".."), ...to.slice(i)].join("/");
};

export interface Rel {
  readonly id: string;
  readonly type: string;
  /** Resolved part name, or the raw target for external links. */
  readonly target: string;
  readonly external: boolean;
  readonly el: Element;
}

const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

export const readRels = (store: PartStore, source: string): Rel[] => {
  const d = store.doc(relsPathOf(source));
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

export const isRelType = (type: string, short: string): boolean => type.endsWith(`/${short}`);

/** Adds a relationship from `source` to `target` (a part name); returns its new id. */
export const addRel = (store: PartStore, source: string, type: string, target: string): string => {
  const path = relsPathOf(source);
  const d =
    store.doc(path) ??
    store.addDoc(path, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}"/>`);
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
  const path = relsPathOf(source);
  const d = store.doc(path);
  if (!d) return;
  const el = children(root(d), "Relationship").find((e) => e.getAttribute("Id") === id);
  if (!el) return;
  root(d).removeChild(el);
  store.touch(path);
};

/* ---------------------------------------------------------------- content types */

const CT = "[Content_Types].xml";

export const addOverride = (store: PartStore, part: string, contentType: string): void => {
  const d = store.doc(CT);
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
  store.touch(CT);
};

export const hasDefault = (store: PartStore, ext: string): boolean => {
  const d = store.doc(CT);
  return !!d && children(root(d), "Default").some((e) => e.getAttribute("Extension")?.toLowerCase() === ext);
};

export const removeOverride = (store: PartStore, part: string): void => {
  const d = store.doc(CT);
  if (!d) return;
  const name = `/${part}`.toLowerCase();
  const el = children(root(d), "Override").find((e) => e.getAttribute("PartName")?.toLowerCase() === name);
  if (!el) return;
  root(d).removeChild(el);
  store.touch(CT);
};

export const contentTypeOf = (store: PartStore, part: string): string | undefined => {
  const d = store.doc(CT);
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
