/**
 * The status report through the Office.js adapter on the fake Excel: the same plan as the .xlsx
 * writer's, rendered the same way — number formats by unit, looks, hidden helper columns, the
 * named table, traffic lights as conditional formats, the page layout and the chart's title.
 */
import { findContract } from "../../templates";
import { generateExample } from "../../app/examples/generate";
import { runEvaluation } from "../../app/evaluate";
import { specData } from "../../app/fill-in";
import { planWrite } from "../../app/plan-write";
import { HEADER_ROW, statusColumns, STATUS_SHEET } from "../../app/status-report";
import { columnLetters } from "../sheet/a1";
import { reportOf } from "./testing/fake/report";
import { make, sample } from "./testing/fixtures";

describe("OfficeWorkbook writes the status report as the .xlsx writer does", () => {
  test("formats by unit, looks, hidden helper columns, the named table, traffic lights, print layout", async () => {
    const contract = findContract("sjaelland-2025")!;
    const data = specData(generateExample(contract).rows);
    const result = runEvaluation(contract, data, {});
    const plan = planWrite({ contract, result, data, sources: {}, lang: "da" });
    const book = sample();
    await make(book).apply(plan);

    const c = statusColumns(false);
    const header = HEADER_ROW + 1;
    const at = (col: number, row: number) => `${columnLetters(col)}${row}`;
    expect(book.value(STATUS_SHEET, "A2")).toBe("Status 2025");
    expect(book.value(STATUS_SHEET, at(c.house, header))).toBe("Husets bemærkning");
    // goal 1's indicator: a count with its target's sign
    expect(book.cell(STATUS_SHEET, at(c.target, header + 2))!.numberFormat).toBe('"≥ "#,##0');
    expect(book.cell(STATUS_SHEET, at(c.fulfilment, header + 2))!.numberFormat).toBe("0.0%");
    expect(book.cell(STATUS_SHEET, at(c.title, header + 1))!.bold).toBe(true);
    const sheet = book.sheet(STATUS_SHEET)!;
    const report = reportOf(sheet);
    expect([...report.hiddenColumns].sort((a, b) => a - b)).toEqual([c.key, c.short, c.chartValue, c.chartTarget]);
    expect(book.table("Kontrakttjek_Status")).toBeDefined();
    expect(report.conditional.map((x) => x.formula)).toContain(`=${at(c.status, header + 1)}="opfyldt"`);
    expect(report.conditional.map((x) => x.fill)).toContain("#C6EFCE");
    expect(report.page).toMatchObject({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 2 },
      titleRows: `$${header}:$${header}`,
    });
    expect(String(report.page.rightFooter)).toContain("Side &P af &N");
    expect(sheet.frozenRows).toBe(0);
    expect(sheet.charts[0]).toMatchObject({ name: "Kontrakttjek", title: "Opfyldelse pr. mål" });
  });

  test("a remark the user typed is carried to its goal's row by id when the goals move, and never recorded", async () => {
    const contract = findContract("sjaelland-2025")!;
    const data = specData(generateExample(contract).rows);
    const book = sample();
    const port = make(book);
    await port.apply(planWrite({ contract, result: runEvaluation(contract, data, {}), data, sources: {}, lang: "da" }));
    const c = statusColumns(false);
    const rowOf = (key: string): number => {
      for (let r = 1; r < 200; r++) if (book.value(STATUS_SHEET, `${columnLetters(c.key)}${r}`) === key) return r;
      throw new Error(`no row ${key}`);
    };
    const house = columnLetters(c.house);
    const before = rowOf("2");
    book.put(STATUS_SHEET, `${house}${before}`, [["Måles igen i oktober"]]);
    const fewer = { ...contract, goals: contract.goals.slice(1) };
    await port.apply(
      planWrite({ contract: fewer, result: runEvaluation(fewer, data, {}), data, sources: {}, lang: "da" }),
    );
    const after = rowOf("2");
    expect(after).toBeLessThan(before);
    expect(book.value(STATUS_SHEET, `${house}${after}`)).toBe("Måles igen i oktober");
    expect(book.value(STATUS_SHEET, `${house}${before}`)).toBe("");
    // clean leaves it: it is the user's
    await port.clean();
    expect(book.value(STATUS_SHEET, `${house}${after}`)).toBe("Måles igen i oktober");
  });
});
