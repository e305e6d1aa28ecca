/**
 * The .xlsx container: a zip of XML parts. Reading goes through our own central-directory parser
 * (so declared sizes, encryption flags, overlapping entries and zip64 are seen before anything is
 * inflated, and the limits hold for the package as a whole) and fflate's streaming `Inflate` (so
 * actual sizes are enforced while inflating, whatever the headers claim). `XlsxPackage` is the
 * shared currency between the reader and the writer; read from a zip, its parts are inflated
 * only when used and written back untouched as they were (`ZipEntries`).
 */
import { Inflate, Zip, ZipDeflate, ZipPassThrough, type ZipInputFile } from "fflate";
import { concatBytes } from "./bytes";

export { streamText } from "./text-stream";

/**
 * A whole package: part name → bytes, and the original entry order. Treat the bytes as
 * immutable: a part is changed by setting new bytes (an untouched part may be copied raw).
 */
export interface XlsxPackage {
  readonly entries: ReadonlyMap<string, Uint8Array>;
  readonly order: readonly string[];
}

/**
 * Guards against zip bombs and absurd packages. They hold for the package as a whole: entries
 * may not share data, and sizes add up over all entries, so no arrangement of entries that each
 * pass can add up to more than the totals.
 */
export interface ZipLimits {
  /** Most entries a package may hold. */
  readonly maxEntries: number;
  /** Most uncompressed bytes of all entries together (declared, and enforced while inflating). */
  readonly maxTotalBytes: number;
  /** Most uncompressed bytes of one entry. */
  readonly maxEntryBytes: number;
  /** Highest compression ratio (uncompressed / compressed) of an entry of `ratioFloorBytes` or more. */
  readonly maxRatio: number;
  /** Entries smaller than this are never judged by their ratio (tiny parts compress well). */
  readonly ratioFloorBytes: number;
  /** Highest ratio of the whole package (all entries unpacked / file size) … */
  readonly maxTotalRatio: number;
  /** … once it unpacks to this much; smaller packages may be packed as tightly as they like. */
  readonly totalRatioFloorBytes: number;
}

/**
 * Defaults, chosen so that a file Kontrakttjek accepts can be checked, evaluated and written in
 * about 1 GB of memory: writing holds a sheet it edits several times over (the part, its edited
 * copy), and checking keeps the bound columns, so the package may unpack to 160 MiB in all (a
 * full 1,048,576-row table of three columns is ~140 MB of XML). No package beyond 64 MiB may be
 * packed more than 100:1 overall (real workbooks stay below 20:1), no part of 1 MiB or more
 * beyond 500:1 (deflate's ceiling is ~1032:1).
 */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxTotalBytes: 160 * 1024 ** 2,
  maxEntryBytes: 160 * 1024 ** 2,
  maxRatio: 500,
  ratioFloorBytes: 1024 ** 2,
  maxTotalRatio: 100,
  totalRatioFloorBytes: 64 * 1024 ** 2,
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
  /**
   * Damaged data: bad checksums, bad deflate streams, sizes the data does not match, impossible
   * or overlapping offsets, part names twice (OPC names ignore case), XML that is not well-formed.
   */
  | "corrupt"
  /** A zip feature we do not read (multi-disk, compression other than deflate/stored). */
  | "unsupported"
  /** A valid zip that is not a workbook (no xl/workbook.xml), e.g. a .docx. */
  | "not-xlsx"
  /** A binary workbook (.xlsb: its workbook part is `workbook.bin`); it must be saved as .xlsx. */
  | "xlsb"
  /** A Strict Open XML workbook, which Kontrakttjek reads but cannot write; saved as .xlsx it can. */
  | "strict-ooxml"
  /** A part declares a DTD (`<!DOCTYPE …>`): Excel never writes one, and its entities are never expanded. */
  | "dtd";

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

/** OPC part names compare case-insensitively, with or without the leading slash. */
export const partKey = (name: string): string => name.replace(/^\/+/, "").toLowerCase();

const limitError = (detail: string, limit: string, max: number): XlsxFileError =>
  new XlsxFileError("limit-exceeded", detail, { limit, max });

