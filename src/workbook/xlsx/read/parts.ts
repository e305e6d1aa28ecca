/**
 * Where the reader gets parts from: a zip opened for random access (nothing inflated until
 * asked), or a whole package in memory (after Kontrakttjek changed it). Lookups follow OPC:
 * part names are case-insensitive. Text is decoded in each part's own encoding.
 */
import { decodeXml } from "../bytes";
import {
  bytesChunks,
  entryChunks,
  partKey,
  readEntry,
  readHead,
  verifyZip,
  XlsxFileError,
  ZipEntries,
  type XlsxPackage,
  type ZipIndex,
} from "../zip";

export interface PartSource {
  readonly names: readonly string[];
  /** The actual name of a part, matched case-insensitively; undefined when absent. */
  resolve(part: string): string | undefined;
  /** A whole part as text (small parts only). */
  text(part: string): string | undefined;
  /** A part as a lazy chunk stream (big parts: sheets, shared strings). */
  chunks(part: string): Iterable<Uint8Array> | undefined;
  /**
   * A whole part's bytes, held to the same markup limit as `chunks` (big parts the byte scanner
   * reads whole: one native inflate, no chunk copies).
   */
  bytes(part: string): Uint8Array | undefined;
  /** The first `max` bytes of a part (fewer when it is shorter), inflating no more than that. */
  head(part: string, max: number): Uint8Array | undefined;
  /** Uncompressed size of a part, when known. */
  size(part: string): number;
  /** Checks every part is whole (checksums); a package in memory was checked when it was read. */
  verify(): void;
}

const makeResolver = (names: readonly string[]): ((part: string) => string | undefined) => {
  const byKey = new Map<string, string>();
  for (const n of names) {
    const key = partKey(n);
    if (!byKey.has(key)) byKey.set(key, n);
  }
  return (part) => byKey.get(partKey(part));
};

/**
 * Longest run of bytes a big part may have between two `<`: a cell holds at most 32,767
 * characters, so a longer text, tag or comment is no workbook's; stopping it here keeps one
 * string from taking the memory (or passing V8's string limit) while it is parsed.
 */
export const MAX_MARKUP_RUN = 16 * 1024 * 1024;

const tooLong = (part: string): XlsxFileError =>
  new XlsxFileError("limit-exceeded", `${part} holds a text or tag longer than ${MAX_MARKUP_RUN} bytes`, {
    limit: "text",
    max: MAX_MARKUP_RUN,
  });

/** The longest run between two `<` inside a chunk, from its first `<` on. */
const longestInnerRun = (chunk: Uint8Array, first: number): number => {
  let longest = 0;
  let from = first + 1;
  for (let i = chunk.indexOf(0x3c, from); i >= 0; i = chunk.indexOf(0x3c, from)) {
    longest = Math.max(longest, i - from);
    from = i + 1;
  }
  return longest;
};

function* guarded(part: string, chunks: Iterable<Uint8Array>): Generator<Uint8Array, void, undefined> {
  let run = 0; // bytes since the last `<`
  for (const chunk of chunks) {
    const first = chunk.indexOf(0x3c);
    if (first < 0) run += chunk.length;
    else {
      // Runs inside a chunk are shorter than the chunk: only a chunk above the limit needs a look.
      const inner = chunk.length > MAX_MARKUP_RUN ? longestInnerRun(chunk, first) : 0;
      if (run + first > MAX_MARKUP_RUN || inner > MAX_MARKUP_RUN) throw tooLong(part);
      run = chunk.length - 1 - chunk.lastIndexOf(0x3c);
    }
    if (run > MAX_MARKUP_RUN) throw tooLong(part);
    yield chunk;
  }
}

const stream = (part: string, make: () => Iterable<Uint8Array>): Iterable<Uint8Array> => ({
  [Symbol.iterator]: () => guarded(part, make()),
});

/** Whole bytes, checked as a stream of them would be. */
const checked = (part: string, bytes: Uint8Array): Uint8Array => {
  for (const chunk of guarded(part, bytesChunks(bytes))) void chunk;
  return bytes;
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
      return e ? decodeXml(readEntry(zip, e)) : undefined;
    },
    chunks: (part) => {
      const e = entry(part);
      return e ? stream(e.name, () => entryChunks(zip, e)) : undefined;
    },
    bytes: (part) => {
      const e = entry(part);
      return e ? checked(e.name, readEntry(zip, e)) : undefined;
    },
    head: (part, max) => {
      const e = entry(part);
      return e ? readHead(zip, e, max) : undefined;
    },
    size: (part) => entry(part)?.size ?? 0,
    verify: () => verifyZip(zip),
  };
};

export const packageParts = (pkg: XlsxPackage): PartSource => {
  const names = [...pkg.entries.keys()];
  const resolve = makeResolver(names);
  const bytes = (part: string) => {
    const name = resolve(part);
    return name === undefined ? undefined : pkg.entries.get(name);
  };
  const lazy = pkg.entries instanceof ZipEntries ? pkg.entries : null;
  return {
    names,
    resolve,
    text: (part) => {
      const b = bytes(part);
      return b ? decodeXml(b) : undefined;
    },
    chunks: (part) => {
      const name = resolve(part);
      if (name === undefined) return undefined;
      // A part the edit did not change streams from the zip, never inflated whole.
      const fromZip = lazy?.chunks(name);
      if (fromZip) return stream(name, () => fromZip);
      const b = pkg.entries.get(name);
      return b ? stream(name, () => bytesChunks(b)) : undefined;
    },
    bytes: (part) => {
      const name = resolve(part);
      if (name === undefined) return undefined;
      // A part the edit did not change is inflated for this read only, never kept in the package.
      const raw = lazy?.original(name);
      const b = raw ? readEntry(raw.zip, raw.entry) : pkg.entries.get(name);
      return b ? checked(name, b) : undefined;
    },
    head: (part, max) => {
      const name = resolve(part);
      if (name === undefined) return undefined;
      return lazy ? lazy.head(name, max) : pkg.entries.get(name)?.subarray(0, max);
    },
    size: (part) => {
      const name = resolve(part);
      if (name === undefined) return 0;
      const raw = lazy?.original(name);
      return raw ? raw.entry.size : (pkg.entries.get(name)?.length ?? 0);
    },
    verify: () => undefined,
  };
};
