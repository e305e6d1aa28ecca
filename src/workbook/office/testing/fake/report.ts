/**
 * What a status report asks of a sheet beyond values and formats, recorded by the fake: cell
 * looks (italic, colour, size, wrap, indent, alignment, row height), hidden columns, custom
 * conditional formats and the page layout — write-only, as the adapter only writes them.
 */
import type { XlConditionalFormat, XlPageLayout } from "../../excel-api";
import { blockAddress } from "../../address";
import type { FakeContext } from "./context";
import { FakeOfficeError, mutable, type Bounds, type FakeSheetState, type SheetRef } from "./state";

/** A sheet's report state (created on first write). */
export interface FakeReportState {
  readonly hiddenColumns: Set<number>;
  readonly rowHeights: Map<number, number>;
  readonly conditional: { address: string; formula: string; fill: string; color: string }[];
  readonly page: Record<string, unknown>;
}

export const reportOf = (s: FakeSheetState): FakeReportState => {
  const holder = s as FakeSheetState & { report?: FakeReportState };
  holder.report ??= { hiddenColumns: new Set(), rowHeights: new Map(), conditional: [], page: {} };
  return holder.report;
};

const enqueue = (ctx: FakeContext, run: () => void): void =>
  ctx.enqueue({
    run: () => {
      run();
      return 0;
    },
    bytes: 80,
    cells: 0,
    writes: true,
  });

const writeOnly = (what: string): never => {
  throw new FakeOfficeError("PropertyNotLoaded", `${what} is write-only in the fake`);
};

/** A property every cell of the block takes (kept in the cell's `look`). */
export const cellLook = (ctx: FakeContext, sheetRef: SheetRef, b: () => Bounds, name: string, value: unknown): void =>
  enqueue(ctx, () => {
    const s = sheetRef();
    const x = b();
    for (let i = 0; i < x.rows; i++)
      for (let j = 0; j < x.columns; j++) {
        const cell = mutable(s, x.row + i, x.column + j) as { look?: Record<string, unknown> };
        cell.look = { ...cell.look, [name]: value };
      }
  });

export const rowHeight = (ctx: FakeContext, sheetRef: SheetRef, b: () => Bounds, v: number): void =>
  enqueue(ctx, () => {
    const x = b();
    for (let i = 0; i < x.rows; i++) reportOf(sheetRef()).rowHeights.set(x.row + i, v);
  });

export const hideColumns = (ctx: FakeContext, sheetRef: SheetRef, b: () => Bounds, hidden: boolean): void =>
  enqueue(ctx, () => {
    const x = b();
    for (let j = 0; j < x.columns; j++)
      if (hidden) reportOf(sheetRef()).hiddenColumns.add(x.column + j);
      else reportOf(sheetRef()).hiddenColumns.delete(x.column + j);
  });

export const conditionalFormats = (ctx: FakeContext, sheetRef: SheetRef, b: () => Bounds) => ({
  add(type: "Custom"): XlConditionalFormat {
    if (type !== "Custom") throw new FakeOfficeError("InvalidArgument", type);
    const entry = { address: "", formula: "", fill: "", color: "" };
    enqueue(ctx, () => {
      const x = b();
      entry.address = blockAddress(x.row, x.column, x.rows, x.columns);
      reportOf(sheetRef()).conditional.push(entry);
    });
    const set = (k: "formula" | "fill" | "color", v: string) => enqueue(ctx, () => (entry[k] = v));
    return {
      custom: {
        rule: {
          get formula(): string {
            return writeOnly("formula");
          },
          set formula(v: string) {
            set("formula", v);
          },
        },
        format: {
          fill: {
            get color(): string {
              return writeOnly("fill.color");
            },
            set color(v: string) {
              set("fill", v);
            },
          },
          font: {
            get color(): string {
              return writeOnly("font.color");
            },
            set color(v: string) {
              set("color", v);
            },
          },
        },
      },
    };
  },
});

export const pageLayout = (ctx: FakeContext, sheetRef: SheetRef): XlPageLayout => {
  const put = (k: string, v: unknown) => enqueue(ctx, () => (reportOf(sheetRef()).page[k] = v));
  return {
    get orientation(): "Landscape" {
      return writeOnly("orientation");
    },
    set orientation(v: string) {
      put("orientation", v);
    },
    get zoom(): Excel.PageLayoutZoomOptions {
      return writeOnly("zoom");
    },
    set zoom(v: Excel.PageLayoutZoomOptions) {
      put("zoom", v);
    },
    setPrintTitleRows: (address: string) => put("titleRows", address),
    setPrintArea: (address: string) => put("area", address),
    headersFooters: {
      defaultForAllPages: {
        get leftFooter(): string {
          return writeOnly("leftFooter");
        },
        set leftFooter(v: string) {
          put("leftFooter", v);
        },
        get rightFooter(): string {
          return writeOnly("rightFooter");
        },
        set rightFooter(v: string) {
          put("rightFooter", v);
        },
      },
    },
  };
};
