/** @jest-environment jsdom */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { KontraktPanel } from "./KontraktPanel";
import type { KontraktPanelState } from "./KontraktPanel.types";
import { renderKontraktPanel } from "./renderKontraktPanel";
import { useKontraktPanelStyles } from "./useKontraktPanelStyles.styles";
import { WORKBOOK_CONTRACT } from "../../contracts";
import { defaultServices } from "../../services";
import { findContract, LIBRARY } from "../../../templates";
import { MemoryWorkbook } from "../../../workbook/memory";
import { currentPane, renderPanel, stubHost, stubServices } from "../../pane.testing";

const SJAELLAND = findContract("sjaelland-2025")!;

/** The authoring use-cases as they are; everything else stubbed. */
const services = () =>
  stubServices({
    contracts: () => LIBRARY,
    newContractFrom: defaultServices.newContractFrom,
    checkContract: defaultServices.checkContract,
    contractFileText: defaultServices.contractFileText,
    readContractFile: defaultServices.readContractFile,
    readKontraktSheet: defaultServices.readKontraktSheet,
    kontraktSheetPlan: defaultServices.kontraktSheetPlan,
    formatAuthoringFinding: defaultServices.formatAuthoringFinding,
  });

const count = (text: string, needle: string): number => text.split(needle).length - 1;
const json = () => screen.getByRole("region", { name: "Kontraktfilen (JSON)" });

async function createSjaelland2026(user: ReturnType<typeof userEvent.setup>, lang: "da" | "en" = "da") {
  const book = MemoryWorkbook.fromSpec({ sheets: [{ name: "Ark1", rows: [["a"], [1]] }] });
  renderPanel(<KontraktPanel />, {
    host: stubHost(book, lang),
    services: services(),
    state: { contractId: "sjaelland-2025", lang },
  });
  await user.click(screen.getByRole("button", { name: lang === "da" ? "Opret udkast" : "Create draft" }));
  await screen.findByRole("heading", { name: /sjaelland-2026/ });
  return book;
}

