/**
 * The byte-level sheet scanner: `<sheetData>` read straight from UTF-8 bytes — `<row r hidden>`,
 * `<c r s t>`, `<v>`, `<f>`, `<is>` with its runs — without a SAX parser or a decoded string of
 * the part. Only the text of wanted cells is made into strings; other cells cost their tag. What
 * comes before and after the cells (a few KB) still goes through the SAX parser, which checks it
 * is well-formed and finds merged ranges.
 *
 * It reads the shapes Excel and other writers use; on anything else (another encoding, a prefix,
 * CDATA, a comment or an unknown element among the cells, an unknown entity) it throws `Declined`
 * and the caller reads the sheet with the SAX reader, which gives the same cells (tested).
 */
import { MAX_COLUMNS } from "../../sheet/a1";
import { sniffXmlEncoding } from "../bytes";
import { cellValue, type CellOut, type SheetContext } from "./cell-value";

/** The scanner met XML it does not read; `events` callbacks were already made. */
export class Declined extends Error {
  constructor(readonly why: string) {
    super(`byte scanner declined: ${why}`);
  }
}

export interface ScanVisitor {
  readonly wanted: Uint8Array;
  readonly fromRow: number;
  readonly toRow: number;
  /** Cells inside these ranges are skipped like unwanted columns. */
  readonly outside?: readonly { top: number; left: number; bottom: number; right: number }[];
  onCell(row: number, column: number, value: NonNullable<CellOut["value"]>, isDate: boolean): void;
  onHiddenRow?(row: number): void;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const AMP = 0x26;
const QUOT = 0x22;
const APOS = 0x27;

const isSpace = (b: number): boolean => b === 0x20 || b === 0x0a || b === 0x09 || b === 0x0d;
const isNameEnd = (b: number): boolean => isSpace(b) || b === GT || b === SLASH;

const utf8 = new TextDecoder("utf-8", { fatal: true });

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Text as XML gives it: entities decoded, line ends normalised; null for an entity XML does not know. */
const xmlText = (raw: string): string | null => {
  let s = raw;
  if (s.indexOf("\r") >= 0) s = s.replace(/\r\n?/g, "\n");
  if (s.indexOf("&") < 0) return s;
  let bad = false;
  const out = s.replace(/&([^;&]*);?/g, (m, e: string) => {
    if (!m.endsWith(";")) return ((bad = true), m);
    const named = ENTITIES[e];
    if (named !== undefined) return named;
    const code = /^#x[0-9a-fA-F]+$/.test(e) ? parseInt(e.slice(2), 16) : /^#[0-9]+$/.test(e) ? Number(e.slice(1)) : NaN;
    if (!Number.isInteger(code) || code < 1 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) bad = true;
    return bad ? m : String.fromCodePoint(code);
  });
  return bad ? null : out;
};

/** Scans the cells of one sheet's XML bytes. */
export class SheetScanner {
  private pos: number;
  /** Offset just past `</sheetData>` (or the self-closed tag), once reached. */
  end = -1;
  /** Reading stopped at a row past `toRow`. */
  stopped = false;
  readonly sheetDataStart: number;
  row = 0;
  private col = -1;
  private readonly out: CellOut = { value: null, isDate: false };
  // The attributes of the tag just read.
  private aR = -1;
  private aREnd = -1;
  private aS = -1;
  private aSEnd = -1;
  private aT = -1;
  private aTEnd = -1;
  private aHidden = -1;
  private aHiddenEnd = -1;
  private selfClosed = false;

  constructor(
    private readonly xml: Uint8Array,
    private readonly ctx: SheetContext,
    private readonly v: ScanVisitor,
  ) {
    const enc = sniffXmlEncoding(xml.subarray(0, 256));
    if (enc.label !== "utf-8") throw new Declined("encoding");
    const at = this.find("<sheetData");
    if (at < 0 || !isNameEnd(xml[at + 10] ?? 0)) throw new Declined("no sheetData");
    this.sheetDataStart = at;
    this.pos = this.tagEnd(at + 10);
    if (this.selfClosed) this.end = this.pos;
  }

  get done(): boolean {
    return this.end >= 0 || this.stopped;
  }

  get offset(): number {
    return this.pos;
  }

  private find(text: string, from = 0): number {
    const first = text.charCodeAt(0);
    const xml = this.xml;
    outer: for (let i = xml.indexOf(first, from); i >= 0; i = xml.indexOf(first, i + 1)) {
      for (let k = 1; k < text.length; k++) if (xml[i + k] !== text.charCodeAt(k)) continue outer;
      return i;
    }
    return -1;
  }

