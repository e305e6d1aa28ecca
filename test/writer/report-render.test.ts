/**
 * The report as LibreOffice prints it (issue 14): for every example contract the year's sheet is
 * at most 2 A4 landscape pages, and so is Sjælland's half-year; LibreOffice's recalculation of the
 * half-year sheet's live formulas (fulfilment, status, pace) gives the engine's figures.
 * With REPORT_ARTIFACTS=<dir> the PDFs are kept there.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { LIBRARY, findContract } from "../../src/templates";
import { generateExample } from "../../src/app/examples/generate";
import { createWorkbook } from "../../src/workbook/xlsx/create";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { loadContractData } from "../../src/app/load";
import { runEvaluation } from "../../src/app/evaluate";
import { planWrite } from "../../src/app/plan-write";
import { HEADER_ROW, statusColumns, statusSheetName } from "../../src/app/status-report";
import type { Contract } from "../../src/domain/contract/schema";
import { columnLetters } from "../../src/domain/columns";
import { goalStatusText, statusText } from "../../src/i18n";
import { recalcWithLibreOffice, skipWithoutLibreOffice } from "./libreoffice";
import { renderSheetPdf } from "./render-report";
import { readCells, unzip } from "../../src/workbook/xlsx/write/helpers.testing";

jest.setTimeout(300_000);

const A4 = { long: 841.89, short: 595.3 };

async function written(contract: Contract, period?: "H1") {
  const port = XlsxWorkbook.open(createWorkbook(generateExample(contract).spec));
  const loaded = await loadContractData(port, contract);
  const result = runEvaluation(contract, loaded.data, period ? { period } : {}, loaded.findings);
  await port.apply(planWrite({ contract, result, data: loaded.data, sources: loaded.sources, lang: "da" }));
  return { bytes: port.toBytes(), result };
}

const keep = (name: string, pdf: Uint8Array): void => {
  const dir = process.env.REPORT_ARTIFACTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.pdf`), pdf);
};

describe("the report prints on at most 2 A4 landscape pages", () => {
  const skip = skipWithoutLibreOffice("report printing");
  const cases: [string, "year" | "H1"][] = [
    ...LIBRARY.map((c): [string, "year"] => [c.id, "year"]),
    ["sjaelland-2025", "H1"],
  ];

  it.each(cases)("%s, %s", async (id, which) => {
    const period = which === "H1" ? "H1" : undefined;
    if (skip) return;
    const contract = findContract(id)!;
    const { bytes, result } = await written(contract, period);
    const printed = await renderSheetPdf(bytes, statusSheetName(result.period));
    keep(`${id}-${which}`, printed.pdf);
    expect(printed.pages).toBeGreaterThanOrEqual(1);
    expect(printed.pages).toBeLessThanOrEqual(2);
    for (const size of printed.sizes) {
      expect(size.width).toBeCloseTo(A4.long, 0);
      expect(size.height).toBeCloseTo(A4.short, 0);
    }
  });
});

describe("LibreOffice recalculates the half-year report to the engine's figures", () => {
  it("Sjælland 1. halvår: each row's status and pace", async () => {
    if (skipWithoutLibreOffice("half-year recalculation")) return;
    const contract = findContract("sjaelland-2025")!;
    const { bytes, result } = await written(contract, "H1");
    const cells = readCells(unzip(await recalcWithLibreOffice(bytes)), statusSheetName(result.period));
    const c = statusColumns(true);
    const at = (col: number, row: number) => cells.get(`${columnLetters(col)}${row}`)?.value ?? null;
    let row = HEADER_ROW + 2;
    for (const goal of result.goals) {
      expect({ goal: goal.id, status: at(c.status, row) }).toEqual({
        goal: goal.id,
        status: goalStatusText(goal.status, goal.partial, "da"),
      });
      row++;
      for (const ind of goal.indicators) {
        const where = `${goal.id}/${ind.id}`;
        expect({ where, status: at(c.status, row) }).toEqual({ where, status: statusText(ind.status, "da") });
        const pace = ind.pace === null ? "" : ind.pace.onTrack ? "på rette spor" : "bagud";
        expect({ where, pace: at(c.pace!, row) ?? "" }).toEqual({ where, pace });
        if (ind.pace !== null) expect(Number(at(c.due!, row))).toBeCloseTo(ind.pace.due, 1);
        row++;
      }
    }
  });
});
