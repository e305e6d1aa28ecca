/**
 * The central directory, read by our own parser: declared sizes, encryption flags, overlapping
 * entries and zip64 are seen before anything is inflated, and the limits hold for the package as
 * a whole. Also the OPC name lookup (`findPart`).
 */
import { DEFAULT_ZIP_LIMITS, XlsxFileError, type ZipLimits } from "./package";

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

/** Looks a part up by OPC name: case-insensitive, with or without the leading slash. */
export const findPart = (names: Iterable<string>, partName: string): string | undefined => {
  const want = partKey(partName);
  for (const n of names) if (partKey(n) === want) return n;
  return undefined;
};
