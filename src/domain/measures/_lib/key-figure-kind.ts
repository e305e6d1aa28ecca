/**
 * A measure kind that is one key figure of `Noegletal`, read by key: the key figure kind and the
 * control group kind differ only in their name, unit and the words that name them on the
 * Kontrakt sheet, so both are made here.
 */
import { z } from "zod";
import { Id, type Unit } from "../../contract/parts";
import { keyFigure as lookUpKeyFigure } from "./key-figures";
import { defineMeasureKind } from "./kind";
import { missing } from "./rows";
import { KEY_FIGURE_STATE, type KeyFigureState } from "./states";

export function keyFigureKind<K extends string>(kind: K, unit: Unit, words: readonly [da: string, en: string]) {
  const schema = z.object({ kind: z.literal(kind), key: Id }).strict();
  type Measure = z.infer<typeof schema>;
  return defineMeasureKind<typeof schema, KeyFigureState>({
    kind,
    schema,
    states: [KEY_FIGURE_STATE],
    reads: (m) => ({ roles: ["Noegletal"], keys: { key: m.key } }),
    compute(m, ctx) {
      const k = lookUpKeyFigure(m.key, ctx);
      return k.value === null
        ? missing(...k.notes)
        : { value: k.value, state: { kind: "keyFigure", value: k.value }, notes: k.notes };
    },
    defaults: { rule: { kind: "threshold" }, unit, pace: "level" },
    sheet: {
      words: [...words],
      columns: ["table", "field"],
      table: { fixed: "Noegletal" },
      // The key figure is named in `Felt`.
      paths: { key: "field" },
      read(r): Measure | null {
        const key = r.key("field", "field");
        return key === null ? null : ({ kind, key } as Measure);
      },
      write: (m) => ({ field: m.key }),
    },
    formula: { realised: (m, excel) => excel.keyFigure(m.key) },
  });
}
