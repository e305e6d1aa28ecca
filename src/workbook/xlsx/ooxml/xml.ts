/**
 * XML text for SpreadsheetML, both ways: escaping and decoding. Cell text is an ST_Xstring:
 * characters XML 1.0 cannot carry travel as `_xHHHH_`, and a literal `_xHHHH_` must itself be
 * escaped, or Excel decodes it. String-level on purpose: the reader and the writer call these
 * for every cell.
 */

/** What XML 1.0 cannot hold: control characters, U+FFFE/U+FFFF, lone surrogates. */
export const INVALID_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// A carriage return is escaped too: XML parsers turn a literal one into a line feed.
export const escapeText = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");

export const escapeAttr = (s: string): string =>
  escapeText(s).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");

/** Cell/shared-string text → ST_Xstring (before XML escaping). Lone surrogates become U+FFFD. */
export const toXString = (s: string): string =>
  s.replace(/_x([0-9A-Fa-f]{4})_/g, "_x005F_x$1_").replace(INVALID_XML, (c) => {
    const code = c.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) return "\uFFFD";
    return `_x${code.toString(16).toUpperCase().padStart(4, "0")}_`;
  });

/** Removes what XML 1.0 cannot hold at all (used for formulas and attribute values). */
export const stripInvalidXml = (s: string): string => s.replace(INVALID_XML, "\uFFFD");

/** Decodes the five entities and numeric character references. */
export const decodeEntities = (s: string): string =>
  s.indexOf("&") < 0
    ? s
    : s.replace(/&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/g, (_m, e: string) => {
        switch (e) {
          case "amp":
            return "&";
          case "lt":
            return "<";
          case "gt":
            return ">";
          case "quot":
            return '"';
          case "apos":
            return "'";
          default:
            return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
        }
      });

/** `<t>` text element with space preservation when leading/trailing whitespace or newlines matter. */
export const textElement = (s: string, prefix = ""): string => {
  const x = escapeText(toXString(s));
  const preserve = /^\s|\s$|\n/.test(s) ? ' xml:space="preserve"' : "";
  return `<${prefix}t${preserve}>${x}</${prefix}t>`;
};

export const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Decodes SpreadsheetML's `_xHHHH_` escapes (characters XML cannot carry). */
export const decodeXString = (s: string): string =>
  s.indexOf("_x") < 0
    ? s
    : s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** How far into a part its prolog is looked at for a DTD (Excel's prologs are one short line). */
export const PROLOG_CHARS = 64 * 1024;

/**
 * Does the text's prolog (what comes before the root element: declaration, comments, processing
 * instructions, white space) hold a `<!DOCTYPE`? Looks no further than `PROLOG_CHARS`; the
 * parsers refuse a DTD further on themselves.
 */
export const prologHasDtd = (text: string): boolean => {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const end = Math.min(text.length, PROLOG_CHARS);
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) {
      i++;
      continue;
    }
    if (text.startsWith("<?", i)) {
      const close = text.indexOf("?>", i + 2);
      if (close < 0) return false;
      i = close + 2;
    } else if (text.startsWith("<!--", i)) {
      const close = text.indexOf("-->", i + 4);
      if (close < 0) return false;
      i = close + 3;
    } else return text.slice(i, i + 9).toUpperCase() === "<!DOCTYPE";
  }
  return false;
};
