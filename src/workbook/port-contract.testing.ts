/**
 * The workbook port's contract: one suite every adapter must pass (memory, .xlsx, Office.js via
 * its mock). `makePort` builds a workbook holding the given spec; adapters that cannot write yet
 * pass `{ write: false }` and must then refuse `apply`/`clean` with a NotSupportedError.
 */
import type { CellValue } from "../domain/model";
import {
  WriteConflictError,
  type PlanCell,
  type SourceInfo,
  type StatusSheetPlan,
  type WorkbookPort,
  type WritePlan,
} from "./port";
import type { MemoryWorkbookSpec } from "./memory/types";

export interface PortContractOptions {
  /** Does the adapter implement apply/clean? Default true. */
  readonly write?: boolean;
}

const COURSES: CellValue[][] = [
  ["CVR-nummer", "Virksomhed", "Timer", "Startdato", "Sendt til brugerevaluering"],
  ["12345678", "Alfa ApS", 12.5, 45658, true],
  ["00123456", null, { error: "#N/A" }, 45700, false],
  [null, null, null, null, null],
  ["87654321", "Gamma A/S", "7,5", 45800, null],
];

/** A workbook with a table, a plain range with a title line, a hidden sheet and an empty sheet. */
export const CONTRACT_SPEC: MemoryWorkbookSpec = {
  sheets: [
    {
      name: "Forløb",
      rows: COURSES,
      tables: [{ name: "Forloeb", ref: "A1:E5" }],
      formats: { D2: "date", D3: "date", D5: "date" },
      hiddenRows: [3],
    },
    {
      name: "Nøgletal",
      rows: [
        [null, "Nøgletal 2025"],
        [],
        [null, "Nøgle", "Værdi", "Kilde"],
        [null, "Basistilskud", 1000000, "Regnskab"],
        [null, "Omsætning i alt", 2600000, null],
      ],
    },
    { name: "Tom" },
    {
      name: "Skjult",
      hidden: true,
      rows: [
        ["Kommune", "Befolkning"],
        ["Roskilde", 90000],
      ],
    },
    {
      name: "Evaluering",
      rows: [
        [null, null, null],
        [null, "Noter", null],
        [null, null, null],
        [null, "CVR-nummer", "Anbefaling (0-10)"],
        [null, "12345678", 9],
      ],
      tables: [{ name: "Evaluering", ref: "B4:C5" }],
      formulas: { C5: "=4+5" },
    },
  ],
};

const find = (sources: readonly SourceInfo[], sheet: string, table: string | null): SourceInfo => {
  const s = sources.find((x) => x.sheet === sheet && x.table === table);
  if (!s) throw new Error(`no source ${sheet}/${table} in ${JSON.stringify(sources.map((x) => [x.sheet, x.table]))}`);
  return s;
};

const statusPlan = (extra: Partial<WritePlan> = {}): WritePlan => ({
  statusSheet: {
    name: "Målopfyldelse",
    rows: [
      [
        { kind: "value", value: "Mål", format: "header" },
        { kind: "value", value: "Måltal", format: "header" },
        { kind: "value", value: "Realiseret", format: "header" },
        { kind: "value", value: "Opfyldelse", format: "header" },
      ],
      [
        { kind: "value", value: "1" },
        { kind: "value", value: 40, format: "number" },
        { kind: "value", value: 30, format: "number" },
        { kind: "formula", formula: "=MIN(1,C2/B2)", cached: 0.75, format: "percent" },
      ],
    ],
  },
  kontrolColumns: [],
  highlights: [],
  ...extra,
});

const kontrol = (values: (string | null)[]): WritePlan["kontrolColumns"][number] => ({
  sheet: "Forløb",
  table: "Forloeb",
  headerRow: 1,
  column: 5,
  header: "Kontrol",
  values,
});

const head = (value: string): PlanCell => ({ kind: "value", value, format: "header" });
const val = (value: string | number | null): PlanCell => ({ kind: "value", value });

/** A sheet the user owns (a small `Kontrakt` sheet): a header row and a goal per row. */
const userSheet = (target = 40, rows = 2, name = "Kontrakt"): StatusSheetPlan => ({
  name,
  rows: [
    [head("Mål"), head("Titel"), head("Måltal")],
    [val("9"), val("AI-tjek"), val(target)],
    [val("10"), val("Knudepunkt"), val(3)],
  ].slice(0, rows + 1),
});

