/** Relationship parts (`_rels/*.rels`): how one part finds another. */
import { isRelType, relsPartOf, resolveTarget } from "../ooxml/part-names";
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
export const relType = (rel: Relationship, short: string): boolean => isRelType(rel.type, short);

/** A target resolved against the source part's directory, each segment URI-decoded (`%20`). */
const resolvedPart = (sourcePart: string, target: string): string =>
  resolveTarget(sourcePart, target).split("/").map(safeDecode).join("/");

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
      target: external ? target : resolvedPart(sourcePart, target),
      external,
    };
  });
};
