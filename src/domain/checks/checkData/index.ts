import { columnView, type CleanData, type CleanTable } from "../../clean";
import type { Finding } from "../../findings";
import type { BoundTable, Role, WorkbookData } from "../../model";
import { ROLES, fieldSpec } from "../../model";
import { FindingCollector, type TableLocation } from "../_lib/collector";
import { checkTable } from "../checkTable";
import { checkDuplicateRows, checkKeyDuplicates } from "../duplicates";
import { checkHoursOver20 } from "../hoursOver20";
import { checkMunicipalities } from "../municipality";
import { checkCourseRows } from "../rowRules";
import { trailingTotalsRows } from "../totalsRow";
import type { CheckOptions, Registration } from "../rules";
import { floor } from "../../parse/_lib/builtins";

export interface CheckDataResult {
  readonly findings: Finding[];
  readonly clean: CleanData;
}

const DEFAULT_MAX_PER_RULE = 1000;

/** Under 2024–27 say so when the hour rules cannot run for lack of a column. */
function reportUncheckedRules(
  clean: CleanTable,
  registration: Registration,
  loc: TableLocation,
  out: FindingCollector,
) {
  if (registration !== "2024-2027" || clean.role !== "Forloeb") return;
  const header = (f: string): string => fieldSpec("Forloeb", f)?.header ?? f;
  const missing = (fs: readonly string[]): string =>
    fs
      .filter((f) => !clean.fields.has(f))
      .map(header)
      .join(", ");
  const m3 = missing(["timer", "sendtTilEvaluering"]);
  if (m3)
    out.add(loc, "rule-not-checked", "info", null, null, null, { rule: "hours-over-3-not-evaluated", fields: m3 });
  const m20 = missing(["cvr", "startdato", "timer"]);
  if (m20)
    out.add(loc, "rule-not-checked", "info", null, null, null, { rule: "hours-over-20-no-decision", fields: m20 });
}

/** Answers read from the course rows themselves (one row per course, its answer beside it). */
const sharesCourseRows = (data: WorkbookData, table: BoundTable): boolean => {
  const f = data.Forloeb;
  return (
    table.role === "Evaluering" &&
    f !== undefined &&
    f.sheet === table.sheet &&
    f.table === table.table &&
    f.firstRow === table.firstRow
  );
};

function checkOne(
  table: BoundTable,
  registration: Registration,
  out: FindingCollector,
  reuseMemory: boolean,
  sharedRows = false,
): CleanTable {
  const loc: TableLocation = { sheet: String(table.sheet ?? ""), table: table.table ?? null };
  // A totals row under the data ("I alt") is no record: leave it out of the checks and the goals.
  const totals = trailingTotalsRows(table);
  const firstRow = typeof table.firstRow === "number" ? table.firstRow : 2;
  for (const t of [...totals].reverse()) {
    const header = String(table.columns[t.field]?.header ?? t.field);
    out.add(loc, "totals-row-skipped", "info", firstRow + t.index, header, t.label);
  }
  if (totals.length > 0) table = { ...table, rowCount: Math.min(...totals.map((t) => t.index)) };
  const clean = checkTable(table, registration, out, loc, reuseMemory);
  if (clean.role === "Forloeb") {
    checkCourseRows(table, clean, registration, loc, out);
    // The 20-hour rule is §5.1 of rammeaftale 2024–27; earlier agreements had none.
    if (registration === "2024-2027") checkHoursOver20(table, clean, loc, out);
  }
  checkKeyDuplicates(table, clean, loc, out);
  // Two courses of one company with the same answer are two courses, not a duplicate answer.
  if (!sharedRows) checkDuplicateRows(table, clean, loc, out);
  reportUncheckedRules(clean, registration, loc, out);
  return clean;
}

/**
 * @name checkData
 * @category Checks
 * @summary Check every entry of every bound table: parse each cell by its field's type, apply
 * the registration rules in force, and hand back the findings and the typed data.
 *
 * @description
 * A value that fails its check is `null` in `clean` — left out of every indicator — and
 * reported as a finding naming sheet, table, Excel row, the user's column header and the value.
 * Blank rows are skipped silently. At most `maxPerRule` findings (default 1000) are kept per table
 * and rule; the rest are counted in one `more-findings`. Findings are in table order, not
 * sorted (sort with `compareFindings`). Never throws: a bug in one table's checks becomes an
 * `internal-error` finding and that table is left out of `clean`. Never mutates `data`.
 *
 * @example
 * const { findings, clean } = checkData(data, { registration: "2024-2027" });
 * findings[0] //=> { rule: "cvr-check-digit", severity: "error", sheet: "Forløb", row: 7, column: "CVR", value: "12345675", … }
 * clean.Forloeb?.columns.cvr[5] //=> null
 */
export function checkData(data: WorkbookData, options: CheckOptions): CheckDataResult {
  const max = options?.maxPerRule;
  const out = new FindingCollector(typeof max === "number" && max >= 0 ? floor(max) : DEFAULT_MAX_PER_RULE);
  const registration: Registration = options?.registration ?? "none";
  const reuse = options?.reuseMemory === true;
  const clean: Partial<Record<Role, CleanTable>> = {};
  for (const role of ROLES) {
    const table = data?.[role];
    if (table === undefined || table === null) continue;
    try {
      const t = table.role === role ? table : { ...table, role };
      clean[role] = checkOne(t, registration, out, reuse, sharesCourseRows(data, t));
    } catch (e) {
      const loc = { sheet: String(table.sheet ?? ""), table: table.table ?? null };
      out.add(loc, "internal-error", "error", null, null, null, {
        role,
        reason: e instanceof Error ? e.message : String(e),
      });
    }
  }
  if (registration !== "none") checkAnswersRegistered(data, clean, out);
  const courses = data?.Forloeb;
  if (courses && clean.Forloeb)
    checkMunicipalities(courses, clean.Forloeb, clean.Kommuner, options?.municipalities ?? [], out);
  return { findings: out.findings(), clean };
}

/**
 * "registrerer og brugerevaluerer alle virksomheder" (2024–27 §9), "registrerer alle betjente
 * virksomheder (cvr)" (2019–20): a company that answered the user evaluation was guided, so its
 * CVR is in the course list. Each answer whose valid CVR is not is a finding naming both places.
 */
function checkAnswersRegistered(data: WorkbookData, clean: Partial<Record<Role, CleanTable>>, out: FindingCollector) {
  const courses = clean.Forloeb;
  const answers = clean.Evaluering;
  const answerTable = data.Evaluering;
  if (!courses || !answers || !answerTable || !courses.fields.has("cvr") || !answers.fields.has("cvr")) return;
  if (sharesCourseRows(data, answerTable)) return;
  const registered = new Set<string>();
  const cv = columnView(courses, "cvr");
  for (let i = 0; i < courses.rowCount; i++) {
    const v = cv.at(i);
    if (typeof v === "string") registered.add(v);
  }
  const av = columnView(answers, "cvr");
  const loc: TableLocation = { sheet: String(answerTable.sheet ?? ""), table: answerTable.table ?? null };
  const coursesSheet = String(data.Forloeb?.sheet ?? "");
  for (let i = 0; i < answers.rowCount; i++) {
    const v = av.at(i);
    if (typeof v !== "string" || registered.has(v)) continue;
    if (!out.accepts(loc, "answer-cvr-unregistered", "warning")) return;
    out.add(loc, "answer-cvr-unregistered", "warning", answers.firstRow + i, answers.headers.cvr ?? null, v, {
      cvr: v,
      coursesSheet,
    });
  }
}
