/** `xl/workbook.xml` and its rels: sheets (with visibility), defined names, the date system. */
import { XlsxFileError } from "../zip";
import type { PartSource } from "./parts";
import { readRels, relType, type Relationship } from "./rels";
import { attr, child, children, parseXml, relId, truthy } from "./xml";

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly state: SheetState;
  /** Part name of the worksheet XML (no leading slash). */
  readonly part: string;
  /** Zero-based position among the workbook's sheets (the `localSheetId` of defined names). */
  readonly index: number;
}

export interface DefinedName {
  readonly name: string;
  /** Formula text, e.g. `Forløb!$A$1:$F$20`. */
  readonly formula: string;
  /** Sheet-scoped names carry the sheet's position. */
  readonly localSheetId: number | null;
  readonly hidden: boolean;
}

export interface WorkbookInfo {
  readonly workbookPart: string;
  readonly sheets: readonly SheetEntry[];
  readonly definedNames: readonly DefinedName[];
  /** Dates count from 1904-01-01 (old Mac workbooks): serials are 1462 days smaller. */
  readonly date1904: boolean;
  readonly sharedStringsPart: string | null;
  readonly stylesPart: string | null;
  readonly workbookRels: readonly Relationship[];
}

/** Finds the workbook part through the package rels, as Excel does; falls back to the usual name. */
const findWorkbookPart = (parts: PartSource): string => {
  const main = readRels(parts, "").find((r) => relType(r, "officeDocument") && !r.external);
  const candidate = main ? parts.resolve(main.target) : parts.resolve("xl/workbook.xml");
  if (candidate === undefined) {
    throw new XlsxFileError("not-xlsx", "the package has no workbook part (is it a Word or PowerPoint file?)");
  }
  return candidate;
};

export const readWorkbookInfo = (parts: PartSource): WorkbookInfo => {
  const workbookPart = findWorkbookPart(parts);
  const root = parseXml(parts.text(workbookPart) ?? "", workbookPart);
  if (root.name !== "workbook") throw new XlsxFileError("not-xlsx", `${workbookPart} is not a workbook`);
  const rels = readRels(parts, workbookPart);
  const byId = new Map(rels.map((r) => [r.id, r]));

  const sheets: SheetEntry[] = [];
  const sheetsEl = child(root, "sheets");
  (sheetsEl ? children(sheetsEl, "sheet") : []).forEach((el, index) => {
    const rel = byId.get(relId(el) ?? "");
    // Chart sheets, dialog and macro sheets have no cells to read.
    if (!rel || rel.external || !relType(rel, "worksheet")) return;
    const part = parts.resolve(rel.target);
    if (part === undefined) return;
    const state = attr(el, "state");
    sheets.push({
      name: attr(el, "name") ?? `Sheet${index + 1}`,
      sheetId: Number(attr(el, "sheetId") ?? index + 1),
      state: state === "hidden" || state === "veryHidden" ? state : "visible",
      part,
      index,
    });
  });

  const namesEl = child(root, "definedNames");
  const definedNames: DefinedName[] = (namesEl ? children(namesEl, "definedName") : []).map((el) => {
    const local = attr(el, "localSheetId");
    return {
      name: attr(el, "name") ?? "",
      formula: el.text,
      localSheetId: local === undefined ? null : Number(local),
      hidden: truthy(attr(el, "hidden")),
    };
  });

  const pr = child(root, "workbookPr");
  const find = (short: string): string | null => {
    const rel = rels.find((r) => relType(r, short) && !r.external);
    return rel ? (parts.resolve(rel.target) ?? null) : null;
  };
  return {
    workbookPart,
    sheets,
    definedNames,
    date1904: pr ? truthy(attr(pr, "date1904")) : false,
    sharedStringsPart: find("sharedStrings"),
    stylesPart: find("styles"),
    workbookRels: rels,
  };
};
