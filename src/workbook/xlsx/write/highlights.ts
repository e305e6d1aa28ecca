/**
 * Highlighted cells: the plan's, each with its fill over the cell's own style, and an earlier
 * write's that are no longer wanted given back their own fill. Each is recorded with what it
 * replaced, so clean can restore it.
 */
import type { WritePlan } from "../../port";
import { cellRef, parseRange } from "../../sheet/a1";
import { nameKey } from "../../sheet/names";
import { cellXml, INLINE_STRINGS } from "../ooxml/cells";
import { WriteTargetError } from "./errors";
import type { OwnedHighlight } from "./marks";
import { inSheet } from "./plan-cells";
import type { Session } from "./session";
import { withStyle } from "./sheet-xml";
import type { SheetRef } from "./workbook";

/** Writes the plan's highlights into the session's sheets; returns how many cells were highlighted. */
export function writeHighlights(s: Session, plan: WritePlan, record: OwnedHighlight[], written: Set<string>): number {
  let count = 0;
  const wanted = new Map<string, { sheet: SheetRef; row: number; column: number; kind: "error" | "warning" }>();
  for (const h of plan.highlights) {
    const sheet = s.wb.sheetByName(h.sheet);
    if (!sheet) throw new WriteTargetError(h.sheet, "sheet");
    if (!inSheet(h.row, h.column)) throw new WriteTargetError(h.sheet, `cell at row ${h.row}, column ${h.column + 1}`);
    const key = `${nameKey(sheet.name)}|${cellRef(h.row, h.column)}`;
    const prev = wanted.get(key);
    if (!prev || (prev.kind === "warning" && h.kind === "error"))
      wanted.set(key, { sheet, row: h.row, column: h.column, kind: h.kind });
  }
  // Old highlights where they stand now (rows inserted above moved them with the table).
  const oldByKey = new Map<string, OwnedHighlight>();
  for (const h of s.old.highlights) {
    const sheet = s.owned.sheetNamed(h.sheet);
    const pos = parseRange(h.ref);
    if (!sheet || !pos) continue;
    const row = pos.top + (s.shifts.get(sheet.path) ?? 0);
    oldByKey.set(`${nameKey(sheet.name)}|${cellRef(row, pos.left)}`, h);
  }
  for (const [key, w] of wanted) {
    const prior = oldByKey.get(key);
    oldByKey.delete(key);
    const ref = cellRef(w.row, w.column);
    const added = s.addCell(w.sheet, w.row, w.column, (existing, ctx) => {
      const again = !!prior && !!existing && s.styles.isHighlight(existing.style);
      const original = again ? prior.original : existing?.hasStyleAttr ? existing.style : null;
      const originalFill = again ? prior.originalFill : s.styles.fillOf(original);
      const created = again ? prior.created : !existing;
      // after a re-save renumbered the styles, the cell's own style with its old fill is the base
      const resaved = again && existing.style !== prior.applied && prior.originalFill !== null;
      const base = resaved
        ? s.styles.withFill(existing.style, prior.originalFill as string)
        : (original ?? (created ? s.newCellStyle(w.sheet, w.column, ctx) : 0));
      const cur = existing?.style ?? 0;
      const applied = s.styles.derive(base, { fill: w.kind });
      record.push({
        sheetId: w.sheet.sheetId,
        sheet: w.sheet.name,
        ref,
        kind: w.kind,
        original: resaved ? base : original,
        originalFill,
        applied,
        created,
      });
      if (existing) return applied === cur ? "keep" : { xml: withStyle(existing.xml, applied) };
      return { xml: cellXml(ref, { t: "empty" }, applied, INLINE_STRINGS, s.sheetWork(w.sheet).prefix) };
    });
    if (added) {
      count++;
      written.add(w.sheet.name);
    }
  }
  // highlights of an earlier write that are no longer wanted
  const restored = { n: 0 };
  for (const h of oldByKey.values()) s.restoreHighlight(h, restored);
  return count;
}
