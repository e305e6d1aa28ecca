/**
 * `listSources`: Excel tables first, then plain ranges found outside them by the same rule as
 * the other adapters (`RegionCollector`: regions split by blank columns; header row = first of
 * the top 20 rows with two or more filled cells, all text). Excel gives the used range cheaply,
 * so only its top rows are read, never a whole sheet. Two to four requests whatever the workbook's
 * size: names; headers, used ranges and the filled part of each sheet's top rows; the top rows and
 * small tables that lie lower down (only if some do); the ends of plain regions (only if any).
 */
import { RegionCollector, HEADER_SCAN_ROWS, type PlainRegion } from "../../domain/binding/regions";
import type { CellValue } from "../../domain/model";
import type { SourceInfo } from "../port";
import type { XlContext, XlRange, XlTable, XlWorksheet } from "./excel-api";
import { headerText } from "../sheet/headers";
import { isPayloadTooLarge, jsonBytes } from "./limits";
import type { OfficeMeter } from "./meter";
import { EMPTY_OWNED, ownedColumnIn, ownsSheet } from "./ownership";
import { queueOwnedLoad } from "./record";
import { toCellValue } from "./values";

interface RegionProbe {
  readonly sheet: XlWorksheet;
  readonly region: PlainRegion;
  /** Used range below the header row, or null when there is no row to look at. */
  readonly below: XlRange | null;
  readonly withTables: boolean;
}

interface TableProbe {
  readonly table: XlTable;
  readonly header: XlRange;
  readonly body: XlRange;
}

/** A source with the flag binding uses to skip Kontrakttjek's own sheets. */
export interface OfficeSourceInfo extends SourceInfo {
  readonly ownedByKontrakttjek?: boolean;
}

/** Rows at the top of each sheet read with the used ranges (top rows and small tables up there). */
const TOP_WINDOW_ROWS = 40;
/**
 * A sheet without Excel tables this small is read whole while listing, so a block that starts
 * below the top window ("Nøgletal" under a list of activities at row 60) is found as the other
 * adapters find it. Larger sheets are scanned in the window only.
 */
const SMALL_SHEET_CELLS = 20_000;
/** At most this much of such sheets in the listing (estimated from the window's own cells). */
const SMALL_SHEETS_BYTES = 256 * 1024;
const SHEET_COLUMNS = 16_384;

/** Values and value types of a block of cells. */
interface Cells {
  readonly values: unknown[][];
  readonly valueTypes: string[][];
}

/** A block's cells out of a loaded range that holds every filled cell of it (the rest is empty). */
function cut(from: XlRange, block: { row: number; column: number; rows: number; columns: number }): Cells {
  const values: unknown[][] = [];
  const valueTypes: string[][] = [];
  for (let i = 0; i < block.rows; i++) {
    const r = block.row + i - from.rowIndex;
    const vr = from.values[r];
    const tr = from.valueTypes[r];
    const rowValues: unknown[] = [];
    const rowTypes: string[] = [];
    for (let j = 0; j < block.columns; j++) {
      const c = block.column + j - from.columnIndex;
      const inside = vr !== undefined && c >= 0 && c < from.columnCount;
      rowValues.push(inside ? vr[c] : "");
      rowTypes.push(inside ? (tr?.[c] ?? "Empty") : "Empty");
    }
    values.push(rowValues);
    valueTypes.push(rowTypes);
  }
  return { values, valueTypes };
}

/** Tables this small are read whole while listing (their data costs no request of its own). */
export const PREFETCH_TABLE_CELLS = 10_000;
const PREFETCH_TOTAL_CELLS = 50_000;

/** Whole data bodies of small tables, read with the listing, by `prefetchKey`. */
export type Prefetched = Map<string, readonly (readonly CellValue[])[]>;

/** What the listing learned: small tables' data, and bytes per cell by sheet. */
export interface Learned {
  readonly tables: Prefetched;
  /** Reading values and value types. */
  readonly bytesPerCell: Map<string, number>;
  /** Reading values only. */
  readonly valueBytesPerCell: Map<string, number>;
}

export const prefetchKey = (s: SourceInfo): string =>
  [s.sheet, s.table ?? "", s.headerRow, s.firstColumn, s.rowCount, s.headers.length].join("\u0000");

