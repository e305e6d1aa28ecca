import { columnView, type CleanTable } from "../../clean";
import type { BoundTable } from "../../model";
import { isBlankCell } from "../../parse/_lib/invalid";
import { cellText } from "../../parse/cellText";
import { numbersOf } from "../_lib/columnViews";
import type { FindingCollector, TableLocation } from "../_lib/collector";
import { isoFromSerial } from "../_lib/iso";
import { rawValues } from "../checkTable";
import type { Registration } from "../rules";

/** Guidance above this many hours must go to user evaluation (rammeaftale 2024–27 §9). */
export const EVALUATION_HOURS = 3;

/**
 * @name checkCourseRows
 * @category Checks
 * @summary Rules across the fields of one course row (Forløb): `start-after-end`,
 * `founded-after-start`, and `hours-over-3-not-evaluated` (rammeaftale 2024–27 §9: "Hvis
 * vejledningen har en varighed af mere end 3 timer, udtages virksomheden altid til
 * brugerevaluering" — so Timer > 3 needs Sendt til brugerevaluering = ja).
 *
 * @description Works on the typed values; a cell that already failed its own check is not
 * reported again here. The 3-hour rule applies under 2024–27 only (an error there), and
 * runs only when both Timer and Sendt til brugerevaluering are bound.
 *
 * @example
 * // Timer 4, Sendt til brugerevaluering "nej" → hours-over-3-not-evaluated on that row
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
  const hours = col("timer");
  const sent = clean.fields.has("sendtTilEvaluering") ? columnView(clean, "sendtTilEvaluering") : undefined;
  // The rule is §9 of rammeaftale 2024–27; earlier agreements and contracts have none (as the 20-hour rule).
  if (hours && sent && registration === "2024-2027") {
    const raw = rawValues(table, "sendtTilEvaluering");
    const severity = "error";
    // The compact number view: no visit to a million boxed hours (NaN where Timer is no number).
    const hourValues = hours;
    for (let i = 0; i < n; i++) {
      const h = hourValues[i]!;
      // A non-blank cell that failed its yes/no check was reported as yesno-invalid already.
      if (!(h > EVALUATION_HOURS)) continue;
      const s = sent.at(i);
      if (s === true) continue;
      if ((s === false || isBlankCell(raw[i] ?? null)) && out.accepts(loc, "hours-over-3-not-evaluated", severity)) {
        out.add(
          loc,
          "hours-over-3-not-evaluated",
          severity,
          row(i),
          clean.headers.sendtTilEvaluering ?? null,
          cellText(raw[i]),
          {
            hours: h,
            limit: EVALUATION_HOURS,
            hoursColumn: clean.headers.timer ?? "",
          },
        );
      }
    }
  }
}
