/**
 * The demo's workbook: the lead's example generator (fixed seed) for a contract, as the
 * in-memory workbook's spec.
 */
import { application } from "../app/application";
import { memoryWorkbookSpec, type MemoryWorkbookSpec } from "../app/hosts/memory";
import type { Contract } from "../app/types";

/** The example workbook of a contract, ready for `MemoryWorkbook.fromSpec`. */
export const exampleSpec = (contract: Contract): MemoryWorkbookSpec =>
  memoryWorkbookSpec(application.example(contract));
