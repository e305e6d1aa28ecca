/**
 * One edit of a package: the parts store, the workbook, styles, and the cell edits collected per
 * sheet. Apply and clean register edits here; `finish` runs one pass per sheet and builds the
 * new package. Nothing is written until every edit has been checked, so a conflict leaves the
 * input untouched.
 */
import { WriteConflictError } from "../../port";
import type { XlsxPackage } from "../zip";
import { isRelType, readRels, removeOverride, removeRel, PartStore } from "./package";
import { cellRef, parseRange, type RangePos } from "./ref";
import {
  columnStyles,
  editSheetPart,
  isBareCell,
  mergedRanges,
  sheetOutline,
  sheetPrefix,
  withStyle,
  type CellEdit,
  type ColumnRun,
  type ExistingCell,
  type RowContext,
} from "./sheet-edit";
import { StylesEditor } from "./styles-edit";
import { WorkbookEditor, type SheetRef, type TableRef } from "./workbook";
import { readMarks, type OwnedColumn, type OwnedHighlight, type Ownership } from "./marks";
import { child, children, type Document, type Element } from "./dom";

interface SheetWork {
  readonly sheet: SheetRef;
  readonly prefix: string;
  readonly cells: Map<number, Map<number, CellEdit>>;
  readonly runs: ColumnRun[];
  merges: RangePos[] | null;
  colStyles: { min: number; max: number; style: number }[] | null;
  /** Columns of ours removed here: the dimension hint may end before them again. */
  readonly removedColumns: number[];
  /** The part without its rows (see `sheetOutline`): small even for a full sheet. */
  readonly outline: string;
}

const hasFormula = (c: ExistingCell | null): boolean => !!c && /<([\w.-]+:)?f[\s>/]/.test(c.xml);

export class Session {
  readonly store: PartStore;
  readonly wb: WorkbookEditor;
  readonly old: Ownership;
  private stylesEditor: StylesEditor | null = null;
  private stylesPath = "";
  private readonly work = new Map<string, SheetWork>();
  /** A formula cell was removed or replaced: calcChain.xml would point at it. */
  formulaRemoved = false;
  readonly touchedSheets = new Set<string>();

  constructor(pkg: XlsxPackage) {
    this.store = new PartStore(pkg);
    this.wb = new WorkbookEditor(this.store);
    this.old = readMarks(this.store, this.wb.path);
  }

  get styles(): StylesEditor {
    if (!this.stylesEditor) {
      this.stylesPath = this.wb.stylesPath();
      this.stylesEditor = new StylesEditor(this.store.doc(this.stylesPath) as Document);
    }
    return this.stylesEditor;
  }

  sheetWork(sheet: SheetRef): SheetWork {
    let w = this.work.get(sheet.path);
    if (!w) {
      const bytes = this.store.bytes(sheet.path);
      const outline = bytes === undefined ? "" : sheetOutline(bytes);
      w = {
        sheet,
        outline,
        prefix: sheetPrefix(outline),
        cells: new Map(),
        runs: [],
        merges: null,
        colStyles: null,
        removedColumns: [],
      };
      this.work.set(sheet.path, w);
    }
    return w;
  }

  merges(sheet: SheetRef): RangePos[] {
    const w = this.sheetWork(sheet);
    if (!w.merges) w.merges = mergedRanges(w.outline);
    return w.merges;
  }

  /** Style a cell created at `column` takes: the row's own format, else the column's. */
  newCellStyle(sheet: SheetRef, column: number, row: RowContext): number {
    if (row.style !== null) return row.style;
    const w = this.sheetWork(sheet);
    if (!w.colStyles) w.colStyles = columnStyles(w.outline);
    return w.colStyles.find((c) => column >= c.min && column <= c.max)?.style ?? 0;
  }

  /** Registers a single-cell edit; false when the cell already has one (the first wins). */
  addCell(sheet: SheetRef, row: number, column: number, edit: CellEdit): boolean {
    const w = this.sheetWork(sheet);
    if (w.runs.some((r) => r.column === column && row >= r.first && row <= r.last)) return false;
    let m = w.cells.get(row);
    if (!m) {
      m = new Map();
      w.cells.set(row, m);
    }
    if (m.has(column)) return false;
    m.set(column, this.tracking(edit));
    return true;
  }

  hasCellEdit(sheet: SheetRef, row: number, column: number): boolean {
    const w = this.sheetWork(sheet);
    return (
      !!w.cells.get(row)?.has(column) || w.runs.some((r) => r.column === column && row >= r.first && row <= r.last)
    );
  }

  addRun(sheet: SheetRef, run: ColumnRun): void {
    this.sheetWork(sheet).runs.push({
      ...run,
      edit: (row) => {
        const e = run.edit(row);
        return e ? this.tracking(e) : null;
      },
    });
  }

  /** Wraps an edit to notice removed formulas (calcChain) . */
  private tracking(edit: CellEdit): CellEdit {
    return (existing, rowCells) => {
      const res = edit(existing, rowCells);
      if (res !== "keep" && hasFormula(existing) && (res === "delete" || res.xml !== existing?.xml))
        this.formulaRemoved = true;
      return res;
    };
  }

  conflict(sheet: SheetRef, row: number, column: number): never {
    throw new WriteConflictError(sheet.name, cellRef(row, column));
  }

