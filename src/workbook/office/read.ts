/**
 * Reading: the requested columns of one or more sources, all data rows, in requests sized so none
 * passes the cell or byte budget. Adjacent requested columns are read as one block; each request
 * is one `sync`. When several sources are read together every request carries an even share of
 * each one's remaining rows, so no table's last, part-full slice costs a request of its own, and
 * the requests are alike in size. The sizes adapt to the bytes per cell seen so far, and a request
 * Excel still finds too large is tried again at half the size.
 *
 * Where the host has `getSpecialCellsOrNullObject` (ExcelApi 1.9) only `values` are loaded, and
 * the error cells of each block are asked for in the same request: Excel gives an error as its
 * text (`#N/A`), and only this tells it from a text cell a user typed as `#N/A`. Otherwise
 * `valueTypes` are loaded alongside, which about doubles the response.
 */
import type { CellValue } from "../../domain/model";
import type { ProgressOptions, ReadRequest, ReadResult, SourceInfo } from "../port";
import { parseAreas } from "./address";
import type { XlContext, XlRange, XlRangeAreas, XlWorksheet } from "./excel-api";
import {
  DEFAULT_BUDGET,
  INITIAL_BYTES_PER_CELL,
  INITIAL_VALUE_BYTES_PER_CELL,
  isPayloadTooLarge,
  jsonBytes,
  type ChunkBudget,
} from "./limits";
import { throwIfAborted, type OfficeMeter } from "./meter";
import { toCellValue } from "./values";

/** Runs of adjacent sheet columns: requested index positions grouped into blocks. */
interface Block {
  readonly start: number;
  readonly width: number;
  /** Positions in the request for each column of the block. */
  readonly targets: readonly number[][];
}

function blocksOf(columns: readonly number[], headerCount: number): Block[] {
  const wanted = [...new Set(columns.filter((c) => c >= 0 && c < headerCount))].sort((a, b) => a - b);
  const blocks: { start: number; width: number; targets: number[][] }[] = [];
  for (const c of wanted) {
    const last = blocks[blocks.length - 1];
    const targets = columns.flatMap((x, i) => (x === c ? [i] : []));
    if (last && last.start + last.width === c) {
      last.width++;
      last.targets.push(targets);
    } else blocks.push({ start: c, width: 1, targets: [targets] });
  }
  return blocks;
}

/** One source to read, with a first guess of its cell size. */
export interface SourceRead extends ReadRequest {
  /** JSON bytes per cell expected (with a margin), e.g. learned from the listing's sample. */
  readonly bytesPerCell?: number | undefined;
}

export interface ReadSettings {
  readonly budget?: ChunkBudget;
  /** Load only `values` and find error cells with `getSpecialCellsOrNullObject` (ExcelApi 1.9). */
  readonly specialCells?: boolean;
}

/** Margin on the bytes per cell learned from a request, so the next one stays inside the budget. */
const MARGIN = 1.25;

interface Part {
  readonly source: SourceInfo;
  readonly blocks: readonly Block[];
  readonly width: number;
  readonly total: number;
  readonly out: CellValue[][];
  sheet: XlWorksheet | null;
  done: number;
  bytesPerCell: number;
}

interface Queued {
  readonly part: Part;
  readonly rows: number;
  readonly ranges: readonly { readonly block: Block; readonly range: XlRange; readonly errors: XlRangeAreas[] }[];
}

