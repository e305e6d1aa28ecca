/** A worksheet part as bytes: finding sheetData without decoding the rows (a part may be too large for one string). */
import { UnsupportedWorkbookError } from "./errors";
import { sheetPrefix } from "./sheet-xml";

export const decoder = new TextDecoder();

export const encoder = new TextEncoder();

export const asciiBytes = (t: string): Uint8Array => encoder.encode(t);

/** Index of `needle` in `hay` at or after `from`, or -1 (`<` never occurs inside a UTF-8 sequence). */
export const bytesIndexOf = (hay: Uint8Array, needle: Uint8Array, from: number, limit = hay.length): number => {
  const first = needle[0] as number;
  const n = needle.length;
  for (let i = hay.indexOf(first, from); i >= 0 && i + n <= limit; i = hay.indexOf(first, i + 1)) {
    let k = 1;
    while (k < n && hay[i + k] === needle[k]) k++;
    if (k === n) return i;
  }
  return -1;
};

export const bytesLastIndexOf = (hay: Uint8Array, needle: Uint8Array, from: number): number => {
  const first = needle[0] as number;
  const n = needle.length;
  for (let i = hay.lastIndexOf(first, from); i >= 0; i = i === 0 ? -1 : hay.lastIndexOf(first, i - 1)) {
    let k = 1;
    while (k < n && i + k < hay.length && hay[i + k] === needle[k]) k++;
    if (k === n) return i;
  }
  return -1;
};

export const isTagDelim = (b: number | undefined): boolean =>
  b === 0x20 || b === 0x3e || b === 0x2f || b === 0x09 || b === 0x0a || b === 0x0d;

/** Next `<{name}` start tag in bytes (not a longer name), or -1. */
export const findTagBytes = (b: Uint8Array, name: Uint8Array, from: number, limit: number): number => {
  for (let i = bytesIndexOf(b, name, from, limit); i >= 0; i = bytesIndexOf(b, name, i + 1, limit))
    if (isTagDelim(b[i + name.length])) return i;
  return -1;
};

export const tagEndBytes = (b: Uint8Array, start: number): number => {
  let q = 0;
  for (let i = start + 1; i < b.length; i++) {
    const c = b[i];
    if (q) {
      if (c === q) q = 0;
    } else if (c === 0x22 || c === 0x27) q = c;
    else if (c === 0x3e) return i + 1;
  }
  throw new UnsupportedWorkbookError("sheet-xml", "unterminated tag in worksheet");
};

/** Where sheetData sits in a worksheet part, found without decoding the rows. */
interface SheetLayout {
  readonly prefix: string;
  readonly sd: number;
  readonly sdOpenEnd: number;
  readonly sdSelfClosing: boolean;
  /** Start of `</sheetData>` (= sdOpenEnd when self-closing). */
  readonly sdClose: number;
}

export const layoutOf = (b: Uint8Array): SheetLayout => {
  const ws = bytesIndexOf(b, asciiBytes("worksheet"), 0);
  const prefix = sheetPrefix(decoder.decode(b.subarray(0, ws < 0 ? Math.min(b.length, 65536) : ws + 10)));
  const sd = findTagBytes(b, asciiBytes(`<${prefix}sheetData`), 0, b.length);
  if (sd < 0) throw new UnsupportedWorkbookError("sheet-xml", "worksheet has no sheetData");
  const sdOpenEnd = tagEndBytes(b, sd);
  const sdSelfClosing = b[sdOpenEnd - 2] === 0x2f;
  // sheetData cannot nest, so its end tag is the last one in the part
  const sdClose = sdSelfClosing ? sdOpenEnd : bytesLastIndexOf(b, asciiBytes(`</${prefix}sheetData>`), b.length - 1);
  if (sdClose < sdOpenEnd) throw new UnsupportedWorkbookError("sheet-xml", "unterminated sheetData");
  return { prefix, sd, sdOpenEnd, sdSelfClosing, sdClose };
};

/**
 * The worksheet part without its rows (head up to sheetData, empty sheetData, tail): small text
 * for reading the prefix, `<cols>`, `<mergeCells>` of a sheet too large to decode whole.
 */
export const sheetOutline = (b: Uint8Array): string => {
  const l = layoutOf(b);
  if (l.sdSelfClosing) return decoder.decode(b);
  return decoder.decode(b.subarray(0, l.sdOpenEnd)) + decoder.decode(b.subarray(l.sdClose));
};

/** The `name="…"` attribute of the start tag from `start` to `end` as ASCII text, or undefined. */
export const attrBytes = (b: Uint8Array, start: number, end: number, name: Uint8Array): string | undefined => {
  for (let i = bytesIndexOf(b, name, start, end); i >= 0; i = bytesIndexOf(b, name, i + 1, end)) {
    const before = b[i - 1];
    if (before !== 0x20 && before !== 0x09 && before !== 0x0a && before !== 0x0d) continue;
    let k = i + name.length;
    while (b[k] === 0x20) k++;
    if (b[k] !== 0x3d) continue;
    k++;
    while (b[k] === 0x20) k++;
    const q = b[k];
    if (q !== 0x22 && q !== 0x27) return undefined;
    const close = b.indexOf(q, k + 1);
    if (close < 0 || close > end) return undefined;
    let t = "";
    for (let j = k + 1; j < close; j++) t += String.fromCharCode(b[j] as number);
    return t;
  }
  return undefined;
};
