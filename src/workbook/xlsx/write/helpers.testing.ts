/** Test helpers: unzip parts, parse XML strictly, read cells back. */
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import { unzipSync } from "fflate";

export const unzip = (bytes: Uint8Array): Map<string, Uint8Array> => new Map(Object.entries(unzipSync(bytes)));

export const text = (b: Uint8Array | undefined): string => {
  if (!b) throw new Error("missing part");
  return new TextDecoder().decode(b);
};

/** Parses XML and fails on any warning or error, like a strict consumer would. */
export const parseStrict = (xml: string): Document =>
  new DOMParser({
    onError: (level, msg) => {
      throw new Error(`${level}: ${msg}`);
    },
  }).parseFromString(xml, "application/xml");

export const elements = (doc: Document | Element, local: string): Element[] =>
  Array.from(doc.getElementsByTagNameNS("*", local));

/** Every XML part parses, every part has a content type, every internal relationship target exists. */
export const assertWellFormedPackage = (parts: ReadonlyMap<string, Uint8Array>): void => {
  const ct = parseStrict(text(parts.get("[Content_Types].xml")));
  const defaults = new Map(elements(ct, "Default").map((e) => [e.getAttribute("Extension")?.toLowerCase(), true]));
  const overrides = new Set(elements(ct, "Override").map((e) => e.getAttribute("PartName")));
  for (const [name, bytes] of parts) {
    if (name.endsWith("/")) continue;
    const ext = name.split(".").pop()?.toLowerCase();
    if (!overrides.has(`/${name}`) && !defaults.has(ext)) throw new Error(`no content type for ${name}`);
    if (/\.(xml|rels|vml)$/i.test(name)) parseStrict(text(bytes));
    if (name.endsWith(".rels")) {
      const dir = name.replace(/_rels\/[^/]*$/, "");
      for (const r of elements(parseStrict(text(bytes)), "Relationship")) {
        if (r.getAttribute("TargetMode") === "External") continue;
        const target = r.getAttribute("Target") ?? "";
        const resolved = resolvePath(dir, target);
        if (!parts.has(resolved)) throw new Error(`${name}: missing target ${resolved}`);
      }
    }
  }
  for (const o of overrides) if (o && !parts.has(o.slice(1))) throw new Error(`override for missing part ${o}`);
};

export const resolvePath = (dir: string, target: string): string => {
  if (target.startsWith("/")) return target.slice(1);
  const out = dir.split("/").filter(Boolean);
  for (const seg of target.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== ".") out.push(seg);
  }
  return out.join("/");
};

export interface ReadCell {
  readonly value: string | number | boolean | null;
  readonly formula: string | null;
  readonly type: string | null;
  readonly style: number;
}

/** Path of a sheet's part by its name, via workbook.xml and its rels. */
export const sheetPath = (parts: ReadonlyMap<string, Uint8Array>, name: string): string => {
  const wb = parseStrict(text(parts.get("xl/workbook.xml")));
  const sheet = elements(wb, "sheet").find((s) => s.getAttribute("name") === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const id = sheet.getAttributeNS("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id");
  const rels = parseStrict(text(parts.get("xl/_rels/workbook.xml.rels")));
  const rel = elements(rels, "Relationship").find((r) => r.getAttribute("Id") === id);
  return resolvePath("xl", rel?.getAttribute("Target") ?? "");
};

const tText = (e: Element): string =>
  elements(e, "t")
    .filter((t) => (t.parentNode as Element | null)?.localName !== "rPh")
    .map((t) => t.textContent ?? "")
    .join("")
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));

/** Cells of a sheet by A1 reference (a small DOM reader for tests only). */
export const readCells = (parts: ReadonlyMap<string, Uint8Array>, sheetName: string): Map<string, ReadCell> => {
  const sstPart = parts.get("xl/sharedStrings.xml");
  const sst = sstPart ? elements(parseStrict(text(sstPart)), "si").map(tText) : [];
  const doc = parseStrict(text(parts.get(sheetPath(parts, sheetName))));
  const out = new Map<string, ReadCell>();
  for (const c of elements(doc, "c")) {
    const t = c.getAttribute("t");
    const v = elements(c, "v")[0]?.textContent ?? null;
    const f = elements(c, "f")[0]?.textContent ?? null;
    let value: ReadCell["value"] = null;
    if (t === "s") value = sst[Number(v)] ?? null;
    else if (t === "inlineStr") value = tText(elements(c, "is")[0] as Element);
    else if (t === "str" || t === "e") value = v;
    else if (t === "b") value = v === "1";
    else if (v !== null) value = Number(v);
    out.set(c.getAttribute("r") ?? "", { value, formula: f, type: t, style: Number(c.getAttribute("s") ?? 0) });
  }
  return out;
};
