/**
 * Cell parsers: one pure function per value kind, each returning the typed value, `null` for a
 * blank cell, or an `{ invalid: reason }` marker. None throws, none mutates its input.
 */
export { isInvalid, isBlankCell, type Invalid, type Parsed } from "./_lib/invalid";
export { normalizeText, foldText } from "./normalizeText";
export { parseNumber, type NumberInvalidReason } from "./parseNumber";
export {
  parseTypedNumber,
  formatTypedNumber,
  type DecimalMark,
  type TypedNumberInvalidReason,
} from "./parseTypedNumber";
export { serialFromYmd, ymdFromSerial, addYearsToSerial, daysInMonth, MAX_SERIAL, type Ymd } from "./serial";
export { parseDate, type DateInvalidReason } from "./parseDate";
export { parseCvr, isValidCvr, cvrWasNormalised, type CvrInvalidReason } from "./parseCvr";
export { makeValidCvr } from "./makeValidCvr";
export { parsePNumber } from "./parsePNumber";
export { parseSegment, type Segment } from "./parseSegment";
export { parseEffectScale, type EffectAnswer } from "./parseEffectScale";
export { parseReferralScale, type ReferralAnswer } from "./parseReferralScale";
export { parseKommunetype, type Kommunetype } from "./parseKommunetype";
export { parseActivityStatus, type ActivityStatus } from "./parseActivityStatus";
export { parseYesNo } from "./parseYesNo";
export { parseScore } from "./parseScore";
export { parseHours } from "./parseHours";
export { parseList } from "./parseList";
export { parseText } from "./parseText";
export { cellText } from "./cellText";
export { parseField, PARSERS } from "./parseField";
