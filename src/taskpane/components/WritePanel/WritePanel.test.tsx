/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { WritePanel } from "./WritePanel";
import { previewLines } from "./useWritePanel";
import { MemoryWorkbook, type MemorySheetSpec } from "../../../workbook/memory";
import type { WritePlan } from "../../../workbook/port";
import { currentPane, renderPanel, stubHost } from "../../pane.testing";

const PLAN: WritePlan = {
  statusSheet: {
    name: "Målopfyldelse",
    rows: [
      [
        { kind: "value", value: "Mål", format: "header" },
        { kind: "value", value: "Opfyldelse", format: "header" },
      ],
      [
        { kind: "value", value: "1" },
        { kind: "value", value: 0.75, format: "percent" },
      ],
    ],
    chart: { categoriesColumn: 0, valuesColumn: 1, rows: [1] },
  },
  kontrolColumns: [
    {
      sheet: "Forløb",
      table: "Forloeb",
      headerRow: 1,
      column: 3,
      header: "Kontrol",
      values: ["CVR mangler", null, "Timer er tekst"],
    },
  ],
  highlights: [
    { sheet: "Forløb", row: 2, column: 0, kind: "error" },
    { sheet: "Forløb", row: 4, column: 2, kind: "warning" },
  ],
};

const workbook = (extra: MemorySheetSpec[] = []) =>
  MemoryWorkbook.fromSpec({
    sheets: [
      ...extra,
      {
        name: "Forløb",
        rows: [
          ["CVR-nummer", "Virksomhed", "Timer"],
          ["123", "A", 2],
          ["12345678", "B", 3],
          ["87654321", "C", "tre"],
        ],
        tables: [{ name: "Forloeb", ref: "A1:C4" }],
      },
    ],
  });

describe("WritePanel", () => {
  test("the preview names exactly the sheets, columns and cells that change", () => {
    expect(previewLines(PLAN, "da").map((l) => l.text)).toEqual([
      "Arket «Målopfyldelse»: 2 rækker × 2 kolonner med et diagram over opfyldelse pr. mål",
      "Kolonnen «Kontrol» i Forløb, kolonne D, række 1–4 (2 rækker med bemærkninger)",
      "2 celler farves i Forløb (fx A2, C4)",
    ]);
  });

  test("writing is only possible after the preview", () => {
    const port = workbook();
    renderPanel(<WritePanel />, { host: stubHost(port), state: { preview: null } });
    expect(screen.getByRole("button", { name: "Skriv i projektmappen" })).toBeDisabled();
    expect(screen.queryByRole("region", { name: "Dette bliver ændret" })).toBeNull();
  });

  test("write, then remove, through the workbook port", async () => {
    const user = userEvent.setup();
    const port = workbook();
    renderPanel(<WritePanel />, { host: stubHost(port), state: { preview: PLAN } });
    const region = screen.getByRole("region", { name: "Dette bliver ændret" });
    expect(within(region).getAllByRole("listitem")).toHaveLength(3);
    await user.click(screen.getByRole("button", { name: "Skriv i projektmappen" }));
    await waitFor(() =>
      expect(currentPane().state.notice).toMatch(/^Skrevet: Målopfyldelse.*; \d+ celler, 2 farvede celler\.$/),
    );
    expect(port.sheetNames()).toContain("Målopfyldelse");
    expect(port.getSheet("Forløb")!.cells[0]![3]?.value).toBe("Kontrol");
    expect(screen.queryByRole("region", { name: "Dette bliver ændret" })).toBeNull();

    await user.click(screen.getByRole("button", { name: "Fjern det, Kontrakttjek har skrevet" }));
    await waitFor(() => expect(currentPane().state.notice).toBe("Fjernet: 1 ark, 1 kolonner, 2 farvede celler."));
    expect(port.sheetNames()).not.toContain("Målopfyldelse");
  });

  test("a user's cell right of a table is explained, and no way round it is offered", async () => {
    const user = userEvent.setup();
    const port = workbook();
    port.setCell("Forløb", "D3", "min egen note");
    renderPanel(<WritePanel />, { host: stubHost(port), state: { preview: PLAN } });
    await user.click(screen.getByRole("button", { name: "Skriv i projektmappen" }));
    await waitFor(() => expect(currentPane().state.error?.message).toMatch(/Forløb!D\d.*jeres egne data/));
    expect(currentPane().state.error?.canForce).toBe(false);
    expect(screen.queryByRole("button", { name: "Skriv ved siden af" })).toBeNull();
    expect(port.sheetNames()).not.toContain("Målopfyldelse");
  });

  test("a user's own sheet of the report's name is never written over: beside it, on request", async () => {
    const user = userEvent.setup();
    const port = workbook([{ name: "Målopfyldelse", rows: [["Vores egen opgørelse"]] }]);
    renderPanel(<WritePanel />, { host: stubHost(port), state: { preview: PLAN } });
    await user.click(screen.getByRole("button", { name: "Skriv i projektmappen" }));
    await waitFor(() => expect(currentPane().state.error?.canForce).toBe(true));
    expect(currentPane().state.error?.message).toMatch(/Målopfyldelse!A1.*jeres egne data/);
    await user.click(screen.getByRole("button", { name: "Skriv ved siden af" }));
    await waitFor(() => expect(port.sheetNames()).toContain("Målopfyldelse 2"));
    expect(port.getSheet("Målopfyldelse")?.cells[0]?.[0]?.value).toBe("Vores egen opgørelse");
    expect(currentPane().state.notice).toMatch(/«Målopfyldelse» er jeres.*«Målopfyldelse 2»/);
  });
});
