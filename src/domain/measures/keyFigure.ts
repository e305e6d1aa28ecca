/** A figure measured elsewhere, read from the `Noegletal` table by key. */
import { z } from "zod";
import { Id } from "../contract/parts";
import { keyFigure as lookUpKeyFigure } from "./_lib/key-figures";
import { defineMeasureKind } from "./_lib/kind";
import { missing } from "./_lib/rows";
import { KEY_FIGURE_STATE, type KeyFigureState } from "./_lib/states";

const KeyFigureMeasureSchema = z.object({ kind: z.literal("keyFigure"), key: Id }).strict();
type KeyFigureMeasure = z.infer<typeof KeyFigureMeasureSchema>;

export const keyFigure = defineMeasureKind<typeof KeyFigureMeasureSchema, KeyFigureState>({
  kind: "keyFigure",
  schema: KeyFigureMeasureSchema,
  states: [KEY_FIGURE_STATE],
  reads: (m) => ({ roles: ["Noegletal"], keys: { key: m.key } }),
  compute(m, ctx) {
    const k = lookUpKeyFigure(m.key, ctx);
    return k.value === null
      ? missing(...k.notes)
      : { value: k.value, state: { kind: "keyFigure", value: k.value }, notes: k.notes };
  },
  defaults: { rule: { kind: "threshold" }, unit: "procent", pace: "level" },
  sheet: {
    words: ["nøgletal", "key figure"],
    columns: ["table", "field"],
    table: { fixed: "Noegletal" },
    // The key figure is named in `Felt`.
    paths: { key: "field" },
    read(r): KeyFigureMeasure | null {
      const key = r.key("field", "field");
      return key === null ? null : { kind: "keyFigure", key };
    },
    write: (m) => ({ field: m.key }),
  },
  formula: { realised: (m, excel) => excel.keyFigure(m.key) },
});
