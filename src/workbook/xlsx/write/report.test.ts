/**
 * The status sheet as a report (issue 14, item 2): the plan's layout, formats and print setup,
 * the house's remarks carried by goal id through a re-write and left by clean — in the plan and
 * in the .xlsx writer.
 */
import { findContract } from "../../../templates";
import { generateExample } from "../../../app/examples/generate";
import { createWorkbook } from "../create";
import { XlsxWorkbook } from "..";
import { MemoryWorkbook } from "../../memory";
import { loadContractData } from "../../../app/load";
import { runEvaluation } from "../../../app/evaluate";
import { planWrite } from "../../../app/plan-write";
import { HEADER_ROW, planStatusReport, statusColumns, STATUS_SHEET, STATUS_SHEET_H1 } from "../../../app/status-report";
import { carryUserColumn, readUserTexts } from "../../ownership/user-column";
import type { Contract } from "../../../domain/contract/schema";
import type { PlanCell, StatusSheetPlan } from "../../port";
import { columnLetters } from "../../../domain/columns";
import { readCells, sheetPath, unzip } from "./helpers.testing";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

const sjaelland = findContract("sjaelland-2025")!;
const AS_OF = new Date(Date.UTC(2025, 7, 15));
const c = statusColumns(false);

const shown = (cell: PlanCell | undefined): unknown =>
  !cell ? null : cell.kind === "value" ? cell.value : cell.cached;

async function evaluated(contract: Contract, period?: "H1") {
  const port = XlsxWorkbook.open(createWorkbook(generateExample(sjaelland).spec));
  const loaded = await loadContractData(port, contract);
  const result = runEvaluation(contract, loaded.data, period ? { period } : {}, loaded.findings);
  return { port, loaded, result };
}

