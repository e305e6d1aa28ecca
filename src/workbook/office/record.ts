/**
 * Where the Office adapter keeps its record of what it wrote: the custom XML part the .xlsx
 * writer keeps (`../ownership/record.ts`, namespace `urn:kontrakttjek:marks:1`), through
 * `workbook.customXmlParts` (ExcelApi 1.5). So "Fjern" in the pane removes what
 * `evaluate --write` wrote, and `clean` what the pane wrote. The adapter works on its own view
 * of the record (`Owned`, ownership.ts); this module turns one into the other.
 *
 * The former record in `workbook.settings` (`Kontrakttjek.written`) is still read when no part
 * is there, and the next write moves it into the part (the setting is deleted with it).
 *
 * Known behaviour of Excel met here: `getXml` is a result there only after a sync, so reading
 * costs a second request when the workbook has a record; Excel on the web drops the part's
 * schema reference on save (office-js #3160), so the part is known by its root's namespace only.
 */
import { decodeHashes, encodeHashes } from "../ownership/fingerprint";
import { MARKS_NS, parseRecord, recordXml, type OwnedHighlight, type Ownership } from "../ownership/record";
import { cellRef, parseRange } from "../sheet/a1";
import { encodeCells } from "../ownership/cells";
import { parseBlock } from "./address";
import type { XlContext, XlCustomXmlPart, XlResult } from "./excel-api";
import { HIGHLIGHT_COLOR, isNoFill } from "./highlights";
import type { OfficeMeter } from "./meter";
import { OWNED_KEY, parseOwned, type HighlightGroup, type Owned, type OwnedColumn, type SheetEntry } from "./ownership";

/* ---------------------------------------------------------------- the record ↔ the adapter's view */

/** A fill the .xlsx writer records, as the colour the Office adapter sets. */
const SOLID_RGB = /^<fill><patternFill patternType="solid"><fgColor rgb="[0-9A-Fa-f]{2}([0-9A-Fa-f]{6})"\/>/;

/** The colour a recorded fill stands for: null for none; undefined when Office cannot set it again. */
export function colorOfFill(fill: string | null): string | null | undefined {
  if (fill === null) return undefined;
  if (fill === "" || /^<fill><patternFill(?: patternType="none")?\/><\/fill>$/.test(fill)) return null;
  const m = SOLID_RGB.exec(fill);
  return m ? `#${(m[1] as string).toUpperCase()}` : undefined;
}

