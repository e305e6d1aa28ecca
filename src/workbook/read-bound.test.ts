import { BindingFileSchema, proposeBinding, resolveBinding } from "../domain/binding";
import type { CellValue } from "../domain/model";
import { MemoryWorkbook } from "./memory";
import type { MemoryWorkbookSpec } from "./memory/types";
import type { WorkbookPort } from "./port";
import { readBoundData, sourcesForBindingFile } from "./read-bound";
import { XlsxWorkbook } from "./xlsx";
import { buildXlsx } from "./fixture.testing";

const SPEC: MemoryWorkbookSpec = {
  sheets: [
    {
      name: "Forløb",
      rows: [
        ["Løbenr", "CVR nr.", "Virksomhedsnavn", "Kundesegment", "Startdato", "Timer", "Tema", "P-nr", "Henvist til"],
        [1, "12345678", "Alfa", "vækst", 45658, 12, "Digitalisering", "1000000001", "Innovationsfonden"],
        [2, "87654321", "Beta", "drift", 45700, 30, "Eksport", "1000000002", null],
      ],
      tables: [{ name: "Forloeb", ref: "A1:I3" }],
      hiddenRows: [3],
    },
    {
      name: "Survey",
      rows: [
        ["Rapport", "Brugerevaluering 2025"],
        [],
        ["CVR", "Anbefaling (0-10)", "Forventet effekt"],
        ["12345678", 9, "i høj grad"],
        ["87654321", 6, "ved ikke"],
        ["11111111", 10, null],
      ],
    },
  ],
};

const ports: [string, () => WorkbookPort][] = [
  ["memory", () => MemoryWorkbook.fromSpec(SPEC)],
  ["xlsx", () => XlsxWorkbook.open(buildXlsx(SPEC))],
];

describe.each(ports)("readBoundData (%s)", (_name, make) => {
  it("reads only the bound columns of each bound role, columnar, with Excel rows and columns", async () => {
    const port = make();
    const calls: number[][] = [];
    const read = port.readColumns.bind(port);
    port.readColumns = (s, cols, o) => {
      calls.push([...cols]);
      return read(s, cols, o);
    };
    const binding = proposeBinding(await port.listSources());
    const data = await readBoundData(port, binding);
    const f = data.Forloeb;
    expect(f).toMatchObject({ sheet: "Forløb", table: "Forloeb", firstRow: 2, rowCount: 2, hiddenRows: [3] });
    expect(Object.keys(f?.columns ?? {}).sort()).toEqual(
      ["cvr", "henvistTil", "pnummer", "segment", "startdato", "tema", "timer", "virksomhed"].sort(),
    );
    expect(f?.columns["cvr"]).toEqual({
      field: "cvr",
      header: "CVR nr.",
      sheetColumn: 1,
      values: ["12345678", "87654321"],
    });
    expect(f?.columns["henvistTil"]?.values).toEqual(["Innovationsfonden", null]);
    expect(calls[0]).not.toContain(0); // "Løbenr" is bound to nothing, so it is not read
    // The survey has a two-cell title line, which the header rule takes for headers; the blank
    // row and the known headers below it start a source of their own, which binds.
    expect(data.Evaluering).toMatchObject({ sheet: "Survey", table: null, firstRow: 4, rowCount: 3 });
    expect(data.Evaluering?.columns["effekt"]?.values).toEqual(["i høj grad", "ved ikke", null]);
  });

  it("honours a binding file's header row, reading the header texts through the port", async () => {
    const port = make();
    const file = BindingFileSchema.parse({ version: 1, roles: { Evaluering: { sheet: "Survey", headerRow: 3 } } });
    const sources = await sourcesForBindingFile(port, await port.listSources(), file);
    const binding = resolveBinding(sources, proposeBinding(sources), file);
    const data = await readBoundData(port, binding, { roles: ["Evaluering"] });
    expect(Object.keys(data)).toEqual(["Evaluering"]);
    const e = data.Evaluering;
    expect(e).toMatchObject({ sheet: "Survey", table: null, firstRow: 4, rowCount: 3 });
    const values = (field: string): readonly CellValue[] | undefined => e?.columns[field]?.values;
    expect(values("cvr")).toEqual(["12345678", "87654321", "11111111"]);
    expect(values("anbefaling")).toEqual([9, 6, 10]);
    expect(values("effekt")).toEqual(["i høj grad", "ved ikke", null]);
  });

  it("reports progress over all roles together", async () => {
    const port = make();
    const seen: [number, number][] = [];
    const binding = proposeBinding(await port.listSources());
    await readBoundData(port, binding, { onProgress: (d, t) => void seen.push([d, t]) });
    const total = (binding.roles.Forloeb?.source.rowCount ?? 0) + (binding.roles.Evaluering?.source.rowCount ?? 0);
    expect(seen[seen.length - 1]).toEqual([total, total]);
    for (let i = 1; i < seen.length; i++) expect(seen[i]![0]).toBeGreaterThanOrEqual(seen[i - 1]![0]);
  });

  it("never proposes Kontrakttjek's own status sheet as input", async () => {
    const port = make();
    await port.apply({
      statusSheet: {
        name: "Målopfyldelse",
        rows: [
          ["Mål", "Delmål", "Titel", "Status"].map((v) => ({ kind: "value" as const, value: v })),
          ["1", "a", "NPS", "opfyldt"].map((v) => ({ kind: "value" as const, value: v })),
        ],
      },
      kontrolColumns: [],
      highlights: [],
    });
    const sources = await port.listSources();
    expect(sources.find((s) => s.sheet === "Målopfyldelse")).toMatchObject({ ownedByKontrakttjek: true });
    expect(proposeBinding(sources).roles.Aktiviteter).toBeUndefined();
  });
});

describe("readBoundData and readMany", () => {
  const twoRoles = async (port: WorkbookPort) => {
    const file = BindingFileSchema.parse({ version: 1, roles: { Evaluering: { sheet: "Survey", headerRow: 3 } } });
    const sources = await sourcesForBindingFile(port, await port.listSources(), file);
    return resolveBinding(sources, proposeBinding(sources), file);
  };

  it("asks a port with readMany once for all roles, and one without it role by role, alike", async () => {
    const many = MemoryWorkbook.fromSpec(SPEC);
    const batches: number[] = [];
    const readMany = many.readMany.bind(many);
    many.readMany = (requests, o) => {
      batches.push(requests.length);
      return readMany(requests, o);
    };
    const progress: [number, number][] = [];
    const together = await readBoundData(many, await twoRoles(many), {
      onProgress: (d, t) => void progress.push([d, t]),
    });
    expect(batches).toEqual([2]);
    expect(progress[progress.length - 1]).toEqual([5, 5]);
    expect(progress.every(([d, t]) => d <= t && t === 5)).toBe(true);

    const plain = MemoryWorkbook.fromSpec(SPEC);
    const single: WorkbookPort = {
      listSources: (o) => plain.listSources(o),
      readColumns: (s, c, o) => plain.readColumns(s, c, o),
      apply: (p, o) => plain.apply(p, o),
      clean: (o) => plain.clean(o),
      writeUserSheet: (s, o) => plain.writeUserSheet(s, o),
      loadSettings: () => plain.loadSettings(),
      saveSettings: (j) => plain.saveSettings(j),
    };
    expect(await readBoundData(single, await twoRoles(single))).toEqual(together);
  });
});
