/** Worksheet XML from already-styled cells; used for new workbooks and new status sheets. */
import { concatBytes } from "../bytes";
import { cellXml, type CellContent, type StringSink } from "./cells";
import { cellRef, rangeRef } from "../../sheet/a1";
import { XML_DECL } from "./xml";
import { NS } from "./namespaces";

export interface RenderCell {
  readonly row: number;
  readonly column: number;
  readonly content: CellContent;
  readonly style: number;
}

export interface RenderColumn {
  readonly index: number;
  readonly width?: number;
  readonly style?: number;
  readonly hidden?: boolean;
}

export interface SheetModel {
  readonly cells: readonly RenderCell[];
  readonly columns?: readonly RenderColumn[];
  readonly freezeRows?: number;
  readonly selected?: boolean;
  /** Pre-rendered `<dataValidations>` element, or "". */
  readonly validationsXml?: string;
  /** Relationship ids of the sheet's table parts. */
  readonly tableRelIds?: readonly string[];
  /** Excel row numbers grouped one outline level down (a report's indicator rows under their goal). */
  readonly outlineRows?: ReadonlySet<number>;
  /** Row heights in points by Excel row number. */
  readonly rowHeights?: ReadonlyMap<number, number>;
  /** Pre-rendered `<sheetPr>` (fit to page, outline summary above), or "". */
  readonly sheetPrXml?: string;
  /** Pre-rendered `<conditionalFormatting>` elements, or "". */
  readonly conditionalXml?: string;
  /** Pre-rendered `<pageMargins>`, `<pageSetup>` and `<headerFooter>`; default margins when absent. */
  readonly printXml?: string;
}

const DEFAULT_MARGINS = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';

const colsXml = (columns: readonly RenderColumn[]): string => {
  const cols = [...columns]
    .filter((c) => c.width !== undefined || (c.style ?? 0) > 0 || c.hidden)
    .sort((a, b) => a.index - b.index)
    .map((c) => {
      const width = c.width ?? 9.140625;
      return (
        `<col min="${c.index + 1}" max="${c.index + 1}" width="${width}"` +
        ((c.style ?? 0) > 0 ? ` style="${c.style}"` : "") +
        (c.hidden ? ' hidden="1"' : "") +
        (c.width !== undefined ? ' customWidth="1"' : "") +
        "/>"
      );
    });
  return cols.length ? `<cols>${cols.join("")}</cols>` : "";
};

const viewXml = (freezeRows: number, selected: boolean): string => {
  const tab = selected ? ' tabSelected="1"' : "";
  if (freezeRows <= 0) return `<sheetViews><sheetView${tab} workbookViewId="0"/></sheetViews>`;
  const top = cellRef(freezeRows + 1, 0);
  return (
    `<sheetViews><sheetView${tab} workbookViewId="0">` +
    `<pane ySplit="${freezeRows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/>` +
    "</sheetView></sheetViews>"
  );
};

/**
 * The sheet part's text, piece by piece in order (rows one at a time), so a caller can build it
 * as bytes: a full 1,048,576-row sheet is larger than the longest string V8 can make.
 */
const renderSheetPieces = (model: SheetModel, strings: StringSink, emit: (piece: string) => void): void => {
  const cells = [...model.cells].sort((a, b) => a.row - b.row || a.column - b.column);
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  const rows: string[] = [];
  let i = 0;
  while (i < cells.length) {
    const row = (cells[i] as RenderCell).row;
    const parts: string[] = [];
    for (; i < cells.length && (cells[i] as RenderCell).row === row; i++) {
      const c = cells[i] as RenderCell;
      if (c.content.t === "empty" && c.style === 0) continue;
      parts.push(cellXml(cellRef(c.row, c.column), c.content, c.style, strings));
      top = Math.min(top, c.row);
      bottom = Math.max(bottom, c.row);
      left = Math.min(left, c.column);
      right = Math.max(right, c.column);
    }
    const height = model.rowHeights?.get(row);
    const level =
      (height !== undefined ? ` ht="${height}" customHeight="1"` : "") +
      (model.outlineRows?.has(row) ? ' outlineLevel="1"' : "");
    if (parts.length) rows.push(`<row r="${row}"${level}>${parts.join("")}</row>`);
  }
  const dimension = bottom === 0 ? "A1" : rangeRef({ top, left, bottom, right });
  const tables = model.tableRelIds ?? [];
  emit(
    XML_DECL +
      `<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">` +
      (model.sheetPrXml ?? "") +
      `<dimension ref="${dimension}"/>` +
      viewXml(model.freezeRows ?? 0, model.selected ?? false) +
      (model.outlineRows?.size
        ? '<sheetFormatPr defaultRowHeight="15" outlineLevelRow="1"/>'
        : '<sheetFormatPr defaultRowHeight="15"/>') +
      colsXml(model.columns ?? []) +
      (rows.length ? "<sheetData>" : "<sheetData/>"),
  );
  for (const r of rows) emit(r);
  emit(
    (rows.length ? "</sheetData>" : "") +
      (model.conditionalXml ?? "") +
      (model.validationsXml ?? "") +
      (model.printXml ?? DEFAULT_MARGINS) +
      (tables.length
        ? `<tableParts count="${tables.length}">${tables.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>`
        : "") +
      "</worksheet>",
  );
};

export const renderSheetXml = (model: SheetModel, strings: StringSink): string => {
  const pieces: string[] = [];
  renderSheetPieces(model, strings, (p) => pieces.push(p));
  return pieces.join("");
};

/** Text is encoded this many characters at a time (far below V8's ~512 MB string limit). */
const BATCH_CHARS = 4 * 1024 * 1024;

/** `renderSheetXml` as UTF-8 bytes, never holding the whole part as one string. */
export const renderSheetBytes = (model: SheetModel, strings: StringSink): Uint8Array => {
  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [];
  let batch: string[] = [];
  let chars = 0;
  const flush = (): void => {
    if (batch.length) chunks.push(enc.encode(batch.join("")));
    batch = [];
    chars = 0;
  };
  renderSheetPieces(model, strings, (p) => {
    batch.push(p);
    chars += p.length;
    if (chars >= BATCH_CHARS) flush();
  });
  flush();
  return concatBytes(chunks);
};
