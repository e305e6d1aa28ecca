/**
 * `evaluate --write` of a generated .xlsx, stage by stage in one process (as the CLI runs it:
 * native deflate plugged in), each stage beside its floor, in CPU time (process.cpuUsage, user +
 * system: on a shared machine it moves far less than wall time) and wall time, with the load
 * average printed beside them:
 * - read (open, list, bind, read columns) vs the raw I/O floor: node:zlib inflateRawSync of every
 *   sheet and a byte scan of its `<c r s t><v>` cells (each value's bytes found, none decoded);
 * - check and evaluate vs the hand-written pass (`floor.ts`);
 * - plan (no floor: it is small);
 * - write (apply, zip, file) vs deflateRawSync of the bytes the output holds that the input did not.
 */
import { writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { application as app } from "../../src/app/application";
import { XlsxWorkbook, setNativeDeflate } from "../../src/app/hosts/xlsx";
import { openZip, DEFAULT_ZIP_LIMITS, type ZipIndex } from "../../src/workbook/xlsx/zip";
import { benchContract } from "../contract";
import { floorChecks } from "../floor";
import { baseline } from "../baseline";
import { generateData } from "../gen";
import { cpuMs, gc, mb, round } from "../stats";

export interface Timing {
  readonly cpu_ms: number;
  readonly wall_ms: number;
}

export interface StageRow {
  readonly stage: string;
  readonly run: Timing;
  readonly floor: Timing | null;
  readonly floor_is: string;
}

export interface StagesResult {
  readonly rows: number;
  readonly stages: readonly StageRow[];
  readonly load: readonly number[];
  readonly peak_rss_mb: number;
  readonly sheet_mb: number;
  readonly written_mb: number;
  readonly runs: number;
}

/** Times `fn` (best of `runs`, by CPU time): CPU and wall milliseconds. */
async function timed<T>(runs: number, fn: () => Promise<T> | T): Promise<{ value: T; t: Timing }> {
  let best: Timing | null = null;
  let value: T | undefined;
  for (let k = 0; k < runs; k++) {
    gc();
    const c0 = cpuMs();
    const w0 = performance.now();
    value = await fn();
    const t = { cpu_ms: round(cpuMs() - c0, 1), wall_ms: round(performance.now() - w0, 1) };
    if (best === null || t.cpu_ms < best.cpu_ms) best = t;
  }
  return { value: value as T, t: best as Timing };
}

/** Counts the cells with a value in sheet XML bytes: `<c …>` then its `<v>…</v>` (or `<is>`), no decoding. */
export function scanCells(xml: Uint8Array): number {
  let cells = 0;
  let i = xml.indexOf(0x3c); // '<'
  const n = xml.length;
  while (i >= 0 && i < n - 2) {
    // `<c ` or `<c>`: a cell; its value is the next `<v>` (or `<t>`) before `</c>`.
    if (xml[i + 1] === 0x63 && (xml[i + 2] === 0x20 || xml[i + 2] === 0x3e)) {
      const close = xml.indexOf(0x3e, i + 2);
      if (close < 0) break;
      if (xml[close - 1] !== 0x2f) {
        const v = xml.indexOf(0x3c, close + 1);
        if (v >= 0 && (xml[v + 1] === 0x76 || xml[v + 1] === 0x69 || xml[v + 1] === 0x66)) cells++;
        i = xml.indexOf(0x3c, v + 1);
        continue;
      }
      i = xml.indexOf(0x3c, close + 1);
      continue;
    }
    i = xml.indexOf(0x3c, i + 1);
  }
  return cells;
}

const sheetsOf = (zip: ZipIndex) =>
  [...zip.entries.values()].filter((e) => /^xl\/worksheets\/[^/]+\.xml$/i.test(e.name));

/** The raw read floor: inflate every sheet natively and find its cells. */
function readFloor(bytes: Uint8Array): { cells: number; sheetBytes: number } {
  const zip = openZip(bytes, { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: 2 ** 40, maxEntryBytes: 2 ** 40 });
  let cells = 0;
  let sheetBytes = 0;
  for (const e of sheetsOf(zip)) {
    const xml = inflateRawSync(zip.bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize));
    sheetBytes += xml.length;
    cells += scanCells(xml);
  }
  return { cells, sheetBytes };
}

