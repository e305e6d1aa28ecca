/**
 * Compile-time proof that Excel's own API satisfies the structural slice in `excel-api.ts`;
 * `tsc --noEmit` fails here if an Office.js type changes in a way the adapter depends on.
 */
import type { XlContext } from "./excel-api";

export const excelSatisfiesSlice = (context: Excel.RequestContext): XlContext => context;
