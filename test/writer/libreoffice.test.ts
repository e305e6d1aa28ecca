import { createWorkbook } from "../../src/workbook/xlsx/create";
import { readCells, unzip } from "../../src/workbook/xlsx/write/helpers.testing";
import { recalcWithLibreOffice, skipWithoutLibreOffice } from "./libreoffice";

describe("recalcWithLibreOffice", () => {
  it("recalculates formulas on load, including fully bracketed structured references", async () => {
    if (skipWithoutLibreOffice("LibreOffice recalculation")) return;
    const bytes = createWorkbook({
      sheets: [
        {
          name: "Evaluering",
          rows: [
            ["Anbefaling (0-10)", "Segment"],
            [10, "drift"],
            [9, "vækst"],
            [3, "drift"],
            [11, "drift"],
          ],
          tables: [{ name: "Evaluering", range: "A1:B5" }],
        },
        {
          name: "Målopfyldelse",
          rows: [
            [
              // cached values are deliberately wrong: LibreOffice must compute them
              {
                kind: "formula",
                formula: '=COUNTIFS(Evaluering[[Anbefaling (0-10)]],">=9",Evaluering[[Anbefaling (0-10)]],"<=10")',
                cached: 0,
              },
              { kind: "formula", formula: '=COUNTIFS(Evaluering[[Segment]],"drift")', cached: 0 },
              { kind: "formula", formula: '=IF(A1>=2,"ja","nej")', cached: "?" },
              { kind: "formula", formula: "=IFS(A1>1,7,TRUE,8)", cached: 0 },
            ],
          ],
        },
      ],
    });
    const cells = readCells(unzip(await recalcWithLibreOffice(bytes)), "Målopfyldelse");
    expect(cells.get("A1")?.value).toBe(2);
    expect(cells.get("B1")?.value).toBe(3);
    expect(cells.get("C1")?.value).toBe("ja");
    expect(cells.get("D1")?.value).toBe(7);
  });
});
