/**
 * Text escaping for SpreadsheetML. Cell text is an ST_Xstring: characters XML 1.0 cannot carry
 * travel as `_xHHHH_`, and a literal `_xHHHH_` must itself be escaped, or Excel decodes it.
 */

const INVALID_XML =
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
