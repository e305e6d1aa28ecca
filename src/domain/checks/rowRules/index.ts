import { columnView, type CleanTable } from "../../clean";
import { fieldSpec, type BoundTable, type CellValue } from "../../model";
import { isBlankValue } from "../../engine/filter";
import { isBlankCell } from "../../parse/_lib/invalid";
import { cellText } from "../../parse/cellText";
import { cvrKeysOf, numbersOf } from "../_lib/columnViews";
import { ymdFromSerial } from "../../parse/serial";
import type { FindingCollector, TableLocation } from "../_lib/collector";
import { isoFromSerial } from "../_lib/iso";
import { rawValues } from "../checkTable";
import type { Registration } from "../rules";

/** Guidance above this many hours must go to user evaluation (rammeaftale 2024–27 §9). */
export const EVALUATION_HOURS = 3;
/** Hours are summed as whole micro-hours so 0,1 + 0,2 + … never drifts over the limit. */
const SCALE = 1e6;

/**
 * @name checkCourseRows
 * @category Checks
 * @summary Rules across the fields of one course row (Forløb): `start-after-end`,
 * `founded-after-start`, and `hours-over-3-not-evaluated` (rammeaftale 2024–27 §9: "Hvis
 * vejledningen har en varighed af mere end 3 timer, udtages virksomheden altid til
 * brugerevaluering" — so a company with more than 3 hours in a year needs Sendt til
 * brugerevaluering = ja on one of its courses that year).
 *
 * @description Works on the typed values; a cell that already failed its own check is not
 * reported again here. The 3-hour rule applies under 2024–27 only (an error there), and
 * runs only when both Timer and Sendt til brugerevaluering are bound.
 *
 * @example
 * // Two 2-hour courses of one company in 2025, both "nej" → hours-over-3-not-evaluated once
 */
export function checkCourseRows(
  table: BoundTable,
  clean: CleanTable,
  registration: Registration,
  loc: TableLocation,
  out: FindingCollector,
): void {
  const n = clean.rowCount;
  const row = (i: number): number => clean.firstRow + i;
  const col = (f: string) => (clean.fields.has(f) ? numbersOf(columnView(clean, f)) : undefined);
  const start = col("startdato");
  const end = col("slutdato");
  const founded = col("stiftelsesdato");
  if (start && end) {
    const raw = rawValues(table, "slutdato");
    for (let i = 0; i < n; i++) {
      const s = start[i]!;
      const e = end[i]!;
      // NaN (no date) compares false.
      if (s > e && out.accepts(loc, "start-after-end", "error")) {
        out.add(loc, "start-after-end", "error", row(i), clean.headers.slutdato ?? null, cellText(raw[i]), {
          start: isoFromSerial(s),
          end: isoFromSerial(e),
          startColumn: clean.headers.startdato ?? "",
        });
      }
    }
  }
  if (start && founded) {
    const raw = rawValues(table, "stiftelsesdato");
    for (let i = 0; i < n; i++) {
      const s = start[i]!;
      const b = founded[i]!;
      if (b > s && out.accepts(loc, "founded-after-start", "warning")) {
        out.add(loc, "founded-after-start", "warning", row(i), clean.headers.stiftelsesdato ?? null, cellText(raw[i]), {
          founded: isoFromSerial(b),
          start: isoFromSerial(s),
          startColumn: clean.headers.startdato ?? "",
        });
      }
    }
  }
  if (registration === "2019-2020") checkService(clean, loc, out);
  const hours = col("timer");
  const sent = clean.fields.has("sendtTilEvaluering") ? columnView(clean, "sendtTilEvaluering") : undefined;
  // The rule is §9 of rammeaftale 2024–27; earlier agreements and contracts have none (as the 20-hour rule).
  if (hours && sent && registration === "2024-2027") checkThreeHours(table, clean, hours, sent, start, loc, out);
}

/**
 * "Hvis vejledningen har en varighed af mere end 3 timer, udtages virksomheden altid til
 * brugerevaluering" (§9): the guidance is the company's in a calendar year, over one or more
 * courses, and the company is sent when any of its courses that year says ja. One finding per
 * company, on its longest course, naming the others. A row without a CVR is its own company.
 */
