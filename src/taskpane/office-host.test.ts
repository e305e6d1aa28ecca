/**
 * The Excel host on office-addin-mock: language and theme from Office.context, optional API sets
 * from isSetSupported, and the adapter wired to Excel.run.
 */
import { OfficeMockObject } from "office-addin-mock";
import { isDarkColor, officeHost, officePlatform } from "./office-host";
import { OfficeWorkbook } from "../workbook/office";

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

async function officeMock(displayLanguage: string, background: string, maxMinor: number): Promise<OfficeMockObject> {
  const office = new OfficeMockObject({
    context: {
      displayLanguage,
      officeTheme: { bodyBackgroundColor: background },
      requirements: { isSetSupported: (_name: string, version: string) => Number(version.split(".")[1]) <= maxMinor },
    },
  });
  // Office.context's properties are plain values in Office; the mock wants them loaded once.
  office.load("context/displayLanguage, context/officeTheme/bodyBackgroundColor");
  await office.sync();
  return office;
}

describe("officeHost", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  test("Danish Office with a light theme on ExcelApi 1.8", async () => {
    (globalThis as { Office?: unknown }).Office = await officeMock("da-DK", "#FFFFFF", 8);
    const host = officeHost();
    expect(host.kind).toBe("excel");
    expect(host.lang).toBe("da");
    expect(host.theme).toBe("light");
    expect(host.port).toBeInstanceOf(OfficeWorkbook);
    expect((host.port as OfficeWorkbook).features).toEqual({
      dataValidation: true,
      suspendScreenUpdating: false,
      specialCells: false,
    });
  });

  test("English Office with a dark theme", async () => {
    (globalThis as { Office?: unknown }).Office = await officeMock("en-GB", "#262626", 12);
    const host = officeHost();
    expect(host.lang).toBe("en");
    expect(host.theme).toBe("dark");
    expect((host.port as OfficeWorkbook).features).toEqual({
      dataValidation: true,
      suspendScreenUpdating: true,
      specialCells: true,
    });
  });

  test("isDarkColor judges by luminance", () => {
    expect(isDarkColor("#000000")).toBe(true);
    expect(isDarkColor("#1F1F1F")).toBe(true);
    expect(isDarkColor("#F3F2F1")).toBe(false);
    expect(isDarkColor(undefined)).toBe(false);
    expect(isDarkColor("not a colour")).toBe(false);
  });
});

describe("officePlatform (for a support mail, in “Om Kontrakttjek”)", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  test("Excel's version and platform, and the highest ExcelApi set the host supports", () => {
    (globalThis as { Office?: unknown }).Office = {
      context: {
        diagnostics: { version: "16.0.18025.20000", platform: "PC" },
        requirements: { isSetSupported: (_: string, v: string) => Number(v.split(".")[1]) <= 12 },
      },
    };
    expect(officePlatform()).toBe("Excel 16.0.18025.20000 · PC · ExcelApi 1.12");
  });

  test("without diagnostics (older hosts) it still names the API set", () => {
    (globalThis as { Office?: unknown }).Office = {
      context: { requirements: { isSetSupported: (_: string, v: string) => Number(v.split(".")[1]) <= 7 } },
    };
    expect(officePlatform()).toBe("Excel · ExcelApi 1.7");
  });
});
