/**
 * Remove what Kontrakttjek wrote, as recorded in the workbook's settings: its sheets, its
 * columns (only while they still carry its header) and its fills (only where the fill is still
 * its colour; a cell the user recoloured keeps the user's colour).
 */
import type { CleanReport, ProgressOptions } from "../port";
import type { XlContext, XlFill, XlRange, XlTableColumn, XlWorksheet } from "./excel-api";
import { parseRange } from "./address";
import { isNoFill, sameColor } from "./highlights";
import { throwIfAborted, type OfficeMeter } from "./meter";
import { OWNED_KEY, parseOwned, type Owned, type OwnedColumn } from "./ownership";

/** Range operations per request when touching fills (each is a few hundred bytes). */
export const FILL_OPS_PER_SYNC = 2000;

/** The stored record, or null when the workbook has none. */
export async function loadOwned(context: XlContext, meter: OfficeMeter): Promise<Owned | null> {
  const owned = queueOwned(context, meter);
  await context.sync();
  return owned();
}

/** Queue the record's load into the request being built; read it after that request's sync. */
export function queueOwned(context: XlContext, meter: OfficeMeter): () => Owned | null {
  const item = context.workbook.settings.getItemOrNullObject(OWNED_KEY);
  item.load("value");
  meter.add(0, 200);
  // Read only after the caller's sync (the rule cannot see it from here).
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load
  return () => (item.isNullObject ? null : parseOwned(item.value));
}

export const saveOwned = (context: XlContext, owned: Owned, meter: OfficeMeter): void => {
  const json = JSON.stringify(owned);
  context.workbook.settings.add(OWNED_KEY, json);
  meter.add(0, json.length);
};

interface FillRestore {
  readonly sheet: string;
  readonly address: string;
  readonly color: string;
  readonly original: string | null;
}

export async function cleanOwned(
  context: XlContext,
  meter: OfficeMeter,
  stored: Owned | null,
  options: ProgressOptions = {},
): Promise<CleanReport> {
  if (stored === null) return { sheetsRemoved: [], columnsRemoved: 0, highlightsRemoved: 0 };
  const owned = stored;
  const { workbook } = context;
  // 1. What of it is still there? Sheets and tables first, then what lives in them.
  const names = [
    ...new Set([...owned.sheets, ...owned.columns.map((c) => c.sheet), ...owned.highlights.map((h) => h.sheet)]),
  ];
  const sheetProxies = new Map(
    names.map((name) => {
      const s = workbook.worksheets.getItemOrNullObject(name);
      s.load("name");
      return [name, s] as const;
    }),
  );
  const tableNames = [...new Set(owned.columns.flatMap((c) => (c.table === null ? [] : [c.table])))];
  const tables = new Map(
    tableNames.map((name) => {
      const t = workbook.tables.getItemOrNullObject(name);
      t.load("name");
      return [name, t] as const;
    }),
  );
  meter.add(0, 200 * (names.length + tableNames.length + 1));
  await context.sync();
  const exists = (name: string): boolean => sheetProxies.get(name)?.isNullObject === false;

  const sheets = owned.sheets.filter(exists).map((name) => sheetProxies.get(name)!);
  type Probe = { owned: OwnedColumn; col: XlTableColumn | null; header: XlRange | null };
  const columns = owned.columns.flatMap((c): Probe[] => {
    if (c.table !== null) {
      const t = tables.get(c.table);
      if (!t || t.isNullObject) return [];
      const col = t.columns.getItemOrNullObject(c.header);
      col.load("name");
      return [{ owned: c, col, header: null }];
    }
    if (!exists(c.sheet)) return [];
    const header = sheetProxies.get(c.sheet)!.getRangeByIndexes(c.headerRow, c.column, 1, 1);
    header.load("values");
    return [{ owned: c, col: null, header }];
  });
  if (columns.length > 0) {
    meter.add(columns.length, 300 * columns.length);
    await context.sync();
  }

  // 2. Fills: restore only cells still in our colour, run by run; split runs that became mixed.
  const restores: FillRestore[] = owned.highlights.flatMap((g) =>
    !exists(g.sheet) || owned.sheets.includes(g.sheet)
      ? []
      : g.ranges.map((address) => ({ sheet: g.sheet, address, color: g.color, original: g.original })),
  );
  const total = restores.length + sheets.length + columns.length;
  let done = 0;
  let highlightsRemoved = 0;
  let queue = restores;
  while (queue.length > 0) {
    const mixed: FillRestore[] = [];
    for (let i = 0; i < queue.length; i += FILL_OPS_PER_SYNC) {
      throwIfAborted(options.signal);
      const part = queue.slice(i, i + FILL_OPS_PER_SYNC);
      const fills = part.map((r) => {
        const f = sheetProxies.get(r.sheet)!.getRange(r.address).format.fill;
        f.load("color");
        return f;
      });
      meter.add(part.length, part.length * 150);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per batch of fills, by design
      await context.sync();
      part.forEach((r, k) => {
        const fill = fills[k]!;
        const current = readColor(fill);
        if (current === null) {
          const b = parseRange(r.address);
          if (b && b.rows > 1)
            for (let j = 0; j < b.rows; j++) mixed.push({ ...r, address: `${colOf(r.address)}${b.row + j + 1}` });
          return;
        }
        if (!sameColor(current, r.color)) return;
        if (isNoFill(r.original)) fill.clear();
        else fill.color = r.original!;
        highlightsRemoved += parseRange(r.address)?.rows ?? 1;
      });
      meter.add(part.length, part.length * 120);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per batch of fills, by design
      await context.sync();
      done += part.length;
      options.onProgress?.(Math.min(done, total), total);
    }
    queue = mixed;
  }

  // 3. Sheets and columns.
  const sheetsRemoved: string[] = [];
  sheets.forEach((s: XlWorksheet) => {
    s.delete();
    sheetsRemoved.push(s.name);
  });
  let columnsRemoved = 0;
  for (const { owned: c, col, header } of columns) {
    if (col) {
      if (col.isNullObject) continue;
      col.delete();
      columnsRemoved++;
    } else if (header && String(header.values[0]?.[0] ?? "") === c.header) {
      const sheet = sheetProxies.get(c.sheet)!;
      (sheet.getRangeByIndexes(c.headerRow, c.column, c.rows + 1, 1) as XlRange).clear("All");
      columnsRemoved++;
    }
  }
  workbook.settings.getItemOrNullObject(OWNED_KEY).delete();
  meter.add(sheetsRemoved.length + columnsRemoved, 200 * (sheetsRemoved.length + columnsRemoved + 1));
  await context.sync();
  options.onProgress?.(total, total);
  return { sheetsRemoved, columnsRemoved, highlightsRemoved };
}

/** The loaded fill colour, or null when the range's cells differ. */
const readColor = (fill: XlFill): string | null => fill.color ?? null;

const colOf = (address: string): string => /^[A-Z]+/i.exec(address)?.[0] ?? "A";
