/**
 * A fake Excel for tests and benchmarks: an in-memory workbook behind proxies that behave like
 * Office.js — calls are queued and run at `context.sync()`, a property read before it was loaded
 * and synced throws `PropertyNotLoaded`, `getItem` of a missing sheet fails at sync with
 * `ItemNotFound`, array sizes must match the range. Each sync records the bytes it would carry
 * (request and response JSON) and the cells it touched, and can refuse a request above a limit
 * with `RequestPayloadSizeLimitExceeded`, as Excel on the web does. Formulas are calculated
 * (by HyperFormula) when read, as Excel would have done; structured references read as errors.
 *
 * One class a file in `./fake/`: the workbook state (`book.ts`, `state.ts`), a request
 * (`context.ts`) and a proxy per Office.js object; this module is what tests and the bench use.
 */
import { parseBlock } from "../address";
import { FakeExcel } from "./fake/book";

export { FakeExcel };
export {
  FakeOfficeError,
  type FakeCell,
  type FakeRequest,
  type FakeSheetState,
  type FakeTableState,
  type FakeValidation,
} from "./fake/state";

/** The shape of `MemoryWorkbookSpec` (src/workbook/memory/types.ts) the fake can be built from. */
export interface FakeSpec {
  readonly sheets: readonly {
    readonly name: string;
    readonly rows?: readonly (readonly (string | number | boolean | null | { readonly error: string })[])[];
    readonly tables?: readonly { readonly name: string; readonly ref: string }[];
    readonly hidden?: boolean | "veryHidden";
    readonly formats?: Readonly<Record<string, string>>;
    readonly formulas?: Readonly<Record<string, string>>;
  }[];
  readonly settings?: string;
}

const FORMAT_CODES: Readonly<Record<string, string>> = {
  percent: "0%",
  decimal: "#,##0.00",
  text: "@",
  date: "dd-mm-yyyy",
};

/** A fake Excel holding the cells of a spec exactly as stored (no typing rules applied). */
export function fakeFromSpec(spec: FakeSpec, settingsKey: string): FakeExcel {
  const book = new FakeExcel();
  for (const s of spec.sheets) {
    const sheet = book.addSheet(s.name);
    if (s.hidden) sheet.visibility = s.hidden === "veryHidden" ? "VeryHidden" : "Hidden";
    (s.rows ?? []).forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null) return;
        sheet.cells.set(`${i},${j}`, typeof v === "object" ? { value: null, error: v.error } : { value: v });
      }),
    );
    for (const [address, f] of Object.entries(s.formats ?? {})) {
      const b = parseBlock(address)!;
      const cell = sheet.cells.get(`${b.row},${b.column}`) ?? { value: null };
      cell.numberFormat = FORMAT_CODES[f] ?? "General";
      sheet.cells.set(`${b.row},${b.column}`, cell);
    }
    for (const [address, f] of Object.entries(s.formulas ?? {})) {
      const b = parseBlock(address)!;
      const cell = sheet.cells.get(`${b.row},${b.column}`) ?? { value: null };
      cell.formula = f;
      sheet.cells.set(`${b.row},${b.column}`, cell);
    }
    for (const t of s.tables ?? []) book.addTable(sheet, t.ref).name = t.name;
  }
  if (spec.settings !== undefined) book.settings.set(settingsKey, spec.settings);
  return book;
}
