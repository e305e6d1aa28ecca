/** Excel tables (`xl/tables/tableN.xml`), found through each sheet's rels. */
import type { PartSource } from "./parts";
import { parseRange, type CellRange } from "../../sheet/a1";
import { readRels, relType } from "./rels";
import { attr, child, children, parseXml } from "./xml";
import { decodeXString } from "../ooxml/xml";

export interface TableInfo {
  /** The name formulas use (`displayName`). */
  readonly name: string;
  readonly part: string;
  readonly ref: CellRange;
  /** 0 when the table has no header row (then the column names exist only in the table part). */
  readonly headerRowCount: number;
  readonly totalsRowCount: number;
  readonly columns: readonly string[];
  /** Each column's `id` (stable while columns move; Kontrakttjek's record names its column by it). */
  readonly columnIds: readonly number[];
}

export const readTable = (parts: PartSource, part: string): TableInfo | null => {
  const text = parts.text(part);
  if (text === undefined) return null;
  const root = parseXml(text, part);
  const ref = parseRange(attr(root, "ref") ?? "");
  if (root.name !== "table" || !ref) return null;
  const cols = child(root, "tableColumns");
  const hrc = attr(root, "headerRowCount");
  return {
    name: attr(root, "displayName") ?? attr(root, "name") ?? "",
    part,
    ref,
    headerRowCount: hrc === undefined ? 1 : Number(hrc),
    totalsRowCount: Number(attr(root, "totalsRowCount") ?? 0),
    columns: (cols ? children(cols, "tableColumn") : []).map((c) => decodeXString(attr(c, "name") ?? "")),
    columnIds: (cols ? children(cols, "tableColumn") : []).map((c) => Number(attr(c, "id"))),
  };
};

export const readSheetTables = (parts: PartSource, sheetPart: string): TableInfo[] =>
  readRels(parts, sheetPart)
    .filter((r) => relType(r, "table") && !r.external)
    .map((r) => parts.resolve(r.target))
    .filter((p): p is string => p !== undefined)
    .map((p) => readTable(parts, p))
    .filter((t): t is TableInfo => t !== null)
    .sort((a, b) => a.ref.top - b.ref.top || a.ref.left - b.ref.left);
