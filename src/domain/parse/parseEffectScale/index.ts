import type { CellValue } from "../../model";
import type { EFFECT_SCALE } from "../../clean";
import { makeEnumParser } from "../_lib/enumParser";
import type { Parsed } from "../_lib/invalid";

export type EffectAnswer = (typeof EFFECT_SCALE)[number];

const parse = makeEnumParser<EffectAnswer, "not-on-scale">(
  {
    "i høj grad": ["høj grad", "høj", "to a high degree", "to a great extent", "high degree", "high"],
    "i nogen grad": ["nogen grad", "nogen", "to some degree", "to some extent", "some degree", "some"],
    "i lav grad": ["lav grad", "lav", "i mindre grad", "mindre grad", "to a low degree", "to a small extent", "low"],
    "slet ikke": ["slet ingen", "overhovedet ikke", "not at all"],
    "ved ikke": ["don't know", "do not know", "dont know", "unknown", "not sure"],
  },
  "not-on-scale",
  { wordPrefix: true },
);

/**
 * @name parseEffectScale
 * @category Parse
 * @summary Read an answer on the effect scale (Forventet effekt, Bæredygtighed): "i høj grad",
 * "i nogen grad", "i lav grad", "slet ikke", "ved ikke".
 *
 * @description Tolerates case, spacing, æ/ø/å spellings, a missing "i" ("høj grad"),
 * "i mindre grad" (= i lav grad), English answers ("to some degree", "don't know"), and a
 * value followed by more words ("I høj grad – meget tilfreds"). Note that a five-step scale's
 * "i meget høj grad" is not folded into "i høj grad": it is reported, not guessed.
 *
 * @example
 * parseEffectScale("I HØJ GRAD")      //=> "i høj grad"
 * parseEffectScale("i hoej grad")     //=> "i høj grad"
 * parseEffectScale("Don't know")      //=> "ved ikke"
 * parseEffectScale("måske")           //=> { invalid: "not-on-scale" }
 */
export const parseEffectScale = (v: CellValue): Parsed<EffectAnswer, "not-on-scale" | "error-value"> => parse(v);
