/** @jest-environment jsdom */
/**
 * The Tables panel lists what the goals lack on a house's own export and lets the user choose it by
 * hand — a column and a key figure — from what the workbook has (candidates first); the goal cards
 * change at once, and the choice saved in the workbook binds again when the workbook is reopened.
 */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { application } from "../../../app/application";
import { MemoryWorkbook, memoryWorkbookSpec } from "../../../app/hosts/memory";
import { BindingPanel } from "./BindingPanel";
import { defaultServices } from "../../services";
import { houseExport } from "../../../../test/house/house-export";
import { currentPane, renderPanel, stubHost } from "../../pane.testing";

/** The house export with a survey column named by its number only and a key figure in the house's words. */
function workbook(): MemoryWorkbook {
  const spec = houseExport({ referralHeader: "Spm. 7" });
  const sheets = spec.sheets.map((s) =>
    s.name === "Nøgletal 2025"
      ? { ...s, rows: (s.rows ?? []).map((r) => (r[0] === "Kendskabsgrad" ? ["Andel der har hørt om os", r[1]] : r)) }
      : s,
  );
  return MemoryWorkbook.fromSpec(memoryWorkbookSpec({ ...spec, sheets }));
}

async function opened(port: MemoryWorkbook) {
  const contract = application.findContract("sjaelland-2025")!;
  const saved = await application.loadSettings(port);
  const bind = await application.bind(port, saved?.binding ?? null, {}, { contract });
  const data = await application.read(port, bind.binding, contract);
  const input = { params: {}, period: "year" as const, lang: "da" as const, today: "2025-12-31" };
  return { contract, bind, data, evaluation: application.evaluate(contract, data, bind.binding, input) };
}

const statusOf = (goal: string) => currentPane().state.evaluation?.goals.find((g) => g.id === goal)?.status;

describe("Tables panel: what the goals lack, chosen by hand", () => {
  it("maps a column and a key figure from the workbook's lists; the goal cards change; the choice survives reopening", async () => {
    const user = userEvent.setup();
    const port = workbook();
    const first = await opened(port);
    expect(first.evaluation.goals.find((g) => g.id === "4")?.status).toBe("mangler data");
    expect(first.evaluation.goals.find((g) => g.id === "2")?.status).toBe("mangler data");
    renderPanel(<BindingPanel />, {
      services: defaultServices,
      host: stubHost(port),
      state: {
        contractId: "sjaelland-2025",
        bind: first.bind,
        data: first.data,
        check: application.check(first.contract, first.data, first.bind.binding),
        evaluation: first.evaluation,
      },
    });
    const lacks = screen.getByRole("group", { name: "Det mangler målene" });
    const column = within(lacks).getByRole("combobox", {
      name: "Kolonnen «Brug af henvisning» (Brugerevaluering) – mål 4",
    });
    await user.selectOptions(column, "Spm. 7");
    await waitFor(() => expect(statusOf("4")).not.toBe("mangler data"));
    const key = within(screen.getByRole("group", { name: "Det mangler målene" })).getByRole("combobox", {
      name: "Nøgletallet «Kendskabsgrad» – mål 2",
    });
    await user.selectOptions(key, "Andel der har hørt om os");
    await waitFor(() => expect(statusOf("2")).not.toBe("mangler data"));
    expect(currentPane().state.bind?.file).toMatchObject({
      roles: { Evaluering: { columns: { henvisning: "Spm. 7" } } },
      keyFigures: { Kendskabsgrad: "Andel der har hørt om os" },
    });
    await user.click(screen.getByRole("button", { name: "Gem koblingen i projektmappen" }));
    await waitFor(() => expect(currentPane().state.notice).toBe("Koblingen er gemt i projektmappen."));
    // Reopened: the saved choices bind the column and the key figure again.
    const again = await opened(port);
    expect(again.evaluation.goals.find((g) => g.id === "4")?.status).not.toBe("mangler data");
    expect(again.evaluation.goals.find((g) => g.id === "2")?.status).not.toBe("mangler data");
  });

  it("lists, on asking, every key figure and activity found, to map one otherwise", async () => {
    const user = userEvent.setup();
    const port = workbook();
    const first = await opened(port);
    renderPanel(<BindingPanel />, {
      services: defaultServices,
      host: stubHost(port),
      state: { contractId: "sjaelland-2025", bind: first.bind, data: first.data, evaluation: first.evaluation },
    });
    const lacks = () => screen.getByRole("group", { name: "Det mangler målene" });
    // "Basistilskud" is found by its name: not listed until asked for.
    expect(within(lacks()).queryByRole("combobox", { name: "Nøgletallet «Basistilskud» – mål 14" })).toBeNull();
    await user.click(
      within(lacks()).getByRole("checkbox", { name: "Vis også nøgletal og aktiviteter, der er fundet" }),
    );
    expect(within(lacks()).getByRole("combobox", { name: "Nøgletallet «Basistilskud» – mål 14" })).toHaveDisplayValue(
      "Basistilskud",
    );
  });

  it("asks for a check first when the tables have not been read", () => {
    renderPanel(<BindingPanel />, {
      services: defaultServices,
      state: {
        contractId: "sjaelland-2025",
        bind: { sources: [], proposal: { roles: {}, issues: [] }, file: null, binding: { roles: {}, issues: [] } },
      },
    });
    expect(screen.getByText("Kør kontrollen for at se, hvad målene mangler.")).toBeInTheDocument();
  });
});
