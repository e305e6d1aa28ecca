/**
 * The demo's own file (issue 15, item 6): a user's .xlsx opened in the page through the xlsx
 * adapter replaces the example in the grid (read-only: cells are edited in Excel), the bytes come
 * back untouched until something is written, and a file that is no workbook is refused in the
 * user's words with what to do, leaving the example as it was.
 */
import { DemoWorkbook } from "./demo-workbook";
import { downloadName, fileErrorText } from "./open-file";
import { exampleSpec } from "./example";
import { findContract } from "../templates";
import { createWorkbook } from "../workbook/xlsx/create";
import "../taskpane/pane.testing";

const example = () => new DemoWorkbook(exampleSpec(findContract("sjaelland-2025")!));

describe("the demo opens a file of the user's", () => {
  test("its sheets replace the example's, read-only; its bytes come back as they were", async () => {
    const book = example();
    const bytes = createWorkbook({
      sheets: [
        { name: "Noter", rows: [["Husets noter", 42]] },
        { name: "Skjult", rows: [["x"]], hidden: true },
      ],
    });
    await book.openFile("noter.xlsx", bytes);
    expect(book.fileName).toBe("noter.xlsx");
    expect(book.sheetNames()).toEqual(["Noter", "Skjult"]);
    expect(book.activeSheet).toBe("Noter");
    expect(book.sheet("Noter")!.cells[0]!.map((c) => c?.value)).toEqual(["Husets noter", 42]);
    expect(book.sheet("Skjult")!.hidden).toBe("hidden");
    expect(book.editable).toBe(false);
    book.edit("Noter", "A1", "ændret");
    expect(book.sheet("Noter")!.cells[0]![0]!.value).toBe("Husets noter");
    expect(book.fileBytes()).toEqual(bytes);
    expect(downloadName("noter.xlsx")).toBe("noter (Kontrakttjek).xlsx");
  });

  test("numbers keep how the file shows them: dates as dates, shares as per cent", async () => {
    const book = example();
    const bytes = createWorkbook({
      sheets: [
        {
          name: "Tal",
          rows: [[{ kind: "value", value: 0.5, format: "percent" }, { kind: "date", value: "2025-06-30" }, 12.5]],
        },
      ],
    });
    await book.openFile("tal.xlsx", bytes);
    expect(book.sheet("Tal")!.cells[0]!.map((c) => c?.format)).toEqual(["percent", "date", undefined]);
  });

  test("a file that is no workbook is refused in Danish and English, saying what to do; the example stays", async () => {
    const book = example();
    const before = book.sheetNames();
    const junk = new TextEncoder().encode("cvr;navn\n12345678;Firma\n");
    const error = await book.openFile("data.xlsx", junk).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).not.toBeNull();
    expect(fileErrorText("data.xlsx", error, "da")).toMatch(
      /^«data\.xlsx» kan ikke læses som en Excel-projektmappe \(\.xlsx\): filen er ikke en zip-pakke.*Gem den som \.xlsx i Excel, og prøv igen\.$/,
    );
    expect(fileErrorText("data.xlsx", error, "en")).toMatch(
      /^“data\.xlsx” cannot be read as an Excel workbook \(\.xlsx\): .*Save it as \.xlsx in Excel and try again\.$/,
    );
    expect(book.fileName).toBeNull();
    expect(book.sheetNames()).toEqual(before);
  });
});
