/** Ratio of two key figures (e.g. gearing = omsætning i alt / basistilskud). */
import { z } from "zod";
import { Id } from "../contract/parts";
import { keyFigure } from "./_lib/key-figures";
import { defineMeasureKind, type StateKind } from "./_lib/kind";
import { missing } from "./_lib/rows";

const KeyRatioSchema = z.object({ kind: z.literal("keyRatio"), numerator: Id, denominator: Id }).strict();
type KeyRatio = z.infer<typeof KeyRatioSchema>;

export interface KeyRatioState {
  readonly kind: "keyRatio";
  readonly numerator: number;
  readonly denominator: number;
}

/** k more of the numerator. */
const KEY_RATIO_STATE: StateKind<KeyRatioState> = {
  kind: "keyRatio",
  whatIf: { valueAfter: (s, k) => (s.denominator === 0 ? null : (s.numerator + k) / s.denominator) },
};

export const keyRatio = defineMeasureKind<typeof KeyRatioSchema, KeyRatioState>({
  kind: "keyRatio",
  schema: KeyRatioSchema,
  states: [KEY_RATIO_STATE],
  reads: (m) => ({ roles: ["Noegletal"], keys: { numerator: m.numerator, denominator: m.denominator } }),
  compute(m, ctx) {
    const n = keyFigure(m.numerator, ctx);
    const d = keyFigure(m.denominator, ctx);
    if (n.value === null || d.value === null) return missing(...n.notes, ...d.notes);
    if (d.value === 0) return missing({ code: "division-by-zero", params: { key: d.label } });
    return {
      value: n.value / d.value,
      state: { kind: "keyRatio", numerator: n.value, denominator: d.value },
      notes: [...n.notes, ...d.notes],
    };
  },
  defaults: { rule: { kind: "proportional" }, unit: "faktor", pace: "level" },
  sheet: {
    words: ["forhold", "ratio"],
    columns: ["table", "numerator", "denominator"],
    table: { fixed: "Noegletal" },
    read(r): KeyRatio | null {
      const numerator = r.key("numerator", "numerator");
      const denominator = r.key("denominator", "denominator");
      return numerator === null || denominator === null ? null : { kind: "keyRatio", numerator, denominator };
    },
    write: (m) => ({ numerator: m.numerator, denominator: m.denominator }),
  },
  formula: {
    realised(m, excel) {
      const n = excel.keyFigure(m.numerator);
      const d = excel.keyFigure(m.denominator);
      return n && d ? `IFERROR(${n}/${d},"")` : null;
    },
  },
});
