import { columnView, type CleanTable } from "../../clean";
import type { BoundTable } from "../../model";
import { isBlankCell } from "../../parse/_lib/invalid";
import { cellText } from "../../parse/cellText";
import { addYearsToSerial } from "../../parse/serial";
import type { FindingCollector, TableLocation } from "../_lib/collector";
import { cvrKeysOf, numbersOf } from "../_lib/columnViews";
import { isoFromSerial } from "../_lib/iso";
import { rawValues } from "../checkTable";
import { imul, minOf, round } from "../../parse/_lib/builtins";
import { scratchFloat64, scratchInt32 } from "../../_lib/scratch";

/** Hours per company within 12 months above which management must decide (rammeaftale 2024–27 §5.1). */
export const DECISION_HOURS = 20;
/** Hours are summed as whole micro-hours so 0,1 + 0,2 + … never drifts over the limit. */
const SCALE = 1e6;
const MAX_OTHER_ROWS = 10;

interface Window {
  readonly from: number;
  readonly to: number;
  readonly startSerial: number;
  readonly endSerial: number;
  readonly total: number;
}

/** Stable LSD radix sort of row indices by a non-negative integer key of at most `bits` bits. */
function radixSort(order: Int32Array, key: Int32Array, bits: number, purpose: string): Int32Array {
  const RADIX_BITS = 11;
  const size = 1 << RADIX_BITS;
  let src = order;
  let dst: Int32Array = scratchInt32(purpose, order.length);
  const count = new Int32Array(size + 1);
  for (let shift = 0; shift < bits; shift += RADIX_BITS) {
    count.fill(0);
    for (let k = 0; k < src.length; k++) count[((key[src[k]!]! >>> shift) & (size - 1)) + 1]!++;
    for (let b = 0; b < size; b++) count[b + 1]! += count[b]!;
    for (let k = 0; k < src.length; k++) dst[count[(key[src[k]!]! >>> shift) & (size - 1)]!++] = src[k]!;
    [src, dst] = [dst, src];
  }
  return src;
}

/**
 * Keep (in place, in order) the first `m` rows of `rows` whose company has more than 20 hours
 * in all: no 12-month window of a company can hold more than all its hours, and most
 * companies have a course or two, so the sort and the sliding window see only the few that
 * could break the rule. Totals per CVR in an open-addressing table of integers: key and total
 * side by side (one cache line per probe), totals in micro-hours held at the limit + 1 so they
 * fit 32 bits.
 */
function keepHeavyCompanies(rows: Int32Array, m: number, companies: Int32Array, hours: Float64Array): number {
  let size = 1;
  while (size < 2 * m) size <<= 1;
  const mask = size - 1;
  const table = scratchInt32("hours20.totals", 2 * size);
  const slotOfRow = scratchInt32("hours20.slotOfRow", m);
  const limit = DECISION_HOURS * SCALE;
  // Multiplicative hashing: the top bits of c × golden ratio spread neighbouring CVRs apart.
  const shift = 32 - Math.round(Math.log2(size));
  for (let p = 0; p < m; p++) {
    const i = rows[p]!;
    const c = companies[i]!;
    let s = (imul(c, 0x9e3779b1) >>> shift) & mask;
    while (table[2 * s] !== 0 && table[2 * s] !== c) s = (s + 1) & mask;
    table[2 * s] = c;
    table[2 * s + 1] = minOf(limit + 1, table[2 * s + 1]! + round(hours[i]! * SCALE));
    slotOfRow[p] = s;
  }
  let kept = 0;
  for (let p = 0; p < m; p++) if (table[2 * slotOfRow[p]! + 1]! > limit) rows[kept++] = rows[p]!;
  return kept;
}

/**
 * @name checkHoursOver20
 * @category Checks
 * @summary The 20-hour rule (rammeaftale 2024–27 §5.1): when the guidance of one company (CVR)
 * exceeds 20 hours over a period of 12 months, management must have decided explicitly. Every
 * window is one case, and "i det konkrete tilfælde" asks one decision of it: the case is decided
 * when Ledelsesvurdering is "ja" on the course where the hours pass 20 or on a later course of
 * the window; an undecided case is reported once, as `hours-over-20-no-decision`, at that course.
 *
 * @description
 * A course belongs to the period in which it starts (Startdato). The 12 months are calendar
 * months: a window from day d runs up to, not including, the same calendar day a year later
 * (29 February → 1 March), i.e. 365 or 366 days. Only windows starting on a course's start date
 * need looking at (any other window can slide forward to its first course and lose nothing), so
 * per company the courses are sorted by start date and a sliding window sums the hours:
 * O(n) with a radix sort on (CVR, start date). An undecided case is reported with its window
 * (total, window start and last day, up to 10 other rows — the earliest — in row order);
 * overlapping undecided windows of a company are one case. Rows whose CVR, Startdato or Timer is
 * blank or invalid cannot be placed and are left out (they are reported by their own checks).
 * Runs only when CVR-nummer, Startdato and Timer are bound; without a Ledelsesvurdering column
 * no course has a decision.
 *
 * @example
 * // CVR 12345674: 12 h on 2025-01-10 and 10 h on 2025-11-01 → the second row reported (22 h)
 * // the same with 10 h on 2026-02-01 instead → nothing (not within 12 months)
 */