  /** Throws when a merged range or another table covers cells of `area` (writing there would break it). */
  checkArea(sheet: SheetRef, area: RangePos, exceptTable?: string): void {
    const hit = (r: RangePos): boolean =>
      r.left <= area.right && area.left <= r.right && r.top <= area.bottom && area.top <= r.bottom;
    for (const m of this.merges(sheet))
      if (hit(m)) this.conflict(sheet, Math.max(m.top, area.top), Math.max(m.left, area.left));
    for (const t of this.wb.tablesOf(sheet.path))
      if (t.name !== exceptTable && hit(t.range))
        this.conflict(sheet, Math.max(t.range.top, area.top), Math.max(t.range.left, area.left));
  }

  /* ------------------------------------------------------------ removing what we wrote */

  /** Edit that deletes a cell we own (its style stays when it had one before us is unknown: drop). */
  deleteEdit(): CellEdit {
    return (existing) => (existing ? "delete" : "keep");
  }

  /** Restores a highlighted cell's original style if it still has ours; counts restorations. */
  restoreHighlight(h: OwnedHighlight, counter: { n: number }): void {
    const sheet = this.wb.sheetById(h.sheetId);
    const pos = parseRange(h.ref);
    if (!sheet || !pos) return;
    this.addCell(sheet, pos.top, pos.left, (existing) => {
      if (!existing || existing.style !== h.applied || !this.styles.isHighlight(h.applied)) return "keep";
      counter.n++;
      if (h.created && !existing.hasContent) return "delete";
      const xml = withStyle(existing.xml, h.original);
      return h.created && isBareCell(xml) ? "delete" : { xml };
    });
  }

  /** Table of a sheet by name (case-insensitive, as Excel compares names). */
  table(sheet: SheetRef, name: string): TableRef | undefined {
    return this.wb.tablesOf(sheet.path).find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  /**
   * Removes a `Kontrol` column we added: the table column (when it is still the table's last)
   * and the cells. Returns true when something was removed.
   */
  removeOwnedColumn(col: OwnedColumn): boolean {
    const sheet = this.wb.sheetById(col.sheetId);
    if (!sheet) return false;
    let column = col.column;
    let first = col.headerRow;
    let last = col.lastRow;
    if (col.table !== null) {
      const t = this.table(sheet, col.table);
      const colsEl = t ? child(t.el, "tableColumns") : undefined;
      const cols = colsEl ? children(colsEl, "tableColumn") : [];
      const pos = cols.findIndex((c) => Number(c.getAttribute("id")) === col.tableColumnId);
      if (!t || !colsEl || pos < 0) return false; // the user removed it already
      column = t.range.left + pos;
      first = t.range.top;
      last = Math.max(t.range.bottom, col.lastRow);
      if (pos === cols.length - 1 && cols.length > 1) {
        shrinkTable(t, colsEl, cols[pos] as Element, pos);
        this.store.touch(t.path);
      } else {
        // the user put columns after ours: keep the column, empty its data cells
        first = t.range.top + 1;
      }
    }
    this.addRun(sheet, { column, first, last, edit: () => this.deleteEdit() });
    this.sheetWork(sheet).removedColumns.push(column);
    this.touchedSheets.add(sheet.name);
    return true;
  }

  /* ------------------------------------------------------------ finishing */

  /** Runs the collected cell edits, one pass per sheet. */
  runEdits(): void {
    for (const [path, w] of this.work) {
      if (w.cells.size === 0 && w.runs.length === 0) continue;
      const bytes = this.store.bytes(path);
      if (bytes === undefined) continue;
      const res = editSheetPart(bytes, { cells: w.cells, runs: w.runs }, w.removedColumns);
      if (res.changed) {
        this.store.setBytes(path, res.bytes);
        this.touchedSheets.add(w.sheet.name);
      }
    }
    this.work.clear();
  }

  build(): XlsxPackage {
    if (this.stylesEditor?.changed) this.store.touch(this.stylesPath);
    if (this.formulaRemoved) this.dropCalcChain();
    return this.store.toPackage();
  }

  /** Excel rebuilds calcChain.xml; a stale one pointing at a removed formula makes it "repair" the file. */
  dropCalcChain(): void {
    for (const rel of readRels(this.store, this.wb.path)) {
      if (!isRelType(rel.type, "calcChain")) continue;
      removeRel(this.store, this.wb.path, rel.id);
      removeOverride(this.store, rel.target);
      this.store.delete(rel.target);
    }
  }
}

/** Drops the last table column: ref, autoFilter (and a filter or sort on that column) shrink. */
const shrinkTable = (t: TableRef, cols: Element, colEl: Element, pos: number): void => {
  cols.removeChild(colEl);
  cols.setAttribute("count", String(children(cols, "tableColumn").length));
  const r = t.range;
  const newRight = r.left + pos - 1;
  t.el.setAttribute("ref", `${cellRef(r.top, r.left)}:${cellRef(r.bottom, newRight)}`);
  const af = child(t.el, "autoFilter");
  if (af) {
    const ar = parseRange(af.getAttribute("ref") ?? "");
    if (ar && ar.right > newRight)
      af.setAttribute("ref", `${cellRef(ar.top, ar.left)}:${cellRef(ar.bottom, newRight)}`);
    for (const fc of children(af, "filterColumn")) if (Number(fc.getAttribute("colId")) === pos) af.removeChild(fc);
    for (const ss of children(af, "sortState")) dropSortOn(ss, newRight + 1);
  }
  for (const ss of children(t.el, "sortState")) dropSortOn(ss, newRight + 1);
};

const dropSortOn = (sortState: Element, column: number): void => {
  for (const sc of children(sortState, "sortCondition")) {
    const r = parseRange(sc.getAttribute("ref") ?? "");
    if (r && r.left <= column && column <= r.right) sortState.removeChild(sc);
  }
  if (children(sortState, "sortCondition").length === 0) sortState.parentNode?.removeChild(sortState);
};
