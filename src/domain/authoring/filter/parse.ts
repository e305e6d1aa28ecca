/**
 * The filter language (docs/filtersprog.md): text such as
 *   Forløbstype i ("Handlingsplan"; "Vækstplan") og Timer >= 3
 * parsed by hand (recursive descent) into the data-only `Filter` of the contract schema.
 * Nothing in it can run code; length, nesting and list sizes are bounded.
 *
 *   filter    := or
 *   or        := and ( "eller" and )*
 *   and       := unary ( "og" unary )*
 *   unary     := "ikke" unary | primary
 *   primary   := "(" or ")" | ("alle" | "en af") "(" or (";" or)* ")" | age | field test
 *   age       := "virksomhedsalder" "<" number ["år"]
 *   test      := ("=" | "≠" | "!=" | "<>") value | ("<" | "<=" | "≤" | ">" | ">=" | "≥") number
 *              | ["ikke"] "i" "(" value (";" value)* ")" | "er" ["ikke"] ("tom" | "udfyldt")
 *              | "indeholder" text
 *   value     := text | number | date | "ja" | "nej"
 */
import type { Filter } from "../../contract/schema";
import type { Role } from "../../model";
import {
  fieldById,
  fieldNames,
  foldName,
  isNumericField,
  isSpace,
  isWordChar,
  matchAt,
  nameKeys,
  ROLE_DISPLAY,
} from "../names";
import { formatNumber, parseIsoDate, parseNumberText } from "../numbers";

export const FILTER_MAX_LENGTH = 2000;
export const FILTER_MAX_DEPTH = 20;
export const FILTER_MAX_VALUES = 100;
export const FILTER_MAX_CHILDREN = 50;
export const FILTER_MAX_TEXT = 200;

export type FilterErrorCode =
  | "filter-empty"
  | "filter-too-long"
  | "filter-too-deep"
  | "filter-too-many"
  | "filter-unexpected"
  | "filter-expected-condition"
  | "filter-unknown-field"
  | "filter-expected-operator"
  | "filter-expected-value"
  | "filter-expected-number"
  | "filter-expected-text"
  | "filter-unterminated-text"
  | "filter-text-too-long"
  | "filter-expected-close"
  | "filter-list-separator"
  | "filter-type"
  | "filter-age-table"
  | "filter-age-range";

export interface FilterError {
  readonly code: FilterErrorCode;
  /** Zero-based character offset (UTF-16 units) in the text. */
  readonly pos: number;
  readonly params: Readonly<Record<string, string | number>>;
}

export type ParseFilterResult =
  { readonly ok: true; readonly filter: Filter } | { readonly ok: false; readonly error: FilterError };

export interface ParseFilterOptions {
  /** The table the filter runs on: fields are looked up there (all tables when absent). */
  readonly role?: Role;
}

class Fail {
  constructor(readonly error: FilterError) {}
}

type Value =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "number"; readonly n: number; readonly raw: string }
  | { readonly kind: "yesno"; readonly text: string };

/** Opening quote → the characters that close it (Danish autocorrect turns " into „ or “). */
const QUOTES: Readonly<Record<string, string>> = { '"': '"', "“": "”“", "„": "”“", "”": "”“", "«": "»" };

const OPERATORS = ["<=", ">=", "!=", "<>", "=>", "=<", "≤", "≥", "≠", "=", "<", ">"] as const;
type Operator = (typeof OPERATORS)[number];

const COMPARE: Readonly<Record<string, "gte" | "lte" | "gt" | "lt">> = {
  ">=": "gte",
  "=>": "gte",
  "≥": "gte",
  "<=": "lte",
  "=<": "lte",
  "≤": "lte",
  ">": "gt",
  "<": "lt",
};

const ISO_DATE_AT = /\d{4}-\d{2}-\d{2}(?!\d)/y;
const NUMBER_AT = /[+\-\u2212]?(?:\d+(?:[.,]\d+)*|[.,]\d+)(?:[eE][+-]?\d+)?/y;

