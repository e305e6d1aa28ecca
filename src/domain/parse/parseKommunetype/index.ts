import type { CellValue } from "../../model";
import type { KOMMUNETYPER } from "../../clean";
import { makeEnumParser } from "../_lib/enumParser";
import type { Parsed } from "../_lib/invalid";

export type Kommunetype = (typeof KOMMUNETYPER)[number];

const parse = makeEnumParser<Kommunetype, "not-a-kommunetype">(
  {
    by: ["bykommune", "bykommuner", "urban", "city", "town"],
    land: ["landkommune", "landkommuner", "landdistrikt", "rural", "countryside"],
  },
  "not-a-kommunetype",
);

/**
 * @name parseKommunetype
 * @category Parse
 * @summary Read a municipality type: "by" or "land" ("Bykommune", "Landkommune", "urban",
 * "rural" accepted). Statistics Denmark's five groups are not mapped: that is a choice for the
 * user to make in the Kommuner table.
 *
 * @example
 * parseKommunetype("Landkommune") //=> "land"
 * parseKommunetype("BY")          //=> "by"
 * parseKommunetype("Oplandskommune") //=> { invalid: "not-a-kommunetype" }
 */
export const parseKommunetype = (v: CellValue): Parsed<Kommunetype, "not-a-kommunetype" | "error-value"> => parse(v);
