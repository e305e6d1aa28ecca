/** A package in memory (`XlsxPackage`), the limits a read holds it to, and the typed file errors. */

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
 * Defaults. A full 1,048,575-row Forløb table of fifteen columns is ~570 MB of sheet XML (~670 MB
 * unpacked in all), so a package may unpack to 1 GiB: reading holds one sheet's bytes at a time
 * (off the JS heap) and keeps the bound columns; writing still holds the sheet it edits and its
 * edited copy (2.5 GB peak at that size, measured; smaller files in proportion). What keeps bombs
 * out is the ratio: no package beyond 64 MiB may be packed more than 100:1 overall (real
 * workbooks stay below 20:1; that table is 6:1), no part of 1 MiB or more beyond 500:1
 * (deflate's ceiling is ~1032:1) — and every size is enforced while inflating, whatever the
 * headers claim.
 */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxTotalBytes: 1024 ** 3,
  maxEntryBytes: 1024 ** 3,
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
