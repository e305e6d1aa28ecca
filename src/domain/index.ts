export * from "./model";
export * from "./findings";
export * from "./contract/schema";
export * from "./clean";