describe("the report's plan", () => {
  it("a title block, a named table with one row per goal and its indicators under it, readable titles", async () => {
    const { loaded, result } = await evaluated(sjaelland);
    const { sheet, method } = planStatusReport({
      contract: sjaelland,
      result,
      data: loaded.data,
      lang: "da",
      asOf: AS_OF,
    });
    expect(sheet.name).toBe(STATUS_SHEET);
    expect(shown(sheet.rows[0]?.[0])).toBe(result.title);
    expect(shown(sheet.rows[1]?.[0])).toBe("Status 2025");
    expect(String(shown(sheet.rows[2]?.[0]))).toMatch(/^Opgjort pr\. 15\. august 2025 · Data: Forløb/);
    const n = (s: string) => result.goals.filter((g) => g.status === s).length;
    expect(shown(sheet.rows[3]?.[0])).toBe(
      `${n("opfyldt")} af 15 mål opfyldt · ${n("delvist")} delvist · ${n("ikke opfyldt")} ikke opfyldt · ${n("mangler data")} mangler data`,
    );
    const r = sheet.report!;
    expect(r.headerRow).toBe(HEADER_ROW);
    const header = sheet.rows[HEADER_ROW]!.slice(0, r.table.columns).map(shown);
    expect(header).toEqual([
      "Mål",
      "Titel",
      "Måltal",
      "Realiseret",
      "Opfyldelse",
      "Status",
      "Mangler for 100 %",
      "Note",
      "Husets bemærkning",
      "Id",
    ]);
    const rowsPerGoal = result.goals.reduce((a, g) => a + 1 + g.indicators.length, 0);
    expect(r.table.lastRow).toBe(HEADER_ROW + rowsPerGoal);
    expect(r.outlineRows).toHaveLength(rowsPerGoal - result.goals.length);
    // Internal ids only in the hidden key column.
    expect(r.hiddenColumns).toContain(c.key);
    const visible = sheet.rows.flatMap((row) => row.filter((_, i) => !r.hiddenColumns.includes(i)).map(shown));
    expect(visible).not.toContain("virksomheder-under-3-aar");
    expect(sheet.rows.map((row) => shown(row[c.key]))).toContain("1/virksomheder-under-3-aar");
    // Long notes go to the Metode sheet, numbered.
    expect(method.name).toBe("Metode");
    expect(sheet.rows.flat().every((cell) => String(shown(cell) ?? "").length < 200)).toBe(true);
  });

  it("number formats by unit: counts whole, shares with a decimal and the target's sign, fulfilment 0.0% rounded down", async () => {
    const { loaded, result } = await evaluated(sjaelland);
    const { sheet } = planStatusReport({ contract: sjaelland, result, data: loaded.data, lang: "da", asOf: AS_OF });
    const row = (key: string) => sheet.rows.find((r) => shown(r[c.key]) === key)!;
    expect(row("1/virksomheder-under-3-aar")[c.target]?.numberFormat).toBe('"≥ "#,##0');
    expect(row("1/virksomheder-under-3-aar")[c.realised]?.numberFormat).toBe("#,##0");
    expect(row("2/kendskabsgrad")[c.realised]?.numberFormat).toBe('0.0" %"');
    expect(row("3/nps")[c.realised]?.numberFormat).toBe("0.0");
    expect(row("8/fordeling-forloeb")[c.target]?.numberFormat).toMatch(/^"≤ "/);
    const f = row("7/handlingsplaner")[c.fulfilment]!;
    expect(f.numberFormat).toBe("0.0%");
    const ind = result.goals.find((g) => g.id === "7")!.indicators.find((i) => i.id === "handlingsplaner")!;
    expect(shown(f)).toBe(Math.floor(ind.fulfilmentPct! * 10) / 1000);
  });

  it("traffic lights on the status column and the key, print on A4 landscape, at most 2 pages tall", async () => {
    const { loaded, result } = await evaluated(sjaelland);
    const { sheet } = planStatusReport({ contract: sjaelland, result, data: loaded.data, lang: "en", asOf: AS_OF });
    const r = sheet.report!;
    expect(r.trafficLights.rules.map((l) => l.text)).toEqual(["met", "partly met", "not met", "missing data"]);
    expect(r.trafficLights.blocks).toContainEqual(expect.objectContaining({ row: HEADER_ROW + 1, column: c.status }));
    expect(r.print).toMatchObject({ landscape: true, pages: 2, lastColumn: c.house });
    expect(r.print.footerRight).toContain("&P");
    expect(sheet.chart).toMatchObject({ title: "Fulfilment per goal", targetColumn: c.chartTarget });
    expect(sheet.chart?.colors).toHaveLength(result.goals.length);
    expect(shown(sheet.rows[HEADER_ROW]?.[c.house])).toBe("House's remark");
  });

  it("at half-year: its own sheet, with Forventet pr. 30/6 and Tempo", async () => {
    const { loaded, result } = await evaluated(sjaelland, "H1");
    const { sheet } = planStatusReport({ contract: sjaelland, result, data: loaded.data, lang: "da", asOf: AS_OF });
    const h1 = statusColumns(true);
    expect(sheet.name).toBe(STATUS_SHEET_H1);
    expect(shown(sheet.rows[1]?.[0])).toBe("Status 1. halvår 2025");
    expect([shown(sheet.rows[HEADER_ROW]?.[h1.due!]), shown(sheet.rows[HEADER_ROW]?.[h1.pace!])]).toEqual([
      "Forventet pr. 30/6",
      "Tempo",
    ]);
    const row = sheet.rows.find((r) => shown(r[h1.key]) === "7/korte-forloeb")!;
    const ind = result.goals.find((g) => g.id === "7")!.indicators.find((i) => i.id === "korte-forloeb")!;
    expect(shown(row[h1.pace!])).toBe(ind.pace!.onTrack ? "på rette spor" : "bagud");
    expect(row[h1.due!]).toMatchObject({
      kind: "formula",
      formula: expect.stringContaining(`*${result.period.dueShare})`),
      cached: ind.target! * result.period.dueShare,
    });
  });
});

