/**
 * Which rule a cell breaks: per field type for an invalid value, per role and field for a blank
 * one. Blank-cell rules depend on the registration rules in force (rammeaftale 2024–27 §9 asks
 * for CVR, P-number, segment, referred actor and theme; 2019–20 asks for the CVR).
 */
import type { Severity } from "../../findings";
import type { FieldType, Role } from "../../model";
import type { Registration, RuleId } from "../rules";

export function invalidRule(type: FieldType, field: string, reason: string): RuleId {
  if (reason === "error-value") return "cell-error-value";
  switch (type) {
    case "cvr":
      return reason === "leading-zero"
        ? "cvr-leading-zero"
        : reason === "check-digit"
          ? "cvr-check-digit"
          : "cvr-format";
    case "pnummer":
      return "pnummer-format";
    case "segment":
      return "segment-invalid";
    case "date":
      return "date-invalid";
    case "hours":
      return reason === "negative" ? "hours-negative" : reason === "too-large" ? "hours-implausible" : "number-invalid";
    case "score":
      return "score-invalid";
    case "effectScale":
      return field === "baeredygtighed" ? "sustainability-invalid" : "effect-invalid";
    case "referralScale":
      return "referral-invalid";
    case "yesNo":
      return "yesno-invalid";
    case "kommunetype":
      return "kommunetype-invalid";
    case "activityStatus":
      return "activity-status-invalid";
    default:
      return "number-invalid";
  }
}

export interface BlankRule {
  readonly rule: RuleId;
  readonly severity: Severity;
}

const R = (rule: RuleId, severity: Severity): BlankRule => ({ rule, severity });

/** The rule for a blank cell in a non-blank row, or null when a blank is fine there. */
export function blankRule(role: Role, field: string, registration: Registration): BlankRule | null {
  const r2024 = registration === "2024-2027";
  const registered = registration !== "none";
  switch (`${role}.${field}`) {
    case "Forloeb.cvr":
      return registered ? R("cvr-blank", "error") : null;
    case "Evaluering.cvr":
      return registered ? R("cvr-blank", "warning") : null;
    case "Forloeb.pnummer":
      return r2024 ? R("pnummer-missing", "warning") : null;
    case "Forloeb.segment":
      return r2024 ? R("segment-missing", "warning") : null;
    case "Forloeb.tema":
      return r2024 ? R("tema-missing", "warning") : null;
    case "Forloeb.henvistTil":
      return r2024 ? R("henvist-missing", "warning") : null;
    case "Forloeb.startdato":
      return R("startdate-missing", "warning");
    case "Noegletal.noegle":
    case "Noegletal.vaerdi":
    case "Kommuner.kommune":
    case "Aktiviteter.maal":
    case "Aktiviteter.aktivitet":
    case "Aktiviteter.status":
      return R("required-blank", "warning");
    default:
      return null;
  }
}

/**
 * Is a required field of the data dictionary required under these registration rules? P-nummer,
 * segment, tema and henvist til are rammeaftale 2024–27 §9; a 2018 or 2020 contract does not ask
 * for them, so their absence from the workbook is no news to its user.
 */
export const isRequiredField = (role: Role, field: string, registration: Registration): boolean =>
  blankRule(role, field, registration) !== null;
