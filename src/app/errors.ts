/**
 * The errors a host tells apart: the port's own (a user's cell in the way, a write that failed
 * part-way) and a cancel. Hosts import them from here, not from the workbook layer.
 */
export { WriteConflictError, WriteFailedError } from "../workbook/port";

/** A cancelled operation (the user's cancel reaches the port as an `AbortError`). */
export const isCancel = (e: unknown): boolean =>
  typeof e === "object" && e !== null && "name" in e && (e as { name: unknown }).name === "AbortError";