/** A plan's texts at (zero-based) positions, as an old sheet would hold them. */
const gridOf =
  (plan: StatusSheetPlan, extra: ReadonlyMap<string, string> = new Map()) =>
  (r: number, col: number): string | null => {
    const typed = extra.get(`${r}:${col}`);
    if (typed !== undefined) return typed;
    const v = shown(plan.rows[r]?.[col]);
    return v === null || v === "" ? null : String(v);
  };

describe("the house's remarks are the user's, kept by goal id", () => {
  it("a re-write after goals moved carries each remark to its goal's row; a goal gone keeps its remark below", async () => {
    const { loaded, result } = await evaluated(sjaelland);
    const first = planStatusReport({ contract: sjaelland, result, data: loaded.data, lang: "da", asOf: AS_OF }).sheet;
    const rowOf = (plan: StatusSheetPlan, key: string) => plan.rows.findIndex((r) => shown(r[c.key]) === key);
    const typed = new Map([
      [`${rowOf(first, "2")}:${c.house}`, "Kendskabsmålingen kommer i oktober"],
      [`${rowOf(first, "1")}:${c.house}`, "Tallet er ESCRM's"],
    ]);
    const found = readUserTexts(first, gridOf(first, typed), first.rows.length + 5)!;
    expect([...found.texts]).toEqual([
      ["1", "Tallet er ESCRM's"],
      ["2", "Kendskabsmålingen kommer i oktober"],
    ]);
    // The contract without goal 1: every later goal moves up.
    const fewer = { ...sjaelland, goals: sjaelland.goals.slice(1) };
    const again = runEvaluation(fewer, loaded.data, {}, loaded.findings);
    const second = carryUserColumn(
      planStatusReport({ contract: fewer, result: again, data: loaded.data, lang: "da", asOf: AS_OF }).sheet,
      found.texts,
    );
    expect(rowOf(second, "2")).toBeLessThan(rowOf(first, "2"));
    expect(shown(second.rows[rowOf(second, "2")]?.[c.house])).toBe("Kendskabsmålingen kommer i oktober");
    const orphan = second.rows.find((r) => shown(r[c.house]) === "Tallet er ESCRM's")!;
    expect(shown(orphan[c.title])).toBe("Bemærkning til et mål, der ikke længere er i kontrakten (1)");
    expect(shown(orphan[c.key])).toBe("1");
  });

  it("an old sheet without the report's header row gives nothing to carry (and nothing is taken for a remark)", () => {
    const plan: StatusSheetPlan = { name: "x", rows: [], report: undefined };
    expect(readUserTexts(plan, () => "Id", 10)).toBeNull();
  });
});

