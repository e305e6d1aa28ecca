/**
 * `calcChain.xml` lists the workbook's formula cells in the order Excel last calculated them; an
 * entry pointing at a cell without a formula makes Excel "repair" the file. Only the entries of
 * formulas Kontrakttjek removed go; the part is left byte for byte when none of them is in it,
 * and dropped (with its relationship and content type) only when nothing else is left in it.
 */
import { readRels, removeOverride, removeRel, type PartStore } from "./package";
import { isRelType } from "../ooxml/part-names";
import { attrOf } from "./sheet-xml";

const ENTRY = /<((?:[\w.-]+:)?)c\s[^>]*?\/>|<((?:[\w.-]+:)?)c\s[^>]*?>[\s\S]*?<\/\2c>/g;

export const dropCalcChainEntries = (
  store: PartStore,
  workbookPath: string,
  sheetsGone: ReadonlySet<number>,
  formulasGone: ReadonlyMap<number, ReadonlySet<string>>,
): void => {
  const rel = readRels(store, workbookPath).find((r) => !r.external && isRelType(r.type, "calcChain"));
  const xml = rel ? store.text(rel.target) : undefined;
  if (!rel || xml === undefined) return;
  let sheet = 0;
  let removed = 0;
  let kept = 0;
  // Entries without `i` belong to the previous entry's sheet: every kept entry says its own.
  const out = xml.replace(ENTRY, (entry) => {
    const open = entry.slice(0, entry.indexOf(">") + 1);
    const i = attrOf(open, "i");
    if (i !== undefined) sheet = Number(i);
    const ref = (attrOf(open, "r") ?? "").replace(/\$/g, "").toUpperCase();
    if (sheetsGone.has(sheet) || formulasGone.get(sheet)?.has(ref)) {
      removed++;
      return "";
    }
    kept++;
    return i !== undefined ? entry : entry.replace(/^<([\w.-]+:)?c\s/, (m) => `${m}i="${sheet}" `);
  });
  if (removed === 0) return;
  if (kept > 0) {
    store.setText(rel.target, out);
    return;
  }
  removeRel(store, workbookPath, rel.id);
  removeOverride(store, rel.target);
  store.delete(rel.target);
};
