/**
 * Where the reader gets parts from: a zip opened for random access (nothing inflated until
 * asked), or a whole package in memory (after Kontrakttjek changed it). Lookups follow OPC:
 * part names are case-insensitive.
 */
import { strFromU8 } from "fflate";
import { bytesChunks, entryChunks, readEntry, type XlsxPackage, type ZipIndex } from "../zip";

export interface PartSource {
  readonly names: readonly string[];
  /** The actual name of a part, matched case-insensitively; undefined when absent. */
  resolve(part: string): string | undefined;
  /** A whole part as text (small parts only). */
  text(part: string): string | undefined;
  /** A part as a lazy chunk stream (big parts: sheets, shared strings). */
  chunks(part: string): Iterable<Uint8Array> | undefined;
  /** Uncompressed size of a part, when known. */
  size(part: string): number;
}

const makeResolver = (names: readonly string[]): ((part: string) => string | undefined) => {
  const byKey = new Map<string, string>();
  for (const n of names) {
    const key = n.replace(/^\/+/, "").toLowerCase();
    if (!byKey.has(key)) byKey.set(key, n);
  }
  return (part) => byKey.get(part.replace(/^\/+/, "").toLowerCase());
};

/** UTF-8 decoding, dropping a byte-order mark. */
const decode = (bytes: Uint8Array): string => {
  const s = strFromU8(bytes);
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
};

export const zipParts = (zip: ZipIndex): PartSource => {
  const resolve = makeResolver(zip.order);
  const entry = (part: string) => {
    const name = resolve(part);
    return name === undefined ? undefined : zip.entries.get(name);
  };
  return {
    names: zip.order,
    resolve,
    text: (part) => {
      const e = entry(part);
      return e ? decode(readEntry(zip, e)) : undefined;
    },
    chunks: (part) => {
      const e = entry(part);
      return e ? { [Symbol.iterator]: () => entryChunks(zip, e) } : undefined;
    },
    size: (part) => entry(part)?.size ?? 0,
  };
};

export const packageParts = (pkg: XlsxPackage): PartSource => {
  const names = [...pkg.entries.keys()];
  const resolve = makeResolver(names);
  const bytes = (part: string) => {
    const name = resolve(part);
    return name === undefined ? undefined : pkg.entries.get(name);
  };
  return {
    names,
    resolve,
    text: (part) => {
      const b = bytes(part);
      return b ? decode(b) : undefined;
    },
    chunks: (part) => {
      const b = bytes(part);
      return b ? { [Symbol.iterator]: () => bytesChunks(b) } : undefined;
    },
    size: (part) => bytes(part)?.length ?? 0,
  };
};
