/**
 * Names from the user's file in the written formulas. A table's name, a column's header and a
 * sheet's name go into the status sheet's live COUNTIFS/INDEX formulas; a name Excel's grammar
 * cannot say is never pasted in (the value is written, with the usual note), and one it can say
 * is escaped so that Excel — here LibreOffice — reads exactly that table, column and sheet.
 */
import { statusColumns } from "../../src/app/status-report";
import { columnLetters } from "../../src/domain/columns";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { CellValue } from "../../src/domain/model";
import { readPackage } from "../../src/workbook/xlsx/zip";
import { buildXlsx } from "../../src/workbook/fixture.testing";
import { readCells, type ReadCell } from "../../src/workbook/xlsx/write/helpers.testing";
import { recalcWithLibreOffice, skipWithoutLibreOffice } from "../writer/libreoffice";
import { cli, indicator, tempDir, type JsonEvaluation } from "./helpers";

const tmp = tempDir();
const INJECTION = 'T[[#All],[X]])+WEBSERVICE("http://example.invalid/")+SUM(T';
/** NPS of these answers: 3 promoters, 2 detractors of 6 = 16.67. */
const SCORES = [10, 10, 9, 7, 3, 0];
const answers = (): CellValue[][] => SCORES.map((s) => ["12345674", "drift", s]);

interface Written {
  readonly json: JsonEvaluation;
  /** The status sheet's cells of goal 3's NPS row: Realiseret (E) and Bemærkninger (H). */
  readonly realised: ReadCell | undefined;
  readonly notes: ReadCell | undefined;
  readonly formulas: readonly string[];
  readonly bytes: Uint8Array;
}

async function evaluateAndWrite(name: string, bytes: Uint8Array, binding?: object): Promise<Written> {
  const input = join(tmp, `${name}.xlsx`);
  const out = join(tmp, `${name}-ud.xlsx`);
  writeFileSync(input, bytes);
  const extra: string[] = [];
  if (binding) {
    writeFileSync(join(tmp, `${name}.json`), JSON.stringify(binding));
    extra.push("--binding", join(tmp, `${name}.json`));
  }
  const r = await cli("evaluate", input, "--contract", "sjaelland-2025", ...extra, "--write", out, "--json");
  expect([r.code, r.err]).toEqual([0, ""]);
  const written = new Uint8Array(readFileSync(out));
  const cells = readCells(readPackage(written).entries, "Målopfyldelse");
  const row = npsRow(cells);
  const formulas = [...cells.values()].flatMap((c) => (c.formula === null ? [] : [c.formula]));
  // The row's notes are numbered on the Metode sheet.
  const method = [...readCells(readPackage(written).entries, "Metode").values()].map((c) => String(c.value ?? ""));
  return {
    json: JSON.parse(r.out) as JsonEvaluation,
    realised: cells.get(`${REALISED}${row}`),
    notes: { value: method.join("\n"), formula: null } as ReadCell,
    formulas,
    bytes: written,
  };
}

/** Goal 3's NPS as LibreOffice computes the written file. */
async function libreOfficeNps(bytes: Uint8Array): Promise<number> {
  const cells = readCells(readPackage(await recalcWithLibreOffice(bytes)).entries, "Målopfyldelse");
  return Number(cells.get(`${REALISED}${npsRow(cells)}`)?.value);
}

/** The report's row of goal 3's NPS, found by its key (the hidden Id column). */
const REALISED = columnLetters(statusColumns(false).realised);
function npsRow(cells: ReadonlyMap<string, ReadCell>): number {
  const key = columnLetters(statusColumns(false).key);
  for (const [ref, c] of cells) if (ref.startsWith(key) && c.value === "3/nps") return Number(ref.slice(key.length));
  throw new Error("no NPS row");
}

describe("a table's name cannot become formula code", () => {
  it(`a table named ${INJECTION}: the NPS is written as a value, with the note, and no formula names it`, async () => {
    const w = await evaluateAndWrite(
      "table-name-injection",
      buildXlsx({
        sheets: [
          {
            name: "Brugerevaluering",
            rows: [["CVR-nummer", "Kundesegment", "Anbefaling (0-10)"], ...answers()],
            tables: [{ name: INJECTION, ref: `A1:C${SCORES.length + 1}` }],
          },
        ],
      }),
    );
    const nps = indicator(w.json, "3", "nps").value as number;
    expect(nps).toBeCloseTo(16.667, 2);
    expect(w.realised).toMatchObject({ formula: null, value: expect.closeTo(nps, 6) });
    expect(String(w.notes?.value)).toContain("Realiseret er en værdi beregnet af Kontrakttjek");
    expect(w.formulas.length).toBeGreaterThan(0); // fulfilment and status stay live
    expect(w.formulas.filter((f) => /WEBSERVICE|\[#All\]/.test(f))).toEqual([]);
  });
});

describe("names Excel allows are escaped and read back exactly (LibreOffice recalculates)", () => {
  it("a table whose headers hold [ ] # ' and \": a live formula giving the engine's NPS", async () => {
    const header = "Score [0-10] #1 'x' \"y\"";
    const w = await evaluateAndWrite(
      "escaped-headers",
      buildXlsx({
        sheets: [
          {
            name: "Brugerevaluering",
            rows: [["CVR-nummer", "Kundesegment [#Data]", header], ...answers()],
            tables: [{ name: "Svar_2025", ref: `A1:C${SCORES.length + 1}` }],
          },
        ],
      }),
      { version: 1, roles: { Evaluering: { sheet: "Brugerevaluering", columns: { anbefaling: header } } } },
    );
    expect(w.realised?.formula).toContain(`Svar_2025[[Score '[0-10'] '#1 ''x'' "y"]]`);
    if (skipWithoutLibreOffice("escaped structured references")) return;
    expect(await libreOfficeNps(w.bytes)).toBeCloseTo(indicator(w.json, "3", "nps").value as number, 3);
  }, 120_000);

  it("a plain range on a sheet named Svar 'Q1' & co: quoted, and the engine's NPS", async () => {
    const sheet = "Svar 'Q1' & co";
    const w = await evaluateAndWrite(
      "quoted-sheet",
      buildXlsx({
        sheets: [{ name: sheet, rows: [["CVR-nummer", "Kundesegment", "Anbefaling (0-10)"], ...answers()] }],
      }),
    );
    expect(w.realised?.formula).toContain(`'Svar ''Q1'' & co'!$C$2:$C$7`);
    if (skipWithoutLibreOffice("quoted sheet names")) return;
    expect(await libreOfficeNps(w.bytes)).toBeCloseTo(indicator(w.json, "3", "nps").value as number, 3);
  }, 120_000);
});