/** What the output holds that the input did not (by name, size and checksum), inflated. */
function newBytes(input: Uint8Array, output: Uint8Array): Uint8Array[] {
  const big = { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: 2 ** 40, maxEntryBytes: 2 ** 40, maxTotalRatio: 1e9 };
  const a = openZip(input, big);
  const b = openZip(output, big);
  const out: Uint8Array[] = [];
  for (const e of b.entries.values()) {
    const old = a.entries.get(e.name);
    if (old && old.crc === e.crc && old.size === e.size) continue;
    const data = b.bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
    out.push(e.method === 8 ? inflateRawSync(data) : data);
  }
  return out;
}

export async function stagesWorker(rows: number, file: string, out: string): Promise<StagesResult> {
  // As the CLI's entry point plugs it in.
  setNativeDeflate({
    deflateRaw: (d) => deflateRawSync(d, { level: 3 }),
    inflateRaw: (d, max) => inflateRawSync(d, { maxOutputLength: max }),
    crc32: (d) => crc32(d),
  });
  const contract = benchContract();
  const year = contract.year ?? 2025;
  const runs = rows > 500_000 ? 1 : 3;
  const bytes = new Uint8Array(readFileSync(file));
  const stages: StageRow[] = [];

  const floorRead = await timed(runs, () => readFloor(bytes));
  const read = await timed(runs, async () => {
    const port = XlsxWorkbook.open(bytes);
    const bound = await app.bind(port, null, {}, { contract, params: {} });
    const data = await app.read(port, bound.binding, contract);
    return { port, binding: bound.binding, data };
  });
  stages.push({ stage: "read", run: read.t, floor: floorRead.t, floor_is: "native inflate + byte scan of the cells" });
  const { binding, data } = read.value;

  // The floor's own data: the generator's columns, as the engine worker uses them.
  const generated = generateData(contract, rows);
  const floorCheck = await timed(runs, () => floorChecks(generated));
  const check = await timed(runs, () => app.check(contract, data, binding));
  stages.push({ stage: "check", run: check.t, floor: floorCheck.t, floor_is: "hand-written checks (floor.ts)" });
  const floorEval = await timed(runs, () => {
    floorChecks(generated);
    return baseline(generated, year);
  });
  const input = { params: {}, period: "year" as const, lang: "da" as const };
  const evaluation = await timed(runs, () => app.evaluate(contract, data, binding, input));
  stages.push({
    stage: "evaluate (checks + indicators)",
    run: evaluation.t,
    floor: floorEval.t,
    floor_is: "hand-written checks + indicators",
  });
  const plan = await timed(runs, () => app.planWrite(contract, evaluation.value, data, binding, "da"));
  stages.push({ stage: "plan", run: plan.t, floor: null, floor_is: "–" });

  let written: Uint8Array = new Uint8Array(0);
  const write = await timed(runs, async () => {
    const port = XlsxWorkbook.open(bytes);
    await app.apply(port, plan.value, "da", {});
    written = port.toBytes();
    writeFileSync(out, written);
  });
  const fresh = newBytes(bytes, written);
  const floorWrite = await timed(runs, () => {
    for (const b of fresh) deflateRawSync(b, { level: 3 });
    writeFileSync(out, written);
  });
  stages.push({
    stage: "write",
    run: write.t,
    floor: floorWrite.t,
    floor_is: "native deflate of the new bytes + file",
  });

  return {
    rows,
    stages,
    load: loadavg().map((x) => round(x, 2)),
    peak_rss_mb: mb(process.resourceUsage().maxRSS * 1024),
    sheet_mb: mb(readFloor(bytes).sheetBytes),
    written_mb: mb(fresh.reduce((a, b) => a + b.length, 0)),
    runs,
  };
}
