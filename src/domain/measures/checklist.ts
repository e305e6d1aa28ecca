/** Qualitative items read from the `Aktiviteter` table for this goal: how many are done. */
import { z } from "zod";
import { Id, ShortText } from "../contract/parts";
import type { TypedValue } from "../clean";
import type { EngineNote } from "../engine/notes";
import { fold } from "../engine/fold";
import { bad, lookup, ok } from "../authoring/lookup";
import { formatNumber, parseNumberText } from "../authoring/numbers";
import { defineMeasureKind, type StateKind } from "./_lib/kind";
import { missing } from "./_lib/rows";

const ChecklistSchema = z
  .object({
    kind: z.literal("checklist"),
    items: z
      .array(z.object({ id: Id, text: ShortText }).strict())
      .min(1)
      .max(50),
    /** Credit for an item with status `delvist` (0–1). */
    partialCredit: z.number().min(0).max(1),
  })
  .strict();
type Checklist = z.infer<typeof ChecklistSchema>;

export interface ChecklistState {
  readonly kind: "checklist";
  readonly done: number;
  readonly partial: number;
  readonly items: number;
  readonly partialCredit: number;
}

/** Each added item is done (a partly done one first, as it is already counted in part). */
const CHECKLIST_STATE: StateKind<ChecklistState> = {
  kind: "checklist",
  whatIf: {
    valueAfter: (s, k) =>
      Math.min(s.items, s.done + k) + Math.max(0, s.partial - Math.max(0, s.done + k - s.items)) * s.partialCredit,
    most: (s) => s.items,
  },
};

/** "Mål 6", "6", "mål 6." and "Goal 6" all name goal 6. */
const goalKey = (s: string): string =>
  fold(s)
    .replace(/^(maal|mal|goal|delmaal)\s+/, "")
    .replace(/\s+/g, "");

/** Word stems of a folded text: words of 4 letters or more, cut to 6 ("arbejdsgruppen" ~ "arbejdsgruppe"). */
const stems = (folded: string): Set<string> =>
  new Set(
    folded
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length >= 4)
      .map((w) => w.slice(0, 6)),
  );

/** The unused row sharing most stems (at least 2) with the item, when one row clearly does; else -1. */
function byWords(want: string, rows: readonly { text: string }[], used: ReadonlySet<number>): number {
  const mine = stems(want);
  let best = -1;
  let bestScore = 1;
  let tie = false;
  rows.forEach((r, i) => {
    if (used.has(i) || r.text === "") return;
    let score = 0;
    for (const w of stems(r.text)) if (mine.has(w)) score++;
    if (score > bestScore) [best, bestScore, tie] = [i, score, false];
    else if (score === bestScore && best >= 0) tie = true;
  });
  return tie ? -1 : best;
}

export const checklist = defineMeasureKind<typeof ChecklistSchema, ChecklistState, { partialCredit: number }>({
  kind: "checklist",
  schema: ChecklistSchema,
  states: [CHECKLIST_STATE],
  reads: () => ({ roles: ["Aktiviteter"] }),
  compute(m, ctx) {
    const table = ctx.data.Aktiviteter;
    if (!table) return missing({ code: "table-missing", params: { table: "Aktiviteter" } });
    const frame = ctx.frameOf(table);
    const goalCol = frame.view("maal");
    const textCol = frame.view("aktivitet");
    const statusCol = frame.view("status");
    const wanted = goalKey(ctx.goalId);
    const rows: { text: string; status: TypedValue }[] = [];
    for (let i = 0; i < table.rowCount; i++) {
      const g = goalCol.at(i);
      const goal = typeof g === "number" ? String(g) : g;
      if (typeof goal === "string" && goalKey(goal) === wanted && !table.blank[i]) {
        const t = textCol.at(i);
        rows.push({ text: typeof t === "string" ? fold(t) : "", status: statusCol.at(i) ?? null });
      }
    }
    if (rows.length === 0) return missing({ code: "activities-missing", params: { goal: ctx.goalId } });
    let done = 0;
    let partial = 0;
    const unmatched: string[] = [];
    const used = new Set<number>();
    m.items.forEach((item, index) => {
      const want = fold(item.text);
      const prefix = want.slice(0, 30);
      let at = rows.findIndex((r, i) => !used.has(i) && r.text === want);
      if (at < 0)
        at = rows.findIndex(
          (r, i) =>
            !used.has(i) && r.text !== "" && (r.text.startsWith(prefix) || want.startsWith(r.text.slice(0, 30))),
        );
      // Rows written in the template's order but reworded still line up by position.
      if (at < 0 && rows.length === m.items.length && !used.has(index)) at = index;
      // A goal whose items are split over several checklists (a stated rule on some of them):
      // a reworded row is still found by the words it shares with the item.
      if (at < 0 && rows.length !== m.items.length) at = byWords(want, rows, used);
      if (at < 0) {
        unmatched.push(item.text.length > 40 ? `${item.text.slice(0, 40)}…` : item.text);
        return;
      }
      used.add(at);
      const status = rows[at]?.status;
      if (status === "opfyldt") done++;
      else if (status === "delvist") partial++;
    });
    const notes: EngineNote[] =
      unmatched.length > 0
        ? [
            {
              code: "activities-unmatched",
              params: { count: unmatched.length, items: m.items.length, list: unmatched.join("; ") },
            },
          ]
        : [];
    const value = done + partial * m.partialCredit;
    return {
      value,
      state: { kind: "checklist", done, partial, items: m.items.length, partialCredit: m.partialCredit },
      notes,
    };
  },
  // Its target is its items, or the number the document requires done.
  impliedTarget: (m, rule) => (rule.kind === "checklist" && rule.requiredDone ? rule.requiredDone : m.items.length),
  // A checklist is a state of affairs, not a running count: its items are due in full at half-year.
  defaults: { rule: { kind: "checklist" }, unit: "aktiviteter", pace: "level" },
  items: (m) => m.items,
  sheet: {
    words: ["tjekliste", "checklist"],
    columns: ["table"],
    table: { fixed: "Aktiviteter" },
    paths: { partialCredit: "kind" },
    // `tjekliste (delvist = 0,5)`: the credit for an item done in part.
    qualifier: {
      parse(text) {
        const eq = text.indexOf("=");
        const word = eq >= 0 ? text.slice(0, eq) : text.replace(/[\d,.\s]+$/, "");
        const num = eq >= 0 ? text.slice(eq + 1) : text.slice(word.length);
        const credit = parseNumberText(num);
        if (lookup(word, [[true, "delvist", "delvis", "partial"]] as const) === null || credit === null)
          return bad("kind-qualifier");
        if (credit < 0 || credit > 1) return bad("kind-partial");
        return ok({ partialCredit: credit });
      },
      format: (m) => (m.partialCredit !== 0 ? `delvist = ${formatNumber(m.partialCredit)}` : null),
    },
    read: (r, cell): Checklist => ({ kind: "checklist", items: [...r.items], partialCredit: cell.partialCredit ?? 0 }),
    write: () => ({}),
  },
  lint: (m, check) => check.unique(m.items, "items", "item"),
  // Items matched to activity rows by their text: the engine's work, not Excel's.
  formula: "none",
});
