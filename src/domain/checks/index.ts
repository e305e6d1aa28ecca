/** Entry checks: every cell, every registration rule, findings plus typed data for the indicators. */
export { checkData, type CheckDataResult } from "./checkData";
export { checkTable } from "./checkTable";
export { checkCourseRows, EVALUATION_HOURS } from "./rowRules";
export { checkHoursOver20, DECISION_HOURS } from "./hoursOver20";
export { checkDuplicateRows, checkKeyDuplicates } from "./duplicates";
export { checkMunicipalities } from "./municipality";
export { RULES, RULE_IDS, type RuleId, type CheckOptions, type Registration } from "./rules";
export { isRequiredField } from "./_lib/fieldRules";
