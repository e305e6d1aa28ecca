/** Every user-visible text in Danish and English: findings, UI and CLI strings, engine notes. */
export type { Lang } from "./lang";
export { LANGS } from "./lang";
export { fill, formatNumber } from "./fill";
export { FINDINGS, type FindingEntry, type FindingText } from "./findings/catalogue";
export { formatFinding, findingTitle } from "./findings/format";
export { t, statusText, STRINGS, type StringKey } from "./strings";
