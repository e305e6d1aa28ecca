import type { TypedValue } from "../../clean";
import type { CellValue, FieldType } from "../../model";
import type { Parsed } from "../_lib/invalid";
import { parseActivityStatus } from "../parseActivityStatus";
import { parseCvr } from "../parseCvr";
import { parseDate } from "../parseDate";
import { parseEffectScale } from "../parseEffectScale";
import { parseHours } from "../parseHours";
import { parseKommunetype } from "../parseKommunetype";
import { parseList } from "../parseList";
import { parseNumber } from "../parseNumber";
import { parsePNumber } from "../parsePNumber";
import { parseReferralScale } from "../parseReferralScale";
import { parseScore } from "../parseScore";
import { parseSegment } from "../parseSegment";
import { parseText } from "../parseText";
import { parseYesNo } from "../parseYesNo";

type Parser = (v: CellValue) => Parsed<TypedValue>;

/** The parser of each field type of the data dictionary (model.ts). */
export const PARSERS: Readonly<Record<FieldType, Parser>> = {
  cvr: parseCvr,
  pnummer: parsePNumber,
  text: parseText,
  segment: parseSegment,
  date: parseDate,
  number: parseNumber,
  hours: parseHours,
  score: parseScore,
  effectScale: parseEffectScale,
  referralScale: parseReferralScale,
  yesNo: parseYesNo,
  list: parseList,
  kommunetype: parseKommunetype,
  activityStatus: parseActivityStatus,
};

/**
 * @name parseField
 * @category Parse
 * @summary Parse a cell by its field type: the typed value (see `TypedValue` in clean.ts),
 * `null` for blank, or `{ invalid: reason }`. Never throws.
 *
 * @example
 * parseField("segment", "Vækst") //=> "vækst"
 * parseField("date", "04.03.2025") //=> 45720
 * parseField("score", "11") //=> { invalid: "not-a-score" }
 */
export const parseField = (type: FieldType, v: CellValue): Parsed<TypedValue> => (PARSERS[type] ?? parseText)(v);