/** The package with `text` typed into the house's column on the row whose key is `key`. */
function typeRemark(bytes: Uint8Array, sheet: string, key: string, text: string): Uint8Array {
  const parts = unzipSync(bytes);
  const path = sheetPath(unzip(bytes), sheet);
  const cells = readCells(unzip(bytes), sheet);
  const keyCol = columnLetters(c.key);
  let row = 0;
  for (const [ref, cell] of cells)
    if (ref.startsWith(keyCol) && cell.value === key) row = Number(ref.slice(keyCol.length));
  if (row === 0) throw new Error(`no row ${key}`);
  const ref = `${columnLetters(c.house)}${row}`;
  const xml = strFromU8(parts[path]!);
  const cell = `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
  const withoutOld = xml.replace(new RegExp(`<c r="${ref}"[^>]*?(/>|>.*?</c>)`), "");
  const pos = withoutOld.indexOf(`<c r="${keyCol}${row}"`);
  parts[path] = strToU8(withoutOld.slice(0, pos) + cell + withoutOld.slice(pos));
  return zipSync(parts);
}

const remarkOf = (bytes: Uint8Array, sheet: string, key: string): unknown => {
  const cells = readCells(unzip(bytes), sheet);
  const keyCol = columnLetters(c.key);
  for (const [ref, cell] of cells)
    if (ref.startsWith(keyCol) && cell.value === key)
      return cells.get(`${columnLetters(c.house)}${ref.slice(keyCol.length)}`)?.value ?? null;
  return undefined;
};

describe(".xlsx: write → the user types a remark → write again → clean", () => {
  it("the remark stays with its goal through a re-write that moves the goals, and clean leaves it", async () => {
    const { port, loaded, result } = await evaluated(sjaelland);
    const plan = planWrite({ contract: sjaelland, result, data: loaded.data, sources: loaded.sources, lang: "da" });
    await port.apply(plan);
    const edited = typeRemark(port.toBytes(), STATUS_SHEET, "2", "Måles igen i oktober");
    expect(remarkOf(edited, STATUS_SHEET, "2")).toBe("Måles igen i oktober");

    // Written again with the same plan: the remark is where it was.
    const same = XlsxWorkbook.open(edited);
    await same.apply(plan);
    expect(remarkOf(same.toBytes(), STATUS_SHEET, "2")).toBe("Måles igen i oktober");

    // Written again after goal 1 left the contract: goal 2's row moved up, the remark with it.
    const fewer = { ...sjaelland, goals: sjaelland.goals.slice(1) };
    const again = runEvaluation(fewer, loaded.data, {}, loaded.findings);
    const moved = XlsxWorkbook.open(same.toBytes());
    await moved.apply(
      planWrite({ contract: fewer, result: again, data: loaded.data, sources: loaded.sources, lang: "da" }),
    );
    const bytes = moved.toBytes();
    expect(remarkOf(bytes, STATUS_SHEET, "2")).toBe("Måles igen i oktober");
    const texts = [...readCells(unzip(bytes), STATUS_SHEET).values()].map((x) => x.value);
    expect(texts.filter((t) => t === "Måles igen i oktober")).toHaveLength(1);

    // clean takes Kontrakttjek's cells and leaves the user's remark.
    const cleaned = XlsxWorkbook.open(bytes);
    const report = await cleaned.clean();
    expect(report.kept ?? []).toEqual([]);
    const left = [...readCells(unzip(cleaned.toBytes()), STATUS_SHEET).values()]
      .map((x) => x.value)
      .filter((v) => v !== null && v !== "");
    expect(left).toEqual(["Måles igen i oktober"]);
  });

  it("a cell of the user's elsewhere on the sheet refuses the re-write (and force writes beside it)", async () => {
    const { port, loaded, result } = await evaluated(sjaelland);
    const plan = planWrite({ contract: sjaelland, result, data: loaded.data, sources: loaded.sources, lang: "da" });
    await port.apply(plan);
    const parts = unzipSync(port.toBytes());
    const path = sheetPath(unzip(port.toBytes()), STATUS_SHEET);
    parts[path] = strToU8(
      strFromU8(parts[path]!).replace(
        /<c r="A3"[^>]*?(\/>|>.*?<\/c>)/,
        '<c r="A3" t="inlineStr"><is><t>min egen</t></is></c>',
      ),
    );
    const wb = XlsxWorkbook.open(zipSync(parts));
    await expect(wb.apply(plan)).rejects.toThrow(/belongs to the user/);
    const report = await wb.apply(plan, { force: true });
    expect(report.moved).toEqual([{ kind: "sheet", from: STATUS_SHEET, to: `${STATUS_SHEET} 2` }]);
  });
});

describe(".xlsx: the report's sheets after the user renamed ours", () => {
  const RENAMED = "Status 2025 (mål)";
  const rename = (bytes: Uint8Array): Uint8Array => {
    const parts = unzipSync(bytes);
    const wb = strFromU8(parts["xl/workbook.xml"]!)
      .replace(`name="${STATUS_SHEET}"`, `name="${RENAMED}"`)
      .replaceAll(`'${STATUS_SHEET}'!`, `'${RENAMED}'!`);
    parts["xl/workbook.xml"] = strToU8(wb);
    return zipSync(parts);
  };
  const sheetNames = (bytes: Uint8Array): string[] =>
    [...strFromU8(unzipSync(bytes)["xl/workbook.xml"]!).matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1]!);

  it("a re-write finds it by what we wrote and writes it in place under the user's name; clean removes it and its print names", async () => {
    const { port, loaded, result } = await evaluated(sjaelland);
    const plan = planWrite({ contract: sjaelland, result, data: loaded.data, sources: loaded.sources, lang: "da" });
    await port.apply(plan);
    const again = XlsxWorkbook.open(rename(port.toBytes()));
    await again.apply(plan);
    const written = again.toBytes();
    expect(sheetNames(written)).toContain(RENAMED);
    expect(sheetNames(written)).not.toContain(STATUS_SHEET);
    expect(strFromU8(unzipSync(written)["xl/workbook.xml"]!)).toContain(`'${RENAMED}'!$A$1`);
    const cleaned = XlsxWorkbook.open(written);
    const report = await cleaned.clean();
    expect(report.sheetsRemoved).toContain(RENAMED);
    expect(sheetNames(cleaned.toBytes())).not.toContain(RENAMED);
    expect(strFromU8(unzipSync(cleaned.toBytes())["xl/workbook.xml"]!)).not.toContain("definedName");
  });

  it("the Metode sheet's wrapped notes get their rows' heights, and it prints on A4 landscape one page wide", async () => {
    const { port, loaded, result } = await evaluated(sjaelland);
    const plan = planWrite({ contract: sjaelland, result, data: loaded.data, sources: loaded.sources, lang: "da" });
    const method = plan.extraSheets?.find((x) => x.name === "Metode");
    expect(method?.page?.rowHeights.length).toBeGreaterThan(0);
    await port.apply(plan);
    const parts = unzip(port.toBytes());
    const xml = strFromU8(parts.get(sheetPath(parts, "Metode"))!);
    expect(xml).toMatch(/<row [^>]*ht="\d+" customHeight="1"/);
    expect(xml).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
  });
});

describe("memory adapter (the demo): the same report, the same remark kept by goal id", () => {
  it("records the layout and a named table, carries the remark when goals move, and clean leaves it", async () => {
    const { loaded, result } = await evaluated(sjaelland);
    const wb = MemoryWorkbook.fromSpec({ sheets: [{ name: "Data", rows: [["x"], [1]] }] });
    await wb.apply(planWrite({ contract: sjaelland, result, data: loaded.data, sources: {}, lang: "da" }));
    const grid = wb.getSheet(STATUS_SHEET)!;
    expect(grid.report?.headerRow).toBe(HEADER_ROW);
    expect(grid.tables.map((t) => t.name)).toEqual(["Kontrakttjek_Status"]);
    const rowOf = (key: string) => wb.getSheet(STATUS_SHEET)!.cells.findIndex((r) => r[c.key]?.value === key) + 1;
    wb.setCell(STATUS_SHEET, `${columnLetters(c.house)}${rowOf("2")}`, "Måles igen i oktober");
    const fewer = { ...sjaelland, goals: sjaelland.goals.slice(1) };
    const again = runEvaluation(fewer, loaded.data, {}, loaded.findings);
    await wb.apply(planWrite({ contract: fewer, result: again, data: loaded.data, sources: {}, lang: "da" }));
    const remark = () => wb.getSheet(STATUS_SHEET)?.cells[rowOf("2") - 1]?.[c.house]?.value;
    expect(remark()).toBe("Måles igen i oktober");
    await wb.clean();
    const left = wb
      .getSheet(STATUS_SHEET)!
      .cells.flat()
      .filter((x) => x !== null && x.value !== null);
    expect(left.map((x) => x?.value)).toEqual(["Måles igen i oktober"]);
  });
});
