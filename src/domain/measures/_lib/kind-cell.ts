/**
 * The `Indikator` cell: a kind's word, with its qualifier in brackets (`fordeling (relativ)`,
 * `tjekliste (delvist = 0,5)`), for any list of measure kinds.
 */
import { bad, lookup, ok, type Parsed } from "../../authoring/lookup";
import type { MeasureBase } from "../../contract/shape";
import type { MeasureKindOps, StateBase } from "./kind";
import type { KindCell } from "./sheet";

type Kinds<M extends MeasureBase> = readonly MeasureKindOps<M, StateBase>[];

/** The word each kind is written with. */
export const kindWords = <M extends MeasureBase>(kinds: Kinds<M>): Readonly<Record<M["kind"], string>> =>
  Object.fromEntries(kinds.map((k) => [k.kind, k.sheet.words[0]])) as Record<M["kind"], string>;

export function parseKindCell<M extends MeasureBase>(
  kinds: Kinds<M>,
  text: string,
): Parsed<KindCell & { readonly kind: M["kind"] }> {
  const t = text.trim();
  const open = t.indexOf("(");
  const head = open >= 0 ? t.slice(0, open) : t;
  const qualifier = open >= 0 ? t.slice(open + 1, t.endsWith(")") ? -1 : undefined).trim() : "";
  const kind = lookup(
    head,
    kinds.map((k) => [k, ...k.sheet.words] as const),
  );
  if (kind === null) return bad("kind-unknown");
  if (qualifier === "") return ok({ kind: kind.kind });
  if (!kind.sheet.qualifier) return bad("kind-qualifier");
  const parsed = kind.sheet.qualifier.parse(qualifier);
  return parsed.ok ? ok({ kind: kind.kind, ...parsed.value }) : bad(parsed.reason);
}

/** The `Indikator` text of a measure of this kind. */
export function formatKindCell<M extends MeasureBase>(kind: MeasureKindOps<M, StateBase>, m: M): string {
  const qualifier = kind.sheet.qualifier?.format(m) ?? null;
  return qualifier === null ? kind.sheet.words[0] : `${kind.sheet.words[0]} (${qualifier})`;
}
