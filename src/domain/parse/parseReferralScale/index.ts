import type { CellValue } from "../../model";
import type { REFERRAL_SCALE } from "../../clean";
import { makeEnumParser } from "../_lib/enumParser";
import type { Parsed } from "../_lib/invalid";

export type ReferralAnswer = (typeof REFERRAL_SCALE)[number];

const parse = makeEnumParser<ReferralAnswer, "not-on-scale">(
  {
    ja: ["j", "yes", "y", "har brugt", "brugt", "har anvendt", "anvendt", "har benyttet", "benyttet", "used"],
    forventer: [
      "forventer at bruge",
      "forventer at anvende",
      "forventer at benytte",
      // The survey's own wording (Sjælland 2025 mål 4: "har benyttet eller forventer at benytte").
      "nej men jeg forventer at gøre det",
      "nej men jeg forventer",
      "nej men forventer",
      "ikke endnu men forventer",
      "expect",
      "expects",
      "expect to use",
      "will use",
      "no but i expect to",
    ],
    nej: [
      "n",
      "no",
      "har ikke brugt",
      "ikke brugt",
      "har ikke benyttet",
      "ikke benyttet",
      "forventer ikke",
      "forventer ikke at bruge",
      "nej men jeg forventer ikke",
      "nej men forventer ikke",
      "not used",
      "do not expect",
    ],
    "ved ikke": ["don't know", "do not know", "dont know", "unknown", "not sure"],
  },
  "not-on-scale",
  { wordPrefix: true },
);

/**
 * @name parseReferralScale
 * @category Parse
 * @summary Read an answer to "Brug af henvisning": "ja", "forventer", "nej", "ved ikke".
 *
 * @description Survey exports write the answers out in full, so a known answer followed by
 * more words is accepted, the longest known answer winning: "Forventer at bruge den" →
 * "forventer", but "Forventer ikke at bruge den" → "nej". English answers are accepted too.
 *
 * @example
 * parseReferralScale("Forventer at bruge") //=> "forventer"
 * parseReferralScale("Nej, og forventer det ikke") //=> "nej"
 * parseReferralScale("Nej, men jeg forventer at gøre det") //=> "forventer"
 * parseReferralScale("Yes") //=> "ja"
 * parseReferralScale("måske") //=> { invalid: "not-on-scale" }
 */
export const parseReferralScale = (v: CellValue): Parsed<ReferralAnswer, "not-on-scale" | "error-value"> => parse(v);