/** Where an entry's header and data lie in the file: no two entries may share a byte. */
interface Span {
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

const assertNoOverlap = (spans: Span[], cdOffset: number): void => {
  spans.sort((a, b) => a.start - b.start);
  let prev: Span | null = null;
  for (const s of spans) {
    // Real zips never overlap; entries sharing one deflate stream are a bomb that multiplies it.
    if (prev && s.start < prev.end) {
      throw new XlsxFileError("corrupt", `the zip entries ${prev.name} and ${s.name} share their data`);
    }
    if (s.end > cdOffset) throw new XlsxFileError("corrupt", `the data of ${s.name} runs into the zip directory`);
    prev = s;
  }
};

/**
 * Parses the central directory without inflating anything, and holds the package to `limits`
 * as a whole (see `ZipLimits`). Throws `XlsxFileError`.
 */
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
    throw limitError(`the package has ${count} entries`, "entries", limits.maxEntries);
  }
  if (cdOffset + cdSize > bytes.length) {
    throw new XlsxFileError("truncated", "the zip directory points past the end of the file");
  }
  // The whole package may unpack to at most this: its own cap, and its ratio to the file's size.
  const ratioCap = Math.max(limits.totalRatioFloorBytes, limits.maxTotalRatio * bytes.length);
  const totalCap = Math.min(limits.maxTotalBytes, ratioCap);

  const entries = new Map<string, ZipEntryInfo>();
  const order: string[] = [];
  const keys = new Set<string>();
  const spans: Span[] = [];
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
    const key = partKey(name);
    if (keys.has(key)) throw new XlsxFileError("corrupt", `the zip holds the part ${name} twice`);
    keys.add(key);
    if (size > limits.maxEntryBytes) {
      throw limitError(`${name} unpacks to ${size} bytes`, "entryBytes", limits.maxEntryBytes);
    }
    if (size >= limits.ratioFloorBytes && size / Math.max(1, compressedSize) > limits.maxRatio) {
      throw limitError(`${name} is compressed suspiciously well (a zip bomb?)`, "ratio", limits.maxRatio);
    }
    total += size;
    if (localOffset + 30 > bytes.length || u32(bytes, localOffset) !== SIG_LOCAL) {
      throw new XlsxFileError("truncated", `the data of ${name} is missing`);
    }
    const dataOffset = localOffset + 30 + u16(bytes, localOffset + 26) + u16(bytes, localOffset + 28);
    if (dataOffset + compressedSize > bytes.length) {
      throw new XlsxFileError("truncated", `the data of ${name} is cut short`);
    }
    spans.push({ start: localOffset, end: dataOffset + compressedSize, name });
    entries.set(name, { name, method, crc, compressedSize, size, dataOffset });
    order.push(name);
  }
  // Overlaps first: entries sharing data also make the totals a lie.
  assertNoOverlap(spans, cdOffset);
  if (total > totalCap) throw limitError(`the package unpacks to more than ${totalCap} bytes`, "totalBytes", totalCap);
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

/* ------------------------------------------------------------------ whole packages */

/** Stands for an entry not inflated yet. */
const PENDING = new Uint8Array(0);

/**
 * A package's entries straight from its zip: each part is inflated when first asked for and then
 * kept, so editing a workbook holds in memory only the parts the edit reads, never the whole
 * package. It is a Map (set and delete work as on any Map); entries still holding the zip's data
 * are written back as the zip had them, without inflating or compressing them again.
 */
export class ZipEntries extends Map<string, Uint8Array> {
  private constructor(
    private readonly zip: ZipIndex,
    /**
     * The zip's parts as inflated, known by identity (a WeakSet keeps none of them alive): each
     * copy keeps its own, so a part an edit replaced is freed with the package that held it.
     */
    private readonly pristine: WeakSet<Uint8Array>,
    from: Iterable<readonly [string, Uint8Array]>,
  ) {
    super();
    for (const [k, v] of from) super.set(k, v);
  }

  static of(zip: ZipIndex): ZipEntries {
    return new ZipEntries(
      zip,
      new WeakSet(),
      zip.order.map((n) => [n, PENDING] as const),
    );
  }

  /** An independent copy to edit: changes to it leave this one as it is. */
  copy(): ZipEntries {
    return new ZipEntries(this.zip, this.pristine, super.entries());
  }

  override get(name: string): Uint8Array | undefined {
    const v = super.get(name);
    if (v !== PENDING) return v;
    const bytes = readEntry(this.zip, this.zip.entries.get(name) as ZipEntryInfo);
    this.pristine.add(bytes);
    super.set(name, bytes);
    return bytes;
  }

  /** The zip entry an entry still holds unchanged (its bytes can be copied as they are), or undefined. */
  original(name: string): { readonly zip: ZipIndex; readonly entry: ZipEntryInfo } | undefined {
    const v = super.get(name);
    const entry = this.zip.entries.get(name);
    if (entry === undefined || v === undefined) return undefined;
    return v === PENDING || this.pristine.has(v) ? { zip: this.zip, entry } : undefined;
  }

