/**
 * The data dictionary and finding order as hosts show them: the roles and their fields (the
 * Tables panel), how sure a header match must be to count as certain, which severity comes
 * first, how a fulfilment is shown (rounded down), and how a cell's place is written (A1: Excel
 * row number, zero-based column). Published here so hosts reach no deeper than `src/app`.
 */
export { CONFIDENCE } from "../domain/binding/match";
export { SEVERITY_ORDER } from "../domain/findings";
export { shownPct } from "../domain/engine/rules";
export { ROLE_SPECS, ROLES } from "../domain/model";
export { cellRef, columnLetters } from "../workbook/sheet/a1";
