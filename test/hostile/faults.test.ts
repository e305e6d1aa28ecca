/**
 * Faults injected while writing. On the Office adapter (the fake Excel with Office.js batching):
 * every request of a write is made to fail in turn — applied and then lost, or refused whole —
 * and the workbook must end up exactly as before (the write undone, `WriteFailedError`
 * "rolled-back"), or, when undoing fails too, "partly-written" with "remove" taking it all away.
 * Requests Excel finds too large are retried smaller before a plain failure. On the .xlsx path,
 * an exception between parts leaves the workbook (and its bytes) untouched.
 */
import { readFileSync } from "node:fs";
import { describeError } from "../../src/taskpane/errors";
import { OfficeWorkbook, type XlRun } from "../../src/workbook/office";
import { hasRecord } from "../../src/workbook/office/testing/record";
import { FakeExcel, FakeOfficeError } from "../../src/workbook/office/testing/fake-excel";
import { WriteConflictError, WriteFailedError, type PlanCell, type WritePlan } from "../../src/workbook/port";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { PartStore } from "../../src/workbook/xlsx/write/package";
import { fixture } from "./helpers";

const FEATURES = { dataValidation: true, suspendScreenUpdating: true };
/** Small requests, so the sample write spans many of them (each one a place to fail). */
const SMALL = { maxCells: 20, maxBytes: 1e9 };

/** A workbook with a table, a plain range under a title and a user's own fill. */
function sample(): FakeExcel {
  const book = new FakeExcel();
  const courses: (string | number | null)[][] = [["CVR-nummer", "Kundesegment", "Timer"]];
  for (let i = 0; i < 60; i++) courses.push([String(30_000_005 + i), i % 2 ? "drift" : "vækst", i % 30]);
  book.put("Forløb", "A1", courses);
  book.addTable(book.sheet("Forløb")!, `A1:C${courses.length}`).name = "Forloeb";
  book.put("Evaluering", "A1", [["Brugerevaluering 2025"]]);
  book.put("Evaluering", "B3", [
    ["CVR", "Anbefaling (0-10)"],
    ["30000005", 9],
    ["30000013", 11],
    ["30000021", 3],
  ]);
  book.cell("Forløb", "C5")!.fill = "#00B0F0";
  return book;
}

const text = (value: string, format?: "header"): PlanCell => ({ kind: "value", value, ...(format ? { format } : {}) });

/** A write with a status sheet of `rows` rows, Kontrol columns on both sources, and highlights. */
function plan(rows = 40, note = "Bemærkning"): WritePlan {
  return {
    statusSheet: {
      name: "Målopfyldelse",
      rows: [
        [text("Mål", "header"), text("Realiseret", "header"), text("Bemærkninger", "header")],
        ...Array.from({ length: rows }, (_, i) => [
          text(String(i + 1)),
          { kind: "formula" as const, formula: `=COUNTIFS(Forloeb[[Timer]],">=${i}")`, cached: i },
          text(`${note} ${i}`),
        ]),
      ],
      chart: { categoriesColumn: 0, valuesColumn: 1, rows: [1, 2, 3] },
    },
    kontrolColumns: [
      {
        sheet: "Forløb",
        table: "Forloeb",
        headerRow: 1,
        column: 3,
        header: "Kontrol",
        values: Array.from({ length: 60 }, (_, i) => (i % 7 === 0 ? `Række ${i + 2}: timer over 20` : null)),
      },
      { sheet: "Evaluering", table: null, headerRow: 3, column: 3, header: "Kontrol", values: [null, "Over 10", null] },
    ],
    highlights: [
      ...Array.from({ length: 9 }, (_, i) => ({ sheet: "Forløb", row: 2 + i * 7, column: 2, kind: "error" as const })),
      { sheet: "Forløb", row: 5, column: 2, kind: "warning" as const },
      { sheet: "Evaluering", row: 5, column: 2, kind: "error" as const },
    ],
  };
}

