/**
 * Distinct values among a mask's rows (companies by CVR, municipalities): from a coded column's
 * codes with equal values merged, from the CVR numbers' bitset, or, for free text, by hashing.
 */
import type { ColumnDictionary, ColumnView } from "../../clean";
import { isBlankValue } from "../../engine/filter";
import type { TableFrame } from "../../engine/frame";
import type { RowMask } from "../../engine/mask";

/** Codes of a coded column with equal values merged (a code per distinct value). */
export function canonicalCodes(
  view: ColumnView,
): { codes: ColumnDictionary["codes"]; canon: Int32Array; size: number } | null {
  const dict = view.dict;
  if (!dict) return null;
  const first = new Map<string | number | boolean, number>();
  const canon = new Int32Array(dict.values.length);
  dict.values.forEach((v, k) => {
    if (k === 0 || v === null || isBlankValue(v)) return;
    // Lists meet by their text, as distinct counts always compared them.
    const key = typeof v === "object" ? `\u0000${String(v)}` : v;
    let c = first.get(key);
    if (c === undefined) first.set(key, (c = k));
    canon[k] = c;
  });
  return { codes: dict.codes, canon, size: dict.values.length };
}

/** Distinct non-blank values of a field among the rows of a mask. */
export function distinctCount(frame: TableFrame, field: string, mask: RowMask): number {
  const view = frame.view(field);
  const coded = canonicalCodes(view);
  if (coded) {
    const { codes, canon } = coded;
    const seen = new Uint8Array(coded.size);
    let count = 0;
    for (let w = 0; w < mask.length; w++) {
      for (let x = mask[w]!; x !== 0; x &= x - 1) {
        const c = canon[codes[(w << 5) + 31 - Math.clz32(x & -x)]!]!;
        if (c === 0 || seen[c] === 1) continue;
        seen[c] = 1;
        count++;
      }
    }
    return count;
  }
  const keys = view.cvrKeys;
  if (keys) {
    // A bit per company instead of hashing its text.
    const set = frame.scratch.cvrSet();
    let count = 0;
    for (let w = 0; w < mask.length; w++) {
      for (let x = mask[w]!; x !== 0; x &= x - 1) {
        const k = keys[(w << 5) + 31 - Math.clz32(x & -x)]!;
        if (k !== 0 && set.add(k)) count++;
      }
    }
    return count;
  }
  const seen = new Set<string>();
  for (let w = 0; w < mask.length; w++) {
    for (let x = mask[w]!; x !== 0; x &= x - 1) {
      const v = view.at((w << 5) + 31 - Math.clz32(x & -x));
      if (!isBlankValue(v)) seen.add(String(v));
    }
  }
  return seen.size;
}

/** Marks keys (companies) as seen one row at a time, in row order. */
export interface KeyMarker {
  /** True when row i has a key not seen before (and marks it seen). */
  first(i: number): boolean;
}

export function keyMarker(frame: TableFrame, field: string): KeyMarker {
  const view = frame.view(field);
  const coded = canonicalCodes(view);
  if (coded) {
    const { codes, canon } = coded;
    const seen = new Uint8Array(coded.size);
    return {
      first(i) {
        const c = canon[codes[i]!]!;
        if (c === 0 || seen[c] === 1) return false;
        seen[c] = 1;
        return true;
      },
    };
  }
  const keys = view.cvrKeys;
  if (keys) {
    const set = frame.scratch.cvrSet();
    return { first: (i) => keys[i] !== 0 && set.add(keys[i]!) };
  }
  const seen = new Set<string>();
  return {
    first(i) {
      const v = view.at(i);
      if (isBlankValue(v)) return false;
      const id = String(v);
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    },
  };
}
