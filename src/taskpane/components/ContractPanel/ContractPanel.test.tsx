/** @jest-environment jsdom */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ContractPanel } from "./ContractPanel";
import { LIBRARY } from "../../../templates";
import { WORKBOOK_CONTRACT } from "../../contracts";
import { currentPane, renderPanel, stubServices } from "../../pane.testing";

describe("ContractPanel", () => {
  test("lists the library's contracts and shows a chosen contract's parameters and period", async () => {
    const user = userEvent.setup();
    renderPanel(<ContractPanel />, { services: stubServices({ contracts: () => LIBRARY }) });
    const select = screen.getByRole("combobox", { name: "Kontrakt" });
    expect(screen.getAllByRole("option").length).toBe(LIBRARY.length + 1);
    expect(screen.queryByRole("radiogroup")).toBeNull();

    await user.selectOptions(select, "sjaelland-2025");
    expect(currentPane().state.contractId).toBe("sjaelland-2025");
    expect(screen.getByText(/Sjælland.*· 15 mål/)).toBeInTheDocument();
    // Sjælland reports twice a year: the half-year period is offered
    const h1 = screen.getByRole("radio", { name: /1\. halvår/ });
    await user.click(h1);
    expect(currentPane().state.period).toBe("H1");
  });

  test("a contract with parameters gets a choice per parameter", async () => {
    const user = userEvent.setup();
    const withParams = LIBRARY.find((c) => c.params.length > 0)!;
    renderPanel(<ContractPanel />, { services: stubServices({ contracts: () => LIBRARY }) });
    await user.selectOptions(screen.getByRole("combobox", { name: "Kontrakt" }), withParams.id);
    const p = withParams.params[0]!;
    const box = screen.getByRole("combobox", { name: p.label.da });
    expect(box).toHaveValue(p.default);
    const other = p.choices.find((c) => c.id !== p.default)!;
    await user.selectOptions(box, other.id);
    expect(currentPane().state.params[p.id]).toBe(other.id);
  });

  test("the bind button runs the bind action", async () => {
    const user = userEvent.setup();
    const bind = jest.fn(async () => ({
      sources: [],
      proposal: { roles: {}, issues: [] },
      file: null,
      binding: { roles: {}, issues: [] },
    }));
    renderPanel(<ContractPanel />, {
      services: stubServices({ contracts: () => LIBRARY, bind }),
      state: { contractId: "sjaelland-2025" },
    });
    await user.click(screen.getByRole("button", { name: "Find tabellerne automatisk" }));
    await waitFor(() => expect(currentPane().state.tab).toBe("binding"));
    expect(bind).toHaveBeenCalledTimes(1);
  });

  test("the workbook's own contract is offered, listed, and chosen like any other", async () => {
    const user = userEvent.setup();
    const own = {
      ...LIBRARY.find((c) => c.id === "sjaelland-2025")!,
      id: "sjaelland-2026",
      title: { da: "Sjælland 2026" },
    };
    renderPanel(<ContractPanel />, {
      services: stubServices({ contracts: () => LIBRARY }),
      state: { contractId: "sjaelland-2025", workbookContract: { contract: own, from: "sheet" } },
    });
    expect(screen.getByText("Projektmappen har sin egen kontrakt: Sjælland 2026.")).toBeInTheDocument();
    const select = screen.getByRole("combobox", { name: "Kontrakt" });
    expect(screen.getByRole("option", { name: "Projektmappens kontrakt: Sjælland 2026" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Brug projektmappens kontrakt" }));
    expect(currentPane().state.contractId).toBe(WORKBOOK_CONTRACT);
    expect(select).toHaveValue(WORKBOOK_CONTRACT);
    expect(screen.getByText("Sjælland 2026 · 15 mål")).toBeInTheDocument();
    // Chosen: no longer offered.
    expect(screen.queryByText(/har sin egen kontrakt/)).toBeNull();
    await user.selectOptions(select, "sjaelland-2025");
    expect(currentPane().state.contractId).toBe("sjaelland-2025");
  });

  test("speaks English when the host does", () => {
    renderPanel(<ContractPanel />, {
      services: stubServices({ contracts: () => LIBRARY }),
      state: { lang: "en" },
    });
    expect(screen.getByRole("combobox", { name: "Contract" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Find the tables automatically" })).toBeInTheDocument();
  });
});