/** A small report: a title, its table (two rows, the house's column, the key), traffic lights, print setup. */
const reportPlan = (): StatusSheetPlan => ({
  name: "Målopfyldelse",
  rows: [
    [val("Resultatkontrakt")],
    [val("Status 2025")],
    [],
    [val("Mål"), val("Status"), val("Husets bemærkning"), val("Id")],
    [val("1"), val("delvist"), val(null), val("1")],
    [val("1.1"), val("opfyldt"), val(null), val("1/a")],
  ],
  widths: [6, 14, 30, 8],
  report: {
    headerRow: 3,
    freezeRows: 0,
    table: { name: "Kontrakttjek_Status", lastRow: 5, columns: 4 },
    hiddenColumns: [3],
    outlineRows: [5],
    rowHeights: [],
    trafficLights: {
      blocks: [{ row: 4, column: 1, rows: 2, columns: 1 }],
      rules: [{ text: "opfyldt", match: "equal", fill: "C6EFCE", color: "006100" }],
    },
    print: { landscape: true, lastColumn: 2, lastRow: 5, pages: 2, footerLeft: "x", footerRight: "&P" },
    userColumn: { column: 2, keyColumn: 3, orphan: "({key})" },
  },
});

export function runPortContract(
  name: string,
  makePort: (spec: MemoryWorkbookSpec) => Promise<WorkbookPort>,
  options: PortContractOptions = {},
): void {
  describe(`WorkbookPort contract: ${name}`, () => {
    let port: WorkbookPort;
    let sources: readonly SourceInfo[];
    beforeEach(async () => {
      port = await makePort(CONTRACT_SPEC);
      sources = await port.listSources();
    });

    describe("listSources", () => {
      it("lists Excel tables with their header row, first column, headers and data rows", () => {
        expect(find(sources, "Forløb", "Forloeb")).toMatchObject({
          headerRow: 1,
          firstColumn: 0,
          headers: ["CVR-nummer", "Virksomhed", "Timer", "Startdato", "Sendt til brugerevaluering"],
          rowCount: 4,
        });
        expect(find(sources, "Evaluering", "Evaluering")).toMatchObject({
          headerRow: 4,
          firstColumn: 1,
          headers: ["CVR-nummer", "Anbefaling (0-10)"],
          rowCount: 1,
        });
      });

      it("lists a plain range on a sheet without a table, skipping a title line above the headers", () => {
        expect(find(sources, "Nøgletal", null)).toMatchObject({
          headerRow: 3,
          firstColumn: 1,
          headers: ["Nøgle", "Værdi", "Kilde"],
          rowCount: 2,
        });
      });

      it("puts tables before plain ranges and lists nothing for an empty sheet", () => {
        const firstPlain = sources.findIndex((s) => s.table === null);
        const lastTable = sources.map((s) => s.table !== null).lastIndexOf(true);
        expect(lastTable).toBeLessThan(firstPlain);
        expect(sources.some((s) => s.sheet === "Tom")).toBe(false);
        // a lone note beside a table is not a source
        expect(sources.filter((s) => s.sheet === "Evaluering").map((s) => s.table)).toEqual(["Evaluering"]);
      });

      it("flags sources on hidden sheets", () => {
        expect(find(sources, "Skjult", null)).toMatchObject({ headers: ["Kommune", "Befolkning"], sheetHidden: true });
        expect(find(sources, "Forløb", "Forloeb").sheetHidden ?? false).toBe(false);
      });
    });

    describe("readColumns", () => {
      it("reads requested columns only, in the order asked, one value per data row", async () => {
        const res = await port.readColumns(find(sources, "Forløb", "Forloeb"), [1, 0]);
        expect(res.columns).toEqual([
          ["Alfa ApS", null, null, "Gamma A/S"],
          ["12345678", "00123456", null, "87654321"],
        ]);
      });

      it("keeps types: numbers, text numbers stay text, booleans, error values, blanks", async () => {
        const res = await port.readColumns(find(sources, "Forløb", "Forloeb"), [2, 4]);
        expect(res.columns[0]).toEqual([12.5, { error: "#N/A" }, null, "7,5"]);
        expect(res.columns[1]).toEqual([true, false, null, null]);
      });

      it("gives dates as serial numbers", async () => {
        const res = await port.readColumns(find(sources, "Forløb", "Forloeb"), [3]);
        expect(res.columns[0]).toEqual([45658, 45700, null, 45800]);
      });

      it("gives a formula's cached value", async () => {
        const res = await port.readColumns(find(sources, "Evaluering", "Evaluering"), [0, 1]);
        expect(res.columns).toEqual([["12345678"], [9]]);
      });

      it("reads plain ranges below their header row", async () => {
        const res = await port.readColumns(find(sources, "Nøgletal", null), [0, 1, 2]);
        expect(res.columns).toEqual([
          ["Basistilskud", "Omsætning i alt"],
          [1000000, 2600000],
          ["Regnskab", null],
        ]);
      });

      it("answers a column outside the source with blanks, and the same column twice", async () => {
        const res = await port.readColumns(find(sources, "Forløb", "Forloeb"), [0, 99, 0]);
        expect(res.columns[1]).toEqual([null, null, null, null]);
        expect(res.columns[2]).toEqual(res.columns[0]);
      });

      it("reports hidden rows when it knows them", async () => {
        const res = await port.readColumns(find(sources, "Forløb", "Forloeb"), [0]);
        if (res.hiddenRows !== undefined) expect(res.hiddenRows).toEqual([3]);
      });

      it("reports progress up to the total and honours an aborted signal", async () => {
        const seen: [number, number][] = [];
        await port.readColumns(find(sources, "Forløb", "Forloeb"), [0], {
          onProgress: (done, total) => void seen.push([done, total]),
        });
        expect(seen[seen.length - 1]).toEqual([4, 4]);
        const ac = new AbortController();
        ac.abort();
        await expect(
          port.readColumns(find(sources, "Forløb", "Forloeb"), [0], { signal: ac.signal }),
        ).rejects.toThrow();
      });

      it("reads several sources at once as it reads each alone, in the order asked", async () => {
        if (!port.readMany) return;
        const asked = [
          { source: find(sources, "Nøgletal", null), columns: [2, 0] },
          { source: find(sources, "Forløb", "Forloeb"), columns: [0, 99, 1] },
        ];
        const alone = [];
        for (const { source, columns } of asked) alone.push((await port.readColumns(source, columns)).columns);
        const seen: [number, number][] = [];
        const together = await port.readMany(asked, { onProgress: (done, total) => void seen.push([done, total]) });
        expect(together.map((r) => r.columns)).toEqual(alone);
        expect(seen[seen.length - 1]).toEqual([6, 6]);
      });

      it("rejects a source whose sheet is gone", async () => {
        const ghost: SourceInfo = { ...find(sources, "Forløb", "Forloeb"), sheet: "Findes ikke" };
        await expect(port.readColumns(ghost, [0])).rejects.toThrow();
      });
    });

    describe("settings", () => {
      it("starts empty and round-trips JSON, the last save winning", async () => {
        expect(await port.loadSettings()).toBeNull();
        await port.saveSettings(JSON.stringify({ a: 1 }));
        const json = JSON.stringify({ contract: "sjaelland-2025", note: 'Forløb <&> "æøå" ✓', nested: [1, null] });
        await port.saveSettings(json);
        expect(await port.loadSettings()).toBe(json);
      });

      it("does not disturb the data", async () => {
        await port.saveSettings("{}");
        expect(await port.listSources()).toEqual(sources);
      });
    });

    if (options.write === false) {
      it("refuses apply and clean with NotSupportedError", async () => {
        await expect(port.apply(statusPlan())).rejects.toMatchObject({ name: "NotSupportedError" });
        await expect(port.clean()).rejects.toMatchObject({ name: "NotSupportedError" });
      });
      return;
    }

    describe("apply and clean", () => {
      it("writes the status sheet with values and cached formula results", async () => {
        const report = await port.apply(statusPlan());
        expect(report.sheetsWritten).toContain("Målopfyldelse");
        expect(report.cellsWritten).toBeGreaterThan(0);
        const status = find(await port.listSources(), "Målopfyldelse", null);
        expect(status.headers).toEqual(["Mål", "Måltal", "Realiseret", "Opfyldelse"]);
        const res = await port.readColumns(status, [0, 1, 2, 3]);
        expect(res.columns).toEqual([["1"], [40], [30], [0.75]]);
      });

      it("writes a report (issue 14): its named table is a source, a re-write is no conflict, clean removes it", async () => {
        const plan: WritePlan = { statusSheet: reportPlan(), kontrolColumns: [], highlights: [] };
        await port.apply(plan);
        const table = (await port.listSources()).find((s) => s.sheet === "Målopfyldelse");
        expect(table).toMatchObject({ headerRow: 4, headers: ["Mål", "Status", "Husets bemærkning", "Id"] });
        const res = await port.readColumns(table!, [0, 1, 3]);
        expect(res.columns).toEqual([
          ["1", "1.1"],
          ["delvist", "opfyldt"],
          ["1", "1/a"],
        ]);
        await port.apply(plan);
        const cleaned = await port.clean();
        expect(cleaned.sheetsRemoved).toContain("Målopfyldelse");
        expect((await port.listSources()).some((s) => s.sheet === "Målopfyldelse")).toBe(false);
      });

      it("adds the Kontrol column at the table's right edge and extends the table", async () => {
        const report = await port.apply(
          statusPlan({
            kontrolColumns: [kontrol(["CVR mangler", null, null, "Timer er tekst"])],
            highlights: [{ sheet: "Forløb", row: 5, column: 2, kind: "error" }],
          }),
        );
        expect(report.highlights).toBe(1);
        const table = find(await port.listSources(), "Forløb", "Forloeb");
        expect(table.headers[5]).toBe("Kontrol");
        expect(table.rowCount).toBe(4);
        const res = await port.readColumns(table, [5, 0]);
        expect(res.columns[0]).toEqual(["CVR mangler", null, null, "Timer er tekst"]);
        expect(res.columns[1]).toEqual(["12345678", "00123456", null, "87654321"]);
      });

      it("can apply again over its own output without conflicts", async () => {
        await port.apply(statusPlan({ kontrolColumns: [kontrol(["a", null, null, null])] }));
        await port.apply(statusPlan({ kontrolColumns: [kontrol([null, "b", null, null])] }));
        const table = find(await port.listSources(), "Forløb", "Forloeb");
        expect((await port.readColumns(table, [5])).columns[0]).toEqual([null, "b", null, null]);
        expect((await port.listSources()).filter((s) => s.sheet === "Målopfyldelse")).toHaveLength(1);
      });

      it("refuses to overwrite a user's cell or sheet, changing nothing, unless forced", async () => {
        const plainKontrol = {
          sheet: "Nøgletal",
          table: null,
          headerRow: 3,
          column: 2,
          header: "Kontrol",
          values: [null, null],
        };
        await expect(port.apply(statusPlan({ kontrolColumns: [plainKontrol] }))).rejects.toBeInstanceOf(
          WriteConflictError,
        );
        await expect(port.apply(statusPlan({ kontrolColumns: [plainKontrol] }))).rejects.toMatchObject({
          sheet: "Nøgletal",
          address: "C3",
        });
        const clash = statusPlan();
        // A user's sheet with the status sheet's name and content where it would write. (Whether an
        // *empty* user sheet of that name is a conflict is left to the adapter.)
        const userSheet: WritePlan = {
          ...clash,
          statusSheet: { ...(clash.statusSheet as NonNullable<WritePlan["statusSheet"]>), name: "Skjult" },
        };
        await expect(port.apply(userSheet)).rejects.toMatchObject({
          name: "WriteConflictError",
          sheet: "Skjult",
          address: "A1",
        });
        expect(await port.listSources()).toEqual(sources);
        // force never writes over the user's sheet: beside it, under a name of its own
        await expect(port.apply(userSheet, { force: true })).resolves.toMatchObject({
          sheetsWritten: ["Skjult 2"],
          moved: [{ kind: "sheet", from: "Skjult", to: "Skjult 2" }],
        });
        const after = await port.listSources();
        expect(after.filter((s) => s.sheet !== "Skjult 2")).toEqual(sources);
        expect(after.find((s) => s.sheet === "Skjult 2")).toMatchObject({
          headers: ["Mål", "Måltal", "Realiseret", "Opfyldelse"],
        });
        const report = await port.clean();
        expect(report.sheetsRemoved).toEqual(["Skjult 2"]);
        expect(await port.listSources()).toEqual(sources);
      });

      it("forced beside a user's cells, a Kontrol column goes to the first free column and the user's stay", async () => {
        const plainKontrol = {
          sheet: "Nøgletal",
          table: null,
          headerRow: 3,
          column: 2,
          header: "Kontrol",
          values: [null, "Værdi mangler"],
        };
        const report = await port.apply(statusPlan({ kontrolColumns: [plainKontrol] }), { force: true });
        // C and D hold the user's values and sources: E is the first free column
        expect(report.moved).toEqual([{ kind: "column", sheet: "Nøgletal", header: "Kontrol", from: 2, to: 4 }]);
        const column = (firstColumn: number): SourceInfo => ({
          sheet: "Nøgletal",
          table: null,
          headerRow: 2,
          firstColumn,
          headers: [""],
          rowCount: 3,
        });
        expect((await port.readColumns(column(4), [0])).columns[0]).toEqual(["Kontrol", null, "Værdi mangler"]);
        expect((await port.readColumns(column(2), [0])).columns[0]).toEqual(["Værdi", 1000000, 2600000]);
        await port.clean();
        expect(await port.listSources()).toEqual(sources);
      });

      it("knows its own Kontrol column and never takes a user's column of that name for it", async () => {
        await port.apply(statusPlan({ kontrolColumns: [kontrol(["a", null, null, null])] }));
        expect(find(await port.listSources(), "Forløb", "Forloeb").ownedColumn).toBe(5);
        await port.clean();
        expect(find(await port.listSources(), "Forløb", "Forloeb").ownedColumn).toBeUndefined();
        // the user's own "Kontrol" (last column of a plain range) is theirs: not ours, and never cleaned
        const own = await makePort({
          sheets: [
            {
              name: "Data",
              rows: [
                ["CVR-nummer", "Timer", "Kontrol"],
                ["12345678", 4, "tjekket af Bo"],
              ],
            },
          ],
        });
        const data = find(await own.listSources(), "Data", null);
        expect(data.ownedColumn).toBeUndefined();
        await own.apply(
          statusPlan({
            kontrolColumns: [
              { sheet: "Data", table: null, headerRow: 1, column: 3, header: "Kontrol 2", values: ["x"] },
            ],
          }),
        );
        expect(find(await own.listSources(), "Data", null).ownedColumn).toBe(3);
        await own.clean();
        expect((await own.readColumns(data, [2])).columns[0]).toEqual(["tjekket af Bo"]);
        expect(find(await own.listSources(), "Data", null)).toEqual(data);
      });

      it("clean removes exactly what apply wrote and leaves the user's data as it was", async () => {
        const before = await port.readColumns(find(sources, "Forløb", "Forloeb"), [0, 1, 2, 3, 4]);
        await port.apply(
          statusPlan({
            kontrolColumns: [kontrol(["x", "y", null, "z"])],
            highlights: [
              { sheet: "Forløb", row: 2, column: 0, kind: "warning" },
              { sheet: "Forløb", row: 5, column: 2, kind: "error" },
            ],
          }),
        );
        const report = await port.clean();
        expect(report.sheetsRemoved).toEqual(["Målopfyldelse"]);
        expect(report.columnsRemoved).toBe(1);
        expect(report.highlightsRemoved).toBe(2);
        expect(await port.listSources()).toEqual(sources);
        const after = await port.readColumns(find(sources, "Forløb", "Forloeb"), [0, 1, 2, 3, 4]);
        expect(after.columns).toEqual(before.columns);
        expect(await port.clean()).toEqual({ sheetsRemoved: [], columnsRemoved: 0, highlightsRemoved: 0 });
      });
    });

    describe("writeUserSheet", () => {
      const readUserSheet = async (name = "Kontrakt") => {
        const s = find(await port.listSources(), name, null);
        return {
          headers: s.headers,
          rows: (
            await port.readColumns(
              s,
              s.headers.map((_, i) => i),
            )
          ).columns,
        };
      };

      it("creates the sheet with the plan's values, leaving the rest of the workbook as it was", async () => {
        const report = await port.writeUserSheet(userSheet());
        expect(report).toMatchObject({ sheetsWritten: ["Kontrakt"], cellsWritten: 9, highlights: 0 });
        expect(await readUserSheet()).toEqual({
          headers: ["Mål", "Titel", "Måltal"],
          rows: [
            ["9", "10"],
            ["AI-tjek", "Knudepunkt"],
            [40, 3],
          ],
        });
        expect((await port.listSources()).filter((x) => x.sheet !== "Kontrakt")).toEqual(sources);
      });

      it("is the user's: clean leaves it", async () => {
        await port.writeUserSheet(userSheet());
        expect(await port.clean()).toEqual({ sheetsRemoved: [], columnsRemoved: 0, highlightsRemoved: 0 });
        expect((await readUserSheet()).rows[2]).toEqual([40, 3]);
      });

      it("apply and clean around it leave it, and it leaves Kontrakttjek's output to clean", async () => {
        await port.apply(statusPlan({ kontrolColumns: [kontrol(["a", null, null, null])] }));
        await port.writeUserSheet(userSheet());
        const table = find(await port.listSources(), "Forløb", "Forloeb");
        expect((await port.readColumns(table, [5])).columns[0]).toEqual(["a", null, null, null]);
        await port.apply(statusPlan({ kontrolColumns: [kontrol([null, "b", null, null])] }));
        expect((await readUserSheet()).rows[2]).toEqual([40, 3]);
        const report = await port.clean();
        expect(report.sheetsRemoved).toEqual(["Målopfyldelse"]);
        expect(report.columnsRemoved).toBe(1);
        expect((await readUserSheet()).rows[2]).toEqual([40, 3]);
        expect((await port.listSources()).filter((x) => x.sheet !== "Kontrakt")).toEqual(sources);
      });

      it("writing the same again changes nothing and is no conflict", async () => {
        await port.writeUserSheet(userSheet());
        await expect(port.writeUserSheet(userSheet())).resolves.toMatchObject({ sheetsWritten: ["Kontrakt"] });
        expect((await readUserSheet()).rows[2]).toEqual([40, 3]);
      });

      it("refuses to overwrite a cell that says something else without force, at the first such cell", async () => {
        await port.writeUserSheet(userSheet());
        await expect(port.writeUserSheet(userSheet(45))).rejects.toBeInstanceOf(WriteConflictError);
        await expect(port.writeUserSheet(userSheet(45))).rejects.toMatchObject({ sheet: "Kontrakt", address: "C2" });
        expect((await readUserSheet()).rows[2]).toEqual([40, 3]);
        // A row the plan no longer has is a difference too.
        await expect(port.writeUserSheet(userSheet(40, 1))).rejects.toMatchObject({ address: "A3" });
        await port.writeUserSheet(userSheet(45, 1), { force: true });
        expect(await readUserSheet()).toEqual({
          headers: ["Mål", "Titel", "Måltal"],
          rows: [["9"], ["AI-tjek"], [45]],
        });
        expect(await port.clean()).toEqual({ sheetsRemoved: [], columnsRemoved: 0, highlightsRemoved: 0 });
      });

      it("overwrites a user's own sheet only with force, and still leaves it to the user", async () => {
        await expect(port.writeUserSheet(userSheet(40, 2, "Skjult"))).rejects.toMatchObject({
          name: "WriteConflictError",
          sheet: "Skjult",
          address: "A1",
        });
        expect(await port.listSources()).toEqual(sources);
        await port.writeUserSheet(userSheet(40, 2, "Skjult"), { force: true });
        expect((await readUserSheet("Skjult")).rows[1]).toEqual(["AI-tjek", "Knudepunkt"]);
        await port.clean();
        expect((await readUserSheet("Skjult")).headers).toEqual(["Mål", "Titel", "Måltal"]);
      });

      it("takes over a sheet of that name Kontrakttjek wrote: clean leaves it from then on", async () => {
        await port.apply({ ...statusPlan(), extraSheets: [userSheet()] });
        await port.writeUserSheet(userSheet());
        const report = await port.clean();
        expect(report.sheetsRemoved).toEqual(["Målopfyldelse"]);
        expect((await readUserSheet()).rows[2]).toEqual([40, 3]);
      });
    });
  });
}
