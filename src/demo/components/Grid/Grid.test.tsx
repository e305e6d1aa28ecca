/** @jest-environment jsdom */
import "../../../taskpane/pane.testing";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Grid } from "./Grid";
import { cellText, typedValue } from "./useGrid";
import { DemoWorkbook } from "../../demo-workbook";

// jsdom lays nothing out, so scrolling a cell into view is a no-op here.
Element.prototype.scrollIntoView = function scrollIntoView() {};

const book = () =>
  new DemoWorkbook({
    sheets: [
      {
        name: "Forløb",
        rows: [
          ["CVR-nummer", "Timer", "Startdato"],
          ["12345678", 12.5, 45658],
          ["87654321", 25, 45700],
        ],
        tables: [{ name: "Forloeb", ref: "A1:C3" }],
        formats: { C2: "date", C3: "date" },
      },
      { name: "Skjult", hidden: true, rows: [["x"]] },
      { name: "Noter", rows: [["Note"]] },
    ],
  });

const show = (b: DemoWorkbook) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <Grid book={b} lang="da" />
    </FluentProvider>,
  );

describe("demo grid", () => {
  test("shows visible sheets as tabs and cells as Excel would (dates, Danish decimals)", () => {
    show(book());
    expect(screen.getByRole("tab", { name: "Forløb" })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Noter" })).toBeInTheDocument();
    expect(screen.queryByRole("tab", { name: "Skjult" })).toBeNull();
    const grid = screen.getByRole("grid", { name: "Regneark: Forløb" });
    expect(within(grid).getByRole("gridcell", { name: "12,5" })).toHaveAttribute("data-cell", "B2");
    expect(within(grid).getByRole("gridcell", { name: "01-01-2025" })).toHaveAttribute("data-cell", "C2");
  });

  test("a selection from the pane shows as the selected cell, on its sheet", () => {
    const b = book();
    show(b);
    act(() => b.activate("Noter"));
    act(() => b.select({ sheet: "Forløb", row: 3, column: 1 }));
    const grid = screen.getByRole("grid");
    expect(grid).toHaveAttribute("data-sheet", "Forløb");
    expect(within(grid).getByRole("gridcell", { selected: true })).toHaveAttribute("data-cell", "B3");
  });

  test("Kontrakttjek's highlights and its status sheet show after a write", async () => {
    const b = book();
    show(b);
    await act(async () => {
      await b.port.apply({
        statusSheet: { name: "Målopfyldelse", rows: [[{ kind: "value", value: "Mål", format: "header" }]] },
        kontrolColumns: [],
        highlights: [{ sheet: "Forløb", row: 3, column: 1, kind: "error" }],
      });
    });
    expect(screen.getByRole("tab", { name: "Målopfyldelse ✓" })).toHaveAttribute("aria-selected", "true");
    await userEvent.setup().click(screen.getByRole("tab", { name: "Forløb" }));
    expect(within(screen.getByRole("grid")).getByRole("gridcell", { name: "25" }).className).not.toBe(
      within(screen.getByRole("grid")).getByRole("gridcell", { name: "12,5" }).className,
    );
  });

  test("keyboard: arrows move, Enter edits, and an edit tells the pane's watchers", async () => {
    const user = userEvent.setup();
    const b = book();
    const heard = jest.fn();
    b.watch(heard);
    show(b);
    const grid = screen.getByRole("grid");
    await user.click(within(grid).getByRole("gridcell", { name: "12345678" }));
    grid.focus();
    expect(document.activeElement).toBe(grid);
    await user.keyboard("{ArrowRight}");
    await user.keyboard("{ArrowDown}");
    expect(within(grid).getByRole("gridcell", { selected: true })).toHaveAttribute("data-cell", "B3");
    await user.keyboard("{Enter}");
    const input = within(grid).getByRole("textbox", { name: "B3" });
    await user.clear(input);
    await user.type(input, "30,5{Enter}");
    expect(b.sheet("Forløb")!.cells[2]![1]!.value).toBe(30.5);
    expect(heard).toHaveBeenCalledTimes(1);
  });

  test("numbers in the General format have no thousands separator (a year stays 2026), as in Excel", () => {
    expect(cellText(2026, undefined, "da")).toBe("2026");
    expect(cellText(2026, "number", "en")).toBe("2026");
    expect(cellText(1234.5, undefined, "da")).toBe("1234,5");
    expect(cellText(1234.5, "decimal", "da")).toBe("1.234,5");
    expect(cellText(1234.5, "decimal", "en")).toBe("1,234.5");
  });

  test("typed text becomes a number only when it reads as one", () => {
    expect(typedValue("42")).toBe(42);
    expect(typedValue("7,5")).toBe(7.5);
    expect(typedValue("01234567")).toBe("01234567");
    expect(typedValue("vækst")).toBe("vækst");
    expect(typedValue("  ")).toBeNull();
  });
});

describe("a percentage in the demo's grid never rounds up into a higher status", () => {
  it("99.5 % is shown '99,5 %', 99.96 % '99,9 %', 100 % '100 %', 0.04 % '0,04 %'", () => {
    expect(cellText(0.995, "percent", "da")).toBe("99,5 %");
    expect(cellText(0.9996, "percent", "da")).toBe("99,9 %");
    expect(cellText(1, "percent", "da")).toBe("100 %");
    expect(cellText(0.0004, "percent", "en")).toBe("0.04 %");
  });
});
