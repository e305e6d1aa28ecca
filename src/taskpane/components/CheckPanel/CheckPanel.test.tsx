/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Finding } from "../../../domain/findings";
import type { WorkbookData } from "../../../domain/model";
import { CheckPanel } from "./CheckPanel";
import { ITEMS_PER_GROUP } from "./useCheckPanel";
import type { CheckOutcome } from "../../services";
import { currentPane, renderPanel, stubHost, stubServices } from "../../pane.testing";

const f = (rule: string, row: number, column: string, severity: Finding["severity"] = "error"): Finding => ({
  severity,
  rule,
  sheet: "Forløb",
  table: "Forloeb",
  row,
  column,
  value: "x",
});

/** Forløb with CVR in column C and Timer in column F (the binding's sheet columns). */
const DATA: WorkbookData = {
  Forloeb: {
    role: "Forloeb",
    sheet: "Forløb",
    table: "Forloeb",
    firstRow: 2,
    rowCount: 100,
    columns: {
      cvr: { field: "cvr", header: "CVR-nummer", sheetColumn: 2, values: [] },
      timer: { field: "timer", header: "Timer", sheetColumn: 5, values: [] },
    },
  },
};

const many = Array.from({ length: ITEMS_PER_GROUP + 7 }, (_, i) =>
  f("hours-over-20-no-decision", 10 + i, "Timer", "warning"),
);
const CHECK: CheckOutcome = {
  findings: [f("cvr-check-digit", 7, "CVR-nummer"), f("cvr-check-digit", 9, "CVR-nummer"), ...many],
  errors: 2,
  warnings: many.length,
  rows: 100,
};

describe("CheckPanel", () => {
  test("before a check it says so; the button is off until a contract and tables are chosen", () => {
    renderPanel(<CheckPanel />);
    expect(screen.getByText("Tjekket er ikke kørt endnu.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Tjek registreringerne" })).toBeDisabled();
  });

  test("groups findings by rule with counts, errors first", () => {
    renderPanel(<CheckPanel />, { state: { check: CHECK, data: DATA } });
    expect(screen.getByRole("status")).toHaveTextContent("2 fejl og 57 advarsler i 100 rækker");
    const headers = screen.getAllByRole("button", { expanded: false });
    expect(headers.map((h) => h.textContent)).toEqual([
      "Rule cvr-check-digit2",
      `Rule hours-over-20-no-decision${many.length}`,
    ]);
    expect(screen.getByLabelText("Fejl: 2 stk.")).toBeInTheDocument();
    expect(screen.getByLabelText(`Advarsel: ${many.length} stk.`)).toBeInTheDocument();
  });

  test("clicking a finding selects its cell in the workbook", async () => {
    const user = userEvent.setup();
    const host = stubHost();
    renderPanel(<CheckPanel />, { host, state: { check: CHECK, data: DATA } });
    await user.click(screen.getByRole("button", { name: /Rule cvr-check-digit/ }));
    const item = screen.getByRole("button", { name: /Forløb!C9/ });
    await user.click(item);
    await waitFor(() => expect(host.calls.selected).toEqual([["Forløb", 9, 2]]));
  });

  test("a long group lists the first findings and counts the rest", async () => {
    const user = userEvent.setup();
    renderPanel(<CheckPanel />, { state: { check: CHECK, data: DATA } });
    await user.click(screen.getByRole("button", { name: /Rule hours-over-20/ }));
    const list = screen.getAllByRole("list").at(-1)!;
    expect(within(list).getAllByRole("button")).toHaveLength(ITEMS_PER_GROUP);
    expect(screen.getByText("… og 7 mere")).toBeInTheDocument();
  });

  test("no findings is good news, and the re-check switch can be turned off", async () => {
    const user = userEvent.setup();
    renderPanel(<CheckPanel />, { state: { check: { findings: [], errors: 0, warnings: 0, rows: 12 } } });
    expect(screen.getByRole("status")).toHaveTextContent("Ingen fejl fundet");
    const sw = screen.getByRole("switch", { name: "Tjek igen, når tabellerne ændres" });
    expect(sw).toBeChecked();
    await user.click(sw);
    expect(currentPane().state.autoCheck).toBe(false);
  });

  test("the check button reads the bound tables and checks them", async () => {
    const user = userEvent.setup();
    const read = jest.fn(async () => DATA);
    const check = jest.fn(() => CHECK);
    const services = stubServices({ read, check, contracts: () => [{ id: "k" } as never] });
    const bind = { sources: [], proposal: { roles: {}, issues: [] }, file: null, binding: { roles: {}, issues: [] } };
    renderPanel(<CheckPanel />, { services, state: { contractId: "k", bind } });
    await user.click(screen.getByRole("button", { name: "Tjek registreringerne" }));
    await waitFor(() => expect(currentPane().state.check).toBe(CHECK));
    expect(read).toHaveBeenCalledTimes(1);
    expect(check).toHaveBeenCalledWith({ id: "k" }, DATA, bind.binding);
  });
});
