/**
 * `listSources`: Excel tables first, then plain ranges found outside them by the same rule as
 * the other adapters (`RegionCollector`: regions split by blank columns; header row = first of
 * the top 20 rows with two or more filled cells, all text). Excel gives the used range cheaply,
 * so only its top rows are read, never a whole sheet. Four requests whatever the workbook's size.
 */
import { RegionCollector, HEADER_SCAN_ROWS, type PlainRegion } from "../../domain/binding/regions";
import type { CellValue } from "../../domain/model";
import type { SourceInfo } from "../port";
import type { XlContext, XlRange, XlTable, XlWorksheet } from "./excel-api";
import { headerText } from "./headers";
import { jsonBytes } from "./limits";
import type { OfficeMeter } from "./meter";
import { OWNED_KEY, parseOwned, sameSheet } from "./ownership";
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

/** Tables this small are read whole while listing (their data costs no request of its own). */
export const PREFETCH_TABLE_CELLS = 10_000;
const PREFETCH_TOTAL_CELLS = 50_000;

/** Whole data bodies of small tables, read with the listing, by `prefetchKey`. */
export type Prefetched = Map<string, readonly (readonly CellValue[])[]>;

/** What the listing learned: small tables' data, and bytes per cell (values and types) by sheet. */
export interface Learned {
  readonly tables: Prefetched;
  readonly bytesPerCell: Map<string, number>;
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
  const written = context.workbook.settings.getItemOrNullObject(OWNED_KEY);
  written.load("value");
  meter.add(0, 2000);
  await context.sync();
  // Sheets Kontrakttjek wrote (the status sheet) are listed but flagged, so binding skips them.
  const owned = written.isNullObject ? [] : parseOwned(written.value).sheets;
  const ours = (sheet: string): { ownedByKontrakttjek?: true } =>
    owned.some((o) => sameSheet(o, sheet)) ? { ownedByKontrakttjek: true } : {};

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
    return { sheet, range };
  });
  meter.add(0, tableProbes.length * 400 + used.length * 200);
  await context.sync();

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

  // Top rows of each sheet's used range, to find plain regions and their header rows.
  const tops = used
    .filter((u) => !u.range.isNullObject)
    .map(({ sheet, range }) => {
      const rows = Math.min(HEADER_SCAN_ROWS, range.rowCount);
      const top = sheet.getRangeByIndexes(range.rowIndex, range.columnIndex, rows, range.columnCount);
      top.load("values,valueTypes");
      meter.add(rows * range.columnCount, rows * range.columnCount * 24);
      return { sheet, range, top };
    });
  if (tops.length === 0) return out;
  // Small tables (key figures, municipalities, activities) ride along whole, so reading them
  // later costs no request; large ones are read in chunks of the columns a contract needs.
  let budget = PREFETCH_TOTAL_CELLS;
  const bodies = prefetched
    ? tableProbes.flatMap(({ header, body }, i) => {
        const cells = body.rowCount * header.columnCount;
        if (body.rowCount === 0 || cells > PREFETCH_TABLE_CELLS || cells > budget) return [];
        budget -= cells;
        const range = tops
          .find((t) => t.sheet.name === out[i]!.sheet)
          ?.sheet.getRangeByIndexes(header.rowIndex + 1, header.columnIndex, body.rowCount, header.columnCount);
        if (!range) return [];
        range.load("values,valueTypes");
        meter.add(cells, cells * 32);
        return [{ source: out[i]!, range }];
      })
    : [];
  await context.sync();
  // The top rows below the first are a sample of each sheet's data: a first guess of its cell
  // size, with the same margin as the guesses learned from chunks, so a first chunk is not small.
  for (const { sheet, top } of tops) {
    const rows = top.values.slice(1);
    const cells = rows.reduce((a, r) => a + r.length, 0);
    if (cells >= 20)
      learned?.bytesPerCell.set(
        sheet.name,
        Math.max(8, Math.ceil(((jsonBytes(rows) + jsonBytes(top.valueTypes.slice(1))) / cells) * 1.25)),
      );
  }
  for (const { source, range } of bodies)
    prefetched?.set(
      prefetchKey(source),
      range.values.map((r, i) => r.map((v, j) => toCellValue(v, range.valueTypes[i]?.[j]))),
    );

  const found = tops.flatMap(({ sheet, range, top }) => {
    const own = out.filter((s) => s.sheet === sheet.name && s.table !== null);
    const collector = new RegionCollector(
      own.map((t) => ({
        top: t.headerRow,
        left: t.firstColumn,
        bottom: t.headerRow + t.rowCount,
        right: t.firstColumn + t.headers.length - 1,
      })),
    );
    top.values.forEach((r, i) =>
      r.forEach((v, j) => {
        const cell = toCellValue(v, top.valueTypes[i]?.[j]);
        if (cell !== null)
          collector.add(range.rowIndex + i + 1, range.columnIndex + j, headerText(cell), typeof cell === "string");
      }),
    );
    // The last row of a region comes from Excel's used range of its columns (not from reading
    // them), down to the sheet's last used row or the first table below it in those columns.
    const sheetBottom = range.rowIndex + range.rowCount; // one-based
    return collector.regions().flatMap((region): RegionProbe[] => {
      const right = region.firstColumn + region.headers.length - 1;
      const tableBelow = own
        .filter(
          (t) =>
            t.headerRow > region.headerRow &&
            t.firstColumn <= right &&
            region.firstColumn <= t.firstColumn + t.headers.length - 1,
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
  return out;
}