export function checkHoursOver20(
  table: BoundTable,
  clean: CleanTable,
  loc: TableLocation,
  out: FindingCollector,
): void {
  if (!clean.fields.has("cvr") || !clean.fields.has("startdato") || !clean.fields.has("timer")) return;
  const cvr = columnView(clean, "cvr");
  const decision = clean.fields.has("ledelsesvurdering") ? columnView(clean, "ledelsesvurdering") : undefined;
  const rawDecision = rawValues(table, "ledelsesvurdering");

  // Sort the placeable rows by (company, start date, row) with an LSD radix sort on integer
  // keys: no comparator calls, no map of a million CVR strings.
  const n = clean.rowCount;
  const companies = cvrKeysOf(cvr);
  const starts = numbersOf(columnView(clean, "startdato"));
  const hourValues = numbersOf(columnView(clean, "timer"));
  // Work arrays from the scratch pool: a million-row table allocates none of them anew.
  const startKey = scratchInt32("hours20.startKey", n);
  const placed = scratchInt32("hours20.placed", n);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const c = companies[i]!;
    const s = starts[i]!;
    const h = hourValues[i]!;
    // No CVR (0), no start date (NaN), no positive hours: the row cannot be placed.
    if (clean.blank[i] || c <= 0 || s !== s || !(h > 0)) continue;
    startKey[i] = s;
    placed[m++] = i;
  }
  if (m === 0) return;
  m = keepHeavyCompanies(placed, m, companies, hourValues);
  if (m === 0) return;
  // Courses of one day have no order of their own, so the row order must not decide which of
  // them passes 20 hours: within a day, undecided before decided (a "ja" that day counts for the
  // case), then by hours, then blank before filled — the same finding whatever the row order.
  const decidedAt = (i: number): boolean => {
    const d = decision?.at(i);
    return d === true || (d !== false && !isBlankCell(rawDecision[i] ?? null));
  };
  const tieKey = scratchInt32("hours20.tieKey", n);
  for (let p = 0; p < m; p++) {
    const i = placed[p]!;
    const centi = minOf((1 << 20) - 1, round(hourValues[i]! * 100));
    tieKey[i] = ((decidedAt(i) ? 1 : 0) << 22) | (centi << 2) | (isBlankCell(rawDecision[i] ?? null) ? 0 : 1);
  }
  let order: Int32Array = placed.subarray(0, m);
  order = radixSort(order, tieKey, 23, "hours20.sortByTie");
  order = radixSort(order, startKey, 22, "hours20.sortByStart");
  order = radixSort(order, companies, 27, "hours20.sortByCompany");
  // Company, start date and whole micro-hours in sorted order: the sliding window below then
  // reads three compact arrays front to back instead of boxed numbers all over the heap.
  const sCompany = scratchInt32("hours20.company", m);
  const sStart = scratchInt32("hours20.start", m);
  const sMicro = scratchFloat64("hours20.microHours", m);
  for (let p = 0; p < m; p++) {
    const i = order[p]!;
    sCompany[p] = companies[i]!;
    sStart[p] = startKey[i]!;
    sMicro[p] = round(hourValues[i]! * SCALE);
  }

  const endCache = new Map<number, number>();
  const endOf = (d: number): number => {
    let e = endCache.get(d);
    if (e === undefined) endCache.set(d, (e = addYearsToSerial(d, 1)));
    return e;
  };
  const startOf = (p: number): number => sStart[p]!;
  const microHours = (p: number): number => sMicro[p]!;
  const limit = DECISION_HOURS * SCALE;

  // A decision cell that failed its yes/no check is reported as yesno-invalid already.
  const decided = decidedAt;
  for (let lo = 0, hi = 0; lo < m; lo = hi) {
    const company = sCompany[lo];
    for (hi = lo + 1; hi < m && sCompany[hi] === company; hi++);
    const windows: Window[] = [];
    let j = lo;
    let sum = 0;
    for (let i = lo; i < hi;) {
      const d = startOf(i);
      const e = endOf(d);
      while (j < hi && startOf(j) < e) sum += microHours(j++);
      if (sum > limit) windows.push({ from: i, to: j, startSerial: d, endSerial: e - 1, total: sum / SCALE });
      for (; i < hi && startOf(i) === d; i++) sum -= microHours(i);
    }
    // "i det konkrete tilfælde" (§5.1): one decision per case. A window is decided when
    // management said ja on the course where its hours pass 20, or on a later one in it; an
    // undecided case is one finding, at that course, naming the window's other courses.
    let reportedTo = -1;
    for (const w of windows) {
      let c = w.from;
      for (let acc = 0; c < w.to; c++) if ((acc += microHours(c)) > limit) break;
      let ok = false;
      for (let q = c; q < w.to && !ok; q++) ok = decided(order[q]!);
      if (ok || c < reportedTo) continue;
      reportedTo = w.to;
      const i = order[c] as number;
      const raw = rawDecision[i] ?? null;
      const row = clean.firstRow + i;
      const column = clean.headers.ledelsesvurdering ?? clean.headers.timer ?? null;
      if (!out.accepts(loc, "hours-over-20-no-decision", "error")) continue;
      const others: number[] = [];
      for (let q = w.from; q < w.to && others.length <= MAX_OTHER_ROWS; q++) {
        if (q !== c) others.push(clean.firstRow + order[q]!);
      }
      const more = others.length > MAX_OTHER_ROWS;
      out.add(loc, "hours-over-20-no-decision", "error", row, column, cellText(raw), {
        cvr: cvr.at(i) as string,
        hours: hourValues[i]!,
        total: round(w.total * 100) / 100,
        limit: DECISION_HOURS,
        windowStart: isoFromSerial(w.startSerial),
        windowEnd: isoFromSerial(w.endSerial),
        otherRows:
          others
            .slice(0, MAX_OTHER_ROWS)
            .sort((x, y) => x - y)
            .join(", ") + (more ? ", …" : ""),
        courses: w.to - w.from,
      });
    }
  }
}