  /** Reads the attributes from `i` to the tag's end; returns the offset after `>`. */
  private tagEnd(i: number): number {
    const xml = this.xml;
    this.aR = this.aS = this.aT = this.aHidden = -1;
    for (;;) {
      let b = xml[i] as number;
      while (isSpace(b)) b = xml[++i] as number;
      if (b === GT) {
        this.selfClosed = false;
        return i + 1;
      }
      if (b === SLASH) {
        if (xml[i + 1] !== GT) throw new Declined("tag");
        this.selfClosed = true;
        return i + 2;
      }
      if (i >= xml.length) throw new Declined("end of part in a tag");
      const name = i;
      while (i < xml.length && xml[i] !== 0x3d && !isSpace(xml[i] as number) && xml[i] !== GT) i++;
      const nameEnd = i;
      while (isSpace(xml[i] as number)) i++;
      if (xml[i] !== 0x3d) throw new Declined("attribute");
      i++;
      while (isSpace(xml[i] as number)) i++;
      const q = xml[i];
      if (q !== QUOT && q !== APOS) throw new Declined("attribute quote");
      const from = i + 1;
      const to = xml.indexOf(q, from);
      if (to < 0) throw new Declined("attribute end");
      const len = nameEnd - name;
      const c0 = xml[name];
      if (len === 1 && c0 === 0x72) [this.aR, this.aREnd] = [from, to];
      else if (len === 1 && c0 === 0x73) [this.aS, this.aSEnd] = [from, to];
      else if (len === 1 && c0 === 0x74) [this.aT, this.aTEnd] = [from, to];
      else if (len === 6 && c0 === 0x68 && xml[name + 1] === 0x69) [this.aHidden, this.aHiddenEnd] = [from, to];
      i = to + 1;
    }
  }

  /** An attribute's value as text (ASCII fast path; entities are declined, they never occur here). */
  private attr(from: number, to: number): string {
    let s = "";
    for (let k = from; k < to; k++) {
      const b = this.xml[k] as number;
      if (b === AMP || b >= 0x80) return this.attrSlow(from, to);
      s += String.fromCharCode(b === 0x09 || b === 0x0a || b === 0x0d ? 0x20 : b);
    }
    return s;
  }

  private attrSlow(from: number, to: number): string {
    const t = xmlText(utf8.decode(this.xml.subarray(from, to)).replace(/[\t\n\r]/g, " "));
    if (t === null) throw new Declined("entity");
    return t;
  }

  /** The text from `from` to the next `<`, which must open `</name>`; returns [text, offset after]. */
  private textUntilClose(from: number, name: string): [string, number] {
    const xml = this.xml;
    const lt = xml.indexOf(LT, from);
    if (lt < 0 || xml[lt + 1] !== SLASH) throw new Declined("markup in text");
    for (let k = 0; k < name.length; k++) if (xml[lt + 2 + k] !== name.charCodeAt(k)) throw new Declined("close");
    let e = lt + 2 + name.length;
    while (isSpace(xml[e] as number)) e++;
    if (xml[e] !== GT) throw new Declined("close");
    return [this.text(from, lt), e + 1];
  }

  private text(from: number, to: number): string {
    const xml = this.xml;
    let ascii = to - from <= 24;
    for (let k = from; ascii && k < to; k++) {
      const b = xml[k] as number;
      if (b >= 0x80 || b === AMP || b === 0x0d || (b < 0x20 && b !== 0x09 && b !== 0x0a)) ascii = false;
    }
    if (ascii) {
      let s = "";
      for (let k = from; k < to; k++) s += String.fromCharCode(xml[k] as number);
      return s;
    }
    let raw: string;
    try {
      raw = utf8.decode(xml.subarray(from, to));
    } catch {
      throw new Declined("bytes that are not UTF-8");
    }
    // Characters XML does not allow are the SAX reader's to report.
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(raw)) throw new Declined("character");
    const t = xmlText(raw);
    if (t === null) throw new Declined("entity");
    return t;
  }

  /** The element name at `i` (just after `<`): its length, or -1 for a prefixed or odd name. */
  private nameAt(i: number): number {
    const xml = this.xml;
    let k = i;
    while (k < xml.length && !isNameEnd(xml[k] as number)) {
      if (xml[k] === 0x3a || xml[k] === 0x21 || xml[k] === 0x3f) return -1;
      k++;
    }
    return k - i;
  }

  private is(i: number, len: number, name: string): boolean {
    if (len !== name.length) return false;
    for (let k = 0; k < len; k++) if (this.xml[i + k] !== name.charCodeAt(k)) return false;
    return true;
  }

