/** Byte helpers of the package layer: joining byte arrays, and XML text in its own encoding. */

/** Byte arrays joined end to end (one copy; a single part is handed back as it is). */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  let size = 0;
  for (const c of parts) size += c.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of parts) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * How an XML part's bytes become text. Excel writes UTF-8, except the Power Query (DataMashup)
 * custom XML item, which it writes as UTF-16 LE with a byte-order mark; other producers use the
 * XML declaration (`encoding="windows-1252"`). `label` is what TextDecoder is given.
 */
export interface XmlEncoding {
  readonly label: string;
  /** Bytes of the byte-order mark the part starts with (0 when it has none). */
  readonly bom: number;
}

const UTF8: XmlEncoding = { label: "utf-8", bom: 0 };

/** Enough of a part to find its byte-order mark and the encoding in its XML declaration. */
export const SNIFF_BYTES = 256;

/** The `encoding` of an XML declaration written in an ASCII-compatible encoding, lower-cased. */
const declaredEncoding = (head: Uint8Array): string | null => {
  let text = "";
  for (let i = 0; i < head.length && i < SNIFF_BYTES; i++) {
    const c = head[i] as number;
    if (c === 0x3e) break; // '>': the declaration ends
    text += String.fromCharCode(c);
  }
  const m = /^<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(text);
  return m ? (m[1] as string).toLowerCase() : null;
};

/** Labels TextDecoder knows; a label it does not know leaves the part read as UTF-8 (as Excel would). */
const supported = (label: string): boolean => {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
};

/**
 * The encoding of an XML part from its first bytes (XML 1.0 appendix F): a byte-order mark, a
 * UTF-16 `<?` without one, or the declaration's `encoding`. UTF-16 named in a declaration that is
 * itself written in single bytes is a contradiction, read as UTF-8.
 */
export const sniffXmlEncoding = (head: Uint8Array): XmlEncoding => {
  const [a, b, c] = [head[0], head[1], head[2]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return { label: "utf-8", bom: 3 };
  if (a === 0xff && b === 0xfe) return { label: "utf-16le", bom: 2 };
  if (a === 0xfe && b === 0xff) return { label: "utf-16be", bom: 2 };
  if (a === 0x3c && b === 0x00 && c === 0x3f) return { label: "utf-16le", bom: 0 };
  if (a === 0x00 && b === 0x3c && c === 0x00) return { label: "utf-16be", bom: 0 };
  const declared = declaredEncoding(head);
  if (declared === null || declared === "utf-8" || declared === "utf8" || declared.startsWith("utf-16")) return UTF8;
  return supported(declared) ? { label: declared, bom: 0 } : UTF8;
};

export const isUtf8 = (e: XmlEncoding): boolean => e.label === "utf-8";

/** A part's text, decoded as its own bytes say (the byte-order mark is not part of the text). */
export const decodeXml = (bytes: Uint8Array, encoding: XmlEncoding = sniffXmlEncoding(bytes)): string =>
  new TextDecoder(encoding.label, { ignoreBOM: true }).decode(bytes.subarray(encoding.bom));

const encoder = new TextEncoder();

/** Points an XML declaration at the encoding the bytes will have (no declaration: nothing to say). */
const withDeclaredEncoding = (text: string, label: string): string =>
  text.replace(/^(<\?xml\s[^>]*?encoding\s*=\s*)(["'])([^"']*)\2/, (m, head: string, q: string, was: string) =>
    was.toLowerCase() === label.toLowerCase() ? m : `${head}${q}${label}${q}`,
  );

/**
 * Text as bytes in `encoding`: UTF-16 keeps its byte order and gets a byte-order mark (XML
 * requires one without a declaration); everything else becomes UTF-8, the only encoding
 * TextEncoder writes, and its declaration then says so.
 */
export const encodeXml = (text: string, encoding: XmlEncoding = UTF8): Uint8Array => {
  if (encoding.label === "utf-16le" || encoding.label === "utf-16be") {
    const body = withDeclaredEncoding(text, "UTF-16");
    const out = new Uint8Array(2 + body.length * 2);
    const le = encoding.label === "utf-16le";
    out[0] = le ? 0xff : 0xfe;
    out[1] = le ? 0xfe : 0xff;
    for (let i = 0; i < body.length; i++) {
      const u = body.charCodeAt(i);
      out[2 + i * 2 + (le ? 0 : 1)] = u & 0xff;
      out[2 + i * 2 + (le ? 1 : 0)] = u >>> 8;
    }
    return out;
  }
  const body = encoder.encode(withDeclaredEncoding(text, "UTF-8"));
  if (encoding.bom === 0 || !isUtf8(encoding)) return body;
  return concatBytes([new Uint8Array([0xef, 0xbb, 0xbf]), body]);
};

/** UTF-8 bytes of a part, for code that edits bytes: the part itself when it is UTF-8 already. */
export const utf8Xml = (bytes: Uint8Array): Uint8Array => {
  const encoding = sniffXmlEncoding(bytes);
  return isUtf8(encoding) ? bytes : encodeXml(decodeXml(bytes, encoding));
};
