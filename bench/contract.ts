/** The contract every measurement evaluates: Sjælland 2025, from the template library. */
import type { Contract } from "../src/domain/contract/schema";
import { findContract } from "../src/templates";

export const CONTRACT_ID = "sjaelland-2025";

export function benchContract(): Contract {
  const c = findContract(CONTRACT_ID);
  if (!c) throw new Error(`the template library has no ${CONTRACT_ID}`);
  return c;
}
