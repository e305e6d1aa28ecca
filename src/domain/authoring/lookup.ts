/**
 * Parse results and fixed vocabularies for the `Kontrakt` sheet's small cell languages: a
 * parser returns a reason code instead of throwing; a word is found among its spellings
 * case-, spacing- and punctuation-insensitively.
 */
import { foldName, nameKeys } from "./names";

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };
export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const bad = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

/** A folded key without spaces or punctuation, for matching fixed vocabulary. */
export const compactKey = (s: string): string => foldName(s).replace(/[^a-z0-9%<>=≥≤]/g, "");
export const compactKeys = (s: string): string[] => nameKeys(s).map((k) => k.replace(/[^a-z0-9%<>=≥≤]/g, ""));

/** Find `text` in a vocabulary of [value, ...spellings]. */
export function lookup<T>(text: string, vocabulary: readonly (readonly [T, ...string[]])[]): T | null {
  const k = compactKey(text);
  if (k === "") return null;
  for (const [value, ...names] of vocabulary) if (names.some((n) => compactKeys(n).includes(k))) return value;
  return null;
}
