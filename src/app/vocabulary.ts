/**
 * The data dictionary and finding order as hosts show them: the roles and their fields (the
 * Tables panel), how sure a header match must be to count as certain, and which severity comes
 * first. Published here so hosts reach no deeper than `src/app`.
 */
export { CONFIDENCE } from "../domain/binding/match";
export { SEVERITY_ORDER } from "../domain/findings";
export { ROLE_SPECS, ROLES } from "../domain/model";