describe("KontraktPanel", () => {
  test("suggests next year's copy of the chosen contract, and of another one when the source changes", async () => {
    const user = userEvent.setup();
    renderPanel(<KontraktPanel />, { services: services(), state: { contractId: "sjaelland-2025" } });
    const from = screen.getByRole("combobox", { name: "Ny kontrakt ud fra …" });
    expect(from).toHaveValue("sjaelland-2025");
    expect(within(from).getByRole("option", { name: "Arket «Kontrakt» i projektmappen" })).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /^Id/ })).toHaveValue("sjaelland-2026");
    expect(screen.getByRole("textbox", { name: "Titel" })).toHaveValue(
      "Resultatkontrakt 2026, Erhvervshus Sjælland – KKR Sjælland",
    );
    expect(screen.getByRole("spinbutton", { name: "År" })).toHaveValue(2026);

    await user.selectOptions(from, "hovedstaden-2020");
    expect(screen.getByRole("textbox", { name: /^Id/ })).toHaveValue("hovedstaden-2021");
    expect(screen.getByRole("spinbutton", { name: "År" })).toHaveValue(2021);
  });

  test("a draft: goal 9's target from 40 to 45 changes the JSON preview; the check has no errors", async () => {
    const user = userEvent.setup();
    await createSjaelland2026(user);
    expect(currentPane().state.authoring.draft?.base).toMatchObject({ id: "sjaelland-2026", year: 2026 });
    const before = json().textContent ?? "";
    expect(before).toContain('"id": "sjaelland-2026"');
    expect(count(before, '"value": 40')).toBe(1);

    await user.click(screen.getByRole("button", { name: /^Mål 9:/ }));
    const goal = screen.getByRole("group", { name: /^Mål 9:/ });
    const indicator = within(goal).getByRole("group", { name: "Indikator: AI-tjek" });
    const target = within(indicator).getByRole("textbox", { name: "Måltal ≥" });
    expect(target).toHaveValue("40");
    await user.clear(target);
    await user.type(target, "45");
    await waitFor(() => expect(count(json().textContent ?? "", '"value": 40')).toBe(0));
    expect(count(json().textContent ?? "", '"value": 45')).toBe(count(before, '"value": 45') + 1);
    expect(within(screen.getByRole("region", { name: "Kontrol af kontrakten" })).getByText(/Ingen fejl/)).toBeVisible();
    expect(screen.getByRole("button", { name: "Gem i projektmappen" })).toBeEnabled();
  });

  test("a Danish decimal comma is a number; text that is not one is an error at its field and path", async () => {
    const user = userEvent.setup();
    await createSjaelland2026(user);
    await user.click(screen.getByRole("button", { name: /^Mål 9:/ }));
    const target = within(screen.getByRole("group", { name: "Indikator: AI-tjek" })).getByRole("textbox", {
      name: "Måltal ≥",
    });
    await user.clear(target);
    await user.type(target, "42,5");
    await waitFor(() => expect(json()).toHaveTextContent('"value": 42.5'));

    await user.clear(target);
    await user.type(target, "4x");
    const checks = screen.getByRole("region", { name: "Kontrol af kontrakten" });
    await waitFor(() => expect(checks).toHaveTextContent("«4x» er ikke et tal"));
    const goal9 = SJAELLAND.goals.findIndex((g) => g.id === "9");
    expect(checks).toHaveTextContent(`$.goals[${goal9}].indicators[0].target.value`);
    expect(screen.getAllByText("«4x» er ikke et tal. Skriv fx 45 eller 45,5.").length).toBe(2);
    expect(screen.getByRole("button", { name: "Gem i projektmappen" })).toBeDisabled();
  });

  test("an empty goal title is reported by the contract check with its path", async () => {
    const user = userEvent.setup();
    await createSjaelland2026(user);
    await user.click(screen.getByRole("button", { name: /^Mål 9:/ }));
    const title = within(screen.getByRole("group", { name: /^Mål 9:/ })).getByRole("textbox", { name: "Målets titel" });
    await user.clear(title);
    const goal9 = SJAELLAND.goals.findIndex((g) => g.id === "9");
    await waitFor(() =>
      expect(screen.getByRole("region", { name: "Kontrol af kontrakten" })).toHaveTextContent(
        `$.goals[${goal9}].title`,
      ),
    );
    expect(screen.getByRole("button", { name: "Gem i projektmappen" })).toBeDisabled();
  });

  test("an id the schema refuses gives no draft but its problem, with the path", async () => {
    const user = userEvent.setup();
    renderPanel(<KontraktPanel />, { services: services(), state: { contractId: "sjaelland-2025" } });
    const id = screen.getByRole("textbox", { name: /^Id/ });
    await user.clear(id);
    await user.type(id, "Sjælland 2026");
    await user.click(screen.getByRole("button", { name: "Opret udkast" }));
    await waitFor(() => expect(screen.getByText("Kontrakten kunne ikke oprettes")).toBeInTheDocument());
    expect(screen.getByText("$.id")).toBeInTheDocument();
    expect(currentPane().state.authoring.draft).toBeNull();
  });

  test("save: shows which sheet will be written, writes it and the settings, and asks before overwriting", async () => {
    const user = userEvent.setup();
    const book = await createSjaelland2026(user);
    await user.click(screen.getByRole("button", { name: "Gem i projektmappen" }));
    const preview = await screen.findByRole("region", { name: "Dette bliver gemt" });
    expect(preview).toHaveTextContent(/Arket «Kontrakt» oprettes: \d+ rækker × \d+ kolonner\./);
    expect(book.sheetNames()).not.toContain("Kontrakt");
    await user.click(within(preview).getByRole("button", { name: "Gem" }));
    await waitFor(() => expect(currentPane().state.notice).toMatch(/^Gemt i projektmappen/));
    expect(book.sheetNames()).toContain("Kontrakt");
    expect(currentPane().state.workbookContract?.contract.id).toBe("sjaelland-2026");

    // The sheet edited by hand, then saved again: the pane asks, and overwrites when told to.
    book.setCell("Kontrakt", "B2", "Min egen titel");
    await user.click(screen.getByRole("button", { name: "Gem i projektmappen" }));
    const again = await screen.findByRole("region", { name: "Dette bliver gemt" });
    expect(again).toHaveTextContent("Arket «Kontrakt» findes");
    await user.click(within(again).getByRole("button", { name: "Gem" }));
    await within(again).findByText(/Cellen Kontrakt!B2 siger noget andet end kontrakten/);
    expect(book.getSheet("Kontrakt")?.cells[1]?.[1]?.value).toBe("Min egen titel");
    await user.click(within(again).getByRole("button", { name: "Overskriv arket" }));
    await waitFor(() => expect(screen.queryByRole("region", { name: "Dette bliver gemt" })).toBeNull());
    expect(book.getSheet("Kontrakt")?.cells[1]?.[1]?.value).toBe(
      "Resultatkontrakt 2026, Erhvervshus Sjælland – KKR Sjælland",
    );
  });

  test("load JSON: a contract file becomes the draft; a broken or too large one is refused with reasons", async () => {
    const user = userEvent.setup();
    renderPanel(<KontraktPanel />, { services: services() });
    const input = screen.getByLabelText("Kontraktfil (JSON)");
    const text = defaultServices.contractFileText({ ...SJAELLAND, id: "min-kontrakt", title: { da: "Min kontrakt" } });
    await user.upload(input, new File([text], "min.json", { type: "application/json" }));
    await screen.findByRole("heading", { name: "Udkast: Min kontrakt (min-kontrakt)" });

    await user.upload(input, new File(['{"id": "x", "goals": []'], "broken.json", { type: "application/json" }));
    await screen.findByText("Kontrakten kunne ikke oprettes");
    // The draft there was stays.
    expect(screen.getByRole("heading", { name: "Udkast: Min kontrakt (min-kontrakt)" })).toBeInTheDocument();

    const big = new File(["x".repeat(1_000_001)], "stor.json", { type: "application/json" });
    await user.upload(input, big);
    await screen.findByText(/stor\.json fylder 1\.000\.001 byte; en kontraktfil må højst fylde 1\.000\.000 byte\./);
  });

  test("download JSON hands the contract file to the browser as a Blob link", async () => {
    const user = userEvent.setup();
    const created: Blob[] = [];
    const clicked: string[] = [];
    Object.assign(URL, {
      createObjectURL: (b: Blob) => {
        created.push(b);
        return "blob:kontrakt";
      },
      revokeObjectURL: () => undefined,
    });
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(`${this.download} ${this.href}`);
    });
    await createSjaelland2026(user);
    await user.click(screen.getByRole("button", { name: "Hent JSON" }));
    expect(clicked).toEqual(["sjaelland-2026.json blob:kontrakt"]);
    expect(created[0]?.type).toMatch(/^application\/json/);
    click.mockRestore();
  });

  test("speaks English, and edits the English goal titles", async () => {
    const user = userEvent.setup();
    await createSjaelland2026(user, "en");
    await user.click(screen.getByRole("button", { name: /^Goal 9:/ }));
    const title = within(screen.getByRole("group", { name: /^Goal 9:/ })).getByRole("textbox", { name: "Goal title" });
    expect(title).toHaveValue("Zealand companies at the front in artificial intelligence");
    expect(screen.getByRole("region", { name: "The contract file (JSON)" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Save in the workbook" })).toBeEnabled();
  });

  test("the workbook's own contract is a source", () => {
    renderPanel(<KontraktPanel />, {
      services: services(),
      state: { workbookContract: { contract: { ...SJAELLAND, id: "egen", title: { da: "Egen" } }, from: "sheet" } },
    });
    const from = screen.getByRole("combobox", { name: "Ny kontrakt ud fra …" });
    expect(from).toHaveValue(WORKBOOK_CONTRACT);
    expect(within(from).getByRole("option", { name: "Projektmappens kontrakt: Egen" })).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /^Id/ })).toHaveValue("egen-2026");
  });
});

