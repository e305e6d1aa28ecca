/** Read-only helpers for other layers: what Kontrakttjek owns in a package, and file-type checks. */
import { openZip, type XlsxPackage } from "../zip";
import { UnsupportedWorkbookError } from "./errors";
import { readMarks, type Ownership } from "./marks";
import { PartStore } from "./package";
import { WorkbookEditor } from "./workbook";

/**
 * The ownership record of a package (empty when Kontrakttjek never wrote to it). The reader can
 * use it to leave Kontrakttjek's own `Kontrol` columns and sheets out of what it offers for binding.
 */
export const readOwnership = (pkg: XlsxPackage): Ownership => {
  const store = new PartStore(pkg);
  return readMarks(store, new WorkbookEditor(store).path);
};

/**
 * Refuses files the writer cannot handle, by name and first bytes, with a typed error:
 * .xls (and password-protected files, which share its container), .csv/.txt, .xlsb, non-zip data.
 * .xlsx, .xlsm (macros kept untouched), .xltx and .xltm pass.
 */
export const assertWritableFile = (bytes: Uint8Array, fileName = ""): void => {
  const ext = fileName.toLowerCase().split(".").pop() ?? "";
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  if (ole)
    throw new UnsupportedWorkbookError(
      ext === "xls" ? "xls" : "encrypted-or-xls",
      "an .xls workbook or a password-protected file: open it in Excel and save it as .xlsx (without a password)",
    );
  if (ext === "csv" || ext === "txt" || ext === "tsv")
    throw new UnsupportedWorkbookError(
      "csv",
      "a CSV/text file has no sheets or tables to write into: save it as .xlsx",
    );
  if (ext === "xlsb" || hasBinaryWorkbook(bytes))
    throw new UnsupportedWorkbookError("xlsb", "binary workbooks (.xlsb) cannot be written: save as .xlsx");
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b))
    throw new UnsupportedWorkbookError("not-a-workbook", "the file is not an .xlsx workbook");
};

/** An .xlsb renamed .xlsx: its zip directory names a binary workbook part (nothing is inflated). */
const hasBinaryWorkbook = (bytes: Uint8Array): boolean => {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) return false;
  try {
    return openZip(bytes).order.some((n) => /(^|\/)workbook\.bin$/i.test(n));
  } catch {
    return false; // a damaged zip is the reader's to explain
  }
};
