/**
 * The .xlsx container: a zip of XML parts. Reading goes through our own central-directory parser
 * (so declared sizes, encryption flags and zip64 are seen before anything is inflated) and
 * fflate's streaming `Inflate` (so actual sizes are enforced while inflating, whatever the
 * headers claim). `XlsxPackage` is the shared currency between the reader and the writer.
 */
import { DecodeUTF8, Inflate, Zip, ZipDeflate, ZipPassThrough, type ZipInputFile } from "fflate";

/** A whole package in memory: part name → bytes, and the original entry order. */
export interface XlsxPackage {
  readonly entries: ReadonlyMap<string, Uint8Array>;
  readonly order: readonly string[];
}

/** Guards against zip bombs and absurd packages. */
export interface ZipLimits {
  /** Most entries a package may hold. */
  readonly maxEntries: number;
  /** Most uncompressed bytes of all entries together (declared and actual). */
  readonly maxTotalBytes: number;
  /** Most uncompressed bytes of one entry. */
  readonly maxEntryBytes: number;
  /** Highest compression ratio (uncompressed / compressed) of an entry above `ratioFloorBytes`. */
  readonly maxRatio: number;
  /** Entries smaller than this are never judged by their ratio (tiny parts compress well). */
  readonly ratioFloorBytes: number;
}

/**
 * Defaults: a full 1,048,576-row sheet with a dozen columns is ~0.6 GB of XML, so whole-package
 * reads allow 2 GiB; deflate's own ceiling is ~1032:1, real sheets stay far below 500:1.
 */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxTotalBytes: 2 * 1024 ** 3,
  maxEntryBytes: 2 * 1024 ** 3 - 1,
  maxRatio: 500,
  ratioFloorBytes: 1024 ** 2,
};

export type XlsxFileErrorReason =
  /** Not a zip at all (CSV, HTML, XML spreadsheet 2003, random bytes). */
  | "not-zip"
  /** Starts like a zip but the end is missing (an interrupted download or copy). */
  | "truncated"
  /** Password-protected workbook (OLE container with an EncryptedPackage) or encrypted zip entries. */
  | "encrypted"
  /** Legacy binary .xls (OLE container without encryption). */
  | "legacy-xls"
  /** Size, entry-count or ratio limit exceeded: a zip bomb or an unreasonably large file. */
  | "limit-exceeded"
  /** Damaged data: bad checksums, bad deflate streams, impossible offsets, duplicate names. */
  | "corrupt"
  /** A zip feature we do not read (multi-disk, compression other than deflate/stored). */
  | "unsupported"
  /** A valid zip that is not a workbook (no xl/workbook.xml), e.g. a .docx. */
  | "not-xlsx";

/** Every failure to open a file is one of these, with a reason code the UI translates. */
export class XlsxFileError extends Error {
  constructor(
    readonly reason: XlsxFileErrorReason,
    readonly detail: string,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(`${reason}: ${detail}`);
    this.name = "XlsxFileError";
  }
}

/* ------------------------------------------------------------------ central directory */

export interface ZipEntryInfo {
  readonly name: string;
  /** 0 = stored, 8 = deflate. */
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  /** Offset of the entry's compressed data in the archive. */
  readonly dataOffset: number;
}

/** A zip opened for random access: entries are inflated only when asked for. */
export interface ZipIndex {
  readonly bytes: Uint8Array;
  readonly entries: ReadonlyMap<string, ZipEntryInfo>;
  readonly order: readonly string[];
  readonly limits: ZipLimits;
}

const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const u16 = (b: Uint8Array, o: number): number => (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, o: number): number => (u16(b, o) | (u16(b, o + 2) << 16)) >>> 0;
const u64 = (b: Uint8Array, o: number): number => u32(b, o) + u32(b, o + 4) * 0x1_0000_0000;

const startsWith = (b: Uint8Array, sig: readonly number[]): boolean => sig.every((x, i) => b[i] === x);

