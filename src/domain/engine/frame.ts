/**
 * What one evaluation keeps per checked table while its measures run: the column views it has
 * asked for, row masks by filter (measures sharing a filter, and every measure sharing the
 * period, compute it once) and one scratch bitset for distinct CVR numbers. Made fresh by each
 * `evaluateClean`, so nothing outlives an evaluation or depends on its options.
 */
import { columnView, type CleanTable, type ColumnView } from "../clean";
import { CvrSet } from "./companies";
import { fold } from "./fold";
import { emptyMask, type RowMask } from "./mask";

export interface TableFrame {
  readonly table: CleanTable;
  readonly rowCount: number;
  readonly fields: ReadonlySet<string>;
  view(field: string): ColumnView;
  /** The field's numbers (NaN where there is none), from its view or made once from `at`. */
  numbers(field: string): Float64Array;
  /** The rows that are not blank. */
  notBlank(): RowMask;
  /** Masks by key (filters, rows of a measure), for this evaluation. */
  readonly masks: Map<string, RowMask>;
  /** Per coded field: how often a filter asked for it, and its rows per code once asked twice. */
  readonly codeMasks: Map<string, { asks: number; flat: Int32Array | null }>;
  /** Rows in a period (and not blank) and the rows it cannot place, by field and bounds. */
  readonly periods: Map<string, { readonly mask: RowMask; readonly unplaced: number }>;
  /** Folding with a cache: coded columns hold few distinct strings over many rows. */
  readonly fold: (s: string) => string;
  readonly scratch: Scratch;
}

export interface Scratch {
  /** The evaluation's one set of CVR numbers, emptied for the caller. */
  cvrSet(): CvrSet;
}

export function newScratch(): Scratch {
  let set: CvrSet | null = null;
  return {
    cvrSet() {
      set ??= new CvrSet();
      set.clear();
      return set;
    },
  };
}

function cachedFold(): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let f = cache.get(s);
    if (f === undefined) {
      f = fold(s);
      if (cache.size < 100_000) cache.set(s, f);
    }
    return f;
  };
}

export function newFrame(table: CleanTable, scratch: Scratch): TableFrame {
  const views = new Map<string, ColumnView>();
  const numbers = new Map<string, Float64Array>();
  let notBlank: RowMask | null = null;
  const n = table.rowCount;
  const view = (field: string): ColumnView => {
    let v = views.get(field);
    if (v === undefined) views.set(field, (v = columnView(table, field)));
    return v;
  };
  return {
    table,
    rowCount: n,
    fields: table.fields,
    view,
    numbers(field) {
      let made = numbers.get(field);
      if (made === undefined) {
        const v = view(field);
        made = v.numbers;
        if (made === undefined) {
          made = new Float64Array(n).fill(NaN);
          for (let i = 0; i < n; i++) {
            const x = v.at(i);
            if (typeof x === "number") made[i] = x;
          }
        }
        numbers.set(field, made);
      }
      return made;
    },
    notBlank() {
      if (notBlank === null) {
        const blank = table.blank;
        const out = emptyMask(n);
        for (let w = 0, i = 0; i < n; w++) {
          const end = Math.min(i + 32, n);
          let x = 0;
          for (let j = 0; i < end; i++, j++) if (!blank[i]) x |= 1 << j;
          out[w] = x;
        }
        notBlank = out;
      }
      return notBlank;
    },
    masks: new Map(),
    periods: new Map(),
    codeMasks: new Map(),
    fold: cachedFold(),
    scratch,
  };
}

/** The frames of one evaluation, one per table. */
export function newFrames(): (table: CleanTable) => TableFrame {
  const scratch = newScratch();
  const frames = new Map<CleanTable, TableFrame>();
  return (table) => {
    let f = frames.get(table);
    if (f === undefined) frames.set(table, (f = newFrame(table, scratch)));
    return f;
  };
}