  /** Skips an element whose start tag ended at `from` (not self-closed) to after `</name>`, declining nested markup of other kinds. */
  private skipElement(from: number, name: string): number {
    const close = this.find(`</${name}`, from);
    if (close < 0) throw new Declined("unclosed");
    // Only plain tags inside (run properties, phonetic runs): no comments, CDATA or instructions.
    for (let k = this.xml.indexOf(LT, from); k >= 0 && k < close; k = this.xml.indexOf(LT, k + 1)) {
      const b = this.xml[k + 1];
      if (b === 0x21 || b === 0x3f) throw new Declined("markup");
    }
    let e = close + 2 + name.length;
    while (isSpace(this.xml[e] as number)) e++;
    if (this.xml[e] !== GT) throw new Declined("close");
    return e + 1;
  }

  /** Scans rows until the offset passes `until` or the cells end. */
  run(until: number): void {
    const xml = this.xml;
    const v = this.v;
    let i = this.pos;
    while (i < until && !this.done) {
      const lt = xml.indexOf(LT, i);
      if (lt < 0) throw new Declined("end of part among the cells");
      const b = xml[lt + 1];
      if (b === SLASH) {
        const len = this.nameAt(lt + 2);
        if (this.is(lt + 2, len, "sheetData")) {
          let e = lt + 2 + len;
          while (isSpace(xml[e] as number)) e++;
          if (xml[e] !== GT) throw new Declined("close");
          this.end = e + 1;
          i = this.end;
          break;
        }
        if (!this.is(lt + 2, len, "row")) throw new Declined("close tag");
        i = this.tagEndPlain(lt + 2 + len);
        continue;
      }
      const len = this.nameAt(lt + 1);
      if (this.is(lt + 1, len, "row")) {
        i = this.tagEnd(lt + 1 + len);
        const n = this.aR < 0 ? this.row + 1 : Number(this.attr(this.aR, this.aREnd));
        this.row = Number.isInteger(n) && n > 0 ? n : this.row + 1;
        this.col = -1;
        if (this.row > v.toRow) {
          this.stopped = true;
          break;
        }
        if (this.aHidden >= 0 && this.row >= v.fromRow) {
          const h = this.attr(this.aHidden, this.aHiddenEnd);
          if (h === "1" || h === "true") v.onHiddenRow?.(this.row);
        }
        continue;
      }
      if (this.is(lt + 1, len, "c")) {
        i = this.cell(lt + 2);
        continue;
      }
      throw new Declined("element among the cells");
    }
    this.pos = i;
  }

  private tagEndPlain(i: number): number {
    while (isSpace(this.xml[i] as number)) i++;
    if (this.xml[i] !== GT) throw new Declined("close");
    return i + 1;
  }

  /** Parses the column letters and row digits of `r`; false when it is no cell reference. */
  private refInto(from: number, to: number): boolean {
    const xml = this.xml;
    let i = from;
    if (xml[i] === 0x24) i++;
    let col = 0;
    while (i < to) {
      const u = (xml[i] as number) & ~32;
      if (u < 65 || u > 90) break;
      col = col * 26 + (u - 64);
      i++;
    }
    if (col === 0) return false;
    if (xml[i] === 0x24) i++;
    let row = 0;
    const start = i;
    for (; i < to; i++) {
      const d = (xml[i] as number) - 48;
      if (d < 0 || d > 9) return false;
      row = row * 10 + d;
    }
    if (i === start || row < 1 || col > MAX_COLUMNS) return false;
    this.col = col - 1;
    this.row = row;
    return true;
  }

