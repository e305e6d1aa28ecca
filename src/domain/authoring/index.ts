/**
 * Contract authoring (issue 7): the filter language, the `Kontrakt` sheet, contract files and
 * "copy as next year". Pure: no I/O, no host APIs; `src/app/authoring/` connects it to workbooks.
 */
export { parseFilter, type FilterError, type FilterErrorCode, type ParseFilterResult } from "./filter/parse";
export { formatFilter, type FormatFilterOptions } from "./filter/format";
export { contractToSheetRows } from "./sheet-write";
export { contractFromSheetRows, type SheetReadOptions, type SheetReadResult } from "./sheet-read";
export { KONTRAKT_SHEET } from "./layout";
export {
  checkContract,
  exportContractJson,
  importContractJson,
  CONTRACT_JSON_MAX_BYTES,
  type ContractImport,
  type ContractProblem,
  type ImportOptions,
} from "./json";
export { CONTRACT_SCHEMA_URL, contractJsonSchema, contractJsonSchemaText } from "./json-schema";
export { deriveContract, type DeriveOptions } from "./derive";
export { canonicalContract, sameContract } from "./canonical";
export { lintContract, type Issue } from "./lint";
export { AUTHORING_RULES, type AuthoringRule, type AuthoringReason } from "./messages";
