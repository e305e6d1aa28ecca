/**
 * The headers a user most likely meant when a binding file names one the sheet does not have:
 * those like the field (its header, its accepted variants) and those spelled like what was
 * written ("Opstart dato" for "Opstartsdato"), best first. Bounded: headers are at most 255
 * characters, so the spelling distance is cheap.
 */
import { ROLE_SPECS, type Role } from "../model";
import { matchHeader } from "./match";
import { headerKey, MAX_HEADER_LENGTH } from "./normalise";
import type { BindingSource } from "./source";

const MAX_LIKELY = 5;

/** Levenshtein distance, one row at a time. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** 1 for the same key, towards 0 the more letters differ. */
export const spelledLike = (a: string, b: string): number => {
  const x = headerKey(a);
  const y = headerKey(b);
  if (x === "" || y === "") return 0;
  return 1 - distance(x, y) / Math.max(x.length, y.length);
};

/**
 * @name likelyHeaders
 * @category Binding
 * @summary Positions of the source's headers most like a field and a text written for it, best first.
 */
export function likelyHeaders(source: BindingSource, written: string, role: Role, field: string): number[] {
  const spec = ROLE_SPECS[role].fields.find((f) => f.id === field);
  return source.headers
    .map((h, i) => ({
      i,
      score:
        h.trim() === "" || h.length > MAX_HEADER_LENGTH || written.length > MAX_HEADER_LENGTH
          ? -1
          : Math.max(spec ? (matchHeader(h, spec)?.confidence ?? 0) : 0, spelledLike(h, written)),
    }))
    .filter((x) => x.score >= 0)
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, MAX_LIKELY)
    .map((x) => x.i);
}
