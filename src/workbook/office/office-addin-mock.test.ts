/**
 * The adapter's simplest batches on office-addin-mock's Excel object model (the library's
 * load/sync bookkeeping), beside the fuller fake Excel in `testing/`. office-addin-mock cannot
 * model null objects, so reads of optional items are covered by the fake only.
 */
import { OfficeMockObject } from "office-addin-mock";
import type { XlContext } from "./excel-api";
import { OfficeWorkbook } from "./index";
import { MARKS_NS, parseRecord } from "../ownership/record";
import { OfficeMeter } from "./meter";
import { SETTINGS_KEY, type Owned } from "./ownership";
import { ownedOfRecord, saveOwned } from "./record";

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

describe("the ownership record on office-addin-mock", () => {
  // office-addin-mock cannot load a collection by path (`items/id`), so reading the record back
  // through getByNamespace is covered by the fake Excel (record.test.ts).
  test("a first save adds one custom XML part in Kontrakttjek's namespace, in the writer's format, in one sync", async () => {
    const xmls: string[] = [];
    const context = new OfficeMockObject({
      workbook: {
        customXmlParts: {
          part: { id: "{part-1}" },
          add(this: { part: unknown }, xml: string) {
            xmls.push(xml);
            return this.part;
          },
        },
      },
    });
    const sync = jest.spyOn(context, "sync");
    const owned: Owned = {
      v: 2,
      sheets: [{ name: "Målopfyldelse", cells: "A1:A2", fp: "AQAAAAIAAAA=", created: true }],
      columns: [],
      highlights: [],
    };
    saveOwned(context as unknown as XlContext, owned, new OfficeMeter());
    await context.sync();
    expect(sync).toHaveBeenCalledTimes(1);
    expect(xmls).toHaveLength(1);
    expect(xmls[0]).toContain(`xmlns:kt="${MARKS_NS}"`);
    const record = parseRecord(xmls[0]!);
    expect(record && ownedOfRecord(record)).toEqual(owned);
  });
});
