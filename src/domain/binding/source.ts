/**
 * What binding needs to know about a table-like source. It is the workbook port's `SourceInfo`
 * by shape (the domain may not import the workbook layer), plus optional notes adapters add.
 */

export interface BindingSource {
  readonly sheet: string;
  /** Excel table name, or null for a plain range. */
  readonly table: string | null;
  /** Excel row number (1-based) of the header row. */
  readonly headerRow: number;
  /** Zero-based sheet column of the first column (A = 0). */
  readonly firstColumn: number;
  readonly headers: readonly string[];
  /** Data rows below the header. */
  readonly rowCount: number;
  readonly sheetHidden?: boolean;
  /** Merged ranges (A1 refs) overlapping the source, when the adapter knows them. */
  readonly mergedRanges?: readonly string[];
  /** On a sheet Kontrakttjek itself wrote (the status sheet): never proposed for a role. */
  readonly ownedByKontrakttjek?: boolean;
}

// Binding names columns by their letters; the one implementation is in ../columns.
export { columnFromLetters, columnLetters } from "../columns";
