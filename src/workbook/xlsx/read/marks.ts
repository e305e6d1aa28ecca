/**
 * What Kontrakttjek wrote, as the reader needs it: its sheets by name, and its `Kontrol` columns,
 * read from the writer's ownership record (a custom XML part in `MARKS_NS`, found through the
 * workbook's relationships or, after a LibreOffice save, the package's) without inflating the
 * whole package. `listSources` flags those sheets and columns, so binding never mistakes
 * Kontrakttjek's output for input and a user's own `Kontrol` column is never taken for ours.
 */
import { MARKS_NS, parseRecord } from "../../ownership/record";
import type { PartSource } from "./parts";
import { readRels, relType, type Relationship } from "./rels";

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

export const readOwnedInfo = (parts: PartSource, workbookRels: readonly Relationship[]): OwnedInfo => {
  for (const rel of [...workbookRels, ...readRels(parts, "")]) {
    if (!relType(rel, "customXml") || rel.external) continue;
    const part = parts.resolve(rel.target);
    const text = part === undefined ? undefined : parts.text(part);
    if (text === undefined || !text.includes(MARKS_NS)) continue;
    const record = parseRecord(text);
    if (!record) continue;
    return {
      sheets: record.sheets.map((s) => s.name),
      columns: record.columns.flatMap((c) =>
        Number.isInteger(c.column) && Number.isInteger(c.headerRow)
          ? [
              {
                sheet: c.sheet,
                table: c.table,
                tableColumnId: c.tableColumnId !== null && Number.isInteger(c.tableColumnId) ? c.tableColumnId : null,
                header: c.header,
                column: c.column,
                headerRow: c.headerRow,
              },
            ]
          : [],
      ),
    };
  }
  return NONE;
};