/** Words that end a misspelt field name in messages. */
const STOP_WORDS = new Set([
  "i",
  "ikke",
  "er",
  "indeholder",
  "og",
  "eller",
  "in",
  "not",
  "is",
  "contains",
  "and",
  "or",
]);

class Parser {
  private pos = 0;
  private depth = 0;

  constructor(
    private readonly src: string,
    private readonly role: Role | undefined,
  ) {}

  private fail(code: FilterErrorCode, params: Record<string, string | number> = {}, pos = this.pos): never {
    throw new Fail({ code, pos, params });
  }

  private skip(): void {
    while (isSpace(this.src[this.pos])) this.pos++;
  }

  private atEnd(): boolean {
    this.skip();
    return this.pos >= this.src.length;
  }

  /** Consume the first of the folded keyword phrases found at the cursor. */
  private kw(...phrases: string[]): boolean {
    this.skip();
    for (const p of phrases)
      for (const key of nameKeys(p)) {
        const end = matchAt(this.src, this.pos, key);
        if (end !== null) {
          this.pos = end;
          return true;
        }
      }
    return false;
  }

  private char(c: string): boolean {
    this.skip();
    if (this.src[this.pos] !== c) return false;
    this.pos++;
    return true;
  }

  private expectChar(c: string, code: FilterErrorCode = "filter-unexpected"): void {
    if (!this.char(c)) this.fail(code, { expected: c, found: this.snippet() });
  }

  /** A short piece of the text at the cursor, for messages ("" at the end). */
  private snippet(): string {
    this.skip();
    if (this.pos >= this.src.length) return "";
    let end = this.pos + 1;
    if (isWordChar(this.src[this.pos])) while (end < this.src.length && isWordChar(this.src[end])) end++;
    return this.src.slice(this.pos, Math.min(end, this.pos + 30));
  }

  private enter(): void {
    if (++this.depth > FILTER_MAX_DEPTH) this.fail("filter-too-deep", { max: FILTER_MAX_DEPTH });
  }

  parse(): Filter {
    if (this.atEnd()) this.fail("filter-empty");
    const f = this.or();
    if (!this.atEnd()) this.fail("filter-unexpected", { expected: "og / eller", found: this.snippet() });
    return f;
  }

  private or(): Filter {
    const first = this.and();
    const of = [first];
    while (this.kw("eller", "or")) {
      if (of.length >= FILTER_MAX_CHILDREN) this.fail("filter-too-many", { max: FILTER_MAX_CHILDREN });
      of.push(this.and());
    }
    return of.length === 1 ? first : { op: "any", of };
  }

  private and(): Filter {
    const first = this.unary();
    const of = [first];
    while (this.kw("og", "and")) {
      if (of.length >= FILTER_MAX_CHILDREN) this.fail("filter-too-many", { max: FILTER_MAX_CHILDREN });
      of.push(this.unary());
    }
    return of.length === 1 ? first : { op: "all", of };
  }

  private unary(): Filter {
    if (this.kw("ikke", "not")) {
      this.enter();
      const of = this.unary();
      this.depth--;
      return { op: "not", of };
    }
    return this.primary();
  }

  private primary(): Filter {
    if (this.char("(")) {
      this.enter();
      const inner = this.or();
      this.expectChar(")", "filter-expected-close");
      this.depth--;
      return inner;
    }
    const group = this.group();
    if (group) return group;
    const at = this.pos;
    if (this.kw("virksomhedsalder", "virksomhedens alder", "company age")) return this.age(at);
    return this.condition();
  }

  /** `alle (a; b)` / `en af (a; b)`: only with a parenthesis after, so fields may share the words. */
  private group(): Filter | null {
    const at = this.pos;
    const op = this.kw("alle", "all of") ? "all" : this.kw("en af", "any of") ? "any" : null;
    if (op === null) return null;
    if (!this.char("(")) {
      this.pos = at;
      return null;
    }
    this.enter();
    const of = [this.or()];
    while (this.char(";")) {
      if (of.length >= FILTER_MAX_CHILDREN) this.fail("filter-too-many", { max: FILTER_MAX_CHILDREN });
      of.push(this.or());
    }
    this.expectChar(")", "filter-expected-close");
    this.depth--;
    return { op, of };
  }

