/**
 * Every user-visible text, in every language of `locales/`: the functions that put findings,
 * engine notes, shared strings and authoring messages in words, and the language list.
 */
export { LANGS, LOCALES, FOREIGN, langOf, loadLocale, type Lang } from "./locales";
export { isRegistered, localeOf, registerLocale } from "./locales/registry";
export type { FindingText, Locale } from "./locale";
export { fill, formatNumber } from "./fill";
export { formatFinding, findingTitle } from "./findings/format";
export { t, goalStatusText, statusText, type StringKey } from "./strings";
export type { PaneKey } from "./keys/pane";
export { renderEngineNote } from "./engine-notes";
export { textIn } from "./texts";
export { describeAuthoringFinding, renderAuthoringMessage } from "./authoring";
