/**
 * What a language is to Kontrakttjek: every message of the product and how the language writes
 * numbers, dates and plurals. Each file in `locales/` implements this one type (date-fns style),
 * so a key missing in a language fails the type check. The keys of messages the domain emits
 * (finding rules, engine notes, authoring codes) are the domain's own types: the domain says
 * what happened, a locale says it in words.
 */
import type { AuthoringNoun, AuthoringReason, AuthoringRule } from "../domain/authoring/messages";
import type { RuleId } from "../domain/checks/rules";
import type { EngineNoteCode } from "./engine-notes";
import type { CliKey } from "./keys/cli";
import type { PaneKey } from "./keys/pane";
import type { StringKey } from "./keys/strings";

/** A finding's title and message (`{value}`, `{sheet}`, the finding's params as placeholders). */
export interface FindingText {
  readonly title: string;
  readonly message: string;
  /** The message to use instead when the named parameter is blank (e.g. no other rows to list). */
  readonly whenBlank?: { readonly param: string; readonly message: string };
}

/** Where something is, as a phrase with one placeholder: `række {row}`. */
type Place<K extends string> = Readonly<Record<K, string>>;

export interface Locale {
  /** The language's code (ISO 639-1), as in `--lang en` and `Office.context.displayLanguage`. */
  readonly code: string;
  /** The BCP 47 tag the `Intl` formatters use (`da-DK`): numbers in the pane and the CLI tables, lists. */
  readonly intl: string;
  /** Numbers in messages: thousands grouped (above 9999) and the decimal mark. */
  readonly number: { readonly group: string; readonly decimal: string };
  /** An ISO date (`yyyy-mm-dd`) in a message, from its parts. */
  readonly date: (year: string, month: string, day: string) => string;
  /** Which word of a `{n:one|other}` choice goes with `n` (0 the first; past the last, the last). */
  readonly plural: (n: number) => number;

  /** The entry checks' findings: what is wrong and what to do, with where it is put in front. */
  readonly findings: {
    readonly place: Place<"sheet" | "table" | "row" | "column">;
    /** For a rule without texts (from untyped input). */
    readonly generic: FindingText;
    readonly rules: Readonly<Record<RuleId, FindingText>>;
  };
  /** Notes the evaluation puts on goals and indicators (why a figure is missing, which default applied). */
  readonly notes: Readonly<Record<EngineNoteCode, string>>;
  /** Texts the app and every host share: status words, columns, the status and scenario sheets. */
  readonly strings: Readonly<Record<StringKey, string>>;
  /** The task pane's and the demo's labels, buttons and explanations. */
  readonly pane: Readonly<Record<PaneKey, string>>;
  /** What the command line prints. */
  readonly cli: Readonly<Record<CliKey, string>>;
  /** Contract authoring: findings on a `Kontrakt` sheet or in a contract file, their reasons and nouns. */
  readonly authoring: {
    readonly place: Place<"row" | "column">;
    readonly rules: Readonly<Record<AuthoringRule, string>>;
    readonly reasons: Readonly<Record<AuthoringReason, string>>;
    /** What `{what}` and `{where}` name ("Kontraktens id", "afsnittet Nøgletal"). */
    readonly nouns: Readonly<Record<AuthoringNoun, string>>;
  };
}
