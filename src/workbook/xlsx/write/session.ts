/**
 * One edit of a package: the parts store, the workbook, styles, and the cell edits collected per
 * sheet. Apply and clean register edits here; `finish` runs one pass per sheet and builds the
 * new package. Nothing is written until every edit has been checked, so a conflict leaves the
 * input untouched.
 */
import { WriteConflictError, type KeptOwned } from "../../port";
import { sameName } from "../../sheet/names";
import type { XlsxPackage } from "../zip";
import { dropCalcChainEntries } from "./calc-chain";
import { presentKey } from "./cell-key";
import { keptCells, OwnedView } from "./owned";
import { PartStore } from "./package";
import { cellRef, parseRange, type CellRange } from "../../sheet/a1";
import { editSheetPart, type CellEdit, type ColumnRun, type RowContext } from "./sheet-edit";
import {
  columnStyles,
  isBareCell,
  mergedRanges,
  sheetPrefix,
  withStyle,
  forEachCell,
  type ExistingCell,
} from "./sheet-xml";
import { sheetOutline } from "./sheet-bytes";
import { StylesEditor } from "./styles-edit";
import { WorkbookEditor, type SheetRef, type TableRef } from "./workbook";
import { ownedCellMap, posKey, readMarks, type OwnedColumn, type OwnedHighlight, type Ownership } from "./marks";
import { child, children, type Document, type Element } from "./dom";

interface SheetWork {
  readonly sheet: SheetRef;
  readonly prefix: string;
  readonly cells: Map<number, Map<number, CellEdit>>;
  readonly runs: ColumnRun[];
  merges: CellRange[] | null;
  colStyles: { min: number; max: number; style: number }[] | null;
  /** Columns of ours removed here: the dimension hint may end before them again. */
  readonly removedColumns: number[];
  /** The part without its rows (see `sheetOutline`): small even for a full sheet. */
  readonly outline: string;
}

const hasFormula = (c: ExistingCell | null): boolean => !!c && /<([\w.-]+:)?f[\s>/]/.test(c.xml);

/** Where a `Kontrol` column of the record stands now, and which of its cells are still ours. */
interface ColumnNow {
  readonly sheet: SheetRef;
  readonly column: number;
  /** Rows moved since the write (rows inserted above the table or range). */
  readonly shift: number;
  readonly table: TableRef | null;
}

export class Session {
  readonly store: PartStore;
  readonly wb: WorkbookEditor;
  readonly old: Ownership;
  /** The old record held against the workbook as it is now. */
  readonly owned: OwnedView;
  /** What `clean` (or a re-write) left because it could not be proved Kontrakttjek's. */
  readonly kept: KeptOwned[] = [];
  /** Rows a sheet's content moved down since the last write, by sheet path (from its Kontrol columns). */
  readonly shifts = new Map<string, number>();
  /** Formula cells removed or replaced by a value, by sheet id, and sheets removed: calcChain entries to drop. */
  private readonly formulasGone = new Map<number, Set<string>>();
  readonly sheetsGone = new Set<number>();
  private stylesEditor: StylesEditor | null = null;
  private stylesPath = "";
  private readonly work = new Map<string, SheetWork>();
  readonly touchedSheets = new Set<string>();

  constructor(pkg: XlsxPackage) {
    this.store = new PartStore(pkg);
    this.wb = new WorkbookEditor(this.store);
    this.old = readMarks(this.store, this.wb.path);
    this.owned = new OwnedView(this.store, this.wb, this.old);
  }

