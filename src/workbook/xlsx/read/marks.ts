/**
 * What Kontrakttjek wrote, as the reader needs it: its sheets by name, and its `Kontrol` columns,
 * read from the writer's ownership record (a custom XML part in `MARKS_NS`, found through the
 * workbook's relationships or, after a LibreOffice save, the package's) without inflating the
 * whole package. `listSources` flags those sheets and columns, so binding never mistakes
 * Kontrakttjek's output for input and a user's own `Kontrol` column is never taken for ours.
 */
import { MARKS_NS } from "../ooxml/namespaces";
import type { PartSource } from "./parts";
import { readRels, relType, type Relationship } from "./rels";
import { attr, children, parseXml } from "./xml";

export interface OwnedColumnInfo {
  readonly sheet: string;
  readonly table: string | null;
  readonly tableColumnId: number | null;
  /** Header written (null in a version-1 record: any `Kontrol`/`Kontrol n`). */
  readonly header: string | null;
  readonly column: number;
  readonly headerRow: number;
}

export interface OwnedInfo {
  /** Names of the sheets Kontrakttjek wrote. */
  readonly sheets: readonly string[];
  readonly columns: readonly OwnedColumnInfo[];
}

const NONE: OwnedInfo = { sheets: [], columns: [] };

const num = (v: string | undefined): number => (v === undefined || v === "" ? NaN : Number(v));

export const readOwnedInfo = (parts: PartSource, workbookRels: readonly Relationship[]): OwnedInfo => {
  for (const rel of [...workbookRels, ...readRels(parts, "")]) {
    if (!relType(rel, "customXml") || rel.external) continue;
    const part = parts.resolve(rel.target);
    const text = part === undefined ? undefined : parts.text(part);
    if (text === undefined || !text.includes(MARKS_NS)) continue;
    const root = parseXml(text, rel.target);
    return {
      sheets: children(root, "sheet")
        .map((e) => attr(e, "name") ?? "")
        .filter((n) => n !== ""),
      columns: children(root, "column").flatMap((e) => {
        const column = num(attr(e, "column"));
        const headerRow = num(attr(e, "headerRow"));
        const id = num(attr(e, "tableColumnId"));
        if (!Number.isInteger(column) || !Number.isInteger(headerRow)) return [];
        return [
          {
            sheet: attr(e, "sheet") ?? "",
            table: attr(e, "table") ?? null,
            tableColumnId: Number.isInteger(id) ? id : null,
            header: attr(e, "header") ?? null,
            column,
            headerRow,
          },
        ];
      }),
    };
  }
  return NONE;
};