function checkThreeHours(
  table: BoundTable,
  clean: CleanTable,
  hours: Float64Array,
  sent: ReturnType<typeof columnView>,
  start: Float64Array | undefined,
  loc: TableLocation,
  out: FindingCollector,
): void {
  const raw = rawValues(table, "sendtTilEvaluering");
  const keys = clean.fields.has("cvr") ? cvrKeysOf(columnView(clean, "cvr")) : undefined;
  const yearCache = new Map<number, number>();
  const yearOf = (d: number): number => {
    if (d !== d) return 0;
    let y = yearCache.get(d);
    if (y === undefined) yearCache.set(d, (y = ymdFromSerial(d)?.year ?? 0));
    return y;
  };
  // Per company and year (a row without a CVR is its own): total micro-hours, sent, longest row.
  const groupOf = new Map<number, number>();
  const micro: number[] = [];
  const sentAny: boolean[] = [];
  const top: number[] = [];
  const gid = new Int32Array(clean.rowCount).fill(-1);
  for (let i = 0; i < clean.rowCount; i++) {
    const h = hours[i]!;
    const s = sent.at(i);
    // A non-blank cell that failed its yes/no check was reported as yesno-invalid already.
    const yes = s === true || (s !== false && !isBlankCell(raw[i] ?? null));
    if (clean.blank[i] || (!(h > 0) && !yes)) continue;
    const k = keys?.[i] ?? 0;
    const id = k > 0 ? k * 10_000 + yearOf(start?.[i] ?? NaN) : -(i + 1);
    let g = groupOf.get(id);
    if (g === undefined) {
      groupOf.set(id, (g = micro.length));
      micro.push(0);
      sentAny.push(false);
      top.push(i);
    }
    gid[i] = g;
    if (h > 0) {
      micro[g]! += Math.round(h * SCALE);
      const best = hours[top[g]!]! || 0;
      // Ties go to the same row whatever the row order: a filled Sendt cell, then the first text.
      if (h > best || (h === best && i !== top[g] && tieBefore(raw[i] ?? null, raw[top[g]!] ?? null))) top[g] = i;
    }
    if (yes) sentAny[g] = true;
  }
  const limit = EVALUATION_HOURS * SCALE;
  const flagged = new Map<number, number[]>();
  for (let g = 0; g < micro.length; g++) if (!sentAny[g] && micro[g]! > limit) flagged.set(g, []);
  if (flagged.size === 0) return;
  for (let i = 0; i < clean.rowCount; i++) {
    const list = gid[i]! >= 0 ? flagged.get(gid[i]!) : undefined;
    if (list && list.length <= 10 && i !== top[gid[i]!]) list.push(clean.firstRow + i);
  }
  for (const [g, others] of flagged) {
    if (!out.accepts(loc, "hours-over-3-not-evaluated", "error")) return;
    const i = top[g]!;
    out.add(
      loc,
      "hours-over-3-not-evaluated",
      "error",
      clean.firstRow + i,
      clean.headers.sendtTilEvaluering ?? null,
      cellText(raw[i]),
      {
        hours: micro[g]! / SCALE,
        limit: EVALUATION_HOURS,
        hoursColumn: clean.headers.timer ?? "",
        otherRows: others.length === 0 ? "–" : others.slice(0, 10).join(", ") + (others.length > 10 ? ", …" : ""),
      },
    );
  }
}

/** Of two longest rows, the one a 3-hour finding names: a filled Sendt cell, then the first text. */
function tieBefore(a: CellValue, b: CellValue): boolean {
  const ta = isBlankCell(a) ? null : cellText(a);
  const tb = isBlankCell(b) ? null : cellText(b);
  if (ta === null || tb === null) return ta !== null;
  return ta < tb;
}

/**
 * Rammeaftale 2019–20: "Det er et krav, at erhvervshusene registrerer alle betjente
 * virksomheder (cvr) og den service, som er ydet" — a course row names its service by its
 * Forløbstype or its Tema; one of them must be filled in (and one of the columns be there).
 */
function checkService(clean: CleanTable, loc: TableLocation, out: FindingCollector): void {
  const typeColumn = clean.headers.forloebstype ?? fieldSpec("Forloeb", "forloebstype")?.header ?? "Forløbstype";
  const temaColumn = clean.headers.tema ?? fieldSpec("Forloeb", "tema")?.header ?? "Tema";
  const views = ["forloebstype", "tema"].filter((f) => clean.fields.has(f)).map((f) => columnView(clean, f));
  if (views.length === 0) {
    out.add(loc, "service-missing", "warning", null, null, null, { typeColumn, temaColumn });
    return;
  }
  for (let i = 0; i < clean.rowCount; i++) {
    if (clean.blank[i] || views.some((v) => !isBlankValue(v.at(i)))) continue;
    if (!out.accepts(loc, "service-missing", "warning")) return;
    out.add(loc, "service-missing", "warning", clean.firstRow + i, typeColumn, "", { typeColumn, temaColumn });
  }
}
