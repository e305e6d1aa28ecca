/**
 * The CLI's adapter, and the demo's for a user's own file: .xlsx files. The one place a host may
 * reach the xlsx adapter — to open a file, to make a new one from a spec, to tell a damaged file
 * from a missing feature, and to show a file's sheets in the demo's grid.
 */
import type { CellValue } from "../../domain/model";
import type { NewWorkbookSpec } from "../../workbook/sheet/spec";
import { rangeRef } from "../../workbook/sheet/a1";
import { readOwnedInfo } from "../../workbook/xlsx/read/marks";
import { packageParts } from "../../workbook/xlsx/read/parts";
import { readSharedStrings } from "../../workbook/xlsx/read/shared-strings";
import { readSheet } from "../../workbook/xlsx/read/sheet";
import { readDateStyles } from "../../workbook/xlsx/read/styles";
import { readSheetTables } from "../../workbook/xlsx/read/tables";
import { readWorkbookInfo } from "../../workbook/xlsx/read/workbook";
import { attr, child, children, parseXml } from "../../workbook/xlsx/read/xml";
import { createWorkbook } from "../../workbook/xlsx/create";
import { XlsxWorkbook } from "../../workbook/xlsx";
import { findPart } from "../../workbook/xlsx/zip";

export { XlsxWorkbook, XlsxFileError } from "../../workbook/xlsx";
export { setNativeDeflate } from "../../workbook/xlsx/zip";

/** A workbook from a file's bytes (throws `XlsxFileError` for what is not a usable .xlsx). */
export const openXlsx = (bytes: Uint8Array): XlsxWorkbook => XlsxWorkbook.open(bytes);

/** A new .xlsx file's bytes. */
export const xlsxFile = (spec: NewWorkbookSpec): Uint8Array => createWorkbook(spec);

/** The extension Excel insists on for a package, from its main part's content type. */
export function packageExtension(port: XlsxWorkbook): string {
  const pkg = port.packageView();
  const name = findPart(pkg.entries.keys(), "[Content_Types].xml");
  const types = name === undefined ? "" : new TextDecoder().decode(pkg.entries.get(name));
  if (types.includes("macroEnabledTemplate.main")) return ".xltm";
  if (types.includes("macroEnabled.main")) return ".xlsm";
  if (types.includes("template.main")) return ".xltx";
  return ".xlsx";
}

/** One cell as the demo's grid shows it: the value, and how a number is shown (date, per cent). */
export interface XlsxGridCell {
  readonly value: CellValue;
  readonly format?: "date" | "percent";
}

/** One flag per `cellXfs` entry: does it show numbers as per cent (built-in 9, 10, or a code with %)? */
function percentStyles(xml: string | undefined, part: string): boolean[] {
  if (xml === undefined) return [];
  const root = parseXml(xml, part);
  const custom = new Map<number, string>();
  const numFmts = child(root, "numFmts");
  for (const el of numFmts ? children(numFmts, "numFmt") : []) {
    custom.set(Number(attr(el, "numFmtId")), attr(el, "formatCode") ?? "");
  }
  const xfs = child(root, "cellXfs");
  return (xfs ? children(xfs, "xf") : []).map((xf) => {
    const id = Number(attr(xf, "numFmtId") ?? 0);
    const code = custom.get(id);
    // A "%" inside quotes is a literal, not a per-cent format.
    return code !== undefined ? /%/.test(code.replace(/"[^"]*"/g, "")) : id === 9 || id === 10;
  });
}

/** A sheet of a file as the demo's grid shows it (the same shape as the in-memory grid view). */
export interface XlsxGridSheet {
  readonly name: string;
  readonly hidden: false | "hidden" | "veryHidden";
  readonly cells: readonly (readonly (XlsxGridCell | null)[])[];
  readonly tables: readonly { readonly name: string; readonly ref: string; readonly columns: readonly string[] }[];
  readonly hiddenRows: readonly number[];
  readonly merges: readonly string[];
  readonly ownedByKontrakttjek: boolean;
}

/**
 * Every sheet's cells (up to `maxRows` rows a sheet) for the browser demo's grid, when a user
 * opens a file of their own: read by the same streaming reader as the CLI's, from the package as
 * it stands after the writes made so far.
 */
export async function xlsxGrids(port: XlsxWorkbook, maxRows = 5000): Promise<XlsxGridSheet[]> {
  const parts = packageParts(port.packageView());
  const wb = readWorkbookInfo(parts);
  const styles = wb.stylesPart === null ? undefined : parts.text(wb.stylesPart);
  const ctx = {
    sharedStrings: await readSharedStrings(parts, wb.sharedStringsPart),
    dateStyles: readDateStyles(styles, wb.stylesPart ?? undefined),
    date1904: wb.date1904,
  };
  // The reader tells a cell's style only as "is it a date": a second pass with the per-cent
  // styles in that place finds the per-cent cells (the grid shows 0.5 as 50 %, as Excel does).
  const percentCtx = { ...ctx, dateStyles: percentStyles(styles, wb.stylesPart ?? "xl/styles.xml"), date1904: false };
  const owned = new Set(readOwnedInfo(parts, wb.workbookRels).sheets.map((s) => s.toLowerCase()));
  const out: XlsxGridSheet[] = [];
  for (const sheet of wb.sheets) {
    const rows: (XlsxGridCell | null)[][] = [];
    const hiddenRows: number[] = [];
    const merges: string[] = [];
    await readSheet(parts, sheet.part, ctx, {
      toRow: maxRows,
      wantMerges: true,
      onCell: (row, column, value, isDate) => {
        const r = (rows[row - 1] ??= []);
        r[column] = isDate && typeof value === "number" ? { value, format: "date" } : { value };
      },
      onHiddenRow: (row) => void hiddenRows.push(row),
      onMerge: (rect) => void merges.push(rangeRef(rect)),
    });
    if (percentCtx.dateStyles.some(Boolean)) {
      await readSheet(parts, sheet.part, percentCtx, {
        toRow: maxRows,
        onCell: (row, column, value, isPercent) => {
          const r = rows[row - 1];
          if (isPercent && typeof value === "number" && r?.[column])
            r[column] = { value: r[column].value, format: "percent" };
        },
      });
    }
    // Sparse rows and cells made dense: the grid indexes them.
    const cells = Array.from(rows, (r) => Array.from(r ?? [], (c) => c ?? null));
    out.push({
      name: sheet.name,
      hidden: sheet.state === "visible" ? false : sheet.state,
      cells,
      tables: readSheetTables(parts, sheet.part).map((t) => ({
        name: t.name,
        ref: rangeRef(t.ref),
        columns: t.columns,
      })),
      hiddenRows,
      merges,
      ownedByKontrakttjek: owned.has(sheet.name.toLowerCase()),
    });
  }
  return out;
}
