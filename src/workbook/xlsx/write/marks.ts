/**
 * Kontrakttjek's ownership record in a package: the custom XML part (namespace
 * `urn:kontrakttjek:marks:1`) found, written and removed here; its XML — the same the Office
 * adapter keeps through `workbook.customXmlParts` — is made and read by
 * `../../ownership/record.ts`. Excel keeps custom XML parts, and clean/re-apply trust only this
 * record, never guesses from content.
 */
import {
  EMPTY_OWNERSHIP,
  isEmptyOwnership,
  MARKS_NS,
  parseRecord,
  recordXml,
  type Ownership,
} from "../../ownership/record";
import { CONTENT_TYPE, NS, REL_TYPE } from "../ooxml/namespaces";
import { root } from "./dom";
import {
  addOverride,
  addRel,
  freePartName,
  hasDefault,
  readRels,
  removeOverride,
  removeRel,
  type PartStore,
} from "./package";
import { isRelType, relsPartOf } from "../ooxml/part-names";
import { XML_DECL } from "../ooxml/xml";

export { decodeCells, encodeCells, ownedCellMap, ownedCellsOf, posKey, type OwnedCells } from "../../ownership/cells";
export {
  EMPTY_OWNERSHIP,
  isEmptyOwnership,
  MARKS_NS,
  type OwnedChart,
  type OwnedColumn,
  type OwnedHighlight,
  type OwnedSheet,
  type Ownership,
} from "../../ownership/record";

const ITEM_ID = "{5E0C7B1A-6F4D-4C1B-9A57-4B6B2D1A7E31}";

/* ---------------------------------------------------------------- the part */

interface MarksLocation {
  readonly item: string;
  readonly relId: string;
  /** The part whose relationship points at the record: the workbook, or "" for the package. */
  readonly source: string;
}

// LibreOffice moves the workbook's custom XML relationships to the package root when it saves.
const findMarks = (store: PartStore, workbookPath: string): MarksLocation | null => {
  for (const source of [workbookPath, ""]) {
    for (const rel of readRels(store, source)) {
      if (!isRelType(rel.type, "customXml") || rel.external) continue;
      const doc = store.doc(rel.target);
      if (doc && root(doc).namespaceURI === MARKS_NS) return { item: rel.target, relId: rel.id, source };
    }
  }
  return null;
};

export const readMarks = (store: PartStore, workbookPath: string): Ownership => {
  const loc = findMarks(store, workbookPath);
  if (!loc) return EMPTY_OWNERSHIP;
  return parseRecord(store.text(loc.item) ?? "") ?? EMPTY_OWNERSHIP;
};

const itemPropsXml = (): string =>
  XML_DECL +
  `<ds:datastoreItem ds:itemID="${ITEM_ID}" xmlns:ds="${NS.customXml}">` +
  `<ds:schemaRefs><ds:schemaRef ds:uri="${MARKS_NS}"/></ds:schemaRefs></ds:datastoreItem>`;

/** Writes the record (creating the part the first time), or removes it when nothing is owned. */
export const writeMarks = (store: PartStore, workbookPath: string, o: Ownership): void => {
  const loc = findMarks(store, workbookPath);
  if (isEmptyOwnership(o)) {
    if (loc) removeMarks(store, workbookPath);
    return;
  }
  const xml = recordXml(o);
  if (loc) {
    if (store.text(loc.item) !== xml) store.setText(loc.item, xml);
    return;
  }
  const item = freePartName(store, "customXml/item");
  const props = item.replace(/item(\d+)\.xml$/, "itemProps$1.xml");
  store.setText(item, xml);
  store.setText(props, itemPropsXml());
  addRel(store, item, REL_TYPE.customXmlProps, props);
  addOverride(store, props, CONTENT_TYPE.customXmlProps);
  if (!hasDefault(store, "xml")) addOverride(store, item, "application/xml");
  addRel(store, workbookPath, REL_TYPE.customXml, item);
};

export const removeMarks = (store: PartStore, workbookPath: string): void => {
  const loc = findMarks(store, workbookPath);
  if (!loc) return;
  for (const rel of readRels(store, loc.item)) {
    if (!isRelType(rel.type, "customXmlProps")) continue;
    removeOverride(store, rel.target);
    store.delete(rel.target);
  }
  removeOverride(store, relsPartOf(loc.item)); // LibreOffice lists even .rels parts as overrides
  store.delete(relsPartOf(loc.item));
  removeOverride(store, loc.item);
  store.delete(loc.item);
  removeRel(store, loc.source, loc.relId);
};