/** Searches an OLE (CFB) container for a UTF-16LE stream name, enough to tell .xls from encryption. */
const containsUtf16 = (b: Uint8Array, text: string): boolean => {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) needle[i * 2] = text.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= b.length; i++) {
    for (let j = 0; j < needle.length; j++) if (b[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
};

const classifyNonZip = (bytes: Uint8Array): XlsxFileError => {
  if (startsWith(bytes, OLE_SIGNATURE)) {
    return containsUtf16(bytes, "EncryptedPackage")
      ? new XlsxFileError("encrypted", "the workbook is password-protected; save it without a password first")
      : new XlsxFileError("legacy-xls", "this is an old .xls (or other OLE) file; save it as .xlsx first");
  }
  if (bytes.length === 0) return new XlsxFileError("not-zip", "the file is empty");
  return new XlsxFileError("not-zip", "the file is not an .xlsx workbook (not a zip package)");
};

const findEocd = (b: Uint8Array): number => {
  const min = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= min; i--) if (u32(b, i) === SIG_EOCD) return i;
  return -1;
};

const decodeName = (b: Uint8Array): string => new TextDecoder("utf-8", { fatal: false }).decode(b);

/** Parses the central directory without inflating anything. Throws `XlsxFileError`. */
export const openZip = (bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipIndex => {
  const isZip = bytes.length >= 4 && u32(bytes, 0) === SIG_LOCAL;
  const isEmptyZip = bytes.length >= 4 && u32(bytes, 0) === SIG_EOCD;
  if (!isZip && !isEmptyZip) throw classifyNonZip(bytes);
  const eocd = findEocd(bytes);
  if (eocd < 0) throw new XlsxFileError("truncated", "the end of the zip directory is missing; the file is cut short");
  if (u16(bytes, eocd + 4) !== 0 || u16(bytes, eocd + 6) !== 0) {
    throw new XlsxFileError("unsupported", "multi-part (spanned) zip archives are not supported");
  }
  let count = u16(bytes, eocd + 10);
  let cdSize = u32(bytes, eocd + 12);
  let cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || u32(bytes, loc) !== SIG_EOCD64_LOCATOR) throw new XlsxFileError("corrupt", "zip64 locator missing");
    const e64 = u64(bytes, loc + 8);
    if (e64 + 56 > bytes.length || u32(bytes, e64) !== SIG_EOCD64) {
      throw new XlsxFileError("truncated", "zip64 directory record is missing");
    }
    count = u64(bytes, e64 + 32);
    cdSize = u64(bytes, e64 + 40);
    cdOffset = u64(bytes, e64 + 48);
  }
  if (count > limits.maxEntries) {
    throw new XlsxFileError("limit-exceeded", `the package has ${count} entries`, {
      limit: "entries",
      max: limits.maxEntries,
    });
  }
  if (cdOffset + cdSize > bytes.length) {
    throw new XlsxFileError("truncated", "the zip directory points past the end of the file");
  }

  const entries = new Map<string, ZipEntryInfo>();
  const order: string[] = [];
  let total = 0;
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== SIG_CENTRAL) {
      throw new XlsxFileError("corrupt", `zip directory entry ${i + 1} is damaged`);
    }
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    const crc = u32(bytes, p + 16);
    let compressedSize = u32(bytes, p + 20);
    let size = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    let localOffset = u32(bytes, p + 42);
    const name = decodeName(bytes.subarray(p + 46, p + 46 + nameLen));
    // zip64 extra field: only the fields whose 32-bit value is saturated are present, in this order.
    let x = p + 46 + nameLen;
    const xEnd = x + extraLen;
    while (x + 4 <= xEnd) {
      const id = u16(bytes, x);
      const len = u16(bytes, x + 2);
      if (id === 0x0001) {
        let q = x + 4;
        if (size === 0xffffffff) {
          size = u64(bytes, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(bytes, q);
          q += 8;
        }
        if (localOffset === 0xffffffff) localOffset = u64(bytes, q);
      }
      x += 4 + len;
    }
    p = xEnd + commentLen;

    if (flags & 0x0001) throw new XlsxFileError("encrypted", `the zip entry ${name} is encrypted`);
    if (name.endsWith("/")) continue; // directory entries carry nothing a workbook needs
    if (method !== 0 && method !== 8) {
      throw new XlsxFileError("unsupported", `the zip entry ${name} uses compression method ${method}`);
    }
    if (entries.has(name)) throw new XlsxFileError("corrupt", `the zip holds ${name} twice`);
    if (size > limits.maxEntryBytes) {
      throw new XlsxFileError("limit-exceeded", `${name} unpacks to ${size} bytes`, {
        limit: "entryBytes",
        max: limits.maxEntryBytes,
      });
    }
    if (size > limits.ratioFloorBytes && size / Math.max(1, compressedSize) > limits.maxRatio) {
      throw new XlsxFileError("limit-exceeded", `${name} is compressed suspiciously well (a zip bomb?)`, {
        limit: "ratio",
        max: limits.maxRatio,
      });
    }
    total += size;
    if (total > limits.maxTotalBytes) {
      throw new XlsxFileError("limit-exceeded", `the package unpacks to more than ${limits.maxTotalBytes} bytes`, {
        limit: "totalBytes",
        max: limits.maxTotalBytes,
      });
    }
    if (localOffset + 30 > bytes.length || u32(bytes, localOffset) !== SIG_LOCAL) {
      throw new XlsxFileError("truncated", `the data of ${name} is missing`);
    }
    const dataOffset = localOffset + 30 + u16(bytes, localOffset + 26) + u16(bytes, localOffset + 28);
    if (dataOffset + compressedSize > bytes.length) {
      throw new XlsxFileError("truncated", `the data of ${name} is cut short`);
    }
    entries.set(name, { name, method, crc, compressedSize, size, dataOffset });
    order.push(name);
  }
  return { bytes, entries, order, limits };
};

