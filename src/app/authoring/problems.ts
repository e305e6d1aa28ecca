/**
 * Contract files and copies through the application: the domain's checks give each problem as
 * a code with parameters at a JSON path; here every problem gets its message in each language
 * (`message[lang]`), and a copy its note on where it came from, in every language's words.
 */
import { deriveContract as derive, type DeriveOptions } from "../../domain/authoring/derive";
import {
  checkContract as check,
  importContractJson as importJson,
  type ContractImport as CodedImport,
  type ContractProblem as CodedProblem,
  type ImportOptions,
} from "../../domain/authoring/json";
import type { Contract, LangText } from "../../domain/contract/schema";
import { isRegistered, LANGS, renderAuthoringMessage, t, textIn, type Lang } from "../../i18n";

/** A problem at a JSON path, with its message in every language. */
export interface ContractProblem extends CodedProblem {
  readonly message: Readonly<Record<Lang, string>>;
}

export type ContractImport =
  | { readonly ok: true; readonly contract: Contract; readonly warnings: readonly ContractProblem[] }
  | { readonly ok: false; readonly errors: readonly ContractProblem[] };

const inWords = (p: CodedProblem): ContractProblem => ({
  ...p,
  message: Object.fromEntries(LANGS.map((lang) => [lang, renderAuthoringMessage(p.rule, p.params, lang)])) as Record<
    Lang,
    string
  >,
});

const importInWords = (r: CodedImport): ContractImport =>
  r.ok ? { ...r, warnings: r.warnings.map(inWords) } : { ok: false, errors: r.errors.map(inWords) };

/** Read a contract file's text: the contract, or its problems in words. */
export const importContractJson = (text: string, options: ImportOptions = {}): ContractImport =>
  importInWords(importJson(text, options));

/** Validate a contract object (a form, a saved setting): the contract, or its problems in words. */
export const checkContract = (data: unknown): ContractImport => importInWords(check(data));

/**
 * The note on a copy: where it came from, in each language whose texts are loaded (the source's
 * title in that language). A host that copies loads every language first, so the note travels
 * complete with the contract.
 */
function copyNote(source: Contract): { readonly kind: "source"; readonly text: LangText } {
  const words = (lang: Lang) => t("contract.copyNote", lang, { id: source.id, title: textIn(source.title, lang) });
  const text = Object.fromEntries(LANGS.filter(isRegistered).map((lang) => [lang, words(lang)]));
  return { kind: "source", text: { ...text, da: words("da") } };
}

/** "Copy as next year's": `deriveContract` with the note on where the copy came from. */
export const deriveContract = (contract: Contract, options: DeriveOptions): ContractImport =>
  importInWords(derive(contract, { ...options, note: copyNote(contract) }));
