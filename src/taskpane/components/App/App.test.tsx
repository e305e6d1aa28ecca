/** @jest-environment jsdom */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import "../../pane.testing";
import { DemoWorkbook, demoHost } from "../../../demo/demo-workbook";
import { exampleSpec } from "../../../demo/example";
import { App } from "./App";
import { defaultServices } from "../../services";
import { findContract } from "../../../templates";

const ready = () =>
  waitFor(() => expect(document.querySelector("main")).toHaveAttribute("data-ready", "true"), { timeout: 10_000 });

describe("App on the in-memory example workbook", () => {
  test("bind, check, re-check after an edit, and restore the choices when the pane opens again", async () => {
    const user = userEvent.setup();
    const book = new DemoWorkbook(exampleSpec(findContract("sjaelland-2025")!));
    const host = demoHost(book, "da", "light");
    const first = render(<App host={host} services={defaultServices} />);
    await ready();
    expect(screen.getByRole("tablist", { name: "Trin" })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Kontrakt" })).toHaveAttribute("aria-selected", "true");

    await user.selectOptions(screen.getByRole("combobox", { name: "Kontrakt" }), "sjaelland-2025");
    await user.click(screen.getByRole("button", { name: "Find tabellerne automatisk" }));
    await waitFor(() => expect(screen.getByRole("tab", { name: "Tabeller" })).toHaveAttribute("aria-selected", "true"));
    await user.click(screen.getByRole("button", { name: "Gem koblingen i projektmappen" }));
    await waitFor(() => expect(screen.getByText("Koblingen er gemt i projektmappen.")).toBeInTheDocument());

    await user.click(screen.getByRole("tab", { name: "Tjek" }));
    await user.click(screen.getByRole("button", { name: "Tjek registreringerne" }));
    const summary = await screen.findByText(/\d+ fejl og \d+ advarsler i [\d.]+ rækker/);
    const errorsBefore = Number(/^(\d+) fejl/.exec(summary.textContent ?? "")![1]);

    // A bad CVR typed in the grid: the pane hears of it and checks again (debounced).
    book.edit("Forløb", "A2", "12345670");
    await waitFor(() => expect(screen.getByText("Tabellerne er ændret – tjekket er kørt igen.")).toBeInTheDocument(), {
      timeout: 5000,
    });
    const after = screen.getByText(/\d+ fejl og \d+ advarsler/).textContent ?? "";
    expect(Number(/^(\d+) fejl/.exec(after)![1])).toBeGreaterThan(errorsBefore);
    first.unmount();

    // Opening the pane again restores the contract and the tables from the workbook's settings.
    render(<App host={host} services={defaultServices} />);
    await ready();
    await waitFor(() => expect(screen.getByRole("tab", { name: "Tabeller" })).toHaveAttribute("aria-selected", "true"));
    expect(
      within(screen.getByRole("group", { name: "Forløb" })).getByRole("combobox", { name: "Tabel" }),
    ).toHaveDisplayValue("Forløb · Forloeb");
  }, 30_000);

  test("errors are shown in plain words and can be dismissed", async () => {
    const user = userEvent.setup();
    const book = new DemoWorkbook({
      sheets: [
        {
          name: "Ark1",
          rows: [
            ["a", "b"],
            [1, 2],
          ],
        },
      ],
    });
    const host = { ...demoHost(book, "en", "light"), selectCell: async () => undefined };
    host.port.loadSettings = async () => {
      throw Object.assign(new Error("denied"), { code: "AccessDenied" });
    };
    render(<App host={host} services={defaultServices} />);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The sheet is protected. Unprotect it (Review › Unprotect Sheet) and try again.");
    await user.click(within(alert).getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
