/**
 * Which sheets Kontrakttjek wrote (its status and scenario sheets), read from the writer's
 * ownership record (a custom XML part in `MARKS_NS`) without inflating the whole package, so
 * `listSources` can flag them and binding never mistakes Kontrakttjek's output for input.
 */
import { MARKS_NS } from "../write/marks";
import type { PartSource } from "./parts";
import { relType, type Relationship } from "./rels";
import { attr, children, parseXml } from "./xml";

export const readOwnedSheetIds = (parts: PartSource, workbookRels: readonly Relationship[]): Set<number> => {
  const ids = new Set<number>();
  for (const rel of workbookRels) {
    if (!relType(rel, "customXml") || rel.external) continue;
    const part = parts.resolve(rel.target);
    const text = part === undefined ? undefined : parts.text(part);
    if (text === undefined || !text.includes(MARKS_NS)) continue;
    for (const el of children(parseXml(text, rel.target), "sheet")) {
      const id = Number(attr(el, "sheetId"));
      if (Number.isInteger(id)) ids.add(id);
    }
  }
  return ids;
};