  private age(at: number): Filter {
    if (this.role !== undefined && this.role !== "Forloeb")
      this.fail("filter-age-table", { table: ROLE_DISPLAY[this.role] }, at);
    const opAt = this.pos;
    if (this.operator() !== "<") this.fail("filter-unexpected", { expected: "<", found: this.snippet() }, opAt);
    this.skip();
    const vAt = this.pos;
    const v = this.value();
    if (v.kind !== "number") this.fail("filter-expected-number", { found: describe(v) }, vAt);
    if (!(v.n > 0 && v.n <= 200)) this.fail("filter-age-range", { value: v.raw }, vAt);
    this.kw("år", "years", "year");
    return { op: "companyAgeUnder", years: v.n };
  }

  private condition(): Filter {
    this.skip();
    const at = this.pos;
    const field = this.field();
    const spec = fieldById(field, this.role);
    const numeric = spec ? isNumericField(spec) : true;
    const header = spec?.header ?? field;

    if (this.kw("er ikke tom", "er ikke tomt", "is not blank", "is not empty")) return { op: "notBlank", field };
    if (this.kw("er ikke udfyldt", "is not filled")) return { op: "blank", field };
    if (this.kw("er udfyldt", "is filled")) return { op: "notBlank", field };
    if (this.kw("er tom", "er tomt", "is blank", "is empty")) return { op: "blank", field };
    if (this.kw("indeholder", "contains")) {
      this.skip();
      const vAt = this.pos;
      const v = this.value();
      if (v.kind !== "text" || v.text === "") this.fail("filter-expected-text", { found: describe(v) }, vAt);
      return { op: "contains", field, value: v.text };
    }
    if (this.kw("ikke i", "not in")) return { op: "notIn", field, values: this.list() };
    if (this.kw("i", "in")) return { op: "in", field, values: this.list() };

    this.skip();
    const opAt = this.pos;
    const op = this.operator();
    if (op === null) this.fail("filter-expected-operator", { field: header, found: this.snippet() }, opAt);
    this.skip();
    const vAt = this.pos;
    const v = this.value();
    if (op === "=" || op === "≠" || op === "!=" || op === "<>") {
      const negate = op !== "=";
      if (v.kind === "number") {
        if (!numeric) this.fail("filter-type", { field: header, value: v.raw }, vAt);
        const eq: Filter = { op: "eq", field, value: v.n };
        return negate ? { op: "not", of: eq } : eq;
      }
      return { op: negate ? "notIn" : "in", field, values: [v.text] };
    }
    if (v.kind !== "number") this.fail("filter-expected-number", { found: describe(v) }, vAt);
    if (!numeric) this.fail("filter-type", { field: header, value: v.raw }, at);
    return { op: COMPARE[op] ?? "eq", field, value: v.n };
  }

  /** The longest field name of the table found at the cursor. */
  private field(): string {
    const at = this.pos;
    for (const n of fieldNames(this.role)) {
      const end = matchAt(this.src, at, n.key);
      if (end !== null) {
        this.pos = end;
        return n.id;
      }
    }
    const name = this.attemptedName();
    if (name === "") this.fail("filter-expected-condition", { found: this.snippet() });
    this.fail("filter-unknown-field", { name, table: this.role ? ROLE_DISPLAY[this.role] : "" });
  }

  /** What the user probably meant as a field name: text up to an operator, quote or keyword. */
  private attemptedName(): string {
    let i = this.pos;
    let out = "";
    while (i < this.src.length && out.length <= 60) {
      const ch = this.src[i] as string;
      if ('=<>!≠≥≤"“„”;()'.includes(ch)) break;
      if (!isWordChar(ch)) {
        out += ch;
        i++;
        continue;
      }
      let j = i;
      while (j < this.src.length && isWordChar(this.src[j])) j++;
      const word = this.src.slice(i, j);
      if (STOP_WORDS.has(foldName(word))) break;
      out += word;
      i = j;
    }
    return out.trim();
  }

