/**
 * Worksheet XML as text, read and touched without a DOM: tags and attributes, a row's cells,
 * the `<dimension>` hint, `<cols>` styles, merged ranges, a cell's style. String-level on
 * purpose: the writer runs these over every row it edits.
 */
import { columnIndex, parseRange, rangeRef, type CellRange } from "../../sheet/a1";
import { UnsupportedWorkbookError } from "./errors";

export interface ExistingCell {
  readonly row: number;
  readonly column: number;
  /** The cell's complete element text. */
  readonly xml: string;
  readonly style: number;
  /** The element has an `s` attribute (LibreOffice writes `s="0"`; restoring must keep that). */
  readonly hasStyleAttr: boolean;
  readonly type: string | null;
  /** Holds a value, a formula or inline text (a cell with only a style is empty). */
  readonly hasContent: boolean;
  /** Master of a shared formula or part of an array formula: overwriting it breaks other cells. */
  readonly formulaGroup: boolean;
}

/** Namespace prefix of the worksheet root (`x:` in files from some .NET libraries, usually ""). */
export const sheetPrefix = (xml: string): string => {
  const m = /<([A-Za-z_][\w.-]*:)?worksheet[\s>/]/.exec(xml);
  if (!m) throw new UnsupportedWorkbookError("sheet-xml", "worksheet root element not found");
  return m[1] ?? "";
};

/** End index (exclusive) of the tag starting at `start`, honouring quoted attribute values. */
export const tagEnd = (s: string, start: number): number => {
  let q = "";
  for (let i = start + 1; i < s.length; i++) {
    const c = s[i];
    if (q) {
      if (c === q) q = "";
    } else if (c === '"' || c === "'") q = c;
    else if (c === ">") return i + 1;
  }
  throw new UnsupportedWorkbookError("sheet-xml", "unterminated tag in worksheet");
};

const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export const tagAttrs = (tag: string): Map<string, string> => {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(ATTR)) out.set(m[1] as string, m[2] ?? m[3] ?? "");
  return out;
};

/** One attribute of a start tag, without building a map (hot path: every row and cell). */
export const attrOf = (tag: string, name: string): string | undefined => {
  const key = `${name}=`;
  for (let i = tag.indexOf(key); i >= 0; i = tag.indexOf(key, i + 1)) {
    const before = tag.charCodeAt(i - 1);
    if (before !== 32 && before !== 9 && before !== 10 && before !== 13) continue;
    const q = tag[i + key.length];
    if (q !== '"' && q !== "'") break;
    const end = tag.indexOf(q, i + key.length + 1);
    return end < 0 ? undefined : tag.slice(i + key.length + 1, end);
  }
  // unusual spacing such as `r = "A1"`
  return /\s=|=\s/.test(tag) ? tagAttrs(tag).get(name) : undefined;
};

/** Index of the next `<{name}` start tag (not a longer name) at or after `from`, or -1. */
export const findTag = (s: string, name: string, from: number, limit: number): number => {
  let i = from;
  for (;;) {
    i = s.indexOf(`<${name}`, i);
    if (i < 0 || i >= limit) return -1;
    const c = s[i + name.length + 1];
    if (c === " " || c === ">" || c === "/" || c === "\t" || c === "\n" || c === "\r") return i;
    i += name.length + 1;
  }
};

