/**
 * Two contracts that mean the same may differ in spelling (`variants: []` vs no variants).
 * `canonicalContract` removes such differences, so "did the user change anything?" and the
 * round-trip tests compare meaning, not spelling.
 */
import type { Contract } from "../contract/schema";

export function canonicalContract(contract: Contract): Contract {
  // `$schema` only tells editors where the file's schema is; it is not part of the meaning.
  const { $schema: _schema, ...rest } = contract;
  return {
    ...rest,
    goals: rest.goals.map((g) => ({
      ...g,
      indicators: g.indicators.map((ind) => {
        if (!ind.variants || ind.variants.length > 0) return ind;
        const { variants: _drop, ...plain } = ind;
        return plain;
      }),
    })),
  };
}

/** JSON with object keys sorted and undefined properties left out, for comparing meaning. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** True when the two contracts mean the same (spelling differences aside). */
export const sameContract = (a: Contract, b: Contract): boolean =>
  stable(canonicalContract(a)) === stable(canonicalContract(b));
