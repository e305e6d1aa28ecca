/**
 * "Copy Sjælland 2025 as 2026": a new contract from an existing one with a new id, title and
 * year. Goals, targets, rules and options are copied as they are; the user edits them next.
 * The copy notes where it came from, in the words the caller gives (`options.note`).
 */
import type { Contract, LangText } from "../contract/schema";
import { checkContract, type ContractImport } from "./json";

export interface DeriveOptions {
  readonly id: string;
  /** The new title in Danish. */
  readonly title: string;
  /** The new contract's year; null when a parameter sets it. */
  readonly year: number | null;
  /** The title in other languages; where one is not given, the old one with its year moved on, if it has one. */
  readonly titles?: Readonly<Record<string, string>>;
  /** A note on the copy saying where it came from (the app words it in every language). */
  readonly note?: { readonly kind: "source"; readonly text: LangText };
}

/** The old title's translations with the year moved on, and the new ones given. */
function newTitle(contract: Contract, options: DeriveOptions): LangText {
  const { year } = options;
  const moved = Object.entries(contract.title).flatMap(([lang, text]) =>
    lang !== "da" && text !== undefined && contract.year !== null && year !== null
      ? [[lang, text.split(String(contract.year)).join(String(year))] as const]
      : [],
  );
  return { ...Object.fromEntries(moved), ...options.titles, da: options.title };
}

/**
 * A copy of `contract` under a new id, title and year. The input is not changed. Returns the
 * same result shape as `importContractJson` (errors at JSON paths, e.g. an invalid id).
 */
export function deriveContract(contract: Contract, options: DeriveOptions): ContractImport {
  const copy = JSON.parse(JSON.stringify(contract)) as Contract;
  const candidate = {
    ...copy,
    id: options.id,
    title: newTitle(contract, options),
    year: options.year,
    notes: [...copy.notes, ...(options.note ? [options.note] : [])],
  };
  return checkContract(candidate);
}
