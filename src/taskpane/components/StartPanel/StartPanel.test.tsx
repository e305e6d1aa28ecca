/** @jest-environment jsdom */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StartPanel } from "./StartPanel";
import type { TaskpaneHost } from "../../host";
import { defaultServices } from "../../services";
import { LIBRARY } from "../../../templates";
import type { NewSheet } from "../../../workbook/sheet/spec";
import { currentPane, renderPanel, stubHost } from "../../pane.testing";

describe("StartPanel", () => {
  test("asks for a contract first", () => {
    renderPanel(<StartPanel />, { services: defaultServices });
    expect(screen.getByRole("button", { name: "Indsæt udfyldningsark" })).toBeDisabled();
  });

  test("inserts the contract's fill-in sheets, reports what exists already, and binds them", async () => {
    const user = userEvent.setup();
    const inserted: NewSheet[][] = [];
    const host: TaskpaneHost = {
      ...stubHost(),
      insertSheets: async (sheets) => {
        inserted.push([...sheets]);
        return { added: sheets.slice(1).map((s) => s.name), skipped: [sheets[0]!.name], validationSkipped: true };
      },
    };
    renderPanel(<StartPanel />, { services: defaultServices, host, state: { contractId: "sjaelland-2025" } });
    expect(screen.getByText(LIBRARY.find((c) => c.id === "sjaelland-2025")!.title.da)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Indsæt udfyldningsark" }));
    await waitFor(() => expect(currentPane().state.notice).toMatch(/^Indsat: /));
    const names = inserted[0]!.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining(["Forløb", "Brugerevaluering", "Nøgletal", "Kommuner", "Aktiviteter"]),
    );
    // the fill-in tables carry data validation (the same spec as the CLI's template)
    expect(inserted[0]!.find((s) => s.name === "Forløb")!.validations!.length).toBeGreaterThan(3);
    expect(currentPane().state.notice).toMatch(/Findes allerede og er ikke rørt: Forløb\./);
    expect(currentPane().state.notice).toMatch(/uden\.$/);
    expect(currentPane().state.bind).not.toBeNull();
  });
});
