/** The xlsx writer: apply a write plan to a package, clean it again, read the ownership record. */
export { applyPlanToPackage, type ApplyOptions } from "./apply";
export { cleanPackage } from "./clean";
export { writeUserSheetToPackage, type UserSheetOptions } from "./user-sheet";
export { UnsupportedWorkbookError, WriteTargetError, type UnsupportedCode } from "./errors";
export { FormulaTextError, formulaForStorage } from "../ooxml/formula";
export { MARKS_NS, type Ownership, type OwnedColumn, type OwnedHighlight, type OwnedSheet } from "./marks";
export { readOwnership, assertWritableFile } from "./ownership";
