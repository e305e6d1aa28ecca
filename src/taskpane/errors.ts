/**
 * Errors in plain words: Excel's error codes (RichApi.Error `code`), our own typed errors, and a
 * fallback that still says what happened. Never shows a stack trace to the user.
 */
import { isCancel, WriteConflictError, WriteFailedError } from "../app/errors";
import { conflictText } from "../app/write-report";
import { t, type Lang } from "./strings";

export interface PlainError {
  readonly message: string;
  /** Offer to retry the write with `force` (a conflict with the user's cells). */
  readonly canForce?: boolean;
}

const codeOf = (e: unknown): string =>
  typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : "";

export { isCancel };

export function describeError(e: unknown, lang: Lang): PlainError {
  if (e instanceof WriteConflictError || (e instanceof Error && e.name === "WriteConflictError")) {
    const c = e as WriteConflictError;
    // Only where writing beside the user's cells is possible is it offered.
    return { message: conflictText(c, lang), canForce: c.besideWithForce !== false };
  }
  if (e instanceof WriteFailedError) {
    // Why it failed, then what the workbook holds now: nothing of the write, or part of it.
    const state = t(e.state === "rolled-back" ? "errWriteUndone" : "errWritePartly", lang);
    const previous = e.state === "rolled-back" && e.previousRemoved ? ` ${t("errWritePreviousRemoved", lang)}` : "";
    return { message: `${describeError(e.cause, lang).message} ${state}${previous}` };
  }
  const name = e instanceof Error ? e.name : "";
  if (name === "SettingsTooLargeError") return { message: t("errSettings", lang) };
  switch (codeOf(e)) {
    case "ItemNotFound":
    case "InvalidReference":
      return { message: t("errNotFound", lang) };
    case "AccessDenied":
    case "InsertDeleteConflict":
      return { message: t("errProtected", lang) };
    case "InvalidOperationInCellEditMode":
      return { message: t("errEditing", lang) };
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return { message: t("errTooLarge", lang) };
    case "ActivityLimitReached":
    case "RequestAborted":
    case "ServiceNotAvailable":
    case "Conflict":
      return { message: t("errBusy", lang) };
    case "ApiNotFound":
      return { message: t("errApiMissing", lang, { feature: e instanceof Error ? e.message : "ExcelApi" }) };
  }
  const message = e instanceof Error ? e.message : String(e);
  return { message: t("errGeneric", lang, { message: message.slice(0, 300) }) };
}
