/**
 * @jest-environment jsdom
 *
 * Contracts users write, through the pane's actions on the in-memory example workbook: new from
 * Sjælland 2025 as 2026, a target changed, saved (Kontrakt sheet + settings), offered again when
 * the pane opens, chosen and evaluated with the new target; the sheet is the user's.
 */
import { act, renderHook } from "@testing-library/react";
import "./pane.testing";
import { exampleSpec } from "../demo/example";
import { useActionManager, type Pane } from "./actions/manager";
import { WORKBOOK_CONTRACT } from "./contracts";
import { parsePaneSettings } from "./settings";
import { initialState, type PaneState } from "./state";
import { defaultServices } from "./services";
import { findContract } from "../templates";
import { MemoryWorkbook } from "../workbook/memory";
import { stubHost } from "./pane.testing";

const SJAELLAND = findContract("sjaelland-2025")!;
const GOAL9 = SJAELLAND.goals.findIndex((g) => g.id === "9");

function open(book: MemoryWorkbook, state: Partial<PaneState> = {}) {
  const host = stubHost(book, "da");
  return renderHook(() => useActionManager(host, defaultServices, { ...initialState("da"), ...state })).result;
}

async function act$(pane: { current: Pane }, ...call: Parameters<Pane["run"]>): Promise<boolean> {
  let ok = false;
  await act(async () => {
    ok = await pane.current.run(...call);
  });
  return ok;
}

const goal9Target = (state: PaneState): number | null =>
  state.evaluation?.goals.find((g) => g.id === "9")?.indicators[0]?.target ?? null;

async function authorAndSave(book: MemoryWorkbook) {
  const pane = open(book);
  expect(
    await act$(pane, "newContract", {
      from: "sjaelland-2025",
      id: "sjaelland-2026",
      title: "Resultatkontrakt 2026, Erhvervshus Sjælland – KKR Sjælland",
      year: 2026,
    }),
  ).toBe(true);
  expect(pane.current.state.authoring.draft?.base).toMatchObject({ id: "sjaelland-2026", year: 2026 });
  await act$(pane, "editDraft", { key: `g${GOAL9}.i0.target`, text: "45" });
  await act$(pane, "previewSaveContract");
  expect(pane.current.state.error).toBeNull();
  expect(pane.current.state.authoring.save).toMatchObject({
    exists: false,
    conflict: null,
    sheet: { name: "Kontrakt" },
  });
  await act$(pane, "saveContract");
  return pane;
}

