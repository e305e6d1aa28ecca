/**
 * The .xlsx container: a zip of XML parts. Reading goes through our own central-directory parser
 * (so declared sizes, encryption flags, overlapping entries and zip64 are seen before anything is
 * inflated, and the limits hold for the package as a whole) and fflate's streaming `Inflate` (so
 * actual sizes are enforced while inflating, whatever the headers claim). `XlsxPackage` is the
 * shared currency between the reader and the writer; read from a zip, its parts are inflated
 * only when used and written back untouched as they were (`ZipEntries`). One file a stage:
 * `package.ts` (types, limits, errors), `directory.ts`, `inflate.ts`, `entries.ts`, `write.ts`.
 */
export { streamText } from "../text-stream";
export {
  DEFAULT_ZIP_LIMITS,
  XlsxFileError,
  type XlsxFileErrorReason,
  type XlsxPackage,
  type ZipLimits,
} from "./package";
export { findPart, openZip, partKey, type ZipEntryInfo, type ZipIndex } from "./directory";
export { bytesChunks, entryChunks, readEntry, readHead, setNativeInflate, type NativeInflate } from "./inflate";
export { readPackage, verifyZip, ZipEntries } from "./entries";
export { setNativeDeflate, writePackage, type NativeDeflate } from "./write";
