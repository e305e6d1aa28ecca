/**
 * A Kontrol column: the header, then only the runs of rows that carry text — most rows have
 * nothing to say, and sending each of them as "" would make most of the request. The column is
 * empty when it is written (the look made sure nothing of the user's is there).
 */
import { hashOf, textKey } from "./keys";
import { DEFAULT_BUDGET, jsonBytes } from "./limits";
import { chunked, type Outbox, type Rows, type WriteDeps } from "./outbox";
import type { WrittenCell } from "./ownership";
import type { ColumnTarget } from "./place";
import { textForExcel } from "./values";

/**
 * Empty rows between two runs of Kontrol text that are sent as "" rather than splitting the run:
 * a range of its own costs about as many request bytes as this many empty cells.
 */
export const KONTROL_GAP = 32;
/** Request bytes of one range write beyond its values (the range, the operation). */
const RANGE_OP_BYTES = 160;

/** A run's values in one range write, at most (a dense column still goes in many requests). */
const RUN_BYTES = 64 * 1024;
/** An empty row inside a run: `[""],`. */
const EMPTY_ROW_BYTES = 5;

/**
 * Runs `[from, to)` of data rows that carry text, runs closer than `KONTROL_GAP` joined, each at
 * most `maxBytes` of values (`bytes` of one row, as sent).
 */
export function kontrolRuns(
  values: readonly (string | null)[],
  maxBytes: number = RUN_BYTES,
  bytes: (v: string) => number = (v) => jsonBytes(v) + 3,
): [number, number][] {
  const runs: [number, number][] = [];
  let size = 0;
  values.forEach((v, i) => {
    if (v === null || v === "") return;
    const last = runs[runs.length - 1];
    const b = bytes(v);
    const gap = last ? (i - last[1]) * EMPTY_ROW_BYTES : 0;
    if (last && i - last[1] < KONTROL_GAP && size + gap + b <= maxBytes) {
      last[1] = i + 1;
      size += gap + b;
    } else {
      runs.push([i, i + 1]);
      size = b;
    }
  });
  return runs;
}

/** The cells a Kontrol column writes (its header and its texts), for the record. */
export function kontrolCells(t: ColumnTarget): WrittenCell[] {
  const h = t.plan.headerRow - 1;
  const cells: WrittenCell[] = [{ row: h, column: t.column, hash: hashOf(textKey(t.header)) }];
  t.plan.values.forEach((v, i) => {
    if (v !== null && v !== "") cells.push({ row: h + 1 + i, column: t.column, hash: hashOf(textKey(v)) });
  });
  return cells;
}

/** Write a Kontrol column: the header (a table column, or a bold cell), then its runs of text. */
export async function writeColumn(
  deps: WriteDeps,
  out: Outbox,
  t: ColumnTarget,
  progress: (n: number) => void,
  signal: AbortSignal | undefined,
): Promise<number> {
  const { context } = deps;
  const sheet = context.workbook.worksheets.getItem(t.plan.sheet);
  const values = t.plan.values;
  const text = (v: (typeof values)[number]): string => (v === null ? "" : textForExcel(v));
  const budget = deps.budget ?? DEFAULT_BUDGET;
  const runs = kontrolRuns(values, Math.min(RUN_BYTES, Math.floor(budget.maxBytes / 4)), (v) => jsonBytes(text(v)) + 3);
  const inRuns = runs.reduce((a, [from, to]) => a + to - from, 0);
  // Item 0 is the header (and stands for the rows no run covers), item k run k − 1.
  const run = (k: number): [number, number] => runs[k - 1]!;
  const rows: Rows = {
    width: 1,
    rowBytes: (k) => {
      if (k === 0) return 300;
      const [from, to] = run(k);
      return jsonBytes(values.slice(from, to).map((v) => [text(v)])) + RANGE_OP_BYTES;
    },
    rowCells: (k) => (k === 0 ? 1 : run(k)[1] - run(k)[0]),
    queue: (start, n) => {
      for (let k = start; k < start + n; k++) {
        if (k === 0) {
          if (t.table) {
            // A table column, so filters and sorting keep the Kontrol text with its row.
            t.table.columns.add(undefined, undefined, t.header);
          } else {
            const head = sheet.getRangeByIndexes(t.plan.headerRow - 1, t.column, 1, 1);
            head.values = [[textForExcel(t.header)]];
            head.format.font.bold = true;
          }
          continue;
        }
        const [from, to] = run(k);
        sheet.getRangeByIndexes(t.plan.headerRow + from, t.column, to - from, 1).values = values
          .slice(from, to)
          .map((v) => [text(v)]);
      }
    },
    progress: (start, n) => {
      let rowsDone = 0;
      for (let k = start; k < start + n; k++) rowsDone += k === 0 ? 1 + values.length - inRuns : run(k)[1] - run(k)[0];
      progress(rowsDone);
    },
    signal,
  };
  await chunked(deps, out, rows, 0, runs.length + 1, runs.length + 1, true);
  return values.length + 1;
}
