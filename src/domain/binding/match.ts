/**
 * How well one header fits one field: 1 for the field's own header, 0.9 for a listed synonym,
 * below that a fuzzy score from shared words (at most 0.8, so a guess never beats a name).
 *
 * Fuzzy words are compared by their stems ("henvisningen", "henvisninger" and "henvisning" are
 * one word; "brugt" is "brug"), so a survey's question ("Har I brugt henvisningen?") finds its
 * field. A long question shares most words with its quoted form, a short field name shares all
 * of its words with a question that contains it: the overlap coefficient counts most.
 */
import { ROLE_SPECS, ROLES, type FieldSpec } from "../model";
import { contentTokens, headerKey } from "./normalise";

export type MatchKind = "header" | "synonym" | "fuzzy";

export interface HeaderMatch {
  readonly confidence: number;
  readonly via: MatchKind;
}

export const CONFIDENCE = { header: 1, synonym: 0.9, fuzzyMax: 0.8 } as const;

/** Fuzzy matches below this are not matches at all. */
export const MIN_CONFIDENCE = 0.5;

/** Danish inflection endings, longest first ("-erne" before "-er" before "-e"). */
const ENDINGS = ["erne", "ene", "ing", "er", "en", "et", "e", "s", "t"] as const;
const MIN_STEM = 4;

/**
 * A word's stem: inflection endings stripped while four letters are left. Idempotent, and the
 * same for the forms a survey uses ("henvisningen" → "henvisn", "henvisning" → "henvisn").
 *
 * @example
 * stem("henvisningerne") //=> "henvisn"
 * stem("brugt")          //=> "brug"
 */
export function stem(word: string): string {
  if (/\d/.test(word)) return word;
  let w = word;
  for (let changed = true; changed;) {
    changed = false;
    for (const e of ENDINGS) {
      if (w.length - e.length >= MIN_STEM && w.endsWith(e)) {
        w = w.slice(0, -e.length);
        changed = true;
        break;
      }
    }
  }
  return w;
}

/**
 * The heads Danish compounds a header is built with: "Opstartsdato" is "opstart(s)" + "dato",
 * "Kundenummer" "kunde" + "nummer", "Ydelsestype" "ydelse(s)" + "type". Split, a compound shares
 * its first word with the field ("Opstart") as "Dato for opstart" does.
 */
const COMPOUND_HEADS = ["dato", "nummer", "type"] as const;
const MIN_COMPOUND_PART = 3;
const HEAD_STEMS: readonly string[] = COMPOUND_HEADS.map((h) => stem(h));
const DATE_HEAD = stem("dato");

/** A word and, when it is a compound on a known head, its two parts ("opstartsdato" → opstarts, dato). */
export function splitCompound(word: string): readonly string[] {
  for (const head of COMPOUND_HEADS)
    if (word.length - head.length >= MIN_COMPOUND_PART && word.endsWith(head) && !/\d/.test(word))
      return [word.slice(0, -head.length), head];
  return [word];
}

/** The stems of a header's meaningful words (digits-only words such as the "0" and "10" of a scale dropped). */
export const headerStems = (header: string): readonly string[] => {
  const stems = contentTokens(header)
    .filter((t) => !/^\d+$/.test(t))
    .flatMap(splitCompound)
    .map(stem);
  return [...new Set(stems)];
};

/** The fields (by id, over every role) whose header or synonyms use a stem. */
let stemFields: Map<string, Set<string>> | null = null;
const fieldsWithStem = (stem: string): number => {
  if (stemFields === null) {
    stemFields = new Map();
    for (const role of ROLES)
      for (const f of ROLE_SPECS[role].fields)
        for (const phrase of [f.header, ...f.synonyms])
          for (const s of headerStems(phrase)) stemFields.set(s, (stemFields.get(s) ?? new Set()).add(f.id));
  }
  return stemFields.get(stem)?.size ?? 0;
};

/**
 * Word overlap, weighted to the overlap coefficient: a field name inside a long question counts.
 * One shared word counts only when it names this field alone ("anbefale"), not when other fields
 * use it too ("virksomhed" is a course's company as well as a word of the effect question).
 */
const overlap = (a: readonly string[], b: readonly string[]): number => {
  if (a.length === 0 || b.length === 0) return 0;
  const sb = new Set(b);
  const shared = a.filter((t) => sb.has(t));
  const common = shared.length;
  if (common === 1 && fieldsWithStem(shared[0] ?? "") > 1) return 0;
  const dice = (2 * common) / (a.length + b.length);
  const over = common / Math.min(a.length, b.length);
  return 0.25 * dice + 0.75 * over;
};

interface FieldKeys {
  readonly key: string;
  readonly synonyms: ReadonlySet<string>;
  readonly stems: readonly (readonly string[])[];
}

/** Field names are normalised once, not once per header compared. */
const fieldKeys = new WeakMap<FieldSpec, FieldKeys>();
const keysOf = (field: FieldSpec): FieldKeys => {
  let k = fieldKeys.get(field);
  if (!k) {
    k = {
      key: headerKey(field.header),
      synonyms: new Set(field.synonyms.map(headerKey)),
      stems: [field.header, ...field.synonyms].map(headerStems),
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
  const stems = headerStems(header);
  // "Kundenummer" is a number, not the customer: a header on a compound head is only like a
  // field whose own name has that head (or, for "dato", a date field: "Opstartsdato" is Startdato).
  const heads = HEAD_STEMS.filter((h) => stems.includes(h));
  const fits = (s: readonly string[]): boolean =>
    heads.every((h) => s.includes(h) || (h === DATE_HEAD && field.type === "date"));
  const best = Math.max(0, ...k.stems.filter(fits).map((s) => overlap(stems, s)));
  const confidence = Math.round(best * CONFIDENCE.fuzzyMax * 100) / 100;
  return confidence >= MIN_CONFIDENCE ? { confidence, via: "fuzzy" } : null;
};
