/** Relationship parts (`_rels/*.rels`): how one part finds another. */
import { attr, children, parseXml } from "./xml";
import type { PartSource } from "./parts";

export interface Relationship {
  readonly id: string;
  /** The type URI; compare with `relType`, which accepts transitional and strict URIs alike. */
  readonly type: string;
  /** Resolved part name (no leading slash), or the raw target for external links. */
  readonly target: string;
  readonly external: boolean;
}

/** True when a relationship type URI ends in the given short name (`worksheet`, `table`, …). */
export const relType = (rel: Relationship, short: string): boolean => rel.type.endsWith(`/${short}`);

/** Name of the rels part belonging to a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export const relsPartOf = (part: string): string => {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
};

/** Resolves a relative target against the directory of the source part. */
export const resolveTarget = (sourcePart: string, target: string): string => {
  const clean = target.replace(/\\/g, "/");
  const base = clean.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const seg of clean.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") base.pop();
    else base.push(seg);
  }
  return base.map(safeDecode).join("/");
};

const safeDecode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

export const readRels = (parts: PartSource, sourcePart: string): Relationship[] => {
  const relsName = relsPartOf(sourcePart);
  const text = parts.text(relsName);
  if (text === undefined) return [];
  const root = parseXml(text, relsName);
  return children(root, "Relationship").map((el) => {
    const external = attr(el, "TargetMode") === "External";
    const target = attr(el, "Target") ?? "";
    return {
      id: attr(el, "Id") ?? "",
      type: attr(el, "Type") ?? "",
      target: external ? target : resolveTarget(sourcePart, target),
      external,
    };
  });
};
