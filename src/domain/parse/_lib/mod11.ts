/** Modulus-11 weights of the Danish CVR number (8 digits, last one the check digit). */
export const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1] as const;

/** Σ digit × weight over the first `count` digits of an all-digit string. */
export function weightedSum(digits: string, count: number): number {
  let sum = 0;
  for (let i = 0; i < count; i++) sum += (digits.charCodeAt(i) - 48) * (CVR_WEIGHTS[i] ?? 0);
  return sum;
}