export async function listSources(
  context: XlContext,
  meter: OfficeMeter,
  learned?: Learned,
): Promise<OfficeSourceInfo[]> {
  const prefetched = learned?.tables;
  const { worksheets, tables } = context.workbook;
  worksheets.load("items/name,items/visibility");
  tables.load("items/name,items/worksheet/name");
  const written = queueOwnedLoad(context, meter);
  meter.add(0, 2000);
  await context.sync();
  // The record's XML rides along with the next request.
  written.more();

  const hidden = new Map(worksheets.items.map((s) => [s.name, s.visibility !== "Visible"]));
  const tableProbes: TableProbe[] = tables.items.map((table) => {
    const header = table.getHeaderRowRange();
    header.load("values,valueTypes,rowIndex,columnIndex,columnCount");
    const body = table.getDataBodyRange();
    body.load("rowCount");
    return { table, header, body };
  });
  const used = worksheets.items.map((sheet) => {
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    // The filled part of the sheet's top rows, in the same request: where the used range starts
    // near the top (the usual case) its top rows, and small tables up there, need no request more.
    const window = sheet.getRangeByIndexes(0, 0, TOP_WINDOW_ROWS, SHEET_COLUMNS).getUsedRangeOrNullObject(true);
    window.load("values,valueTypes,rowIndex,columnIndex,rowCount,columnCount");
    return { sheet, range, window };
  });
  meter.add(0, tableProbes.length * 400 + used.length * 400);
  await context.sync();
  // Sheets Kontrakttjek wrote (the status sheet) are listed but flagged, so binding skips them.
  const record = written.read() ?? EMPTY_OWNED;
  const ours = (sheet: string): { ownedByKontrakttjek?: true } =>
    ownsSheet(record, sheet) ? { ownedByKontrakttjek: true } : {};
  // Kontrakttjek's own Kontrol column in a source, as its record says (`SourceInfo.ownedColumn`).
  const withOwned = (list: OfficeSourceInfo[]): OfficeSourceInfo[] =>
    list.map((s) => {
      const column = ownedColumnIn(record, s);
      return column === undefined ? s : { ...s, ownedColumn: column };
    });

  const flag = (sheet: string): { sheetHidden?: true; ownedByKontrakttjek?: true } => ({
    ...(hidden.get(sheet) ? { sheetHidden: true } : {}),
    ...ours(sheet),
  });
  const out: OfficeSourceInfo[] = tableProbes.map(({ table, header, body }) => {
    const types = header.valueTypes[0] ?? [];
    return {
      sheet: table.worksheet.name,
      table: table.name,
      headerRow: header.rowIndex + 1,
      firstColumn: header.columnIndex,
      headers: (header.values[0] ?? []).map((v, i) => headerText(toCellValue(v, types[i]))),
      rowCount: body.rowCount,
      ...flag(table.worksheet.name),
    };
  });

  // Top rows of each sheet's used range, to find plain regions and their header rows: cut from
  // the window where it holds them, else read (one request for all such sheets).
  const windows = new Map(used.map((u) => [u.sheet.name, u.window.isNullObject ? null : u.window]));
  // What must wait for a request of its own (sheets whose used range starts lower down).
  const late: (() => void)[] = [];
  // The lower part of small plain sheets, asked for on its own after that (see below).
  const lower: {
    entry: { below: Cells | null };
    sheet: XlWorksheet;
    column: number;
    rows: number;
    columns: number;
  }[] = [];
  let smallSheetBytes = SMALL_SHEETS_BYTES;
  const tops = used
    .filter((u) => !u.range.isNullObject)
    .map(({ sheet, range }) => {
      const rows = Math.min(HEADER_SCAN_ROWS, range.rowCount);
      const block = { row: range.rowIndex, column: range.columnIndex, rows, columns: range.columnCount };
      const window = windows.get(sheet.name) ?? null;
      const entry: { sheet: XlWorksheet; range: XlRange; top: Cells; below: Cells | null } = {
        sheet,
        range,
        top: { values: [], valueTypes: [] },
        below: null,
      };
      // The rest of a small plain sheet below the window: its lower blocks are found too.
      const belowRows = range.rowIndex + range.rowCount - TOP_WINDOW_ROWS;
      const plain = !tableProbes.some((t) => t.table.worksheet.name === sheet.name);
      // Bytes a cell of this sheet takes, from the window's cells (long texts make a sheet costly).
      const sampled = window ? window.rowCount * window.columnCount : 0;
      const perCell =
        window && sampled > 0
          ? Math.max(8, ((jsonBytes(window.values) + jsonBytes(window.valueTypes)) / sampled) * 1.25)
          : 32;
      const restBytes = belowRows * range.columnCount * perCell;
      if (
        window &&
        plain &&
        belowRows > 0 &&
        range.rowCount * range.columnCount <= SMALL_SHEET_CELLS &&
        restBytes <= smallSheetBytes
      ) {
        smallSheetBytes -= restBytes;
        lower.push({ entry, sheet, column: range.columnIndex, rows: belowRows, columns: range.columnCount });
      }
      if (window && block.row + rows <= TOP_WINDOW_ROWS) entry.top = cut(window, block);
      else {
        const top = sheet.getRangeByIndexes(block.row, block.column, rows, block.columns);
        top.load("values,valueTypes");
        meter.add(rows * range.columnCount, rows * range.columnCount * 24);
        // Read only after the request below (the rule cannot see that `late` runs after it).
        // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load
        late.push(() => (entry.top = { values: top.values, valueTypes: top.valueTypes }));
      }
      return entry;
    });
  if (tops.length === 0) return withOwned(out);
  // Small tables (key figures, municipalities, activities) ride along whole, so reading them
  // later costs no request; large ones are read in chunks of the columns a contract needs.
  let budget = PREFETCH_TOTAL_CELLS;
  const bodies = prefetched
    ? tableProbes.flatMap(({ header, body }, i) => {
        const cells = body.rowCount * header.columnCount;
        if (body.rowCount === 0 || cells > PREFETCH_TABLE_CELLS || cells > budget) return [];
        budget -= cells;
        const block = {
          row: header.rowIndex + 1,
          column: header.columnIndex,
          rows: body.rowCount,
          columns: header.columnCount,
        };
        const window = windows.get(out[i]!.sheet) ?? null;
        if (window && block.row + block.rows <= TOP_WINDOW_ROWS)
          return [{ source: out[i]!, cells: () => cut(window, block) }];
        const range = tops
          .find((t) => t.sheet.name === out[i]!.sheet)
          ?.sheet.getRangeByIndexes(block.row, block.column, block.rows, block.columns);
        if (!range) return [];
        range.load("values,valueTypes");
        meter.add(cells, cells * 32);
        let got: Cells = { values: [], valueTypes: [] };
        late.push(() => (got = { values: range.values, valueTypes: range.valueTypes }));
        return [{ source: out[i]!, cells: () => got }];
      })
    : [];
  if (late.length > 0) {
    await context.sync();
    for (const f of late) f();
  }
  // The lower part of small plain sheets in a request of its own: the estimate comes from the top
  // rows and may be short, and a refusal must cost only the lower blocks, never the listing.
  if (lower.length > 0) {
    const reads = lower.map((l) => {
      const range = l.sheet.getRangeByIndexes(TOP_WINDOW_ROWS, l.column, l.rows, l.columns);
      range.load("values,valueTypes");
      meter.add(l.rows * l.columns, l.rows * l.columns * 24);
      return { l, range };
    });
    try {
      await context.sync();
      for (const { l, range } of reads) l.entry.below = { values: range.values, valueTypes: range.valueTypes };
    } catch (error) {
      if (!isPayloadTooLarge(error)) throw error;
    }
  }
  // The top rows below the first are a sample of each sheet's data: a first guess of its cell
  // size, with the same margin as the guesses learned from chunks, so a first chunk is not small.
  for (const { sheet, top } of tops) {
    const rows = top.values.slice(1);
    const cells = rows.reduce((a, r) => a + r.length, 0);
    if (cells >= 20) {
      const values = jsonBytes(rows);
      learned?.bytesPerCell.set(
        sheet.name,
        Math.max(8, Math.ceil(((values + jsonBytes(top.valueTypes.slice(1))) / cells) * 1.25)),
      );
      learned?.valueBytesPerCell.set(sheet.name, Math.max(4, Math.ceil((values / cells) * 1.25)));
    }
  }
  for (const { source, cells } of bodies) {
    const { values, valueTypes } = cells();
    prefetched?.set(
      prefetchKey(source),
      values.map((r, i) => r.map((v, j) => toCellValue(v, valueTypes[i]?.[j]))),
    );
  }

  const found = tops.flatMap(({ sheet, range, top, below: rest }) => {
    const own = out.filter((s) => s.sheet === sheet.name && s.table !== null);
    const collector = new RegionCollector(
      own.map((t) => ({
        top: t.headerRow,
        left: t.firstColumn,
        bottom: t.headerRow + t.rowCount,
        right: t.firstColumn + t.headers.length - 1,
      })),
    );
    // Where the window holds the sheet's top, all of its rows go to the collector (not only the
    // header scan's), so a second block in them ("Nøgletal | Værdi" under the answers) is found
    // as the other adapters find it. Blocks starting below the window are not seen.
    const windowRows = Math.min(range.rowCount, TOP_WINDOW_ROWS - range.rowIndex);
    const window = windows.get(sheet.name) ?? null;
    const scan =
      window && windowRows > top.values.length
        ? cut(window, { row: range.rowIndex, column: range.columnIndex, rows: windowRows, columns: range.columnCount })
        : top;
    scan.values.forEach((r, i) =>
      r.forEach((v, j) => {
        const cell = toCellValue(v, scan.valueTypes[i]?.[j]);
        if (cell !== null)
          collector.add(range.rowIndex + i + 1, range.columnIndex + j, headerText(cell), typeof cell === "string");
      }),
    );
    rest?.values.forEach((r, i) =>
      r.forEach((v, j) => {
        const cell = toCellValue(v, rest.valueTypes[i]?.[j]);
        if (cell !== null)
          collector.add(TOP_WINDOW_ROWS + i + 1, range.columnIndex + j, headerText(cell), typeof cell === "string");
      }),
    );
    // The last row of a region comes from Excel's used range of its columns (not from reading
    // them), down to the sheet's last used row or the first table or block below it in those
    // columns (the row above its header).
    const sheetBottom = range.rowIndex + range.rowCount; // one-based
    const regions = collector.regions();
    const blocks = [
      ...own.map((t) => ({ headerRow: t.headerRow, firstColumn: t.firstColumn, columns: t.headers.length })),
      ...regions.map((r) => ({ headerRow: r.headerRow, firstColumn: r.firstColumn, columns: r.headers.length })),
    ];
    return regions.flatMap((region): RegionProbe[] => {
      const right = region.firstColumn + region.headers.length - 1;
      const tableBelow = blocks
        .filter(
          (t) =>
            t.headerRow > region.headerRow &&
            t.firstColumn <= right &&
            region.firstColumn <= t.firstColumn + t.columns - 1,
        )
        .reduce((m, t) => Math.min(m, t.headerRow - 1), sheetBottom);
      const rows = tableBelow - region.headerRow;
      if (rows <= 0) return own.length > 0 ? [] : [{ sheet, region, below: null, withTables: false }];
      const below = sheet
        .getRangeByIndexes(region.headerRow, region.firstColumn, rows, region.headers.length)
        .getUsedRangeOrNullObject(true);
      below.load("rowIndex,rowCount");
      return [{ sheet, region, below, withTables: own.length > 0 }];
    });
  });
  if (found.length > 0) {
    meter.add(0, found.length * 200);
    await context.sync();
  }
  for (const { sheet, region, below, withTables } of found) {
    const lastRow = !below || below.isNullObject ? region.headerRow : below.rowIndex + below.rowCount;
    const rowCount = lastRow - region.headerRow;
    if (withTables && rowCount === 0) continue; // a title or note beside a table
    out.push({
      sheet: sheet.name,
      table: null,
      headerRow: region.headerRow,
      firstColumn: region.firstColumn,
      headers: region.headers,
      rowCount,
      ...flag(sheet.name),
    });
  }
  return withOwned(out);
}
