/**
 * The Office.js adapter on a fake Excel that keeps Office.js's batching rules (queued calls, load
 * before read, errors at sync) and measures every request: settings, selection,
 * fill-in sheets, and the optional API sets read from Office. Listing and reading are in
 * sources.test.ts, writing in write.test.ts and never-lose.test.ts, request sizes in requests.test.ts.
 */
import { OfficeMockObject } from "office-addin-mock";

// office-addin-mock needs only the host names from office-addin-manifest, whose ESM-only
// dependencies Node 20's require cannot load; give it the names directly.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
}));
import { officeWorkbook, SettingsTooLargeError } from "./index";
import { SETTINGS_KEY } from "./ownership";
import { FakeExcel } from "./testing/fake-excel";
import { make, sample } from "./testing/fixtures";

describe("settings, selection and fill-in sheets", () => {
  test("settings round-trip inside the workbook and stay small", async () => {
    const book = new FakeExcel();
    const port = make(book);
    expect(await port.loadSettings()).toBeNull();
    await port.saveSettings('{"contract":"sjaelland-2025"}');
    expect(book.settings.get(SETTINGS_KEY)).toBe('{"contract":"sjaelland-2025"}');
    expect(await port.loadSettings()).toBe('{"contract":"sjaelland-2025"}');
    await expect(port.saveSettings("x".repeat(300 * 1024))).rejects.toBeInstanceOf(SettingsTooLargeError);
  });

  test("selectCell activates the sheet and selects the Excel cell", async () => {
    const book = sample();
    await make(book).selectCell("Evaluering", 5, 2);
    expect(book.activeSheet).toBe("Evaluering");
    expect(book.selection).toEqual({ sheet: "Evaluering", address: "C5" });
  });

  test("insertSheets adds tables, formats and validation, and leaves existing sheets alone", async () => {
    const book = new FakeExcel();
    book.put("Kommuner", "A1", [["mine"]]);
    const port = make(book);
    const report = await port.insertSheets([
      {
        name: "Forløb",
        headerRows: 1,
        rows: [
          ["CVR-nummer", "Kundesegment", "Startdato"],
          [null, null, { kind: "date", value: "2025-03-15" }],
        ],
        columns: [{ width: 14, format: "text" }, null, { format: "date" }],
        tables: [{ name: "Forloeb", range: "A1:C2" }],
        validations: [
          { type: "list", values: ["drift", "vækst"], range: "B2:B5001", error: { text: "Vælg drift eller vækst." } },
          { type: "date", min: "2000-01-01", max: "2100-12-31", range: "C2:C5001" },
        ],
      },
      { name: "Kommuner", rows: [["Kommune"], ["Roskilde"]], tables: [{ name: "Kommuner", range: "A1:A2" }] },
    ]);
    expect(report).toEqual({ added: ["Forløb"], skipped: ["Kommuner"], validationSkipped: false });
    expect(book.table("Forloeb")).toMatchObject({ row: 0, column: 0, rows: 2, columns: 3 });
    expect(book.table("Kommuner")).toBeUndefined();
    expect(book.value("Kommuner", "A1")).toBe("mine");
    expect(book.value("Forløb", "C2")).toBe(45731);
    expect(book.cell("Forløb", "C2")!.numberFormat).toBe("dd-mm-yyyy");
    expect(book.cell("Forløb", "A300")!.numberFormat).toBe("@");
    expect(book.sheet("Forløb")!.frozenRows).toBe(1);
    expect(book.sheet("Forløb")!.columnWidths.get(0)).toBeCloseTo(14 * 5.7);
    expect(book.sheet("Forløb")!.validations).toEqual([
      {
        address: "B2:B5001",
        ignoreBlanks: true,
        rule: { list: { inCellDropDown: true, source: "drift,vækst" } },
        errorAlert: { showAlert: true, style: "Stop", title: "", message: "Vælg drift eller vækst." },
      },
      {
        address: "C2:C5001",
        ignoreBlanks: true,
        rule: { date: { formula1: "2000-01-01", formula2: "2100-12-31", operator: "Between" } },
      },
    ]);
    // a CVR number typed later stays text (leading zero kept) in the text-formatted column
    await book.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Forløb").getRange("A3").values = [["01234567"]];
      await ctx.sync();
    });
    expect(book.value("Forløb", "A3")).toBe("01234567");
  });
});

describe("officeWorkbook() on Office", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  test("reads optional API sets from Office.context.requirements", () => {
    const asked: string[] = [];
    const office = new OfficeMockObject({
      context: {
        requirements: {
          isSetSupported: (name: string, version: string) => {
            asked.push(`${name} ${version}`);
            return Number(version) <= 1.8;
          },
        },
      },
    });
    (globalThis as { Office?: unknown }).Office = office;
    const port = officeWorkbook();
    expect(port.features).toEqual({ dataValidation: true, suspendScreenUpdating: false, specialCells: false });
    expect(asked.sort()).toEqual(["ExcelApi 1.8", "ExcelApi 1.9"]);
  });
});