export const setAttr = (tag: string, name: string, value: string): string => {
  const re = new RegExp(`(\\s${name}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, `$1"${value}"`);
  return tag.replace(/(\/?>)$/, ` ${name}="${value}"$1`);
};

interface CellPatterns {
  readonly formula: RegExp;
  readonly content: RegExp;
}

const patternCache = new Map<string, CellPatterns>();

const patterns = (p: string): CellPatterns => {
  let x = patternCache.get(p);
  if (!x) {
    x = { formula: new RegExp(`<${p}f[\\s>/][^>]*`), content: new RegExp(`<${p}(f|is)[\\s>/]|<${p}v>[^<]`) };
    patternCache.set(p, x);
  }
  return x;
};

export const parseRow = (s: string, p: string, row: number, openEnd: number, closeStart: number): ExistingCell[] => {
  const cells: ExistingCell[] = [];
  const re = patterns(p);
  let pos = openEnd;
  let col = -1;
  const ct = `${p}c`;
  for (;;) {
    const i = findTag(s, ct, pos, closeStart);
    if (i < 0) break;
    const te = tagEnd(s, i);
    const selfClosing = s[te - 2] === "/";
    const end = selfClosing ? te : s.indexOf(`</${ct}>`, te) + ct.length + 3;
    if (end < te) throw new UnsupportedWorkbookError("sheet-xml", `unterminated cell in row ${row}`);
    const tag = s.slice(i, te);
    const r = attrOf(tag, "r");
    const st = attrOf(tag, "s");
    const letters = r ? /^\$?([A-Za-z]+)/.exec(r)?.[1] : undefined;
    col = letters ? columnIndex(letters) : col + 1;
    const inner = selfClosing ? "" : s.slice(te, end - ct.length - 3);
    const fTag = inner.includes(`<${p}f`) ? (re.formula.exec(inner)?.[0] ?? "") : "";
    cells.push({
      row,
      column: col,
      xml: s.slice(i, end),
      style: st === undefined ? 0 : Number(st),
      hasStyleAttr: st !== undefined,
      type: attrOf(tag, "t") ?? null,
      hasContent: inner !== "" && re.content.test(inner),
      formulaGroup:
        /\st\s*=\s*["']array["']/.test(fTag) || (/\st\s*=\s*["']shared["']/.test(fTag) && /\sref\s*=/.test(fTag)),
    });
    pos = end;
  }
  return cells;
};

export const growDimension = (xml: string, p: string, b: CellRange): string => growDimensionHead(xml, p, b);

/** Grows the `<dimension>` in `xml` (the whole part or just its head) to cover `b`. */
export const growDimensionHead = (xml: string, p: string, b: CellRange): string => {
  const i = findTag(xml, `${p}dimension`, 0, xml.length);
  if (i < 0) return xml;
  const te = tagEnd(xml, i);
  const tag = xml.slice(i, te);
  const old = parseRange(tagAttrs(tag).get("ref") ?? "");
  // "A1" alone is what writers put in an empty sheet: replace it rather than grow from it
  const merged =
    old && !(old.top === 1 && old.left === 0 && old.bottom === 1 && old.right === 0)
      ? {
          top: Math.min(old.top, b.top),
          left: Math.min(old.left, b.left),
          bottom: Math.max(old.bottom, b.bottom),
          right: Math.max(old.right, b.right),
        }
      : b;
  if (old && rangeRef(old) === rangeRef(merged)) return xml;
  return xml.slice(0, i) + setAttr(tag, "ref", rangeRef(merged)) + xml.slice(te);
};

/** Default style per column from `<cols>` (the style a new cell in that column takes). */
export const columnStyles = (xml: string): { min: number; max: number; style: number }[] => {
  const p = sheetPrefix(xml);
  const sd = findTag(xml, `${p}sheetData`, 0, xml.length);
  const head = sd < 0 ? xml : xml.slice(0, sd);
  const out: { min: number; max: number; style: number }[] = [];
  for (const m of head.matchAll(new RegExp(`<${p}col\\s[^>]*>`, "g"))) {
    const a = tagAttrs(m[0]);
    const style = Number(a.get("style") ?? 0);
    if (style > 0) out.push({ min: Number(a.get("min")) - 1, max: Number(a.get("max")) - 1, style });
  }
  return out;
};

/** After removing our column at `column`: a dimension ending there ends one column earlier. */
export const shrinkDimension = (xml: string, column: number): string =>
  shrinkDimensionHead(xml, sheetPrefix(xml), column);

export const shrinkDimensionHead = (xml: string, p: string, column: number): string => {
  const i = findTag(xml, `${p}dimension`, 0, xml.length);
  if (i < 0) return xml;
  const te = tagEnd(xml, i);
  const tag = xml.slice(i, te);
  const r = parseRange(tagAttrs(tag).get("ref") ?? "");
  if (!r || r.right !== column || r.left >= column) return xml;
  return xml.slice(0, i) + setAttr(tag, "ref", rangeRef({ ...r, right: column - 1 })) + xml.slice(te);
};

/** Ranges of `<mergeCell>` elements (they follow sheetData, so this reads only the tail). */
export const mergedRanges = (xml: string): CellRange[] => {
  const p = sheetPrefix(xml);
  const close = xml.lastIndexOf(`</${p}sheetData>`);
  const tail = close >= 0 ? xml.slice(close) : xml;
  const out: CellRange[] = [];
  for (const m of tail.matchAll(new RegExp(`<${p}mergeCell\\s[^>]*?ref\\s*=\\s*["']([^"']+)["']`, "g"))) {
    const r = parseRange(m[1] as string);
    if (r) out.push(r);
  }
  return out;
};

/** Calls `fn` for every cell of a (small) sheet; used to see whether a sheet holds user content. */
export const forEachCell = (s: string, fn: (cell: ExistingCell) => void): void => {
  const p = sheetPrefix(s);
  const rowTag = `${p}row`;
  let pos = 0;
  let lastRow = 0;
  for (;;) {
    const i = findTag(s, rowTag, pos, s.length);
    if (i < 0) return;
    const te = tagEnd(s, i);
    const selfClosing = s[te - 2] === "/";
    const closeStart = selfClosing ? te : s.indexOf(`</${rowTag}>`, te);
    const rAttr = tagAttrs(s.slice(i, te)).get("r");
    const row = rAttr ? Number(rAttr) : lastRow + 1;
    if (!selfClosing) parseRow(s, p, row, te, closeStart).forEach(fn);
    pos = selfClosing ? te : closeStart + rowTag.length + 3;
    lastRow = row;
  }
};

/** The cell's XML with its style index set (null removes the attribute). */
export const withStyle = (cellXmlText: string, style: number | null): string => {
  const end = tagEnd(cellXmlText, 0);
  let tag = cellXmlText.slice(0, end).replace(/\ss\s*=\s*("[^"]*"|'[^']*')/, "");
  if (style !== null) {
    const r = /\sr\s*=\s*("[^"]*"|'[^']*')/.exec(tag);
    const at = r ? r.index + r[0].length : (/^<[\w:.-]+/.exec(tag)?.[0].length ?? 2);
    tag = `${tag.slice(0, at)} s="${style}"${tag.slice(at)}`;
  }
  return tag + cellXmlText.slice(end);
};

/** A cell element that carries nothing but its reference (safe to drop). */
export const isBareCell = (cellXmlText: string): boolean =>
  /^<[\w:]*c\s+r\s*=\s*("[^"]*"|'[^']*')\s*\/>$/.test(cellXmlText);

/* ---------------------------------------------------------------- the drawing element */
