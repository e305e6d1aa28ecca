/**
 * A course's Kommune the workbook's Kommuner table and the contract's municipalities do not know
 * ("Næsved" for Næstved): the course would be left out wherever the municipality counts (goal 8's
 * by/land split, a filter on the region's municipalities), so each such cell is a finding with
 * the closest known names — never only a note on a goal.
 */
import { cellText } from "../../parse/cellText";
import { columnView, type CleanTable } from "../../clean";
import { isBlankValue } from "../../engine/filter";
import { fold, municipalityKeys } from "../../engine/fold";
import type { BoundTable } from "../../model";
import type { FindingCollector, TableLocation } from "../_lib/collector";

/** Edits (insert, delete, substitute, swap two neighbours) from `a` to `b`, or `max + 1` once past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** The known name closest to `name` (2 edits, or a third of a longer name's length, at most 3), or null. */
export function closestName(name: string, known: readonly string[]): string | null {
  const f = fold(name);
  const max = Math.min(3, Math.max(2, Math.floor(f.length / 3)));
  let best: string | null = null;
  let bestD = max + 1;
  for (const k of known) {
    const d = editDistance(f, fold(k), max);
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  return best;
}

/**
 * Each course whose Kommune is in neither the Kommuner table nor `listed` (the contract's
 * municipalities). Skipped when neither names any municipality.
 */
export function checkMunicipalities(
  table: BoundTable,
  courses: CleanTable,
  kommuner: CleanTable | undefined,
  listed: readonly string[],
  out: FindingCollector,
): void {
  if (!courses.fields.has("kommune")) return;
  const names: string[] = [...listed];
  if (kommuner?.fields.has("kommune")) {
    const v = columnView(kommuner, "kommune");
    for (let i = 0; i < kommuner.rowCount; i++) {
      const name = v.at(i);
      if (typeof name === "string" && name.trim() !== "") names.push(name.trim());
    }
  }
  if (names.length === 0) return;
  const keys = new Set(names.flatMap((n) => municipalityKeys(fold(n))));
  const known = [...new Set(names)];
  const loc: TableLocation = { sheet: String(table.sheet ?? ""), table: table.table ?? null };
  const header = courses.headers.kommune ?? "Kommune";
  const kommunerSheet = kommuner?.sheet ?? "";
  // A column holds few distinct names: each is looked up once.
  const verdict = new Map<string, string | null | false>();
  const view = columnView(courses, "kommune");
  for (let i = 0; i < courses.rowCount; i++) {
    const v = view.at(i);
    if (isBlankValue(v) || typeof v !== "string") continue;
    let hit = verdict.get(v);
    if (hit === undefined) {
      const isKnown = municipalityKeys(fold(v)).some((k) => keys.has(k));
      verdict.set(v, (hit = isKnown ? false : closestName(v, known)));
    }
    if (hit === false) continue;
    if (!out.accepts(loc, "municipality-unknown", "warning")) return;
    // The cell's text as every finding quotes it: a long text clipped, never pasted whole.
    out.add(loc, "municipality-unknown", "warning", courses.firstRow + i, header, cellText(v), {
      candidate: hit ?? "",
      kommunerSheet,
    });
  }
}
