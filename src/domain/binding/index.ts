/** Header binding: tie a workbook's own tables and columns to the data dictionary's roles and fields. */
export * from "./file";
export * from "./match";
export * from "./normalise";
export * from "./propose";
export * from "./regions";
export * from "./source";
export * from "./types";
export * from "./file-read";
export * from "./inputs";
export * from "./needs";
export * from "./plausible";
export * from "./likely";
