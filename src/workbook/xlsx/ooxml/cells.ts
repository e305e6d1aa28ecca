/** One cell's XML, shared by the workbook creator and the plan writer. */
import { formulaForStorage, looksLikeFormula } from "./formula";
import { escapeText, toXString, textElement } from "./xml";

/** Excel's limit on characters in a cell; longer text is cut (Excel would repair the file). */
export const MAX_CELL_TEXT = 32767;

export type CellContent =
  | { readonly t: "empty" }
  | { readonly t: "string"; readonly v: string }
  | { readonly t: "number"; readonly v: number }
  | { readonly t: "bool"; readonly v: boolean }
  | { readonly t: "formula"; readonly f: string; readonly cached: string | number | boolean | null };

/** How string cells are stored: shared strings (new workbooks) or inline (edits leave sst alone). */
export interface StringSink {
  /** Index into sharedStrings, or null to store the text inline. */
  shared(text: string): number | null;
}

export const INLINE_STRINGS: StringSink = { shared: () => null };

export const clipText = (s: string): string => {
  if (s.length <= MAX_CELL_TEXT) return s;
  const cut = s.slice(0, MAX_CELL_TEXT);
  // do not split a surrogate pair
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
};

export const numberText = (n: number): string => (Object.is(n, -0) ? "0" : String(n));

/** True when the content is text Excel would take for a formula if typed (store with quotePrefix). */
export const needsQuotePrefix = (c: CellContent): boolean => c.t === "string" && looksLikeFormula(c.v);

/**
 * `<c>` element for a cell. `prefix` is the namespace prefix of the sheet part ("" or "x:").
 * Text is always a string cell: `=1+1` typed as a value never becomes a formula.
 */
export const cellXml = (ref: string, content: CellContent, style: number, strings: StringSink, prefix = ""): string => {
  const s = style > 0 ? ` s="${style}"` : "";
  const c = `${prefix}c`;
  const v = (x: string): string => `<${prefix}v>${x}</${prefix}v>`;
  switch (content.t) {
    case "empty":
      return `<${c} r="${ref}"${s}/>`;
    case "string": {
      const text = clipText(content.v);
      const idx = strings.shared(text);
      if (idx !== null) return `<${c} r="${ref}"${s} t="s">${v(String(idx))}</${c}>`;
      return `<${c} r="${ref}"${s} t="inlineStr"><${prefix}is>${textElement(text, prefix)}</${prefix}is></${c}>`;
    }
    case "number":
      if (!Number.isFinite(content.v)) return `<${c} r="${ref}"${s} t="e">${v("#NUM!")}</${c}>`;
      return `<${c} r="${ref}"${s}>${v(numberText(content.v))}</${c}>`;
    case "bool":
      return `<${c} r="${ref}"${s} t="b">${v(content.v ? "1" : "0")}</${c}>`;
    case "formula": {
      const f = `<${prefix}f>${escapeText(formulaForStorage(content.f))}</${prefix}f>`;
      const k = content.cached;
      if (typeof k === "string")
        return `<${c} r="${ref}"${s} t="str">${f}${v(escapeText(toXString(clipText(k))))}</${c}>`;
      if (typeof k === "boolean") return `<${c} r="${ref}"${s} t="b">${f}${v(k ? "1" : "0")}</${c}>`;
      if (typeof k === "number" && Number.isFinite(k)) return `<${c} r="${ref}"${s}>${f}${v(numberText(k))}</${c}>`;
      return `<${c} r="${ref}"${s}>${f}</${c}>`;
    }
  }
};
