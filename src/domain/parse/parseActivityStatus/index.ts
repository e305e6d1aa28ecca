import type { CellValue } from "../../model";
import type { ACTIVITY_STATUS } from "../../clean";
import { makeEnumParser } from "../_lib/enumParser";
import type { Parsed } from "../_lib/invalid";

export type ActivityStatus = (typeof ACTIVITY_STATUS)[number];

const parse = makeEnumParser<ActivityStatus, "not-a-status">(
  {
    opfyldt: ["gennemført", "udført", "færdig", "met", "done", "completed", "fulfilled", "achieved"],
    delvist: ["delvis", "delvist opfyldt", "delvis opfyldt", "delvist gennemført", "partly", "partially", "partly met"],
    "ikke opfyldt": ["ikke gennemført", "ikke udført", "ikke startet", "not met", "unmet", "not done", "not achieved"],
  },
  "not-a-status",
);

/**
 * @name parseActivityStatus
 * @category Parse
 * @summary Read the status of a qualitative activity: "opfyldt", "delvist", "ikke opfyldt".
 *
 * @description "Ikke-opfyldt", "Delvis opfyldt", "Gennemført", English "met"/"partly met"/
 * "not met" are accepted. "I gang" (in progress) is not guessed: it is reported.
 *
 * @example
 * parseActivityStatus("Ikke-opfyldt") //=> "ikke opfyldt"
 * parseActivityStatus("Delvis")       //=> "delvist"
 * parseActivityStatus("i gang")       //=> { invalid: "not-a-status" }
 */
export const parseActivityStatus = (v: CellValue): Parsed<ActivityStatus, "not-a-status" | "error-value"> => parse(v);
