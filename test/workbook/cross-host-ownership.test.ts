/**
 * One record of what was written, across hosts (issue 15): a workbook written by the CLI's
 * `evaluate --write` and opened in Excel, where "Fjern" (the Office adapter's clean) removes every
 * cell Kontrakttjek wrote; and a workbook written by the task pane and saved, where the CLI's
 * `clean` removes exactly what the pane wrote. In between the user types over one of our cells:
 * it is theirs from then on and stays, in both directions (a cell is removed only while it still
 * holds what was written). Every other cell of the user's is as it was.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { application } from "../../src/app/application";
import { generateExample } from "../../src/app/examples/generate";
import { findContract } from "../../src/templates";
import { OfficeWorkbook } from "../../src/workbook/office";
import type { FakeCell, FakeExcel } from "../../src/workbook/office/testing/fake-excel";
import { decodeCells } from "../../src/workbook/ownership/cells";
import { MARKS_NS, parseRecord, type Ownership } from "../../src/workbook/ownership/record";
import { cellRef } from "../../src/workbook/sheet/a1";
import type { NewWorkbookSpec } from "../../src/workbook/sheet/spec";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { createWorkbook } from "../../src/workbook/xlsx/create";
import { cli } from "../hostile/helpers";
import { fakeFromXlsx, xlsxFromFake } from "./office-bridge";

const CONTRACT = "sjaelland-2025";
const FEATURES = { dataValidation: true, suspendScreenUpdating: true };
const USER_TEXT = "min egen tekst";
const dir = mkdtempSync(join(tmpdir(), "kt-cross-host-"));

const input = (): Uint8Array => createWorkbook(generateExample(findContract(CONTRACT)!).spec as NewWorkbookSpec);

const recordOf = (book: FakeExcel): Ownership => {
  const xml = book.customXml(MARKS_NS);
  expect(xml).toHaveLength(1);
  const record = parseRecord(xml[0]!);
  if (!record) throw new Error("no record");
  return record;
};

/** Every cell the record says was written, as `sheet!A1`. */
const writtenCells = (r: Ownership): { sheet: string; row: number; column: number }[] => [
  ...r.sheets.flatMap((s) => [...decodeCells(s.cells)].map((c) => ({ sheet: s.name, ...c }))),
  ...r.columns.flatMap((c) => [...decodeCells(c.cells)].map((p) => ({ sheet: c.sheet, ...p }))),
];

/** What a user sees of a cell (a fill Excel shows as white is no fill). */
const seen = (c: FakeCell | undefined): string => {
  if (!c) return "";
  const fill = c.fill && c.fill.toUpperCase() !== "#FFFFFF" ? ` fill ${c.fill.toUpperCase()}` : "";
  const body = c.formula ?? c.error ?? (c.value === null ? "" : `${typeof c.value}:${String(c.value)}`);
  return `${body}${fill}`;
};

/** Every cell of every sheet of `before`, as it is in `after` (missing sheets show as such). */
function userCellsAsBefore(before: FakeExcel, after: FakeExcel): void {
  for (const s of before.sheets) {
    const now = after.sheet(s.name);
    expect([s.name, now !== undefined]).toEqual([s.name, true]);
    const keys = new Set([...s.cells.keys(), ...(now?.cells.keys() ?? [])]);
    const diff = [...keys].flatMap((k) => {
      const [r, c] = k.split(",").map(Number) as [number, number];
      const a = seen(s.cells.get(k));
      const b = seen(now?.cells.get(k));
      return a === b ? [] : [`${s.name}!${cellRef(r + 1, c)}: ${a} → ${b}`];
    });
    expect(diff).toEqual([]);
  }
  for (const t of before.tables) expect([t.name, after.table(t.name)?.columns]).toEqual([t.name, t.columns]);
}

