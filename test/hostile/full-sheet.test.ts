/**
 * A table that fills the sheet: header in row 1, answers in rows 2 to 1,048,576 (Excel's last
 * row), generated here. Read and checked through the CLI: the NPS is exact, and findings planted
 * at the top, the middle and the very last row are reported at those Excel rows.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { createWorkbook } from "../../src/workbook/xlsx/create";
import { readPackage } from "../../src/workbook/xlsx/zip";
import { cli, tempDir, type JsonEvaluation } from "./helpers";

const LAST_ROW = 1_048_576;
const BAD_CVR_ROW = 2;
const BLANK_ROW = 1000;
const NA_ROW = 524_288;
const TEXT_SCORE_ROW = 777_777;

/** The i-th valid CVR number (modulus 11), all different. */
function cvrOf(i: number): number {
  const w = [2, 7, 6, 5, 4, 3, 2, 1];
  for (let base = 3_000_000 + Math.floor(i * 1.2); ; base++) {
    const d = String(base).split("").map(Number);
    const sum = d.reduce((a, x, k) => a + x * (w[k] as number), 0);
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) return base * 10 + check;
  }
}

const scoreOf = (row: number): number => row % 11;

function fullSheetWorkbook(): Uint8Array {
  const base = readPackage(
    createWorkbook({
      sheets: [
        {
          name: "Brugerevaluering",
          rows: [
            ["CVR-nummer", "Kundesegment", "Anbefaling (0-10)"],
            [12345674, "drift", 1],
          ],
          tables: [{ name: "Evaluering", range: "A1:C2" }],
        },
      ],
    }),
  );
  const sheetName = [...base.entries.keys()].find((n) => /worksheets\/sheet1\.xml$/.test(n))!;
  const tableName = [...base.entries.keys()].find((n) => /tables\/table1\.xml$/.test(n))!;
  // Keep the generated sheet's head (columns, views) and tail (table part), replace its cells.
  const xml = new TextDecoder().decode(base.entries.get(sheetName));
  const head = xml
    .slice(0, xml.indexOf("<sheetData"))
    .replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:C${LAST_ROW}"/>`);
  const tail = xml.slice(xml.indexOf("</sheetData>") + "</sheetData>".length);
  const parts: string[] = [
    head,
    "<sheetData>",
    '<row r="1"><c r="A1" t="inlineStr"><is><t>CVR-nummer</t></is></c><c r="B1" t="inlineStr"><is><t>Kundesegment</t></is></c>' +
      '<c r="C1" t="inlineStr"><is><t>Anbefaling (0-10)</t></is></c></row>',
  ];
  for (let r = 2; r <= LAST_ROW; r++) {
    if (r === BLANK_ROW) continue;
    const cvr = r === BAD_CVR_ROW ? 12345675 : cvrOf(r);
    const seg = r % 2 ? "drift" : "vækst";
    const score =
      r === LAST_ROW
        ? "<v>11</v>"
        : r === NA_ROW
          ? "<v>#N/A</v>"
          : r === TEXT_SCORE_ROW
            ? "<is><t>9</t></is>"
            : `<v>${scoreOf(r)}</v>`;
    const t = r === NA_ROW ? ' t="e"' : r === TEXT_SCORE_ROW ? ' t="inlineStr"' : "";
    parts.push(
      `<row r="${r}"><c r="A${r}"><v>${cvr}</v></c><c r="B${r}" t="inlineStr"><is><t>${seg}</t></is></c><c r="C${r}"${t}>${score}</c></row>`,
    );
  }
  parts.push("</sheetData>", tail);
  const entries = new Map(base.entries);
  entries.set(sheetName, strToU8(parts.join("")));
  const table = new TextDecoder().decode(base.entries.get(tableName)).replace(/A1:C2/g, `A1:C${LAST_ROW}`);
  entries.set(tableName, strToU8(table));
  // Fast compression: the file is thrown away after the test.
  return zipSync(Object.fromEntries(base.order.map((n) => [n, entries.get(n) as Uint8Array])), { level: 1 });
}

/** NPS over the rows that hold a valid score, computed independently of Kontrakttjek. */
function expectedNps(): number {
  let promoters = 0;
  let detractors = 0;
  let answers = 0;
  for (let r = 2; r <= LAST_ROW; r++) {
    if (r === BLANK_ROW || r === NA_ROW || r === LAST_ROW) continue;
    const s = r === TEXT_SCORE_ROW ? 9 : scoreOf(r);
    answers++;
    if (s >= 9) promoters++;
    else if (s <= 6) detractors++;
  }
  return ((promoters - detractors) / answers) * 100;
}

describe("a 1,048,576-row table", () => {
  const dir = tempDir();
  const file = join(dir, "fuld.xlsx");

  beforeAll(() => {
    writeFileSync(file, fullSheetWorkbook());
  }, 300_000);

  it("is read whole and checked correctly, down to Excel's last row", async () => {
    const r = await cli("evaluate", file, "--contract", "sjaelland-2025", "--json");
    expect([r.code, r.err]).toEqual([0, ""]);
    const json = JSON.parse(r.out) as JsonEvaluation;
    const nps = json.goals.find((g) => g.id === "3")!.indicators.find((i) => i.id === "nps")!;
    // The JSON gives four decimals.
    expect(nps.value).toBeCloseTo(expectedNps(), 3);
    const cells = json.findings
      .filter((f) => f.severity === "error")
      .map((f) => [f.rule, f.sheet, f.row, f.column, f.value]);
    expect(cells).toEqual([
      ["cvr-check-digit", "Brugerevaluering", BAD_CVR_ROW, "CVR-nummer", "12345675"],
      ["cell-error-value", "Brugerevaluering", NA_ROW, "Anbefaling (0-10)", "#N/A"],
      ["score-invalid", "Brugerevaluering", LAST_ROW, "Anbefaling (0-10)", "11"],
    ]);
    const last = json.findings.find((f) => f.row === LAST_ROW)!;
    expect(last.message).toMatch(/^Ark "Brugerevaluering", række 1048576, kolonne "Anbefaling \(0-10\)": "11"/);
  }, 600_000);
});