  /** One `<c …>` from just after its name; returns the offset after it. */
  private cell(at: number): number {
    const xml = this.xml;
    const v = this.v;
    let i = this.tagEnd(at);
    if (this.aR < 0 || !this.refInto(this.aR, this.aREnd)) {
      if (this.aR >= 0 && /[&\u0080-\uffff]/.test(this.attr(this.aR, this.aREnd))) throw new Declined("reference");
      this.col++;
    }
    const row = this.row;
    const col = this.col;
    let skip = row < v.fromRow || row > v.toRow || col >= MAX_COLUMNS || v.wanted[col] !== 1;
    if (!skip && v.outside !== undefined)
      for (const r of v.outside) if (row >= r.top && row <= r.bottom && col >= r.left && col <= r.right) skip = true;
    if (this.selfClosed) return i;
    const type = skip || this.aT < 0 ? "n" : this.attr(this.aT, this.aTEnd);
    const style = skip || this.aS < 0 ? 0 : Number(this.attr(this.aS, this.aSEnd));
    let buf = "";
    let hasValue = false;
    let hasFormula = false;
    for (;;) {
      const lt = xml.indexOf(LT, i);
      if (lt < 0) throw new Declined("unclosed cell");
      const b = xml[lt + 1];
      if (b === SLASH) {
        if (xml[lt + 2] !== 0x63 || !isNameEnd(xml[lt + 3] as number)) throw new Declined("close tag");
        i = this.tagEndPlain(lt + 3);
        break;
      }
      const len = this.nameAt(lt + 1);
      if (this.is(lt + 1, len, "v")) {
        i = this.tagEnd(lt + 2);
        if (this.selfClosed) {
          hasValue = true;
          continue;
        }
        if (skip) {
          [, i] = this.closeOf(i, "v");
          continue;
        }
        const [t, next] = this.textUntilClose(i, "v");
        buf += t;
        hasValue = true;
        i = next;
      } else if (this.is(lt + 1, len, "f")) {
        i = this.tagEnd(lt + 2);
        hasFormula = true;
        if (!this.selfClosed) [, i] = this.closeOf(i, "f");
      } else if (this.is(lt + 1, len, "is")) {
        i = this.tagEnd(lt + 3);
        if (this.selfClosed) continue;
        const [t, found, next] = this.inline(i, skip);
        buf += t;
        if (found) hasValue = true;
        i = next;
      } else if (this.is(lt + 1, len, "extLst")) {
        i = this.tagEnd(lt + 7);
        if (!this.selfClosed) i = this.skipElement(i, "extLst");
      } else throw new Declined("element in a cell");
    }
    if (!skip) {
      const out = this.out;
      cellValue(this.ctx, type, style, buf, hasValue, hasFormula, out);
      if (out.value !== null) v.onCell(row, col, out.value, out.isDate);
    }
    return i;
  }

  /** After a start tag ended at `from`: the offset after `</name>` (text only inside). */
  private closeOf(from: number, name: string): [string, number] {
    const xml = this.xml;
    const lt = xml.indexOf(LT, from);
    if (lt < 0 || xml[lt + 1] !== SLASH) throw new Declined("markup in text");
    // Text not read is still checked for what the SAX reader would call damage.
    for (let k = from; k < lt; k++) {
      const b = xml[k] as number;
      if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) throw new Declined("text");
      if (b === AMP) {
        const semi = xml.indexOf(0x3b, k);
        if (semi < 0 || semi > lt || semi - k > 12 || xmlText(this.ascii(k, semi + 1)) === null)
          throw new Declined("entity");
        k = semi;
      }
    }
    return ["", this.textUntilCloseAt(lt, name)];
  }

  private ascii(from: number, to: number): string {
    let t = "";
    for (let k = from; k < to; k++) t += String.fromCharCode(this.xml[k] as number);
    return t;
  }

  private textUntilCloseAt(lt: number, name: string): number {
    const xml = this.xml;
    for (let k = 0; k < name.length; k++) if (xml[lt + 2 + k] !== name.charCodeAt(k)) throw new Declined("close");
    return this.tagEndPlain(lt + 2 + name.length);
  }

  /** `<is>` content: the text of its `<t>` and runs' `<t>` (phonetic runs left out). */
  private inline(from: number, skip: boolean): [string, boolean, number] {
    const xml = this.xml;
    let i = from;
    let text = "";
    let found = false;
    let inRun = false;
    for (;;) {
      const lt = xml.indexOf(LT, i);
      if (lt < 0) throw new Declined("unclosed inline string");
      if (xml[lt + 1] === SLASH) {
        const len = this.nameAt(lt + 2);
        if (this.is(lt + 2, len, "is") && !inRun) return [text, found, this.tagEndPlain(lt + 4)];
        if (this.is(lt + 2, len, "r") && inRun) {
          inRun = false;
          i = this.tagEndPlain(lt + 3);
          continue;
        }
        throw new Declined("close tag in an inline string");
      }
      const len = this.nameAt(lt + 1);
      if (this.is(lt + 1, len, "t")) {
        i = this.tagEnd(lt + 2);
        if (this.selfClosed) {
          found = true;
          continue;
        }
        if (skip) [, i] = this.closeOf(i, "t");
        else {
          const [t, next] = this.textUntilClose(i, "t");
          text += t;
          i = next;
        }
        found = true;
      } else if (this.is(lt + 1, len, "r") && !inRun) {
        i = this.tagEnd(lt + 2);
        if (!this.selfClosed) inRun = true;
      } else if (len > 0) {
        // Run properties, phonetic runs and their properties: skipped whole.
        const name = String.fromCharCode(...xml.subarray(lt + 1, lt + 1 + len));
        if (name !== "rPr" && name !== "rPh" && name !== "phoneticPr")
          throw new Declined("element in an inline string");
        i = this.tagEnd(lt + 1 + len);
        if (!this.selfClosed) i = this.skipElement(i, name);
      } else throw new Declined("markup in an inline string");
    }
  }
}
