/**
 * Where the task pane runs: Excel (Office.js) or the browser demo (in-memory workbook). Panels
 * see only this, so the very same pane runs in both.
 */
import type { WorkbookPort } from "../workbook/port";
import type { NewSheet } from "../app/types";
import type { Lang } from "./strings";

export interface InsertResult {
  readonly added: readonly string[];
  readonly skipped: readonly string[];
  readonly validationSkipped: boolean;
}

export interface TaskpaneHost {
  readonly kind: "excel" | "demo";
  readonly port: WorkbookPort;
  readonly lang: Lang;
  readonly theme: "light" | "dark";
  /** Show a cell: Excel row number, zero-based sheet column. */
  selectCell(sheet: string, row: number, column: number): Promise<void>;
  /** Call back when table data changes; resolves to a function that stops watching. */
  watchChanges(onChange: () => void): Promise<() => void>;
  /** Insert fill-in sheets; sheets that exist are left alone. */
  insertSheets(sheets: readonly NewSheet[]): Promise<InsertResult>;
  /** Today as an ISO date (checks and the half-year pace need it; the domain never reads a clock). */
  today(): string;
  /** Host, platform and API sets, for a support mail ("Om Kontrakttjek"); absent where unknown. */
  platform?(): string;
}

/** Calls `f` once `ms` after the last of a burst of calls. */
export function debounce(f: () => void, ms: number): { (): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const run = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      f();
    }, ms);
  };
  run.cancel = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  return run;
}