/** Everything a user could see or Kontrakttjek could leave behind, in a comparable form. */
function snapshot(book: FakeExcel) {
  return {
    sheets: book.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      charts: s.charts.length,
      cells: [...s.cells.entries()]
        .filter(([, c]) => c.value !== null || c.formula || c.error || c.fill || c.numberFormat || c.bold)
        .map(([k, c]) => [
          k,
          c.value,
          c.formula ?? null,
          c.error ?? null,
          c.fill ?? null,
          c.numberFormat ?? null,
          !!c.bold,
        ])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    })),
    tables: book.tables.map((t) => [t.name, t.sheet.name, t.row, t.column, t.rows, t.columns]),
    settings: [...book.settings.entries()].sort(),
  };
}

type Fault = "lost" | "refused";

/**
 * The fake's `run`, with request number `at` (counted from the start of the next batch) failing:
 * "lost" — Excel applied it and the answer never came back; "refused" — Excel applied nothing.
 * With `from`, every later request fails too (the connection is gone).
 */
function faulty(
  book: FakeExcel,
  at: number,
  fault: Fault,
  from = false,
): XlRun & { count: () => number; heal: () => void } {
  let n = 0;
  let healed = false;
  const run = ((batch) =>
    book.run((ctx) =>
      batch({
        workbook: ctx.workbook,
        sync: async () => {
          n++;
          if (!healed && (n === at || (from && n > at))) {
            if (fault === "lost") await ctx.sync();
            else {
              const limit = book.payloadLimit;
              book.payloadLimit = -1;
              await ctx.sync().catch(() => undefined);
              book.payloadLimit = limit;
            }
            throw new FakeOfficeError("GeneralException", "There was an internal error while processing the request.");
          }
          return ctx.sync();
        },
      }),
    )) as XlRun & { count: () => number; heal: () => void };
  run.count = () => n;
  run.heal = () => (healed = true);
  return run;
}

/** Requests one whole apply takes on a fresh sample (with or without an earlier write). */
async function requestsOfApply(withPrevious: boolean): Promise<number> {
  const book = sample();
  if (withPrevious) await new OfficeWorkbook(book.run, FEATURES).apply(plan(40, "Før"));
  const run = faulty(book, Number.POSITIVE_INFINITY, "lost");
  await new OfficeWorkbook(run, FEATURES, SMALL).apply(plan());
  return run.count();
}