describe("renderKontraktPanel", () => {
  function Render({ s }: { s: KontraktPanelState }) {
    return renderKontraktPanel(s, useKontraktPanelStyles());
  }
  const noop = () => undefined;
  const state: KontraktPanelState = {
    lang: "da",
    sources: [{ id: "a", label: "A" }],
    from: "a",
    id: "a-2026",
    title: "A 2026",
    year: "2026",
    canCreate: true,
    problems: [],
    draft: {
      heading: "Udkast: A 2026 (a-2026)",
      generation: 1,
      goals: [
        {
          key: "g0",
          heading: "Mål 1: Et mål",
          title: { key: "g0.title", label: "Målets titel", value: "Et mål", kind: "text", error: null },
          indicators: [
            {
              key: "g0.i0",
              name: "Indikator: Tal",
              fields: [{ key: "g0.i0.target", label: "Måltal ≥", value: "x", kind: "number", error: "Ikke et tal" }],
              note: null,
            },
          ],
          hasError: true,
        },
      ],
      problems: [
        {
          key: "p",
          severity: "error",
          severityText: "Fejl",
          where: "$.goals[0].indicators[0].target.value",
          message: "Ikke et tal",
        },
      ],
      valid: false,
      json: "{}",
    },
    save: { lines: ["Arket «Kontrakt» oprettes"], conflict: "Cellen Kontrakt!A1 siger noget andet" },
    canSave: false,
    canDiscard: true,
    onFrom: noop,
    onId: noop,
    onTitle: noop,
    onYear: noop,
    onCreate: noop,
    onImport: noop,
    onEdit: noop,
    onDownload: noop,
    onSave: noop,
    onConfirmSave: noop,
    onForce: jest.fn(),
    onCancelSave: noop,
    onDiscard: noop,
  };

  test("renders a hand-made state: problems, the save preview with its overwrite question", async () => {
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <Render s={state} />
      </FluentProvider>,
    );
    expect(screen.getByRole("region", { name: "Kontrol af kontrakten" })).toHaveTextContent(
      "Fejl $.goals[0].indicators[0].target.value Ikke et tal",
    );
    expect(screen.getByRole("button", { name: "Gem i projektmappen" })).toBeDisabled();
    const preview = screen.getByRole("region", { name: "Dette bliver gemt" });
    expect(preview).toHaveTextContent("Cellen Kontrakt!A1 siger noget andet");
    await user.click(within(preview).getByRole("button", { name: "Overskriv arket" }));
    expect(state.onForce).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("button", { name: "Kassér udkastet" })).toBeInTheDocument();
  });
});
