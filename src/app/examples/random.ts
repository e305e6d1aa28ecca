/** A small seeded PRNG (mulberry32): examples must be the same on every machine and run. */
export interface Random {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

export function seeded(seed: number): Random {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => {
      const x = items[Math.floor(next() * items.length)];
      if (x === undefined) throw new RangeError("pick from an empty list");
      return x;
    },
    chance: (p) => next() < p,
  };
}

/** A valid CVR number (modulus 11, weights 2,7,6,5,4,3,2,1) from a random 7-digit stem. */
export function validCvr(r: Random): string {
  const weights = [2, 7, 6, 5, 4, 3, 2];
  for (;;) {
    const digits = [r.int(1, 9), ...Array.from({ length: 6 }, () => r.int(0, 9))];
    const sum = digits.reduce((a, d, i) => a + d * (weights[i] ?? 0), 0);
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) return [...digits, check].join("");
  }
}