/** Cells showing Kontrakttjek's highlight colours. */
const highlighted = (book: FakeExcel): number =>
  book.sheets.reduce(
    (n, s) => n + [...s.cells.values()].filter((c) => /^#(FFC7CE|FFEB9C)$/i.test(c.fill ?? "")).length,
    0,
  );

/** The user types over the first cell Kontrakttjek wrote on its status sheet below the header row. */
function userEdit(book: FakeExcel, r: Ownership): { sheet: string; row: number; column: number } {
  const sheet = r.sheets[0]!;
  const cell = [...decodeCells(sheet.cells)].find(
    (c) => c.row > 1 && book.sheet(sheet.name)?.cells.has(`${c.row - 1},${c.column}`),
  );
  if (!cell) throw new Error("no cell to edit");
  book.put(sheet.name, cellRef(cell.row, cell.column), [[USER_TEXT]]);
  return { sheet: sheet.name, ...cell };
}

/** The task pane's path through the application: bind, read, evaluate, plan, write (Office adapter). */
async function paneWrite(book: FakeExcel): Promise<void> {
  const port = new OfficeWorkbook(book.run, FEATURES);
  const contract = findContract(CONTRACT)!;
  const settings = application.readSettings(contract, { params: {}, options: {} });
  if (!settings.ok) throw new Error("settings");
  const bound = await application.bind(port, null, {}, { contract, params: settings.params });
  const data = await application.read(port, bound.binding, contract);
  const result = application.evaluate(contract, data, bound.binding, {
    params: settings.params,
    options: settings.options,
    period: settings.period,
    lang: "da",
  });
  const plan = application.planWrite(contract, result, data, bound.binding, "da");
  const outcome = await application.apply(port, plan, "da");
  expect(outcome).toBeDefined();
}

describe("one record across hosts: what one host wrote, the other removes", () => {
  test("evaluate --write (CLI) → Excel → Fjern (Office adapter): every cell written is gone, the user's edit and cells stay", async () => {
    const source = join(dir, "a.xlsx");
    const written = join(dir, "a-skrevet.xlsx");
    writeFileSync(source, input());
    const run = await cli("evaluate", source, "--contract", CONTRACT, "--write", written);
    expect(run.code).toBe(0);

    const book = fakeFromXlsx(new Uint8Array(readFileSync(written)));
    const record = recordOf(book);
    const cells = writtenCells(record);
    expect(record.sheets.length).toBeGreaterThan(0);
    expect(record.columns.length).toBeGreaterThan(0);
    expect(highlighted(book)).toBe(record.highlights.length);
    expect(record.highlights.length).toBeGreaterThan(0);
    const port = new OfficeWorkbook(book.run, FEATURES);
    // the pane's listing knows the CLI's output: its sheet and its Kontrol columns are not input
    const sources = await port.listSources();
    for (const s of record.sheets)
      expect(sources.filter((x) => x.sheet === s.name).every((x) => x.ownedByKontrakttjek)).toBe(true);
    for (const c of record.columns) expect(sources.find((x) => x.table === c.table)?.ownedColumn).toBe(c.column);
    const edited = userEdit(book, record);

    const report = await port.clean();
    expect(report.columnsRemoved).toBe(record.columns.length);
    expect(report.highlightsRemoved).toBe(record.highlights.length);
    expect(highlighted(book)).toBe(0);
    expect(report.kept).toContainEqual(
      expect.objectContaining({ reason: "changed", sheet: edited.sheet, cells: [cellRef(edited.row, edited.column)] }),
    );
    // every cell written is gone but the one the user typed over
    const left = cells.filter((c) => {
      const v = book.sheet(c.sheet)?.cells.get(`${c.row - 1},${c.column}`);
      return v !== undefined && seen(v) !== "";
    });
    expect(left.map((c) => `${c.sheet}!${cellRef(c.row, c.column)}`)).toEqual([
      `${edited.sheet}!${cellRef(edited.row, edited.column)}`,
    ]);
    expect(book.value(edited.sheet, cellRef(edited.row, edited.column))).toBe(USER_TEXT);
    // the user's workbook is as it was, the status sheet theirs with their one cell
    userCellsAsBefore(fakeFromXlsx(input()), book);
    expect([...book.sheet(edited.sheet)!.cells.keys()]).toEqual([`${edited.row - 1},${edited.column}`]);
    expect(book.customXml(MARKS_NS)).toEqual([]);
  });

  test("the task pane writes (Office adapter) → saved as .xlsx → clean (CLI): exactly what it wrote is gone, the user's edit and cells stay", async () => {
    const book = fakeFromXlsx(input());
    await paneWrite(book);

    const record = recordOf(book);
    const cells = writtenCells(record);
    expect(record.sheets.length).toBeGreaterThan(0);
    expect(record.columns.length).toBeGreaterThan(0);
    expect(record.highlights.length).toBeGreaterThan(0);
    expect(highlighted(book)).toBe(record.highlights.length);
    const edited = userEdit(book, record);

    const saved = join(dir, "b-fra-excel.xlsx");
    const cleaned = join(dir, "b-renset.xlsx");
    const bytes = xlsxFromFake(book);
    writeFileSync(saved, bytes);
    // the CLI's listing knows the pane's output: its Kontrol columns (by header: Office knows no column id)
    const sources = await XlsxWorkbook.open(bytes).listSources();
    for (const c of record.columns) expect(sources.find((x) => x.table === c.table)?.ownedColumn).toBe(c.column);
    const run = await cli("clean", saved, "--write", cleaned, "--lang", "en");
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/1 cell \(/);

    const after = fakeFromXlsx(new Uint8Array(readFileSync(cleaned)));
    expect(highlighted(after)).toBe(0);
    const left = cells.filter((c) => seen(after.sheet(c.sheet)?.cells.get(`${c.row - 1},${c.column}`)) !== "");
    expect(left.map((c) => `${c.sheet}!${cellRef(c.row, c.column)}`)).toEqual([
      `${edited.sheet}!${cellRef(edited.row, edited.column)}`,
    ]);
    expect(after.value(edited.sheet, cellRef(edited.row, edited.column))).toBe(USER_TEXT);
    // the same workbook taken through the same two steps without a write, for the comparison
    userCellsAsBefore(fakeFromXlsx(xlsxFromFake(fakeFromXlsx(input()))), after);
    // What the sheet holds is the user's one cell. (Fills the pane put on empty cells of its report
    // are in no record, so the writer leaves them on a sheet the user kept: formats only.)
    const holding = [...after.sheet(edited.sheet)!.cells.entries()].filter(
      ([, c]) => seen({ ...c, fill: null }) !== "",
    );
    expect(holding.map(([k]) => k)).toEqual([`${edited.row - 1},${edited.column}`]);
    expect(after.customXml(MARKS_NS)).toEqual([]);
  });

  test("written again by the other host: the earlier output is replaced, not doubled, and one clean takes it all", async () => {
    // the pane writes, the CLI writes again, the pane removes
    const book = fakeFromXlsx(input());
    await paneWrite(book);
    // the user's tables (a host may lay its own sheet out as a table of its own)
    const userSheets = fakeFromXlsx(input()).sheets.map((x) => x.name);
    const userTables = (b: FakeExcel): (string | number)[][] =>
      b.tables.filter((t) => userSheets.includes(t.sheet.name)).map((t) => [t.name, t.columns]);
    const columnsAfterPane = userTables(book);
    const saved = join(dir, "c-fra-excel.xlsx");
    const again = join(dir, "c-skrevet-igen.xlsx");
    writeFileSync(saved, xlsxFromFake(book));
    expect((await cli("evaluate", saved, "--contract", CONTRACT, "--write", again)).code).toBe(0);
    const back = fakeFromXlsx(new Uint8Array(readFileSync(again)));
    expect(userTables(back)).toEqual(columnsAfterPane);
    expect(back.sheets.map((x) => x.name)).toEqual(book.sheets.map((x) => x.name));
    expect(back.customXml(MARKS_NS)).toHaveLength(1);
    // and the CLI writes, the pane writes again, the CLI removes
    await paneWrite(back);
    expect(userTables(back)).toEqual(columnsAfterPane);
    expect(back.sheets.map((x) => x.name)).toEqual(book.sheets.map((x) => x.name));
    expect(back.customXml(MARKS_NS)).toHaveLength(1);
    const last = join(dir, "c-fra-excel-igen.xlsx");
    const cleaned = join(dir, "c-renset.xlsx");
    writeFileSync(last, xlsxFromFake(back));
    expect((await cli("clean", last, "--write", cleaned)).code).toBe(0);
    const after = fakeFromXlsx(new Uint8Array(readFileSync(cleaned)));
    userCellsAsBefore(fakeFromXlsx(xlsxFromFake(fakeFromXlsx(input()))), after);
    expect(after.sheets.map((x) => x.name)).toEqual(fakeFromXlsx(input()).sheets.map((x) => x.name));
    expect(highlighted(after)).toBe(0);
    expect(after.customXml(MARKS_NS)).toEqual([]);
  });
});
