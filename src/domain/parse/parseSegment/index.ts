import type { CellValue } from "../../model";
import type { SEGMENTS } from "../../clean";
import { makeEnumParser } from "../_lib/enumParser";
import type { Parsed } from "../_lib/invalid";

export type Segment = (typeof SEGMENTS)[number];

const parse = makeEnumParser<Segment, "not-a-segment">(
  {
    drift: [
      "driftsvirksomhed",
      "driftsvirksomheder",
      "driftssegment",
      "driftssegmentet",
      "operations",
      "operation",
      "operational",
    ],
    vækst: ["vækstvirksomhed", "vækstvirksomheder", "vækstsegment", "vækstsegmentet", "growth"],
  },
  "not-a-segment",
);

/**
 * @name parseSegment
 * @category Parse
 * @summary Read a customer segment (Kundesegment): "drift" or "vækst".
 *
 * @description Case, spacing, NFC/NFD and æ/ae are ignored; "driftsvirksomhed",
 * "vækstvirksomhed" and English "operations"/"growth" are accepted. Anything else →
 * `{ invalid: "not-a-segment" }`; blank → `null`. Never throws.
 *
 * @example
 * parseSegment("VÆKST")  //=> "vækst"
 * parseSegment("vaekst") //=> "vækst"
 * parseSegment("Growth") //=> "vækst"
 * parseSegment("Drift ") //=> "drift"
 * parseSegment("iværksætter") //=> { invalid: "not-a-segment" }
 */
export const parseSegment = (v: CellValue): Parsed<Segment, "not-a-segment" | "error-value"> => parse(v);