describe("Office adapter: a write that fails at any request is undone", () => {
  let total = 0;
  let totalWithPrevious = 0;
  beforeAll(async () => {
    total = await requestsOfApply(false);
    totalWithPrevious = await requestsOfApply(true);
  });

  it("takes a handful of requests (each one a place to fail)", () => {
    expect(total).toBeGreaterThan(8);
    expect(totalWithPrevious).toBeGreaterThan(total);
  });

  for (const fault of ["lost", "refused"] as const) {
    it(`every request ${fault}: untouched, or undone and said so`, async () => {
      let undone = 0;
      for (let at = 1; at <= total; at++) {
        const book = sample();
        const before = snapshot(book);
        const port = new OfficeWorkbook(faulty(book, at, fault), FEATURES, SMALL);
        const error = await port.apply(plan()).then(
          () => null,
          (e: unknown) => e,
        );
        expect(error).not.toBeNull();
        expect(error).not.toBeInstanceOf(WriteConflictError);
        if (error instanceof WriteFailedError) {
          expect([at, error.state, error.previousRemoved, error.code]).toEqual([
            at,
            "rolled-back",
            false,
            "GeneralException",
          ]);
          undone++;
        } else {
          // Failed while looking, before anything changed.
          expect(error).toBeInstanceOf(FakeOfficeError);
        }
        expect([at, snapshot(book)]).toEqual([at, before]);
      }
      expect(undone).toBeGreaterThan(total / 2);
    });

    it(`with an earlier write, every request ${fault}: the workbook is as a clean would leave it`, async () => {
      const reference = sample();
      const untouchedPrevious = await (async () => {
        const b = sample();
        await new OfficeWorkbook(b.run, FEATURES).apply(plan(40, "Før"));
        return snapshot(b);
      })();
      await new OfficeWorkbook(reference.run, FEATURES).apply(plan(40, "Før"));
      await new OfficeWorkbook(reference.run, FEATURES).clean();
      const cleaned = snapshot(reference);
      for (let at = 1; at <= totalWithPrevious; at++) {
        const book = sample();
        await new OfficeWorkbook(book.run, FEATURES).apply(plan(40, "Før"));
        const error = await new OfficeWorkbook(faulty(book, at, fault), FEATURES, SMALL).apply(plan()).then(
          () => null,
          (e: unknown) => e,
        );
        if (error instanceof WriteFailedError) {
          expect([at, error.state, error.previousRemoved]).toEqual([at, "rolled-back", true]);
          expect([at, snapshot(book)]).toEqual([at, cleaned]);
        } else {
          expect(error).toBeInstanceOf(FakeOfficeError);
          expect([at, snapshot(book)]).toEqual([at, untouchedPrevious]);
        }
      }
    });
  }

  it("a cancel part-way is undone and stays a cancel", async () => {
    const book = sample();
    const before = snapshot(book);
    const port = new OfficeWorkbook(book.run, FEATURES, { maxCells: 20, maxBytes: 1e9 });
    const ctl = new AbortController();
    const error = await port
      .apply(plan(200), { signal: ctl.signal, onProgress: (done) => done > 30 && ctl.abort() })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toMatchObject({ name: "AbortError" });
    expect(snapshot(book)).toEqual(before);
  });

  it("when undoing fails too (the connection is gone), it says 'partly written', and remove takes it all away", async () => {
    let partly = 0;
    for (let at = 1; at <= total; at++) {
      const book = sample();
      const before = snapshot(book);
      const run = faulty(book, at, "lost", true);
      const port = new OfficeWorkbook(run, FEATURES, SMALL);
      const error = await port.apply(plan()).then(
        () => null,
        (e: unknown) => e,
      );
      // Failing while looking, or before anything was written, leaves nothing to undo.
      if (!(error instanceof WriteFailedError) || error.state === "rolled-back") {
        expect([at, snapshot(book)]).toEqual([at, before]);
        continue;
      }
      expect([at, error.state]).toEqual([at, "partly-written"]);
      expect(error.message).toMatch(/run remove \(clean\)/);
      partly++;
      // What was written is recorded, so once Excel answers again, remove takes it away.
      expect(hasRecord(book)).toBe(true);
      run.heal();
      await port.clean();
      expect([at, snapshot(book)]).toEqual([at, before]);
    }
    expect(partly).toBeGreaterThan(total / 2);
  });

  it("the task pane says which: undone, or partly written with what to do", () => {
    const cause = new FakeOfficeError("GeneralException", "internal error");
    const undone = describeError(new WriteFailedError("rolled-back", cause, false), "da").message;
    const partly = describeError(new WriteFailedError("partly-written", cause, false), "da").message;
    expect(undone).toMatch(/Intet er skrevet/);
    expect(undone).not.toMatch(/sidste gang/);
    expect(describeError(new WriteFailedError("rolled-back", cause, true), "da").message).toMatch(
      /Intet er skrevet.*Det, Kontrakttjek skrev sidste gang, var allerede fjernet/,
    );
    expect(partly).toMatch(/delvist skrevet.*Fjern/);
    expect(describeError(new WriteFailedError("partly-written", cause, false), "en").message).toMatch(
      /partly written.*Remove/,
    );
  });
});

