/**
 * What reaches the terminal. Text from the user's workbook or contract may hold control
 * characters — OOXML's `_x001B_` escapes decode to ESC, which can retitle the window, clear the
 * screen or move the cursor — and bidi overrides that make a line read otherwise than it is.
 * `forTerminal` is applied to everything the CLI prints (see `runCli`); renderers keep user text
 * on its line with `oneLine` / `tsvField`, since the sink must let the CLI's own line breaks and
 * tabs through.
 */

/**
 * Controls the terminal would act on: C0 except tab and line feed, DEL, C1, and the bidi
 * embeddings, overrides, isolates and marks; U+2028/2029 break lines in some viewers.
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Shows unsafe characters instead of sending them: C0 as its Control Picture (ESC → ␛), the rest
 * as `\uXXXX`. JSON output needs nothing else: JSON.stringify escapes C0 already, and `\uXXXX`
 * inside a JSON string is the same character to any JSON reader, so JSON stays exact.
 */
export const forTerminal = (text: string): string =>
  text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : `\\u${code.toString(16).padStart(4, "0")}`;
  });

/** User text inside a line of the CLI's own: a tab or line break in it is shown (␉ ␊ ␍), not printed. */
export const oneLine = (text: string): string =>
  text.replace(/[\t\n\r]/g, (c) => String.fromCharCode(0x2400 + c.charCodeAt(0)));

const TSV_ESCAPES: Readonly<Record<string, string>> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

/** A field of tab-separated output: `\`, tab and line breaks escaped, so fields and lines stay whole. */
export const tsvField = (text: string): string => text.replace(/[\\\t\n\r]/g, (c) => TSV_ESCAPES[c] ?? c);