  /** The first `max` bytes of an entry, without inflating the rest when it is still in the zip. */
  head(name: string, max: number): Uint8Array | undefined {
    const v = super.get(name);
    if (v !== PENDING) return v?.subarray(0, max);
    return readHead(this.zip, this.zip.entries.get(name) as ZipEntryInfo, max);
  }

  /** A part as a chunk stream: straight from the zip while it is unchanged (nothing kept in memory). */
  chunks(name: string): Iterable<Uint8Array> | undefined {
    const raw = super.get(name) === PENDING ? this.original(name) : undefined;
    if (raw) return { [Symbol.iterator]: () => entryChunks(raw.zip, raw.entry) };
    const bytes = this.get(name);
    return bytes === undefined ? undefined : { [Symbol.iterator]: () => bytesChunks(bytes) };
  }

  override *values(): MapIterator<Uint8Array> {
    for (const k of super.keys()) yield this.get(k) as Uint8Array;
  }

  override *entries(): MapIterator<[string, Uint8Array]> {
    for (const k of super.keys()) yield [k, this.get(k) as Uint8Array];
  }

  override [Symbol.iterator](): MapIterator<[string, Uint8Array]> {
    return this.entries();
  }

  override forEach(fn: (value: Uint8Array, key: string, map: Map<string, Uint8Array>) => void, self?: unknown): void {
    for (const [k, v] of this.entries()) fn.call(self, v, k, this);
  }
}

/** Files whose every entry was checked (by identity; the bytes of an opened file never change). */
const verified = new WeakSet<Uint8Array>();

/**
 * Checks every entry of a zip: each is inflated as a stream and dropped (checksum, sizes, deflate
 * data), so damage anywhere is found when a file is opened, not in a part only a write reads, and
 * never copied into a new file. Done once per file. Throws `XlsxFileError` ("corrupt").
 */
export const verifyZip = (zip: ZipIndex): void => {
  if (verified.has(zip.bytes)) return;
  for (const name of zip.order) for (const chunk of entryChunks(zip, zip.entries.get(name) as ZipEntryInfo)) void chunk;
  verified.add(zip.bytes);
};

/**
 * Opens a whole package, enforcing `limits`, every entry checked (`verifyZip`). Parts are
 * inflated when they are read, and kept (`ZipEntries`). Throws `XlsxFileError`.
 */
export const readPackage = (bytes: Uint8Array, limits: Partial<ZipLimits> = {}): XlsxPackage => {
  const zip = openZip(bytes, { ...DEFAULT_ZIP_LIMITS, ...limits });
  verifyZip(zip);
  return { entries: ZipEntries.of(zip), order: zip.order };
};

/** A fixed timestamp keeps output deterministic (same package in, same bytes out). */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

/** Already-compressed formats gain nothing from deflate. */
const STORE = /\.(png|jpe?g|gif|emf|wmf|bin|zip)$/i;

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

type CustomFile = ZipInputFile & { push(): void };

/** An entry compressed ahead of time, handed to fflate's Zip as a custom input file. */
const precompressed = (name: string, data: Uint8Array, impl: NativeDeflate): CustomFile => {
  const file: CustomFile = {
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

/** An entry copied from the zip it came from as it was: same compressed bytes, same checksum. */
const copied = (name: string, zip: ZipIndex, entry: ZipEntryInfo): CustomFile => {
  const file: CustomFile = {
    filename: name,
    size: entry.size,
    crc: entry.crc,
    compression: entry.method,
    mtime: FIXED_MTIME,
    push() {
      const data = zip.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
      file.ondata?.(null, data as Uint8Array<ArrayBuffer>, true);
    },
  };
  return file;
};

/**
 * Zips a package. Entries follow `order`; entries missing from `order` come after, in map order.
 * Names listed in `order` but absent from `entries` are skipped. Parts still as a zip had them
 * (`ZipEntries`) are copied without being inflated or compressed again.
 */
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
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) {
      failure = err;
      return;
    }
    parts.push(chunk);
  });
  const lazy = pkg.entries instanceof ZipEntries ? pkg.entries : null;
  for (const name of names) {
    const raw = lazy?.original(name);
    if (raw) {
      const file = copied(name, raw.zip, raw.entry);
      zip.add(file);
      file.push();
      continue;
    }
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
  return concatBytes(parts);
};

/** Looks a part up by OPC name: case-insensitive, with or without the leading slash. */
export const findPart = (names: Iterable<string>, partName: string): string | undefined => {
  const want = partKey(partName);
  for (const n of names) if (partKey(n) === want) return n;
  return undefined;
};
