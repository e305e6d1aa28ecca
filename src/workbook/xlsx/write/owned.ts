/**
 * The ownership record held against the workbook as it is now. A record entry names a sheet; the
 * sheet is found by that name (never by `sheetId`, which LibreOffice renumbers on save), or — for
 * a sheet Kontrakttjek created and the user renamed — by its cells all matching the fingerprints.
 * A cell counts as Kontrakttjek's only while it still holds what was written.
 */
import type { KeptOwned } from "../../port";
import { matchesFingerprint } from "../../ownership/fingerprint";
import { sameName } from "../../sheet/names";
import { presentKey, SharedStrings } from "./cell-key";
import { ownedCellMap, posKey, type OwnedCells, type OwnedSheet, type Ownership } from "./marks";
import type { PartStore } from "./package";
import { cellRef } from "../../sheet/a1";
import { forEachCell, type ExistingCell } from "./sheet-xml";
import type { SheetRef, WorkbookEditor } from "./workbook";

/** What a sheet holds, measured against cells of a record entry. */
export interface Survey {
  /** Position keys of recorded cells that still hold what was written. */
  readonly ours: Set<number>;
  /** Recorded cells that hold something else now (the user's, from now on). */
  readonly changed: { row: number; column: number }[];
  /** Cells with content that the entry does not list (first in sheet order). */
  readonly foreign: { row: number; column: number }[];
}

/** Verdict on one cell: ours (remove/overwrite it), the user's, or empty. */
export type CellVerdict = "ours" | "user" | "empty";

export class OwnedView {
  readonly strings: SharedStrings;

  constructor(
    private readonly store: PartStore,
    private readonly wb: WorkbookEditor,
    readonly record: Ownership,
  ) {
    this.strings = new SharedStrings(store, wb.path);
  }

  /** Verdict on an existing cell at a recorded position (`recorded` undefined: not recorded). */
  verdict(existing: ExistingCell | null, recorded: number | null | undefined): CellVerdict {
    if (!existing?.hasContent) return "empty";
    if (recorded === undefined) return "user";
    // A version-1 record has no fingerprint: its cells count as ours where it names them.
    if (recorded === null) return "ours";
    return matchesFingerprint(presentKey(existing, this.strings), recorded) ? "ours" : "user";
  }

  /** Every cell of `sheet` with content, classified against `entry`'s cells (rows moved by `shift`). */
  survey(sheet: SheetRef, entry: OwnedCells, shift = 0): Survey {
    const recorded = ownedCellMap(entry);
    const out: Survey = { ours: new Set(), changed: [], foreign: [] };
    forEachCell(this.store.text(sheet.path) ?? "", (c) => {
      if (!c.hasContent) return;
      const key = posKey(c.row - shift, c.column);
      const hash = recorded.get(key);
      if (hash === undefined) out.foreign.push({ row: c.row, column: c.column });
      else if (this.verdict(c, hash) === "ours") out.ours.add(posKey(c.row, c.column));
      else out.changed.push({ row: c.row, column: c.column });
    });
    return out;
  }

  /** The sheet a status-sheet entry names, or the user's renamed copy of it (all cells match). */
  ownedSheet(entry: OwnedSheet, claimed: ReadonlySet<string>): SheetRef | undefined {
    const named = this.wb.sheets().find((s) => sameName(s.name, entry.name));
    // (a sheet written under that name by this write is not the one the entry means)
    if (named && !claimed.has(named.path)) return named;
    if (!entry.created || !entry.fp || entry.fp.length === 0) return undefined;
    const recordNames = this.record.sheets.map((s) => s.name);
    return this.wb
      .sheets()
      .filter((s) => !claimed.has(s.path) && !recordNames.some((n) => sameName(n, s.name)))
      .find((s) => {
        const v = this.survey(s, entry);
        return v.changed.length === 0 && v.foreign.length === 0 && v.ours.size === entry.fp?.length;
      });
  }

  sheetNamed(name: string): SheetRef | undefined {
    return name === "" ? undefined : this.wb.sheets().find((s) => sameName(s.name, name));
  }
}

/** A `kept` line of the clean report for cells that are the user's now. */
export const keptCells = (
  sheet: string,
  reason: KeptOwned["reason"],
  cells: readonly { row: number; column: number }[],
): KeptOwned => ({
  reason,
  sheet,
  cells: [...cells]
    .sort((a, b) => a.row - b.row || a.column - b.column)
    .slice(0, 10)
    .map((c) => cellRef(c.row, c.column)),
  count: cells.length,
});