  /** The content key of an existing cell (see cell-key.ts). */
  keyOf(cell: ExistingCell): string | null {
    return presentKey(cell, this.owned.strings);
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

  merges(sheet: SheetRef): CellRange[] {
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
    m.set(column, this.tracking(sheet, edit));
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
        return e ? this.tracking(sheet, e) : null;
      },
    });
  }

  /** Wraps an edit to notice formulas removed or turned into values (calcChain lists them). */
  private tracking(sheet: SheetRef, edit: CellEdit): CellEdit {
    return (existing, rowCells) => {
      const res = edit(existing, rowCells);
      if (
        res !== "keep" &&
        existing &&
        hasFormula(existing) &&
        (res === "delete" || !hasFormula({ ...existing, xml: res.xml }))
      ) {
        let set = this.formulasGone.get(sheet.sheetId);
        if (!set) this.formulasGone.set(sheet.sheetId, (set = new Set()));
        set.add(cellRef(existing.row, existing.column));
      }
      return res;
    };
  }

  conflict(sheet: SheetRef, row: number, column: number): never {
    throw new WriteConflictError(sheet.name, cellRef(row, column));
  }

  /** The first cell of `area` a merged range or another table covers (writing there would break it). */
  areaConflict(sheet: SheetRef, area: CellRange, exceptTable?: string): { row: number; column: number } | null {
    const hit = (r: CellRange): boolean =>
      r.left <= area.right && area.left <= r.right && r.top <= area.bottom && area.top <= r.bottom;
    for (const m of this.merges(sheet))
      if (hit(m)) return { row: Math.max(m.top, area.top), column: Math.max(m.left, area.left) };
    for (const t of this.wb.tablesOf(sheet.path))
      if (t.name !== exceptTable && hit(t.range))
        return { row: Math.max(t.range.top, area.top), column: Math.max(t.range.left, area.left) };
    return null;
  }

  /* ------------------------------------------------------------ removing what we wrote */

  /** Edit that deletes a cell only while it still holds what was recorded (`recorded`: its fingerprint). */
  deleteOwnedEdit(recorded: number | null, changed: { row: number; column: number }[]): CellEdit {
    return (existing) => {
      const v = this.owned.verdict(existing, recorded);
      if (v === "user" && existing) changed.push({ row: existing.row, column: existing.column });
      return v === "ours" ? "delete" : "keep";
    };
  }

  /**
   * Restores a highlighted cell's original style while it still shows ours; counts restorations.
   * After a re-save renumbered the styles, the fill is put back by content (the recorded fill).
   */
  restoreHighlight(h: OwnedHighlight, counter: { n: number }): void {
    const sheet = this.owned.sheetNamed(h.sheet);
    const pos = parseRange(h.ref);
    if (!sheet || !pos) return;
    const row = pos.top + (this.shifts.get(sheet.path) ?? 0);
    this.addCell(sheet, row, pos.left, (existing) => {
      if (!existing || !this.styles.isHighlight(existing.style)) return "keep";
      let style: number | null;
      if (existing.style === h.applied) style = h.original;
      else if (h.originalFill !== null) style = this.styles.withFill(existing.style, h.originalFill);
      else return "keep"; // a version-1 record after a re-save: the old style is unknown
      if (style === existing.style) return "keep"; // the old fill could not be rebuilt here
      counter.n++;
      if (h.created && !existing.hasContent) return "delete";
      const xml = withStyle(existing.xml, style);
      return h.created && isBareCell(xml) ? "delete" : { xml };
    });
  }

  /** Table by name (case and composition do not count, as in Excel), on `sheet` or anywhere. */
  table(sheet: SheetRef | null, name: string): TableRef | undefined {
    const sheets = sheet ? [sheet] : this.wb.sheets();
    for (const s of sheets) {
      const t = this.wb.tablesOf(s.path).find((x) => sameName(x.name, name));
      if (t) return t;
    }
    return undefined;
  }

  /**
   * Where a recorded `Kontrol` column stands now: a table's column by its id (while it carries the
   * header written), or a plain range's header cell (found again in its column when rows were
   * inserted above). "gone" when it is not there any more; "mismatch" when something else stands
   * where it was (a renamed header).
   */
  locateColumn(col: OwnedColumn): ColumnNow | "gone" | "mismatch" {
    const isOurHeader = (name: string): boolean =>
      col.header !== null ? sameName(name, col.header) : /^kontrol( \d+)?$/i.test(name.trim());
    if (col.table !== null) {
      const t = this.table(null, col.table);
      const colsEl = t ? child(t.el, "tableColumns") : undefined;
      const cols = colsEl ? children(colsEl, "tableColumn") : [];
      // by its id; a column the Office adapter recorded (it cannot know the id) by its header
      const pos =
        col.tableColumnId !== null
          ? cols.findIndex((c) => Number(c.getAttribute("id")) === col.tableColumnId)
          : cols.findIndex((c) => col.header !== null && sameName(c.getAttribute("name") ?? "", col.header));
      if (!t || pos < 0) return "gone";
      if (!isOurHeader(cols[pos]?.getAttribute("name") ?? "")) return "mismatch";
      const sheet = this.wb.sheets().find((s) => s.path === t.sheetPath);
      if (!sheet) return "gone";
      return this.located({ sheet, column: t.range.left + pos, shift: t.range.top - col.headerRow, table: t });
    }
    const sheet = this.owned.sheetNamed(col.sheet);
    if (!sheet) return "gone";
    let atRecorded = false;
    // Header cells in the recorded column that read as ours: the nearest to the recorded row wins.
    const found: number[] = [];
    const header = col.header;
    forEachCell(this.store.text(sheet.path) ?? "", (c) => {
      if (c.column !== col.column || !c.hasContent) return;
      if (c.row === col.headerRow) atRecorded = true;
      const key = this.keyOf(c);
      if (key === null || !key.startsWith("s")) return;
      if (header !== null ? key === `s${header}` : isOurHeader(key.slice(1))) found.push(c.row);
    });
    if (found.length === 0) return atRecorded ? "mismatch" : "gone";
    const row = found.sort((a, b) => Math.abs(a - col.headerRow) - Math.abs(b - col.headerRow))[0] as number;
    return this.located({ sheet, column: col.column, shift: row - col.headerRow, table: null });
  }

  /** Notes how far a sheet's rows moved since the write (its highlights moved as far). */
  private located(now: ColumnNow): ColumnNow {
    if (now.shift !== 0) this.shifts.set(now.sheet.path, now.shift);
    return now;
  }

  /**
   * Removes a `Kontrol` column we added: each cell only while it holds what was written, and the
   * table column too when every cell of it was ours and it is still the table's last. Returns
   * true when something was removed; what was left is noted in `kept`.
   */
  removeOwnedColumn(col: OwnedColumn): boolean {
    const now = this.locateColumn(col);
    if (now === "gone") return false; // the user removed it already
    if (now === "mismatch") {
      this.kept.push({ reason: "mismatch", sheet: col.sheet, cells: [], count: 0 });
      return false;
    }
    const { sheet, column, shift, table } = now;
    const recorded = col.fp ? ownedCellMap(col) : null;
    const changed: { row: number; column: number }[] = [];
    let first = col.headerRow + shift;
    let last = col.lastRow + shift;
    let dropTableColumn = false;
    if (table) {
      first = table.range.top;
      last = Math.max(table.range.bottom, last);
      const colsEl = child(table.el, "tableColumns") as Element;
      const cols = children(colsEl, "tableColumn");
      const pos = column - table.range.left;
      const survey = this.owned.survey(sheet, { cells: col.cells, fp: col.fp }, shift);
      const userInColumn =
        survey.changed.some((c) => c.column === column) ||
        survey.foreign.some((c) => c.column === column && c.row > first && c.row <= table.range.bottom);
      if (pos === cols.length - 1 && cols.length > 1 && !userInColumn) {
        dropTableColumn = true;
        shrinkTable(table, colsEl, cols[pos] as Element, pos);
        this.store.touch(table.path);
      } else first = table.range.top + 1; // the column stays (the user's cells or columns after it): empty ours
    }
    const cellHash = (row: number): number | null | undefined => {
      if (!recorded) return null; // version 1: the whole column was ours
      if (dropTableColumn && row === first) return null; // the header goes with the table column
      return recorded.get(posKey(row - shift, col.column));
    };
    this.addRun(sheet, {
      column,
      first,
      last,
      edit: (row) => {
        const hash = cellHash(row);
        return hash === undefined ? null : this.deleteOwnedEdit(hash, changed);
      },
    });
    this.sheetWork(sheet).removedColumns.push(column);
    this.touchedSheets.add(sheet.name);
    this.afterEdits.push(() => {
      if (changed.length > 0) this.kept.push(keptCells(sheet.name, "changed", changed));
    });
    return true;
  }

  /** Work that reads what the edits found (kept cells), run after them. */
  private readonly afterEdits: (() => void)[] = [];

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
    for (const f of this.afterEdits.splice(0)) f();
  }

  /** A sheet removed whole: calcChain entries pointing into it go. */
  sheetRemoved(sheet: SheetRef): void {
    this.sheetsGone.add(sheet.sheetId);
  }

  build(): XlsxPackage {
    if (this.stylesEditor?.changed) this.store.touch(this.stylesPath);
    if (this.formulasGone.size > 0 || this.sheetsGone.size > 0)
      dropCalcChainEntries(this.store, this.wb.path, this.sheetsGone, this.formulasGone);
    return this.store.toPackage();
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
