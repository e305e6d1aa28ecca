/**
 * A set of CVR numbers for distinct counts, one bit per company. A checked CVR number passes
 * modulus 11 (weights 2, 7, 6, 5, 4, 3, 2, 1; the last digit has weight 1), so its first seven
 * digits already name it: the bitset needs 10,000,000 bits (1.25 MB, mostly in cache) instead
 * of 100,000,000. A key that is not a valid CVR number is kept in a plain set, so any integer
 * key still counts right.
 */

const LOW = 10_000_000;
const HIGH = 100_000_000;

/** (Σ digit × weight) mod 11 of 4 digits, for the first and the last four digits of a CVR. */
function weightTable(weights: readonly number[]): Uint8Array {
  const out = new Uint8Array(10_000);
  for (let v = 0; v < 10_000; v++) {
    const d = [Math.floor(v / 1000), Math.floor(v / 100) % 10, Math.floor(v / 10) % 10, v % 10];
    out[v] = d.reduce((a, x, i) => a + x * (weights[i] ?? 0), 0) % 11;
  }
  return out;
}

let tables: { high: Uint8Array; low: Uint8Array } | null = null;

/** Modulus-11 remainders of the two halves (made once, 20 KB). */
export function cvrTables(): { high: Uint8Array; low: Uint8Array } {
  return (tables ??= { high: weightTable([2, 7, 6, 5]), low: weightTable([4, 3, 2, 1]) });
}

/** True when `k` is an 8-digit number that passes the CVR modulus-11 check. */
export function isCvrKey(k: number): boolean {
  if (!(k >= LOW && k < HIGH) || k !== Math.floor(k)) return false;
  const { high, low } = cvrTables();
  const h = Math.floor(k / 10_000);
  return (high[h]! + low[k - h * 10_000]!) % 11 === 0;
}

export class CvrSet {
  private readonly bits = new Int32Array((HIGH / 10) >>> 5);
  private readonly high: Uint8Array;
  private readonly low: Uint8Array;
  private others: Set<number> | null = null;
  private dirty = false;

  constructor() {
    const t = cvrTables();
    this.high = t.high;
    this.low = t.low;
  }

  /** Adds a key (not 0); true when it was not in the set. */
  add(k: number): boolean {
    this.dirty = true;
    if (k >= LOW && k < HIGH) {
      const h = (k / 10_000) | 0;
      const r = this.high[h]! + this.low[k - h * 10_000]!;
      if (r === 0 || r === 11) {
        const id = (k / 10) | 0;
        const w = id >>> 5;
        const b = 1 << (id & 31);
        const word = this.bits[w]!;
        if ((word & b) !== 0) return false;
        this.bits[w] = word | b;
        return true;
      }
    }
    const others = (this.others ??= new Set());
    if (others.has(k)) return false;
    others.add(k);
    return true;
  }

  clear(): void {
    if (!this.dirty) return;
    this.bits.fill(0);
    this.others = null;
    this.dirty = false;
  }
}
