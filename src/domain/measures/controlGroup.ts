/** Growth against a control group (percentage points), a key figure from the effect study. */
import { z } from "zod";
import { Id } from "../contract/parts";
import { keyFigure as lookUpKeyFigure } from "./_lib/key-figures";
import { defineMeasureKind } from "./_lib/kind";
import { missing } from "./_lib/rows";
import { KEY_FIGURE_STATE, type KeyFigureState } from "./_lib/states";

const ControlGroupSchema = z.object({ kind: z.literal("controlGroup"), key: Id }).strict();
type ControlGroup = z.infer<typeof ControlGroupSchema>;

export const controlGroup = defineMeasureKind<typeof ControlGroupSchema, KeyFigureState>({
  kind: "controlGroup",
  schema: ControlGroupSchema,
  states: [KEY_FIGURE_STATE],
  reads: (m) => ({ roles: ["Noegletal"], keys: { key: m.key } }),
  compute(m, ctx) {
    const k = lookUpKeyFigure(m.key, ctx);
    return k.value === null
      ? missing(...k.notes)
      : { value: k.value, state: { kind: "keyFigure", value: k.value }, notes: k.notes };
  },
  defaults: { rule: { kind: "threshold" }, unit: "procentpoint", pace: "level" },
  sheet: {
    words: ["kontrolgruppe", "control group"],
    columns: ["table", "field"],
    table: { fixed: "Noegletal" },
    // The key figure is named in `Felt`.
    paths: { key: "field" },
    read(r): ControlGroup | null {
      const key = r.key("field", "field");
      return key === null ? null : { kind: "controlGroup", key };
    },
    write: (m) => ({ field: m.key }),
  },
  formula: { realised: (m, excel) => excel.keyFigure(m.key) },
});
