/**
 * Renders one sheet of an .xlsx as LibreOffice prints it: every other sheet hidden (hidden sheets
 * are not printed), converted to PDF; the number of pages, their orientation, and page 1 as PNG.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { convertWithLibreOffice } from "./libreoffice";

/** The package with only `sheet` visible (and active). */
export const onlySheet = (xlsx: Uint8Array, sheet: string): Uint8Array => {
  const parts = unzipSync(xlsx);
  const wb = strFromU8(parts["xl/workbook.xml"] as Uint8Array);
  let index = -1;
  let i = 0;
  const escaped = sheet.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  const edited = wb
    .replace(/<sheet\b[^>]*\/>/g, (tag) => {
      const mine = tag.includes(`name="${escaped}"`);
      if (mine) index = i;
      i++;
      const clean = tag.replace(/\sstate="[^"]*"/, "");
      return mine ? clean : clean.replace("<sheet ", '<sheet state="hidden" ');
    })
    .replace(/\sactiveTab="\d+"/, "")
    .replace(/\sfirstSheet="\d+"/, "")
    .replace(/<workbookView\b/, `<workbookView activeTab="${Math.max(0, index)}"`);
  if (index < 0) throw new Error(`no sheet named ${sheet}`);
  // LibreOffice prints a hidden sheet's print area: only this sheet's names stay.
  const names = edited.replace(
    /<definedName\b[^>]*localSheetId="(\d+)"[^>]*>[^<]*<\/definedName>/g,
    (dn, id: string) => (Number(id) === index ? dn : ""),
  );
  parts["xl/workbook.xml"] = strToU8(names);
  return zipSync(parts);
};

export interface Rendered {
  readonly pdf: Uint8Array;
  readonly pages: number;
  /** Width and height of each page in points (from its MediaBox). */
  readonly sizes: readonly { readonly width: number; readonly height: number }[];
}

/** Prints `sheet` of the workbook to PDF through LibreOffice. */
export const renderSheetPdf = async (xlsx: Uint8Array, sheet: string): Promise<Rendered> => {
  const pdf = await convertWithLibreOffice(onlySheet(xlsx, sheet), "xlsx", "pdf");
  const text = Buffer.from(pdf).toString("latin1");
  const sizes = [
    ...text.matchAll(/\/Type\s*\/Page\b(?!s)[\s\S]*?\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g),
  ].map((m) => ({ width: Number(m[3]) - Number(m[1]), height: Number(m[4]) - Number(m[2]) }));
  const pages = [...text.matchAll(/\/Type\s*\/Page\b(?!s)/g)].length;
  return { pdf, pages, sizes };
};

/** Page 1 of `sheet` as PNG, as LibreOffice draws it. */
export const firstPagePng = (xlsx: Uint8Array, sheet: string): Promise<Uint8Array> =>
  convertWithLibreOffice(onlySheet(xlsx, sheet), "xlsx", "png");