describe("a contract written in the pane, on the in-memory workbook", () => {
  test("new from Sjælland 2025 as 2026, target changed, saved, re-opened, offered, evaluated with the new target", async () => {
    const book = MemoryWorkbook.fromSpec(exampleSpec(SJAELLAND));
    const pane = await authorAndSave(book);
    const s = pane.current.state;
    expect(s.error).toBeNull();
    expect(s.notice).toMatch(/^Gemt i projektmappen: «Resultatkontrakt 2026.*» og arket «Kontrakt» \([\d.]+ celler\)/);
    expect(s.authoring.save).toBeNull();
    expect(s.workbookContract?.contract.goals[GOAL9]?.indicators[0]?.target).toEqual({ op: ">=", value: 45 });
    // Saved twice over: the Kontrakt sheet (the user's) and the settings.
    expect(book.sheetNames()).toContain("Kontrakt");
    expect(book.getSheet("Kontrakt")?.ownedByKontrakttjek).toBe(false);
    const saved = parsePaneSettings(await book.loadSettings());
    expect(saved?.authored).toMatchObject({ id: "sjaelland-2026", year: 2026 });
    // "Remove what Kontrakttjek wrote" leaves it.
    await book.clean();
    expect(book.sheetNames()).toContain("Kontrakt");

    // The pane opens again: the workbook's contract is offered (read from its sheet) and can be chosen.
    const again = open(book);
    await act$(again, "restore");
    expect(again.current.state.workbookContract).toMatchObject({ from: "sheet", contract: { id: "sjaelland-2026" } });
    expect(again.current.state.contractId).toBeNull();
    await act$(again, "selectContract", { id: WORKBOOK_CONTRACT });
    await act$(again, "bind");
    // The Kontrakt sheet is no data table: nothing is bound to it.
    const bound = Object.values(again.current.state.bind!.binding.roles).map((r) => r?.source.sheet);
    expect(bound.length).toBeGreaterThan(0);
    expect(bound).not.toContain("Kontrakt");
    await act$(again, "evaluate");
    expect(again.current.state.error).toBeNull();
    expect(goal9Target(again.current.state)).toBe(45);

    // The library contract still says 40.
    await act$(again, "selectContract", { id: "sjaelland-2025" });
    await act$(again, "evaluate");
    expect(goal9Target(again.current.state)).toBe(40);

    // Chosen and saved with the binding: the next opening restores it as the chosen contract.
    await act$(again, "selectContract", { id: WORKBOOK_CONTRACT });
    await act$(again, "saveSettings");
    const third = open(book);
    await act$(third, "restore");
    expect(third.current.state.contractId).toBe(WORKBOOK_CONTRACT);
    await act$(third, "evaluate");
    expect(goal9Target(third.current.state)).toBe(45);
  }, 30_000);

  test("a workbook with only the saved contract (no sheet) offers it from its settings", async () => {
    const first = MemoryWorkbook.fromSpec(exampleSpec(SJAELLAND));
    await authorAndSave(first);
    const settings = (await first.loadSettings())!;
    const book = MemoryWorkbook.fromSpec({ ...exampleSpec(SJAELLAND), settings });
    const pane = open(book);
    await act$(pane, "restore");
    expect(pane.current.state.workbookContract).toMatchObject({ from: "settings", contract: { id: "sjaelland-2026" } });
  });

  test("a Kontrakt sheet edited by hand: saving again asks before overwriting, then overwrites", async () => {
    const book = MemoryWorkbook.fromSpec(exampleSpec(SJAELLAND));
    const pane = await authorAndSave(book);
    book.setCell("Kontrakt", "B2", "min-egen-kontrakt");
    await act$(pane, "editDraft", { key: `g${GOAL9}.i0.target`, text: "46,5" });
    await act$(pane, "previewSaveContract");
    expect(pane.current.state.authoring.save?.exists).toBe(true);
    await act$(pane, "saveContract");
    // The first cell (row by row) that says something else than the contract: the hand-edited title.
    expect(pane.current.state.authoring.save?.conflict).toEqual({ sheet: "Kontrakt", address: "B2" });
    expect(book.getSheet("Kontrakt")?.cells[1]?.[1]?.value).toBe("min-egen-kontrakt");
    expect(pane.current.state.workbookContract?.contract.goals[GOAL9]?.indicators[0]?.target.value).toBe(45);
    await act$(pane, "saveContract", { force: true });
    expect(pane.current.state.authoring.save).toBeNull();
    expect(pane.current.state.workbookContract?.contract.goals[GOAL9]?.indicators[0]?.target.value).toBe(46.5);
    const read = await defaultServices.readKontraktSheet(book);
    expect(read.contract?.id).toBe("sjaelland-2026");
  });

  test("a broken Kontrakt sheet is reported cell by cell and not offered", async () => {
    const book = MemoryWorkbook.fromSpec(exampleSpec(SJAELLAND));
    await authorAndSave(book);
    const sheet = book.getSheet("Kontrakt")!;
    const header = sheet.cells.findIndex((r) => r[0]?.value === "Mål" && r.some((c) => c?.value === "Måltal"));
    const col = sheet.cells[header]!.findIndex((c) => c?.value === "Måltal");
    const row = sheet.cells.findIndex((r, i) => i > header && typeof r[col]?.value === "number");
    const address = `${String.fromCharCode(65 + col)}${row + 1}`;
    book.setCell("Kontrakt", address, "mange");
    // Without a saved contract in the settings, nothing is offered.
    await book.saveSettings("{}");
    const pane = open(book);
    await act$(pane, "restore");
    const s = pane.current.state;
    expect(s.workbookContract).toBeNull();
    expect(s.notice).toMatch(/^Arket «Kontrakt» har \d+ fejl/);
    expect(s.authoring.problems.some((p) => p.where.startsWith(`Kontrakt · ${row + 1}`))).toBe(true);
  });

  test("a target that is not a number keeps the draft from being saved", async () => {
    const book = MemoryWorkbook.fromSpec(exampleSpec(SJAELLAND));
    const pane = open(book);
    await act$(pane, "newContract", {
      from: "sjaelland-2025",
      id: "sjaelland-2026",
      title: "Kontrakt 2026",
      year: 2026,
    });
    await act$(pane, "editDraft", { key: `g${GOAL9}.i0.target`, text: "4x" });
    await act$(pane, "previewSaveContract");
    expect(pane.current.state.error?.message).toMatch(/^Kontrakten har fejl/);
    expect(pane.current.state.authoring.save).toBeNull();
    expect(book.sheetNames()).not.toContain("Kontrakt");
  });
});