export async function readMany(
  context: XlContext,
  meter: OfficeMeter,
  requests: readonly SourceRead[],
  options: ProgressOptions = {},
  settings: ReadSettings = {},
): Promise<ReadResult[]> {
  const budget = settings.budget ?? DEFAULT_BUDGET;
  let valuesOnly = settings.specialCells === true;
  const parts: Part[] = requests.map(({ source, columns, bytesPerCell }) => {
    const total = Math.max(0, source.rowCount);
    const blocks = blocksOf(columns, source.headers.length);
    const width = blocks.reduce((a, b) => a + b.width, 0);
    return {
      source,
      blocks,
      width,
      total,
      out: columns.map(() => new Array<CellValue>(total).fill(null)),
      sheet: null,
      // Nothing to read: done at once.
      done: width === 0 ? total : 0,
      bytesPerCell: bytesPerCell ?? (valuesOnly ? INITIAL_VALUE_BYTES_PER_CELL : INITIAL_BYTES_PER_CELL),
    };
  });
  const allRows = parts.reduce((a, p) => a + p.total, 0);
  const progress = (): void =>
    options.onProgress?.(
      parts.reduce((a, p) => a + p.done, 0),
      allRows,
    );
  // After a request Excel found too large: this many times smaller, until one goes through.
  let shrink = 1;
  for (;;) {
    const open = parts.filter((p) => p.done < p.total);
    if (open.length === 0) break;
    throwIfAborted(options.signal);
    // As many requests as the rest needs by the budget; this one takes an even share of each part.
    const cells = open.reduce((a, p) => a + (p.total - p.done) * p.width, 0);
    const bytes = open.reduce((a, p) => a + (p.total - p.done) * p.width * p.bytesPerCell, 0);
    const requestsLeft = Math.max(1, Math.ceil(bytes / budget.maxBytes), Math.ceil(cells / budget.maxCells)) * shrink;
    const queued: Queued[] = open.map((part) => {
      const rows = Math.max(1, Math.ceil((part.total - part.done) / requestsLeft));
      const sheet = (part.sheet ??= context.workbook.worksheets.getItem(part.source.sheet));
      const ranges = part.blocks.map((block) => {
        const range = sheet.getRangeByIndexes(
          part.source.headerRow + part.done,
          part.source.firstColumn + block.start,
          rows,
          block.width,
        );
        if (valuesOnly) range.load("values");
        else range.load("values,valueTypes");
        const errors = valuesOnly
          ? [
              range.getSpecialCellsOrNullObject("Constants", "Errors"),
              range.getSpecialCellsOrNullObject("Formulas", "Errors"),
            ]
          : [];
        for (const e of errors) e.load("address");
        return { block, range, errors };
      });
      meter.add(rows * part.width, rows * part.width * part.bytesPerCell + ranges.length * (valuesOnly ? 400 : 100));
      return { part, rows, ranges };
    });
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per share of rows, by design
      await context.sync();
    } catch (error) {
      if (valuesOnly && !isPayloadTooLarge(error)) {
        // A host that says ExcelApi 1.9 but fails the error-cell lookup: read the rest the old way
        // (values and value types, about twice the bytes); an error that was not about it recurs.
        valuesOnly = false;
        for (const p of parts) p.bytesPerCell *= 2;
        continue;
      }
      if (!isPayloadTooLarge(error) || queued.every((q) => q.rows === 1)) throw error;
      shrink *= 2;
      continue;
    }
    shrink = 1;
    for (const q of queued) take(q, valuesOnly, valuesOnly ? 4 : 8);
    progress();
  }
  if (allRows === 0 || parts.every((p) => p.width === 0)) progress();
  return parts.map((p) => ({ columns: p.out }));
}

/** Copy a request's answer for one part into its columns, and learn the part's bytes per cell. */
function take({ part, rows, ranges }: Queued, valuesOnly: boolean, floor: number): void {
  let bytes = 0;
  const base = part.done;
  for (const { block, range, errors } of ranges) {
    const values = range.values;
    const types = valuesOnly ? null : range.valueTypes;
    bytes += jsonBytes(values) + (types ? jsonBytes(types) : 0);
    const isError = valuesOnly ? errorCells(errors, part, block, base, rows) : null;
    for (let i = 0; i < rows; i++) {
      const vr = values[i] ?? [];
      const tr = types?.[i];
      for (let j = 0; j < block.width; j++) {
        const raw = vr[j];
        const v = isError
          ? isError(i, j) && raw !== "" && raw !== null && raw !== undefined
            ? { error: String(raw) }
            : toCellValue(raw, undefined)
          : toCellValue(raw, tr?.[j]);
        for (const target of block.targets[j]!) part.out[target]![base + i] = v;
      }
    }
    for (const e of errors) if (!e.isNullObject) bytes += e.address.length + 2;
  }
  part.done += rows;
  part.bytesPerCell = Math.max(floor, Math.ceil((bytes / (rows * part.width)) * MARGIN));
}

/**
 * Which cells of a block Excel reported as errors (error constants and formulas showing an error),
 * by position in the block. Areas are clipped to the block: Excel only names cells inside it.
 */
function errorCells(
  errors: readonly XlRangeAreas[],
  part: Part,
  block: Block,
  base: number,
  rows: number,
): (i: number, j: number) => boolean {
  const top = part.source.headerRow + base;
  const left = part.source.firstColumn + block.start;
  const marked = new Set<number>();
  for (const e of errors) {
    if (e.isNullObject) continue;
    for (const a of parseAreas(e.address)) {
      const r0 = Math.max(a.row, top);
      const r1 = Math.min(a.row + a.rows, top + rows);
      const c0 = Math.max(a.column, left);
      const c1 = Math.min(a.column + a.columns, left + block.width);
      for (let r = r0; r < r1; r++) for (let c = c0; c < c1; c++) marked.add((r - top) * block.width + (c - left));
    }
  }
  return (i, j) => marked.size > 0 && marked.has(i * block.width + j);
}

/** `readColumns`: one source. */
export async function readColumns(
  context: XlContext,
  meter: OfficeMeter,
  source: SourceInfo,
  columns: readonly number[],
  options: ProgressOptions = {},
  budget: ChunkBudget = DEFAULT_BUDGET,
  firstGuess?: number,
  specialCells = false,
): Promise<ReadResult> {
  const [result] = await readMany(context, meter, [{ source, columns, bytesPerCell: firstGuess }], options, {
    budget,
    specialCells,
  });
  return result!;
}
