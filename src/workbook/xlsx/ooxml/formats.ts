/** The number formats and fills Kontrakttjek uses, in one place for creating and editing files. */
import type { CellFormat, HighlightKind } from "../../port";

export const DATE_FORMAT_CODE = "dd-mm-yyyy";
/** First id free for custom number formats (ids below are built in). */
export const FIRST_CUSTOM_NUMFMT = 164;

/** A built-in number format id, or a custom format code that needs a `<numFmt>`. */
export type NumFmt = { readonly builtin: number } | { readonly code: string };

export const numFmtFor = (format: CellFormat | undefined): NumFmt => {
  switch (format) {
    case "percent":
      return { builtin: 9 }; // 0%
    case "decimal":
      return { builtin: 4 }; // #,##0.00
    case "text":
      return { builtin: 49 }; // @
    case "date":
      return { code: DATE_FORMAT_CODE };
    default:
      return { builtin: 0 }; // General, also for "number" (ratios must not be rounded away)
  }
};

/** ARGB fill colours of highlighted cells: Excel's own "Bad" and "Neutral" cell-style colours. */
export const HIGHLIGHT_RGB: Readonly<Record<HighlightKind, string>> = {
  error: "FFFFC7CE",
  warning: "FFFFEB9C",
};

export const highlightFillXml = (kind: HighlightKind): string =>
  `<fill><patternFill patternType="solid"><fgColor rgb="${HIGHLIGHT_RGB[kind]}"/><bgColor indexed="64"/></patternFill></fill>`;

/** Style wishes for one cell; the style book turns them into a cellXfs index. */
export interface StyleWish {
  readonly format?: CellFormat;
  readonly bold?: boolean;
  /** Keeps text such as "=1+1" text even when a user edits the cell (Excel's leading apostrophe). */
  readonly quotePrefix?: boolean;
  readonly wrap?: boolean;
}

export interface StyleBook {
  /** cellXfs index for the wish; 0 for the default style. */
  xf(wish: StyleWish): number;
}
