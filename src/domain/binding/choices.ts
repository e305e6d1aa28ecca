/**
 * The user's choices of key figures and activity rows (a binding file, the pane): the names they
 * are given by, and the mistakes in them as binding-file findings that name the JSON path, what
 * was written and what exists.
 */
import type { Contract } from "../contract/schema";
import type { Finding } from "../findings";
import { fold, keyName } from "../engine/fold";
import { spelledLike } from "./likely";
import { headerStems } from "./match";
import type { ContractNeeds } from "./needs";
import { goalKey, overlap, type Row } from "./rows";
import type { InputChoices } from "./types";

/** The engine's own names of a key figure (its id, label and synonyms). */
export const keyNames = (contract: Contract, key: string): string[] => {
  const def = contract.keyFigures.find((k) => k.id === key);
  return [key, def?.label ?? key, ...(def?.synonyms ?? [])];
};

/** The user's choice for a key figure, named by its id or its label: [the name written, the text chosen]. */
export const chosenKey = (
  contract: Contract,
  key: string,
  choices: InputChoices,
): readonly [string, string] | undefined => {
  const names = new Set(keyNames(contract, key).map(keyName));
  return Object.entries(choices.keyFigures).find(([name]) => names.has(keyName(name)));
};

const MAX_KNOWN = 5;

/** A binding file's choice of a row no row has: the path, what was written, the texts most like it. */
export const unknownRow = (
  path: string,
  written: string,
  wanted: string,
  rows: readonly Row[],
  table: string,
  sheet: string | null,
): Finding => {
  // Best first: by the words shared with what was written or with the contract's name, or by spelling.
  const want = [headerStems(written), headerStems(wanted)];
  const known = rows
    .map((r) => {
      const stems = headerStems(r.text);
      return { r, score: Math.max(...want.map((w) => overlap(w, stems)), spelledLike(r.text, written)) };
    })
    .sort((a, b) => b.score - a.score || a.r.row - b.r.row)
    .map((x) => x.r)
    .slice(0, MAX_KNOWN)
    .map((r) => `"${r.text}" (${r.row})`)
    .join(", ");
  return {
    severity: "error",
    rule: "binding-file-unknown-row",
    sheet,
    table: null,
    row: null,
    column: null,
    value: written,
    params: { path, written, known, table },
  };
};

/** Names in the user's choices that the contract does not have: the path, the name, the known ones. */
export function unknownChoices(contract: Contract, needs: ContractNeeds, choices: InputChoices): Finding[] {
  const out: Finding[] = [];
  const error = (rule: string, params: Record<string, string>): void =>
    void out.push({
      severity: "error",
      rule,
      sheet: null,
      table: null,
      row: null,
      column: null,
      value: params.name ?? null,
      params,
    });
  const keyLabels = contract.keyFigures.map((k) => k.label);
  for (const name of Object.keys(choices.keyFigures)) {
    const known = contract.keyFigures.some((k) => keyNames(contract, k.id).some((n) => keyName(n) === keyName(name)));
    if (!known) error("binding-file-unknown-key", { path: `keyFigures.${name}`, name, known: keyLabels.join(", ") });
  }
  for (const [goal, items] of Object.entries(choices.activities)) {
    const listed = needs.items.filter((i) => goalKey(i.goal) === goalKey(goal));
    if (listed.length === 0) {
      const goals = [...new Set(needs.items.map((i) => i.goal))].join(", ");
      error("binding-file-unknown-activity", { path: `activities.${goal}`, name: goal, known: goals });
      continue;
    }
    for (const name of Object.keys(items))
      if (!listed.some((i) => i.item === name || fold(i.text) === fold(name)))
        error("binding-file-unknown-activity", {
          path: `activities.${goal}.${name}`,
          name,
          known: listed.map((i) => i.item).join(", "),
        });
  }
  return out;
}
