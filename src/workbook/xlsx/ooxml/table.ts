/** tableN.xml for a new table: header names from the header cells, autoFilter for filter buttons. */
import { rangeRef, type CellRange } from "../../sheet/a1";
import { escapeAttr, toXString, XML_DECL } from "./xml";
import { NS } from "./namespaces";

export interface TableModel {
  readonly id: number;
  readonly name: string;
  readonly range: CellRange;
  readonly columns: readonly string[];
  readonly style: string;
  readonly rowStripes: boolean;
  /** Filter buttons in the header row (default on); a printed report goes without. */
  readonly autoFilter?: boolean;
}

export const tableXml = (t: TableModel): string => {
  const ref = rangeRef(t.range);
  return (
    XML_DECL +
    `<table xmlns="${NS.main}" id="${t.id}" name="${escapeAttr(t.name)}" displayName="${escapeAttr(t.name)}" ref="${ref}" totalsRowShown="0">` +
    (t.autoFilter === false ? "" : `<autoFilter ref="${ref}"/>`) +
    `<tableColumns count="${t.columns.length}">` +
    t.columns.map((c, i) => `<tableColumn id="${i + 1}" name="${escapeAttr(toXString(c))}"/>`).join("") +
    "</tableColumns>" +
    `<tableStyleInfo name="${escapeAttr(t.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="${t.rowStripes ? 1 : 0}" showColumnStripes="0"/>` +
    "</table>"
  );
};
