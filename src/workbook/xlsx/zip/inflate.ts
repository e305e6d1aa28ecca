/**
 * Inflating entries: natively when a host plugs in Node's zlib (the CLI: ~5× fflate's speed, CRC
 * in C), else with fflate's streaming `Inflate` (the browser). Either way actual sizes and
 * checksums are enforced while inflating.
 */
import { Inflate } from "fflate";
import { concatBytes } from "../bytes";
import type { ZipEntryInfo, ZipIndex } from "./directory";
import { XlsxFileError } from "./package";

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

const crcUpdate = (crc: number, data: Uint8Array): number => {
  let c = crc;
  for (let i = 0; i < data.length; i++) c = (CRC_TABLE[(c ^ (data[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return c;
};

/** A native raw inflate (Node's zlib) a host can plug in; fflate stays the default. */
export interface NativeInflate {
  /** Inflates raw deflate data; throws when it would give more than `maxBytes`. */
  readonly inflateRaw: (data: Uint8Array, maxBytes: number) => Uint8Array;
  readonly crc32: (data: Uint8Array) => number;
}

let nativeInflate: NativeInflate | null = null;

/** Use a native inflate for reading entries; null restores fflate. */
export const setNativeInflate = (impl: NativeInflate | null): void => {
  nativeInflate = impl;
};

/** Chunks handed out from a natively inflated entry (views, no copies). */
const OUTPUT_SLICE = 1024 * 1024;

/** One entry inflated natively in one call, held to its declared size and checksum. */
const inflateNative = (impl: NativeInflate, entry: ZipEntryInfo, data: Uint8Array): Uint8Array => {
  let out: Uint8Array;
  try {
    // One byte more than declared is enough to tell a lying header, and no more is ever made.
    out = impl.inflateRaw(data, entry.size + 1);
  } catch (e) {
    const tooBig = /larger than|maxOutputLength|ERR_BUFFER_TOO_LARGE/i.test(String((e as Error).message ?? e));
    if (tooBig)
      throw new XlsxFileError("corrupt", `${entry.name} unpacks to more than its declared ${entry.size} bytes`);
    throw new XlsxFileError("corrupt", `${entry.name} cannot be unpacked (${(e as Error).message})`);
  }
  if (out.length > entry.size)
    throw new XlsxFileError("corrupt", `${entry.name} unpacks to more than its declared ${entry.size} bytes`);
  if (out.length !== entry.size) throw new XlsxFileError("corrupt", `${entry.name} is shorter than declared`);
  if (impl.crc32(out) >>> 0 !== entry.crc) throw new XlsxFileError("corrupt", `${entry.name} fails its checksum`);
  return out;
};

/** Compressed input is fed in slices of this size; a consumer can stop between slices. */
const INPUT_SLICE = 64 * 1024;

/**
 * Inflates one entry lazily: each step pushes one slice of compressed input and yields what came
 * out. Stopping early (breaking the loop) skips the size and checksum checks. Output beyond the
 * declared size is an error: that is how a lying header meets the limits.
 */
export function* entryChunks(zip: ZipIndex, entry: ZipEntryInfo): Generator<Uint8Array, void, undefined> {
  const data = zip.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (nativeInflate && entry.method === 8 && data.length > 0) {
    const whole = inflateNative(nativeInflate, entry, data);
    for (let i = 0; i < whole.length; i += OUTPUT_SLICE) yield whole.subarray(i, i + OUTPUT_SLICE);
    return;
  }
  if (nativeInflate && entry.method === 0) {
    if (data.length !== entry.size) throw new XlsxFileError("corrupt", `${entry.name} is not its declared size`);
    if (nativeInflate.crc32(data) >>> 0 !== entry.crc)
      throw new XlsxFileError("corrupt", `${entry.name} fails its checksum`);
    const whole = data;
    for (let i = 0; i < whole.length; i += OUTPUT_SLICE) yield whole.subarray(i, i + OUTPUT_SLICE);
    return;
  }
  let out = 0;
  let crc = -1;
  const ready: Uint8Array[] = [];
  const take = (chunk: Uint8Array): void => {
    if (chunk.length === 0) return;
    out += chunk.length;
    // The directory's sizes were held to the limits; data that does not match them is damaged.
    if (out > entry.size) {
      throw new XlsxFileError("corrupt", `${entry.name} unpacks to more than its declared ${entry.size} bytes`);
    }
    crc = crcUpdate(crc, chunk);
    ready.push(chunk);
  };
  const inflater = entry.method === 8 ? new Inflate((chunk) => take(chunk)) : null;
  for (let i = 0; i < data.length || (i === 0 && data.length === 0); i += INPUT_SLICE) {
    const end = i + INPUT_SLICE;
    const slice = data.subarray(i, end);
    if (inflater) {
      try {
        inflater.push(slice, end >= data.length);
      } catch (e) {
        if (e instanceof XlsxFileError) throw e;
        throw new XlsxFileError("corrupt", `${entry.name} cannot be unpacked (${(e as Error).message})`);
      }
    } else take(slice);
    while (ready.length > 0) yield ready.shift() as Uint8Array;
    if (data.length === 0) break;
  }
  if (out !== entry.size) throw new XlsxFileError("corrupt", `${entry.name} is shorter than declared`);
  if ((crc ^ -1) >>> 0 !== entry.crc) throw new XlsxFileError("corrupt", `${entry.name} fails its checksum`);
}

/** Inflates one entry whole. */
export const readEntry = (zip: ZipIndex, entry: ZipEntryInfo): Uint8Array => {
  const data = zip.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (nativeInflate && entry.method === 8 && data.length > 0) return inflateNative(nativeInflate, entry, data);
  const out = new Uint8Array(entry.size);
  let at = 0;
  for (const chunk of entryChunks(zip, entry)) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
};

/**
 * The first `max` bytes of an entry (fewer when it is shorter), inflating no more than needed:
 * input goes in 1 KiB slices, so even a bomb gives at most ~1 MB before the loop stops. Nothing
 * is verified (the rest is never read).
 */
export const readHead = (zip: ZipIndex, entry: ZipEntryInfo, max: number): Uint8Array => {
  const data = zip.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) return data.slice(0, Math.min(max, entry.size));
  const got: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate((chunk) => {
    got.push(chunk);
    size += chunk.length;
  });
  try {
    for (let i = 0; i < data.length && size < max; i += 1024) inflater.push(data.subarray(i, i + 1024), false);
  } catch (e) {
    throw new XlsxFileError("corrupt", `${entry.name} cannot be unpacked (${(e as Error).message})`);
  }
  return concatBytes(got).slice(0, Math.min(max, entry.size));
};

/** Splits in-memory bytes into chunks, so packages and zips stream alike. */
export function* bytesChunks(bytes: Uint8Array, size = 1024 * 1024): Generator<Uint8Array, void, undefined> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}
