/** Header binding: tie a workbook's own tables and columns to the data dictionary's roles and fields. */
export * from "./file";
export * from "./match";
export * from "./normalise";
export * from "./propose";
export * from "./regions";
export * from "./source";
export * from "./types";