  private operator(): Operator | null {
    this.skip();
    const op = OPERATORS.find((o) => this.src.startsWith(o, this.pos));
    if (op) this.pos += op.length;
    return op ?? null;
  }

  private list(): string[] {
    this.expectChar("(");
    const values: string[] = [];
    for (;;) {
      this.skip();
      const vAt = this.pos;
      const v = this.value();
      if (v.kind === "text" && v.text === "") this.fail("filter-expected-text", { found: '""' }, vAt);
      if (values.length >= FILTER_MAX_VALUES) this.fail("filter-too-many", { max: FILTER_MAX_VALUES }, vAt);
      values.push(v.kind === "number" ? v.raw : v.text);
      if (this.char(";")) continue;
      if (this.src[this.pos] === ",") this.fail("filter-list-separator");
      this.expectChar(")", "filter-expected-close");
      return values;
    }
  }

  private value(): Value {
    const at = this.pos;
    const ch = this.src[at];
    if (ch !== undefined && ch in QUOTES) return this.text(QUOTES[ch] as string);
    if (this.kw("ja", "nej")) return { kind: "yesno", text: foldName(this.src.slice(at, this.pos)) };
    ISO_DATE_AT.lastIndex = at;
    const date = ISO_DATE_AT.exec(this.src);
    if (date) {
      const serial = parseIsoDate(date[0]);
      if (serial !== null) {
        this.pos = at + date[0].length;
        return { kind: "number", n: serial, raw: date[0] };
      }
    }
    NUMBER_AT.lastIndex = at;
    const num = NUMBER_AT.exec(this.src);
    const n = num ? parseNumberText(num[0]) : null;
    if (num && n !== null && !isWordChar(this.src[at + num[0].length])) {
      this.pos = at + num[0].length;
      const value = Object.is(n, -0) ? 0 : n;
      return { kind: "number", n: value, raw: formatNumber(value) };
    }
    if (num && n !== null && this.src.startsWith("år", at + num[0].length)) {
      // "3år": a number glued to its unit.
      this.pos = at + num[0].length;
      return { kind: "number", n, raw: formatNumber(n) };
    }
    this.fail("filter-expected-value", { found: this.snippet() });
  }

  private text(closers: string): Value {
    const start = this.pos;
    const open = this.src[start] as string;
    let i = start + 1;
    let out = "";
    for (;;) {
      const c = this.src[i];
      if (c === undefined) this.fail("filter-unterminated-text", { quote: open }, start);
      if (closers.includes(c)) {
        // "" inside a straight-quoted text is one quote character (as in Excel).
        if (c === '"' && open === '"' && this.src[i + 1] === '"') {
          out += '"';
          i += 2;
          continue;
        }
        i++;
        break;
      }
      out += c;
      i++;
    }
    if (out.length > FILTER_MAX_TEXT) this.fail("filter-text-too-long", { max: FILTER_MAX_TEXT }, start);
    this.pos = i;
    return { kind: "text", text: out };
  }
}

const describe = (v: Value): string => (v.kind === "number" ? v.raw : `"${v.text}"`);

/**
 * Parse filter text into a `Filter`. Never throws: a mistake comes back with its position and
 * a message code (rendered by `messages.ts`).
 *
 * @example
 * parseFilter('Kundesegment ≠ "drift"')
 * //=> { ok: true, filter: { op: "notIn", field: "segment", values: ["drift"] } }
 */
export function parseFilter(text: string, options: ParseFilterOptions = {}): ParseFilterResult {
  if (text.length > FILTER_MAX_LENGTH)
    return {
      ok: false,
      error: { code: "filter-too-long", pos: FILTER_MAX_LENGTH, params: { max: FILTER_MAX_LENGTH } },
    };
  try {
    return { ok: true, filter: new Parser(text, options.role).parse() };
  } catch (e) {
    if (e instanceof Fail) return { ok: false, error: e.error };
    throw e;
  }
}