/** A colour as the fill the .xlsx writer restores (`""`: the workbook's default, no fill). */
export function fillOfColor(color: string | null): string {
  if (color === null || isNoFill(color)) return "";
  const rgb = color.replace(/^#/, "").toUpperCase();
  return `<fill><patternFill patternType="solid"><fgColor rgb="FF${rgb}"/><bgColor indexed="64"/></patternFill></fill>`;
}

/**
 * The record as the adapter works on it. Entries it cannot act on safely are left out (so never
 * removed): a version-1 column without its header, a highlight whose former fill Office cannot
 * set (a theme colour or a pattern), a sheet listed without cells that Kontrakttjek did not create.
 */
export function ownedOfRecord(r: Ownership): Owned {
  // Cells without fingerprints that fit them (a damaged list, an old record) prove nothing: an
  // empty list makes each of them the user's. A created sheet with no cells listed is a version-1
  // entry of the pane's own (removed whole, as it always was).
  const sheets: SheetEntry[] = r.sheets.flatMap((s): SheetEntry[] => {
    if (s.fp || s.cells !== "")
      return [{ name: s.name, cells: s.cells, fp: s.fp ? encodeHashes(s.fp) : "", created: s.created }];
    return s.created ? [s.name] : [];
  });
  const columns: OwnedColumn[] = r.columns.flatMap((c): OwnedColumn[] =>
    c.header === null || !Number.isFinite(c.lastRow)
      ? []
      : [
          {
            sheet: c.sheet,
            table: c.table,
            header: c.header,
            column: c.column,
            headerRow: c.headerRow - 1,
            rows: Math.max(0, c.lastRow - c.headerRow),
            ...(c.fp || c.cells !== "" ? { cells: c.cells, fp: c.fp ? encodeHashes(c.fp) : "" } : {}),
          },
        ],
  );
  const groups = new Map<string, { g: HighlightGroup; cells: { row: number; column: number }[] }>();
  for (const h of r.highlights) {
    const original = colorOfFill(h.originalFill);
    const pos = parseRange(h.ref);
    if (original === undefined || !pos) continue;
    const color = HIGHLIGHT_COLOR[h.kind];
    const key = `${h.sheet}\u0000${color}\u0000${original}`;
    const entry = groups.get(key) ?? { g: { sheet: h.sheet, color, original, ranges: [] }, cells: [] };
    entry.cells.push({ row: pos.top, column: pos.left });
    groups.set(key, entry);
  }
  const highlights = [...groups.values()].map(({ g, cells }) => ({
    ...g,
    ranges: encodeCells(cells).split(" ").filter(Boolean),
  }));
  return { v: 2, sheets, columns, highlights };
}

/**
 * What the record holds that only the .xlsx writer can act on, kept in the record when the pane
 * writes or removes: highlights whose former fill Office cannot set (a theme colour, a pattern),
 * so `clean` can still give the cells their fill back, and the `fullCalcOnLoad` flag.
 */
export interface Carried {
  readonly highlights: readonly OwnedHighlight[];
  readonly calcOnLoadAdded: boolean;
}

export const NOTHING_CARRIED: Carried = { highlights: [], calcOnLoadAdded: false };

/** What of a record the adapter leaves to the .xlsx writer. */
export const carriedOf = (r: Ownership): Carried => ({
  highlights: r.highlights.filter((h) => colorOfFill(h.originalFill) === undefined && parseRange(h.ref) !== null),
  calcOnLoadAdded: r.calcOnLoadAdded,
});

const isCarrying = (c: Carried): boolean => c.highlights.length > 0 || c.calcOnLoadAdded;

/**
 * The adapter's record as the one record format, with what it carries for the .xlsx writer (a
 * carried highlight stands for its cell also where the pane highlighted the cell again: the fill
 * before both is the one to give back).
 */
export function recordOfOwned(o: Owned, carry: Carried = NOTHING_CARRIED): Ownership {
  const highlights: OwnedHighlight[] = [];
  for (const g of o.highlights) {
    const kind = g.color.toUpperCase() === HIGHLIGHT_COLOR.warning ? "warning" : "error";
    const originalFill = fillOfColor(g.original);
    for (const address of g.ranges) {
      const b = parseBlock(address);
      if (!b) continue;
      for (let i = 0; i < b.rows; i++)
        for (let j = 0; j < b.columns; j++)
          highlights.push({
            sheetId: 0,
            sheet: g.sheet,
            ref: cellRef(b.row + i + 1, b.column + j),
            kind,
            original: null,
            originalFill,
            applied: NaN,
            created: false,
          });
    }
  }
  const cellKey = (h: OwnedHighlight): string => `${h.sheet.toLowerCase()}\u0000${h.ref}`;
  const carried = new Set(carry.highlights.map(cellKey));
  const all = [...highlights.filter((h) => !carried.has(cellKey(h))), ...carry.highlights];
  return {
    sheets: o.sheets.map((e) =>
      typeof e === "string"
        ? { sheetId: 0, name: e, created: true, cells: "", fp: null }
        : { sheetId: 0, name: e.name, created: e.created ?? true, cells: e.cells, fp: decodeHashes(e.fp) },
    ),
    columns: o.columns.map((c) => ({
      sheetId: 0,
      sheet: c.sheet,
      table: c.table,
      tableColumnId: null,
      header: c.header,
      column: c.column,
      headerRow: c.headerRow + 1,
      lastRow: c.headerRow + 1 + c.rows,
      cells: c.cells ?? "",
      fp: c.fp === undefined ? null : decodeHashes(c.fp),
    })),
    highlights: all,
    charts: [],
    calcOnLoadAdded: carry.calcOnLoadAdded,
  };
}

/* ---------------------------------------------------------------- the part in the workbook */

/**
 * The part's XML as Office.js is given it: without the declaration (its `encoding` would name the
 * bytes of a file, and Microsoft's own samples pass none); Excel writes one when it saves.
 */
const partXml = (o: Ownership): string => recordXml(o).replace(/^<\?xml[^>]*\?>\s*/, "");

/** What a batch knows of where the record is kept. */
interface Stored {
  /** The record's parts as loaded, or added by a request that went through. */
  parts: XlCustomXmlPart[];
  /** A part added in a request not known to have gone through yet (`confirmSaved`). */
  pending: XlCustomXmlPart | null;
  /** The former record in the settings is there (the next save deletes it). */
  legacy: boolean;
  /** What the loaded record holds that only the .xlsx writer acts on (kept for it). */
  carry: Carried;
}

// Per batch: Office.js proxies live as long as their request context.
const stored = new WeakMap<XlContext, Stored>();

const NOTHING_STORED = (): Stored => ({ parts: [], pending: null, legacy: false, carry: NOTHING_CARRIED });

/** The record's load, queued into a request the caller syncs. */
export interface OwnedLoad {
  /** After that sync: queue the parts' XML into the next request; false when there is none. */
  more(): boolean;
  /** After the sync that carried `more` (or right after the first when it queued nothing). */
  read(): Owned | null;
  /** `more`, its sync when it queued anything, and `read`. */
  resolve(): Promise<Owned | null>;
}

/** Queue the record's load: the parts of its namespace and the former settings record. */
export function queueOwnedLoad(context: XlContext, meter: OfficeMeter): OwnedLoad {
  const scoped = context.workbook.customXmlParts.getByNamespace(MARKS_NS);
  scoped.load("items/id");
  const legacy = context.workbook.settings.getItemOrNullObject(OWNED_KEY);
  legacy.load("value");
  meter.add(0, 400);
  let xml: XlResult<string>[] = [];
  let state: Stored | null = null;
  // Called after the caller's sync (the rules cannot see that from here).
  const more = (): boolean => {
    // Word on the web gives `items` undefined for an unused namespace (office-js #6673): none.
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
    const parts = scoped.items ?? [];
    // eslint-disable-next-line office-addins/call-sync-before-read
    state = { parts, pending: null, legacy: !legacy.isNullObject, carry: NOTHING_CARRIED };
    stored.set(context, state);
    xml = parts.map((p) => p.getXml());
    meter.add(0, 200 * parts.length);
    return parts.length > 0;
  };
  // Read only after the sync that carried `more`'s loads.
  const read = (): Owned | null => {
    const records = xml.flatMap((x) => {
      const r = parseRecord(x.value);
      return r ? [r] : [];
    });
    const first = records[0];
    if (first && state) {
      const carried = records.map(carriedOf);
      state.carry = {
        highlights: carried.flatMap((c) => c.highlights),
        calcOnLoadAdded: carried.some((c) => c.calcOnLoadAdded),
      };
      // Two parts (two hosts that each added one before either saw the other's): both are ours.
      return records.slice(1).reduce((a, r) => merge(a, ownedOfRecord(r)), ownedOfRecord(first));
    }
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load
    return legacy.isNullObject ? null : parseOwned(legacy.value);
  };
  return {
    more,
    read,
    resolve: async () => {
      if (more()) await context.sync();
      return read();
    },
  };
}

const merge = (a: Owned, b: Owned): Owned => ({
  v: 2,
  sheets: [...a.sheets, ...b.sheets],
  columns: [...a.columns, ...b.columns],
  highlights: [...a.highlights, ...b.highlights],
});

/**
 * Queue the record's save: into the part the batch loaded (others of the namespace are deleted),
 * else into a new part; the former settings record goes (migrated). A request Excel refused as
 * too large applied nothing and is sent again, so until `confirmSaved` a new part is added again
 * rather than set (setting a part that was never added would fail).
 */
export function saveOwned(context: XlContext, owned: Owned, meter: OfficeMeter): void {
  const s = stored.get(context) ?? NOTHING_STORED();
  const xml = partXml(recordOfOwned(owned, s.carry));
  const [keep, ...rest] = s.parts;
  if (keep) keep.setXml(xml);
  else s.pending = context.workbook.customXmlParts.add(xml);
  for (const p of rest) p.delete();
  if (s.legacy) context.workbook.settings.getItemOrNullObject(OWNED_KEY).delete();
  stored.set(context, s);
  meter.add(0, xml.length);
}

/** The request that carried `saveOwned` went through. */
export function confirmSaved(context: XlContext): void {
  const s = stored.get(context);
  if (!s) return;
  const [keep] = s.parts;
  s.parts = keep ? [keep] : s.pending ? [s.pending] : [];
  s.pending = null;
  s.legacy = false;
}

/**
 * Load where the record is kept again (one request): after a request that failed part way, a
 * part it added may or may not be there.
 */
export async function reloadOwnedParts(context: XlContext, meter: OfficeMeter): Promise<void> {
  const scoped = context.workbook.customXmlParts.getByNamespace(MARKS_NS);
  scoped.load("items/id");
  const legacy = context.workbook.settings.getItemOrNullObject(OWNED_KEY);
  legacy.load("value");
  meter.add(0, 400);
  await context.sync();
  const carry = stored.get(context)?.carry ?? NOTHING_CARRIED;
  // `items/id` is loaded (the rule reads the path as another property).
  // eslint-disable-next-line office-addins/load-object-before-read
  const parts = scoped.items ?? [];
  stored.set(context, { parts, pending: null, legacy: !legacy.isNullObject, carry });
}

/**
 * Queue the record's removal (its parts and the former settings record) — or, where it carries
 * what only the .xlsx writer can act on, its rewriting with that alone. Queued again as it is
 * when Excel refused the request it was in (nothing of that request was applied).
 */
export function deleteOwned(context: XlContext, meter: OfficeMeter): void {
  const s = stored.get(context);
  if (!s) return;
  if (isCarrying(s.carry)) {
    saveOwned(context, { v: 2, sheets: [], columns: [], highlights: [] }, meter);
    return;
  }
  // A pending part here was added by a request synced since (a removal comes after a sync).
  for (const p of s.pending ? [...s.parts, s.pending] : s.parts) p.delete();
  if (s.legacy) context.workbook.settings.getItemOrNullObject(OWNED_KEY).delete();
}
