/**
 * "Copy Sjælland 2025 as 2026": a new contract from an existing one with a new id, title and
 * year. Goals, targets, rules and options are copied as they are; the user edits them next.
 * The copy notes where it came from, in the words the caller gives (`options.note`).
 */
import type { Contract, Note } from "../contract/schema";
import { checkContract, type ContractImport } from "./json";

export interface DeriveOptions {
  readonly id: string;
  readonly title: string;
  /** The new contract's year; null when a parameter sets it. */
  readonly year: number | null;
  /** English title; when absent the old one is kept with its year replaced, if it has one. */
  readonly titleEn?: string;
  /** A note on the copy saying where it came from (the app words it in every language). */
  readonly note?: Note;
}

/**
 * A copy of `contract` under a new id, title and year. The input is not changed. Returns the
 * same result shape as `importContractJson` (errors at JSON paths, e.g. an invalid id).
 */
export function deriveContract(contract: Contract, options: DeriveOptions): ContractImport {
  const copy = JSON.parse(JSON.stringify(contract)) as Contract;
  const oldYear = contract.year;
  const titleEn =
    options.titleEn ??
    (contract.titleEn && oldYear !== null && options.year !== null
      ? contract.titleEn.split(String(oldYear)).join(String(options.year))
      : undefined);
  const { titleEn: _old, ...rest } = copy;
  const candidate = {
    ...rest,
    id: options.id,
    title: options.title,
    ...(titleEn ? { titleEn } : {}),
    year: options.year,
    notes: [...copy.notes, ...(options.note ? [options.note] : [])],
  };
  return checkContract(candidate);
}
