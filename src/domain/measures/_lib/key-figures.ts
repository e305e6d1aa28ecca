/**
 * Key figures (`Noegletal`): a figure measured elsewhere, looked up by its id, Danish label or
 * synonyms (folded), the evaluated year's row where the list has several years'. Shared by the
 * key figure, ratio and control group kinds, and by their Excel formula.
 */
import type { EngineNote } from "../../engine/notes";
import { halfIn, keyName, keyRowsForYear, yearsIn } from "../../engine/fold";
import type { MeasureContext } from "./kind";

/**
 * A per-cent key figure written as a fraction: 0.57 for 57 % (Excel stores "57 %" that way).
 * Shares such as kendskabsgrad are never under 1 %, so |v| < 1 (but not 0) is read as a fraction.
 */
export const isPercentFraction = (unit: string | undefined, v: number): boolean =>
  unit === "procent" && v !== 0 && Math.abs(v) < 1;

/** Look a key figure up in `Noegletal` by its id, Danish label or synonyms (folded). */
export function keyFigure(
  key: string,
  ctx: MeasureContext,
): { value: number | null; notes: EngineNote[]; label: string } {
  const def = ctx.keyFigures.find((k) => k.id === key);
  const label = def?.label ?? key;
  const table = ctx.data.Noegletal;
  if (!table) return { value: null, notes: [{ code: "table-missing", params: { table: "Nøgletal" } }], label };
  const names = new Set([key, label, ...(def?.synonyms ?? [])].map(keyName));
  const frame = ctx.frameOf(table);
  const keys = frame.view("noegle");
  const matched: number[] = [];
  for (let i = 0; i < table.rowCount; i++) {
    const k = keys.at(i);
    if (typeof k === "string" && names.has(keyName(k))) matched.push(i);
  }
  // A list of several years' figures: the evaluated year's row (unless the figure's own name has a year).
  const named = [key, label, ...(def?.synonyms ?? [])].some((n) => yearsIn(n).length > 0);
  const nameOf = (i: number): string => String(keys.at(i) ?? "");
  const ofYear = named ? matched : keyRowsForYear(matched, nameOf, ctx.period.year);
  // A half-year status reads the half-year's row ("… 1. halvår 2025"); without one the year's,
  // said in a note. A year reads the rows not marked with a half-year.
  const half = ctx.period.kind === "H1" ? ofYear.filter((i) => halfIn(nameOf(i)) === 1) : [];
  const whole = ofYear.filter((i) => halfIn(nameOf(i)) === null);
  const rows = half.length > 0 ? half : whole;
  const atHalf: EngineNote[] =
    ctx.period.kind === "H1" && half.length === 0 && whole.length > 0
      ? [{ code: "key-year-at-half", params: { key: label, year: ctx.period.year ?? "" } }]
      : [];
  const first = rows[0];
  if (first === undefined) {
    const years = [...new Set(matched.flatMap((i) => yearsIn(nameOf(i))))].sort();
    return {
      value: null,
      notes: [
        matched.length > 0 && ctx.period.year !== null
          ? { code: "key-other-year", params: { key: label, years: years.join(", "), year: ctx.period.year } }
          : { code: "key-missing", params: { key: label } },
      ],
      label,
    };
  }
  const notes: EngineNote[] = [
    ...atHalf,
    ...(rows.length > 1
      ? [{ code: "key-duplicate" as const, params: { key: label, count: rows.length, row: table.firstRow + first } }]
      : []),
  ];
  const v = frame.view("vaerdi").at(first);
  if (typeof v !== "number")
    return { value: null, notes: [...notes, { code: "key-missing", params: { key: label } }], label };
  // "57 %" typed in Excel is the number 0.57 shown as a percentage; a share is never below 1 %.
  if (isPercentFraction(def?.unit, v)) {
    // toPrecision(12) drops the binary noise: 0.29 * 100 is 28.999999999999996.
    const value = Number((v * 100).toPrecision(12));
    return { value, notes: [...notes, { code: "key-fraction-percent", params: { key: label, raw: v, value } }], label };
  }
  return { value: v, notes, label };
}
