/** Whole packages read from a zip: every entry checked once, each part inflated when first read. */
import { openZip, type ZipEntryInfo, type ZipIndex } from "./directory";
import { bytesChunks, entryChunks, readEntry, readHead } from "./inflate";
import { DEFAULT_ZIP_LIMITS, type XlsxPackage, type ZipLimits } from "./package";

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
