/**
 * `listSources`: Excel tables first, then a plain range with a header row on each sheet without
 * a table. Three requests whatever the workbook's size: names, then table headers and used
 * ranges, then the top rows of the plain ranges for header detection.
 */
import type { SourceInfo } from "../port";
import type { XlContext, XlRange, XlTable, XlWorksheet } from "./excel-api";
import { detectHeaderRow, HEADER_SCAN_ROWS, headerText } from "./headers";
import type { OfficeMeter } from "./meter";
import { toCellValue } from "./values";

interface TableProbe {
  readonly table: XlTable;
  readonly header: XlRange;
  readonly body: XlRange;
}

interface SheetProbe {
  readonly sheet: XlWorksheet;
  readonly used: XlRange;
}

export async function listSources(context: XlContext, meter: OfficeMeter): Promise<SourceInfo[]> {
  const { worksheets, tables } = context.workbook;
  worksheets.load("items/name,items/visibility");
  tables.load("items/name,items/worksheet/name");
  meter.add(0, 2000);
  await context.sync();

  const hidden = new Map(worksheets.items.map((s) => [s.name, s.visibility !== "Visible"]));
  const tableProbes: TableProbe[] = tables.items.map((table) => {
    const header = table.getHeaderRowRange();
    header.load("values,valueTypes,rowIndex,columnIndex,columnCount");
    const body = table.getDataBodyRange();
    body.load("rowCount");
    return { table, header, body };
  });
  const withTables = new Set(tables.items.map((t) => t.worksheet.name));
  const sheetProbes: SheetProbe[] = worksheets.items
    .filter((s) => !withTables.has(s.name))
    .map((sheet) => {
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      return { sheet, used };
    });
  meter.add(0, tableProbes.length * 400 + sheetProbes.length * 200);
  await context.sync();

  const out: SourceInfo[] = tableProbes.map(({ table, header, body }) => {
    const types = header.valueTypes[0] ?? [];
    return {
      sheet: table.worksheet.name,
      table: table.name,
      headerRow: header.rowIndex + 1,
      firstColumn: header.columnIndex,
      headers: (header.values[0] ?? []).map((v, i) => headerText(toCellValue(v, types[i]))),
      rowCount: body.rowCount,
      ...(hidden.get(table.worksheet.name) ? { sheetHidden: true } : {}),
    };
  });

  // Top rows of each plain range, to find its header row.
  const tops = sheetProbes
    .filter((p) => !p.used.isNullObject)
    .map((p) => {
      const rows = Math.min(HEADER_SCAN_ROWS, p.used.rowCount);
      const top = p.sheet.getRangeByIndexes(p.used.rowIndex, p.used.columnIndex, rows, p.used.columnCount);
      top.load("values,valueTypes");
      meter.add(rows * p.used.columnCount, rows * p.used.columnCount * 24);
      return { ...p, top };
    });
  if (tops.length > 0) await context.sync();

  for (const { sheet, used, top } of tops) {
    const rows = top.values.map((r, i) => r.map((v, j) => toCellValue(v, top.valueTypes[i]?.[j])));
    const h = detectHeaderRow(rows);
    if (h === null) continue;
    out.push({
      sheet: sheet.name,
      table: null,
      headerRow: used.rowIndex + h + 1,
      firstColumn: used.columnIndex,
      headers: (rows[h] ?? []).map(headerText),
      rowCount: used.rowCount - h - 1,
      ...(hidden.get(sheet.name) ? { sheetHidden: true } : {}),
    });
  }
  return out;
}
