/**
 * The adapter's simplest batches on office-addin-mock's Excel object model (the library's
 * load/sync bookkeeping), beside the fuller fake Excel in `testing/`. office-addin-mock cannot
 * model null objects, so reads of optional items are covered by the fake only.
 */
import { OfficeMockObject } from "office-addin-mock";
import type { XlContext } from "./excel-api";
import { OfficeWorkbook } from "./index";
import { SETTINGS_KEY } from "./ownership";

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

function excelMock() {
  const calls: string[] = [];
  const range = { select: () => calls.push("select") };
  const sheet = {
    range,
    activate: () => calls.push("activate"),
    getRangeByIndexes(this: { range: unknown }, r: number, c: number, rows: number, cols: number) {
      calls.push(`range ${r},${c},${rows},${cols}`);
      return this.range;
    },
  };
  const context = new OfficeMockObject({
    workbook: {
      worksheets: {
        sheet,
        getItem(this: { sheet: unknown }, name: string) {
          calls.push(`sheet ${name}`);
          return this.sheet;
        },
      },
      settings: { add: (key: string, value: string) => calls.push(`setting ${key}=${value}`) },
    },
  });
  const sync = jest.spyOn(context, "sync");
  const port = new OfficeWorkbook(async (batch) => batch(context as unknown as XlContext), {
    dataValidation: true,
    suspendScreenUpdating: true,
  });
  return { port, calls, sync };
}

describe("OfficeWorkbook on office-addin-mock", () => {
  test("selectCell activates the sheet and selects the zero-based cell in one sync", async () => {
    const { port, calls, sync } = excelMock();
    await port.selectCell("Forløb", 7, 2);
    expect(calls).toEqual(["sheet Forløb", "activate", "range 6,2,1,1", "select"]);
    expect(sync).toHaveBeenCalledTimes(1);
    expect(port.meter.syncs).toBe(1);
  });

  test("saveSettings stores the JSON under Kontrakttjek's key in one sync", async () => {
    const { port, calls, sync } = excelMock();
    await port.saveSettings('{"contract":"sjaelland-2025"}');
    expect(calls).toEqual([`setting ${SETTINGS_KEY}={"contract":"sjaelland-2025"}`]);
    expect(sync).toHaveBeenCalledTimes(1);
  });
});
