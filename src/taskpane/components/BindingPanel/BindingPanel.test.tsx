/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { proposeBinding } from "../../../domain/binding/propose";
import { BindingPanel } from "./BindingPanel";
import type { BindState } from "../../services";
import { parsePaneSettings } from "../../settings";
import { defaultServices } from "../../services";
import { MemoryWorkbook } from "../../../workbook/memory";
import type { SourceInfo } from "../../../workbook/port";
import { currentPane, renderPanel, stubHost, stubServices } from "../../pane.testing";

const SOURCES: SourceInfo[] = [
  {
    sheet: "CRM",
    table: "Udtræk",
    headerRow: 1,
    firstColumn: 0,
    headers: ["CVR", "P-nr", "Firma", "Segment", "Type", "Tema", "Opstart", "Antal timer", "Henvisning", "Noter"],
    rowCount: 120,
  },
  {
    sheet: "Svar",
    table: null,
    headerRow: 3,
    firstColumn: 1,
    headers: ["CVR-nummer", "Anbefaling (0-10)", "Effekt"],
    rowCount: 80,
  },
];

function bindState(): BindState {
  const proposal = proposeBinding(SOURCES);
  return { sources: SOURCES, proposal, file: null, binding: proposal };
}

const services = stubServices({ rebind: defaultServices.rebind, formatFinding: defaultServices.formatFinding });

describe("BindingPanel", () => {
  test("before binding it says what to do", () => {
    renderPanel(<BindingPanel />);
    expect(screen.getByText(/Ingen tabeller koblet endnu/)).toBeInTheDocument();
  });

  test("shows each role's source, fields with their columns, and how sure each match is", () => {
    renderPanel(<BindingPanel />, { services, state: { bind: bindState() } });
    const courses = screen.getByRole("group", { name: "Forløb" });
    expect(within(courses).getByRole("combobox", { name: "Tabel" })).toHaveDisplayValue("CRM · Udtræk");
    expect(within(courses).getByText("120 rækker")).toBeInTheDocument();
    const cvr = within(courses).getByRole("combobox", { name: "Kolonne for CVR-nummer" });
    expect(cvr).toHaveDisplayValue("CVR");
    // a synonym is "certain"; the fuzzy match of "Antal timer" is too
    expect(within(courses).getAllByText(/sikker \(\d+ %\)/).length).toBeGreaterThan(3);
    const answers = screen.getByRole("group", { name: "Brugerevaluering" });
    expect(within(answers).getByRole("combobox", { name: "Tabel" })).toHaveDisplayValue("Svar · område fra række 3");
    // unbound roles have no source
    expect(
      within(screen.getByRole("group", { name: "Kommuner" })).getByRole("combobox", { name: "Tabel" }),
    ).toHaveDisplayValue("(ikke koblet)");
  });

  test("changing a column rebinds the field as the user's choice (confidence 100 %)", async () => {
    const user = userEvent.setup();
    renderPanel(<BindingPanel />, { services, state: { bind: bindState() } });
    const courses = screen.getByRole("group", { name: "Forløb" });
    await user.selectOptions(within(courses).getByRole("combobox", { name: "Kolonne for Virksomhed" }), "Noter");
    const b = currentPane().state.bind!;
    expect(b.file?.roles.Forloeb?.columns).toEqual({ virksomhed: "Noter" });
    expect(b.binding.roles.Forloeb?.fields.virksomhed).toMatchObject({ header: "Noter", confidence: 1, via: "file" });
    expect(within(courses).getByRole("combobox", { name: "Kolonne for Virksomhed" })).toHaveDisplayValue("Noter");
  });

  test("choosing another source, then detection again, and saving stores the choice in the workbook", async () => {
    const user = userEvent.setup();
    const port = MemoryWorkbook.fromSpec({ sheets: [] });
    renderPanel(<BindingPanel />, {
      services,
      host: stubHost(port),
      state: { bind: bindState(), contractId: "sjaelland-2025" },
    });
    const source = within(screen.getByRole("group", { name: "Brugerevaluering" })).getByRole("combobox", {
      name: "Tabel",
    });
    await user.selectOptions(source, "CRM · Udtræk");
    expect(currentPane().state.bind!.file?.roles.Evaluering).toEqual({ sheet: "CRM", table: "Udtræk" });
    expect(currentPane().state.bind!.binding.roles.Evaluering?.source.sheet).toBe("CRM");
    // the file gave CRM to Evaluering, so the proposal's Forløb on CRM is dropped
    expect(currentPane().state.bind!.binding.roles.Forloeb).toBeUndefined();
    await user.selectOptions(source, "(find automatisk)");
    expect(currentPane().state.bind!.file?.roles.Evaluering).toBeUndefined();
    expect(currentPane().state.bind!.binding.roles.Forloeb?.source.sheet).toBe("CRM");
    await user.click(screen.getByRole("button", { name: "Gem koblingen i projektmappen" }));
    await waitFor(async () => expect(await port.loadSettings()).not.toBeNull());
    const saved = parsePaneSettings(await port.loadSettings());
    expect(saved).toMatchObject({ version: 1, contract: "sjaelland-2025", period: "year" });
    expect(currentPane().state.notice).toBe("Koblingen er gemt i projektmappen.");
  });
});