describe("Office adapter: requests Excel finds too large are retried smaller", () => {
  it("a write whose first chunks are refused still writes everything, in smaller requests", async () => {
    const book = sample();
    // The record (about 6 KB here: 900 fingerprinted cells) must fit in a request of its own.
    book.payloadLimit = 7_000;
    const port = new OfficeWorkbook(book.run, FEATURES);
    const long = "x".repeat(60);
    await port.apply(plan(300, long));
    expect(book.requests.some((r) => r.refused)).toBe(true);
    expect(book.requests.filter((r) => !r.refused).every((r) => r.requestBytes <= 7_000)).toBe(true);
    expect(book.value("Målopfyldelse", "C301")).toBe(`${long} 299`);
    expect(book.cell("Målopfyldelse", "B301")!.formula).toBe('=COUNTIFS(Forloeb[[Timer]],">=299")');
    expect(book.value("Forløb", "D1")).toBe("Kontrol");
    expect(book.value("Forløb", "D2")).toBe("Række 2: timer over 20");
    expect(book.cell("Forløb", "C9")!.fill).toBe("#FFC7CE");
    expect(hasRecord(book)).toBe(true);
  });

  it("when even one row is too large: undone, with Excel's code, and a plain message", async () => {
    const book = sample();
    const before = snapshot(book);
    book.payloadLimit = 2_000;
    const port = new OfficeWorkbook(book.run, FEATURES);
    const error = await port.apply(plan(5, "y".repeat(3_000))).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WriteFailedError);
    expect(error).toMatchObject({ state: "rolled-back", code: "RequestPayloadSizeLimitExceeded" });
    expect(book.requests.filter((r) => r.refused).length).toBeGreaterThan(2);
    book.payloadLimit = Number.POSITIVE_INFINITY;
    expect(snapshot(book)).toEqual(before);
    const message = describeError(error, "da").message;
    expect(message).toMatch(/for stor/i);
    expect(message).not.toMatch(/\bat .*:\d+:\d+/);
  });
});

/** The same kind of write for the committed valid.xlsx (its tables are Forloeb and Evaluering). */
function xlsxPlan(): WritePlan {
  const p = plan();
  return {
    ...p,
    kontrolColumns: [
      {
        sheet: "Forløb",
        table: "Forloeb",
        headerRow: 1,
        column: 12,
        header: "Kontrol",
        values: ["a", null, "b", null, null, "c"],
      },
      {
        sheet: "Brugerevaluering",
        table: "Evaluering",
        headerRow: 1,
        column: 5,
        header: "Kontrol",
        values: [null, "Over 10"],
      },
    ],
    highlights: [
      { sheet: "Forløb", row: 2, column: 7, kind: "error" },
      { sheet: "Brugerevaluering", row: 3, column: 2, kind: "warning" },
    ],
  };
}

describe(".xlsx adapter: an exception between parts leaves the workbook untouched", () => {
  it("fails at each part it writes; the bytes and what reads see stay the same", async () => {
    const bytes = new Uint8Array(readFileSync(fixture("valid.xlsx")));
    const written = new Set<string>();
    const realSet = PartStore.prototype.setText;
    const spy = jest.spyOn(PartStore.prototype, "setText").mockImplementation(function (this: PartStore, name, text) {
      written.add(name);
      return realSet.call(this, name, text);
    });
    const full = XlsxWorkbook.open(bytes);
    await full.apply(xlsxPlan());
    spy.mockRestore();
    const partsWritten = written.size;
    expect(partsWritten).toBeGreaterThan(3);

    for (let failAt = 1; failAt <= partsWritten; failAt++) {
      const wb = XlsxWorkbook.open(bytes);
      const before = await wb.listSources();
      let n = 0;
      const failing = jest.spyOn(PartStore.prototype, "setText").mockImplementation(function (
        this: PartStore,
        name,
        text,
      ) {
        if (++n === failAt) throw new Error(`EIO: i/o error while writing ${name}`);
        return realSet.call(this, name, text);
      });
      try {
        await expect(wb.apply(xlsxPlan())).rejects.toThrow(/EIO/);
      } finally {
        failing.mockRestore();
      }
      expect(Buffer.from(wb.toBytes()).equals(Buffer.from(bytes))).toBe(true);
      expect(await wb.listSources()).toEqual(before);
      // And the same workbook can be written afterwards, whole.
      await wb.apply(xlsxPlan());
      expect(wb.sheetNames()).toContain("Målopfyldelse");
    }
  });
});
