/** styles.xml for a new workbook: the default font, bold, and one xf per distinct style wish. */
import { FIRST_CUSTOM_NUMFMT, numFmtFor, type StyleBook, type StyleWish } from "./formats";
import { escapeAttr, XML_DECL } from "./xml";

const FONT = '<sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/>';

export class FreshStyles implements StyleBook {
  private readonly xfs: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly index = new Map<string, number>([[this.xfs[0] as string, 0]]);
  private readonly customFormats = new Map<string, number>();

  xf(wish: StyleWish): number {
    const fmt = numFmtFor(wish.format);
    let numFmtId: number;
    if ("code" in fmt) {
      numFmtId = this.customFormats.get(fmt.code) ?? FIRST_CUSTOM_NUMFMT + this.customFormats.size;
      this.customFormats.set(fmt.code, numFmtId);
    } else numFmtId = fmt.builtin;
    const bold = wish.bold === true || wish.format === "header";
    const attrs =
      `numFmtId="${numFmtId}" fontId="${bold ? 1 : 0}" fillId="0" borderId="0" xfId="0"` +
      (numFmtId !== 0 ? ' applyNumberFormat="1"' : "") +
      (bold ? ' applyFont="1"' : "") +
      (wish.wrap ? ' applyAlignment="1"' : "") +
      (wish.quotePrefix ? ' quotePrefix="1"' : "");
    const xml = wish.wrap ? `<xf ${attrs}><alignment vertical="top" wrapText="1"/></xf>` : `<xf ${attrs}/>`;
    let id = this.index.get(xml);
    if (id === undefined) {
      id = this.xfs.length;
      this.xfs.push(xml);
      this.index.set(xml, id);
    }
    return id;
  }

  toXml(): string {
    const numFmts = [...this.customFormats]
      .map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`)
      .join("");
    return (
      XML_DECL +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (numFmts ? `<numFmts count="${this.customFormats.size}">${numFmts}</numFmts>` : "") +
      `<fonts count="2"><font>${FONT}</font><font><b/>${FONT}</font></fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.length}">${this.xfs.join("")}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      "</styleSheet>"
    );
  }
}
