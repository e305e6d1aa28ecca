/**
 * The contract library: the five contract documents as templates, each validated by the
 * contract schema when this module loads, so a template that breaks the schema fails at once
 * (and in the tests), never in a user's workbook.
 */
import { ContractSchema, type Contract, type ContractInput } from "../domain/contract/schema";
import { hovedstaden2020 } from "./hovedstaden-2020";
import { rammeaftale20192020 } from "./rammeaftale-2019-2020";
import { rammeaftale20242027 } from "./rammeaftale-2024-2027";
import { sjaelland2025 } from "./sjaelland-2025";
import { vaeksthusHovedstaden2018 } from "./vaeksthus-hovedstaden-2018";

/** The templates as written, before defaults are filled in (for export and tests). */
export const TEMPLATE_INPUTS: readonly ContractInput[] = [
  hovedstaden2020,
  sjaelland2025,
  rammeaftale20242027,
  rammeaftale20192020,
  vaeksthusHovedstaden2018,
];

export const LIBRARY: readonly Contract[] = TEMPLATE_INPUTS.map((t) => ContractSchema.parse(t));

/** The library contract with this id, or undefined. */
export const findContract = (id: string): Contract | undefined => LIBRARY.find((c) => c.id === id);

export { hovedstaden2020, rammeaftale20192020, rammeaftale20242027, sjaelland2025, vaeksthusHovedstaden2018 };
