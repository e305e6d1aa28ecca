/**
 * `readColumns`: the requested columns of a source, all data rows, in chunks of rows sized so no
 * request passes the cell or byte budget. Adjacent requested columns are read as one block; each
 * chunk is one `sync`. The chunk size adapts to the bytes per cell seen so far, and a request
 * Excel still finds too large is retried with half the rows.
 */
import type { CellValue } from "../../domain/model";
import type { ProgressOptions, ReadResult, SourceInfo } from "../port";
import type { XlContext, XlRange } from "./excel-api";
import {
  chunkRows,
  DEFAULT_BUDGET,
  INITIAL_BYTES_PER_CELL,
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

export async function readColumns(
  context: XlContext,
  meter: OfficeMeter,
  source: SourceInfo,
  columns: readonly number[],
  options: ProgressOptions = {},
  budget: ChunkBudget = DEFAULT_BUDGET,
  firstGuess: number = INITIAL_BYTES_PER_CELL,
): Promise<ReadResult> {
  const total = Math.max(0, source.rowCount);
  const out: CellValue[][] = columns.map(() => new Array<CellValue>(total).fill(null));
  const blocks = blocksOf(columns, source.headers.length);
  const width = blocks.reduce((a, b) => a + b.width, 0);
  if (total === 0 || width === 0) {
    options.onProgress?.(total, total);
    return { columns: out };
  }
  const sheet = context.workbook.worksheets.getItem(source.sheet);
  let bytesPerCell = firstGuess;
  let done = 0;
  let rows = chunkRows(width, total, bytesPerCell, budget);
  while (done < total) {
    throwIfAborted(options.signal);
    const n = Math.min(rows, total - done);
    const ranges: XlRange[] = blocks.map((b) => {
      const r = sheet.getRangeByIndexes(source.headerRow + done, source.firstColumn + b.start, n, b.width);
      r.load("values,valueTypes");
      return r;
    });
    meter.add(n * width, n * width * bytesPerCell);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per chunk of rows, by design
      await context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error) || n === 1) throw error;
      rows = Math.max(1, Math.floor(n / 2));
      continue;
    }
    let bytes = 0;
    blocks.forEach((b, k) => {
      const r = ranges[k]!;
      const values = r.values;
      const types = r.valueTypes;
      bytes += jsonBytes(values) + jsonBytes(types);
      for (let i = 0; i < n; i++) {
        const vr = values[i] ?? [];
        const tr = types[i] ?? [];
        for (let j = 0; j < b.width; j++) {
          const v = toCellValue(vr[j], tr[j]);
          for (const target of b.targets[j]!) out[target]![done + i] = v;
        }
      }
    });
    done += n;
    options.onProgress?.(done, total);
    // Learn the real size of a cell (with a margin) so the next chunk stays inside the budget.
    bytesPerCell = Math.max(8, Math.ceil((bytes / (n * width)) * 1.25));
    rows = chunkRows(width, total, bytesPerCell, budget);
  }
  return { columns: out };
}
