/**
 * A file the user chose (picker or drop) opened in the demo: read by the browser from the user's
 * disk, handed to the xlsx adapter in the page — never sent anywhere — and downloaded back.
 */
import type { XlsxFileError } from "../app/hosts/xlsx";
import { cliText } from "../i18n/cli";
import type { CliKey } from "../i18n/keys/cli";
import { t, type Lang } from "../taskpane/strings";
import type { DemoWorkbook } from "./demo-workbook";

const REASON_KEY: Readonly<Record<string, CliKey>> = {
  "not-zip": "reason-not-zip",
  truncated: "reason-truncated",
  corrupt: "reason-corrupt",
  unsupported: "reason-unsupported",
  "not-xlsx": "reason-not-xlsx",
  dtd: "reason-dtd",
};

/** The adapter's file error, told by its name (the adapter itself loads only with a file). */
const isFileError = (e: unknown): e is XlsxFileError =>
  e instanceof Error && e.name === "XlsxFileError" && "reason" in e;

/** Why a file cannot be opened, in the user's words, with what to do. */
export function fileErrorText(name: string, e: unknown, lang: Lang): string {
  if (isFileError(e)) {
    if (e.reason === "encrypted") return t("demoFileEncrypted", lang, { file: name });
    if (e.reason === "legacy-xls") return t("demoFileOld", lang, { file: name });
    const key = REASON_KEY[e.reason] ?? "reason-corrupt";
    return t("demoFileBad", lang, { file: name, detail: cliText(key, lang) });
  }
  return t("demoFileBad", lang, { file: name, detail: e instanceof Error ? e.message : String(e) });
}

/** Opens a chosen file in the book; resolves to an error text, or null when it opened. */
export async function openChosenFile(book: DemoWorkbook, file: File, lang: Lang): Promise<string | null> {
  if (/\.xls$/i.test(file.name)) return t("demoFileOld", lang, { file: file.name });
  try {
    await book.openFile(file.name, new Uint8Array(await file.arrayBuffer()));
    return null;
  } catch (e) {
    return fileErrorText(file.name, e, lang);
  }
}

/** The name the written copy downloads as: the user's name with "(Kontrakttjek)" before .xlsx. */
export const downloadName = (name: string): string =>
  `${name.replace(/\.xlsx$/i, "") || "projektmappe"} (Kontrakttjek).xlsx`;

/** Hands the bytes to the browser as a download (a blob URL: nothing leaves the machine). */
export function download(bytes: Uint8Array, name: string): void {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