/* ------------------------------------------------------------------ inflating */

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

/** Compressed input is fed in slices of this size; a consumer can stop between slices. */
const INPUT_SLICE = 64 * 1024;

/**
 * Inflates one entry lazily: each step pushes one slice of compressed input and yields what came
 * out. Stopping early (breaking the loop) skips the size and checksum checks. Output beyond the
 * declared size is an error: that is how a lying header meets the limits.
 */
export function* entryChunks(zip: ZipIndex, entry: ZipEntryInfo): Generator<Uint8Array, void, undefined> {
  const data = zip.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  let out = 0;
  let crc = -1;
  const ready: Uint8Array[] = [];
  const take = (chunk: Uint8Array): void => {
    if (chunk.length === 0) return;
    out += chunk.length;
    if (out > entry.size) {
      throw new XlsxFileError("limit-exceeded", `${entry.name} unpacks to more than its declared ${entry.size} bytes`, {
        limit: "declaredSize",
        max: entry.size,
      });
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
  const out = new Uint8Array(entry.size);
  let at = 0;
  for (const chunk of entryChunks(zip, entry)) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
};

/** Splits in-memory bytes into chunks, so packages and zips stream alike. */
export function* bytesChunks(bytes: Uint8Array, size = 1024 * 1024): Generator<Uint8Array, void, undefined> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/**
 * Decodes a chunk stream as UTF-8 text (characters split across chunks are handled) and hands
 * the text out. `onText` returns false to stop. Every ~`yieldEvery` bytes `between` runs, so a
 * long read can yield to the event loop, report progress or throw on abort.
 */
export const streamText = async (
  chunks: Iterable<Uint8Array>,
  onText: (text: string) => boolean | void,
  between?: (bytesDone: number) => Promise<void> | void,
  yieldEvery = 4 * 1024 * 1024,
): Promise<void> => {
  let stop = false;
  const decoder = new DecodeUTF8((text) => {
    if (!stop && text.length > 0 && onText(text) === false) stop = true;
  });
  let done = 0;
  let sinceYield = 0;
  for (const chunk of chunks) {
    decoder.push(chunk);
    done += chunk.length;
    sinceYield += chunk.length;
    if (stop) return; // leaving the loop closes the generator: no further inflating
    if (between && sinceYield >= yieldEvery) {
      sinceYield = 0;
      await between(done);
    }
  }
  decoder.push(new Uint8Array(0), true);
};

/* ------------------------------------------------------------------ whole packages */

/** Reads a whole package into memory, enforcing `limits`. Throws `XlsxFileError`. */
export const readPackage = (bytes: Uint8Array, limits: Partial<ZipLimits> = {}): XlsxPackage => {
  const zip = openZip(bytes, { ...DEFAULT_ZIP_LIMITS, ...limits });
  const entries = new Map<string, Uint8Array>();
  for (const name of zip.order) entries.set(name, readEntry(zip, zip.entries.get(name) as ZipEntryInfo));
  return { entries, order: zip.order };
};

/** A fixed timestamp keeps output deterministic (same package in, same bytes out). */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

/** Already-compressed formats gain nothing from deflate. */
const STORE = /\.(png|jpe?g|gif|emf|wmf|bin|zip)$/i;

/**
 * Zips a package. Entries follow `order`; entries missing from `order` come after, in map order.
 * Names listed in `order` but absent from `entries` are skipped.
 */
/** A native raw-deflate (Node's zlib) the CLI can plug in; fflate's pure-JS deflate is the default. */
export interface NativeDeflate {
  readonly deflateRaw: (data: Uint8Array) => Uint8Array;
  readonly crc32: (data: Uint8Array) => number;
}

let nativeDeflate: NativeDeflate | null = null;

/** Use a native deflate for writing packages (10× faster on big sheets); null restores fflate. */
export const setNativeDeflate = (impl: NativeDeflate | null): void => {
  nativeDeflate = impl;
};

/** An entry compressed ahead of time, handed to fflate's Zip as a custom input file. */
const precompressed = (name: string, data: Uint8Array, impl: NativeDeflate): ZipInputFile & { push(): void } => {
  const file: ZipInputFile & { push(): void } = {
    filename: name,
    size: data.length,
    crc: impl.crc32(data),
    compression: 8,
    mtime: FIXED_MTIME,
    push() {
      file.ondata?.(null, impl.deflateRaw(data) as Uint8Array<ArrayBuffer>, true);
    },
  };
  return file;
};

export const writePackage = (pkg: XlsxPackage): Uint8Array => {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const n of [...pkg.order, ...pkg.entries.keys()]) {
    if (pkg.entries.has(n) && !seen.has(n)) {
      names.push(n);
      seen.add(n);
    }
  }

  const parts: Uint8Array[] = [];
  let total = 0;
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) {
      failure = err;
      return;
    }
    parts.push(chunk);
    total += chunk.length;
  });
  for (const name of names) {
    const data = pkg.entries.get(name) as Uint8Array;
    if (nativeDeflate && !STORE.test(name)) {
      const file = precompressed(name, data, nativeDeflate);
      zip.add(file);
      file.push();
      continue;
    }
    const file = STORE.test(name) ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 6 });
    file.mtime = FIXED_MTIME;
    zip.add(file);
    file.push(data, true);
  }
  zip.end();
  if (failure) throw failure;
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** Looks a part up by OPC name: case-insensitive, with or without the leading slash. */
export const findPart = (names: Iterable<string>, partName: string): string | undefined => {
  const want = partName.replace(/^\/+/, "").toLowerCase();
  for (const n of names) if (n.replace(/^\/+/, "").toLowerCase() === want) return n;
  return undefined;
};
