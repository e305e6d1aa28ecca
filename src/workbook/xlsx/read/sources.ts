/**
 * `listSources` for .xlsx: every Excel table of a sheet, and plain ranges found from the cells
 * outside tables (one streaming pass per sheet; see `RegionCollector` for the rules).
 */
import { RegionCollector } from "../../../domain/binding/regions";
import type { SourceInfo } from "../../port";
import { headerText } from "../../sheet/headers";
import { sameName } from "../../sheet/names";
import type { OwnedInfo } from "./marks";
import type { PartSource } from "./parts";
import { rangeRef, type CellRange } from "../../sheet/a1";
import { readSheet, type SheetContext } from "./sheet";
import type { TableInfo } from "./tables";
import type { SheetEntry } from "./workbook";

/** A source as this adapter lists it: the port's fields plus notes for binding. */
export interface XlsxSourceInfo extends SourceInfo {
  /** Merged ranges overlapping the source (binding warns about them). */
  readonly mergedRanges?: readonly string[];
  /** On a sheet Kontrakttjek wrote (its status sheet): output, not input. */
  readonly ownedByKontrakttjek?: boolean;
}

/** Source of a table: the header row is the table's first row (or the row above when it has none). */
export const tableSource = (sheet: SheetEntry, t: TableInfo): SourceInfo => {
  const width = t.ref.right - t.ref.left + 1;
  const headerRow = t.ref.top + Math.min(1, t.headerRowCount) - 1;
  const headers = Array.from({ length: width }, (_, i) => t.columns[i] ?? "");
  return {
    sheet: sheet.name,
    table: t.name,
    headerRow,
    firstColumn: t.ref.left,
    headers,
    rowCount: Math.max(0, t.ref.bottom - t.totalsRowCount - headerRow),
    ...(sheet.state !== "visible" ? { sheetHidden: true } : {}),
  };
};

const overlaps = (a: CellRange, b: CellRange): boolean =>
  a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

const sourceRect = (s: SourceInfo): CellRange => ({
  top: s.headerRow,
  left: s.firstColumn,
  bottom: s.headerRow + Math.max(0, s.rowCount),
  right: s.firstColumn + Math.max(0, s.headers.length - 1),
});

/** Is `header` (at a source's position) the header Kontrakttjek recorded for its column? */
const ourHeader = (header: string | undefined, recorded: string | null): boolean =>
  header !== undefined && (recorded !== null ? sameName(header, recorded) : /^kontrol( \d+)?$/i.test(header.trim()));

/** The sheet column of Kontrakttjek's own column in a source, when the record names one there. */
const ownedColumnOf = (s: SourceInfo, tables: readonly TableInfo[], owned: OwnedInfo): number | undefined => {
  for (const c of owned.columns) {
    if (s.table !== null) {
      if (c.table === null || !sameName(c.table, s.table)) continue;
      const t = tables.find((x) => x.name === s.table);
      // by its id; a column the Office adapter recorded (no id) by its header
      const pos =
        c.tableColumnId !== null
          ? (t?.columnIds.indexOf(c.tableColumnId) ?? -1)
          : s.headers.findIndex((h) => c.header !== null && sameName(h, c.header));
      if (pos >= 0 && ourHeader(s.headers[pos], c.header)) return s.firstColumn + pos;
    } else if (c.table === null && sameName(c.sheet, s.sheet) && c.headerRow === s.headerRow) {
      if (ourHeader(s.headers[c.column - s.firstColumn], c.header)) return c.column;
    }
  }
  return undefined;
};

export const scanSheetSources = async (
  parts: PartSource,
  sheet: SheetEntry,
  tables: readonly TableInfo[],
  ctx: SheetContext,
  ownedInfo: OwnedInfo,
  between?: (row: number) => Promise<void> | void,
): Promise<XlsxSourceInfo[]> => {
  const collector = new RegionCollector(tables.map((t) => t.ref));
  const merges: CellRange[] = [];
  await readSheet(parts, sheet.part, ctx, {
    wantMerges: true,
    // The collector leaves cells inside tables out: their values are never made.
    outside: tables.map((t) => t.ref),
    onCell: (row, column, value) => collector.add(row, column, headerText(value), typeof value === "string"),
    onMerge: (rect) => merges.push(rect),
    ...(between ? { between } : {}),
  });
  const plain: SourceInfo[] = collector
    .regions()
    // Beside a table, a lone header without data is a title or a note, not a source.
    .filter((r) => tables.length === 0 || r.rowCount > 0)
    .map((r) => ({
      sheet: sheet.name,
      table: null,
      headerRow: r.headerRow,
      firstColumn: r.firstColumn,
      headers: r.headers,
      rowCount: r.rowCount,
      ...(sheet.state !== "visible" ? { sheetHidden: true } : {}),
    }));
  const owned = ownedInfo.sheets.some((n) => sameName(n, sheet.name));
  return [...tables.map((t) => tableSource(sheet, t)), ...plain].map((s) => {
    const rect = sourceRect(s);
    const hit = merges.filter((m) => overlaps(m, rect)).map(rangeRef);
    const ownedColumn = ownedColumnOf(s, tables, ownedInfo);
    return {
      ...s,
      ...(ownedColumn !== undefined ? { ownedColumn } : {}),
      ...(hit.length > 0 ? { mergedRanges: hit } : {}),
      ...(owned ? { ownedByKontrakttjek: true } : {}),
    };
  });
};
