import type { HighlightKind } from "../../../workbook/port";
import type { Lang } from "../../../taskpane/strings";
import type { DemoWorkbook } from "../../demo-workbook";

export interface GridProps {
  readonly book: DemoWorkbook;
  readonly lang: Lang;
}

export interface GridCellView {
  readonly address: string;
  readonly text: string;
  readonly numeric: boolean;
  readonly highlight: HighlightKind | null;
  readonly selected: boolean;
  readonly header: boolean;
}

export interface GridRowView {
  /** Excel row number. */
  readonly row: number;
  readonly cells: readonly GridCellView[];
}

export interface GridState {
  readonly lang: Lang;
  readonly sheets: readonly { readonly name: string; readonly owned: boolean }[];
  readonly active: string;
  readonly letters: readonly string[];
  readonly rows: readonly GridRowView[];
  /** "Showing rows 1–300 of 1,200" when not all rows are shown. */
  readonly note: string | null;
  /** The cell being typed into, with its text so far. */
  readonly editing: { readonly row: number; readonly column: number; readonly text: string } | null;
  onSheet(name: string): void;
  onSelect(row: number, column: number): void;
  /** Start typing into a cell (double-click, Enter or F2). */
  onEdit(row: number, column: number): void;
  onEditText(text: string): void;
  /** Enter: store the text in the cell (a number when it reads as one). */
  onCommit(): void;
  onCancel(): void;
  /** Arrow keys move the selection; Enter/F2 edit. */
  onKey(key: string): boolean;
}
