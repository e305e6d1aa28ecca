/** @jest-environment jsdom */
/**
 * "Om Kontrakttjek" (issue 15, item 7): the version and where the pane runs, what it writes and
 * where (our sheets, the Kontrol column, the record of what was written), that the data stays in
 * the workbook with Office.js from Microsoft's CDN the only outside load, how to remove
 * everything — in Danish and in English — and the details copied for a support mail.
 */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import "../../pane.testing";
import packageJson from "../../../../package.json";
import { DemoWorkbook, demoHost } from "../../../demo/demo-workbook";
import { exampleSpec } from "../../../demo/example";
import { App } from "../App/App";
import { defaultServices } from "../../services";
import { findContract } from "../../../templates";

const ready = () =>
  waitFor(() => expect(document.querySelector("main")).toHaveAttribute("data-ready", "true"), { timeout: 10_000 });

function pane(lang: "da" | "en") {
  const book = new DemoWorkbook(exampleSpec(findContract("sjaelland-2025")!));
  return render(<App host={demoHost(book, lang, "light")} services={defaultServices} />);
}

describe("Om Kontrakttjek", () => {
  test("says what is written where, that the data stays, and how to remove it all; back to the steps", async () => {
    const user = userEvent.setup();
    pane("da");
    await ready();
    await user.click(screen.getByRole("button", { name: "Om Kontrakttjek" }));
    const about = screen.getByRole("region", { name: "Om Kontrakttjek" });
    expect(screen.queryByRole("tablist")).toBeNull();
    expect(within(about).getByText(`Version ${packageJson.version}`)).toBeInTheDocument();
    expect(within(about).getByText("Kører i: browserdemoen (ingen Excel)")).toBeInTheDocument();
    const writes = within(about)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(writes).toEqual([
      expect.stringMatching(/^Statusark med målopfyldelsen \(fx «Målopfyldelse»\)/),
      expect.stringMatching(/^En kolonne «Kontrol» ved siden af hver tabel/),
      expect.stringMatching(/^En fortegnelse over præcis de ark, kolonner og celler, der er skrevet/),
      expect.stringMatching(/indstillinger\.$/),
      expect.stringMatching(/^Scenarieark, du gemmer fra «Hvad nu hvis», er dine/),
    ]);
    expect(
      within(about).getByText(/Dataene bliver i projektmappen\..*Office\.js fra Microsofts CDN/),
    ).toBeInTheDocument();
    // The removal names the very tab and button the pane has.
    expect(
      within(about).getByText(/^Under fanen «Skriv» fjerner «Fjern det, Kontrakttjek har skrevet» statusark/),
    ).toBeInTheDocument();

    await user.click(within(about).getByRole("button", { name: "Tilbage" }));
    expect(screen.queryByRole("region", { name: "Om Kontrakttjek" })).toBeNull();
    expect(screen.getByRole("tablist", { name: "Trin" })).toBeInTheDocument();
  });

  test("in English, and the details copied for a support mail", async () => {
    const user = userEvent.setup();
    const writeText = jest.fn(async (_: string) => undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    pane("en");
    await ready();
    await user.click(screen.getByRole("button", { name: "About Kontrakttjek" }));
    const about = screen.getByRole("region", { name: "About Kontrakttjek" });
    expect(
      within(about).getByText(/^On the “Write” tab, “Remove what Kontrakttjek wrote” removes/),
    ).toBeInTheDocument();
    expect(within(about).getByText(/The data stays in the workbook\./)).toBeInTheDocument();
    await user.click(within(about).getByRole("button", { name: "Copy the details for a support mail" }));
    await waitFor(() => expect(within(about).getByText("Copied.")).toBeInTheDocument());
    expect(writeText.mock.calls[0]?.[0]).toBe(
      `Kontrakttjek ${packageJson.version}\nRunning in: the browser demo (no Excel)`,
    );
  });
});
