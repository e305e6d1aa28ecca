/**
 * How well one header fits one field: 1 for the field's own header, 0.9 for a listed synonym,
 * below that a fuzzy score from shared words (at most 0.8, so a guess never beats a name).
 */
import type { FieldSpec } from "../model";
import { contentTokens, headerKey } from "./normalise";

export type MatchKind = "header" | "synonym" | "fuzzy";

export interface HeaderMatch {
  readonly confidence: number;
  readonly via: MatchKind;
}

export const CONFIDENCE = { header: 1, synonym: 0.9, fuzzyMax: 0.8 } as const;

/** Fuzzy matches below this are not matches at all. */
export const MIN_CONFIDENCE = 0.5;

/** Word overlap: mean of the Dice coefficient and the overlap coefficient. */
const overlap = (a: readonly string[], b: readonly string[]): number => {
  if (a.length === 0 || b.length === 0) return 0;
  const sb = new Set(b);
  const common = new Set(a.filter((t) => sb.has(t))).size;
  const dice = (2 * common) / (new Set(a).size + sb.size);
  const over = common / Math.min(new Set(a).size, sb.size);
  return (dice + over) / 2;
};

interface FieldKeys {
  readonly key: string;
  readonly synonyms: ReadonlySet<string>;
  readonly tokens: readonly (readonly string[])[];
}

/** Field names are normalised once, not once per header compared. */
const fieldKeys = new WeakMap<FieldSpec, FieldKeys>();
const keysOf = (field: FieldSpec): FieldKeys => {
  let k = fieldKeys.get(field);
  if (!k) {
    k = {
      key: headerKey(field.header),
      synonyms: new Set(field.synonyms.map(headerKey)),
      tokens: [field.header, ...field.synonyms].map(contentTokens),
    };
    fieldKeys.set(field, k);
  }
  return k;
};

export const matchHeader = (header: string, field: FieldSpec): HeaderMatch | null => {
  const key = headerKey(header);
  if (key === "") return null;
  const k = keysOf(field);
  if (key === k.key) return { confidence: CONFIDENCE.header, via: "header" };
  if (k.synonyms.has(key)) return { confidence: CONFIDENCE.synonym, via: "synonym" };
  const tokens = contentTokens(header);
  const best = Math.max(...k.tokens.map((t) => overlap(tokens, t)));
  const confidence = Math.round(best * CONFIDENCE.fuzzyMax * 100) / 100;
  return confidence >= MIN_CONFIDENCE ? { confidence, via: "fuzzy" } : null;
};
