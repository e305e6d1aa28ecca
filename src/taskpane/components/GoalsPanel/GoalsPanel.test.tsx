/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { EvaluationResult, IndicatorResult } from "../../../domain/engine/types";
import { exampleSpec } from "../../../demo/example";
import { GoalsPanel } from "./GoalsPanel";
import { defaultServices } from "../../services";
import { findContract } from "../../../templates";
import { MemoryWorkbook } from "../../../workbook/memory";
import { currentPane, renderPanel, stubHost } from "../../pane.testing";

const ind = (over: Partial<IndicatorResult>): IndicatorResult => ({
  id: "a",
  label: "Vækstforløb",
  value: 30,
  target: 40,
  op: ">=",
  unit: "antal",
  fulfilmentPct: 75,
  uncappedPct: 75,
  status: "delvist",
  weight: 1,
  whatIf: { add: 10, of: "vækstforløb" },
  whatIfHalf: null,
  pace: null,
  state: { kind: "count", count: 30 },
  notes: [],
  ...over,
});

/** The example workbook of Sjælland 2025, bound, read and evaluated as the pane would. */
async function exampleEvaluation() {
  const contract = findContract("sjaelland-2025")!;
  const port = MemoryWorkbook.fromSpec(exampleSpec(contract));
  const bind = await defaultServices.bind(port, null);
  const data = await defaultServices.read(port, bind.binding, contract);
  const evaluation = defaultServices.evaluate(contract, data, bind.binding, {
    params: {},
    period: "year",
    lang: "da",
    today: "2025-12-31",
  });
  return { contract, port, bind, data, evaluation };
}

const RESULT: EvaluationResult = {
  contract: "x",
  title: "Resultatkontrakt 2025",
  period: { kind: "H1", year: 2025, from: 45658, to: 45838, dueShare: 0.5 },
  params: {},
  options: {},
  findings: [],
  goals: [
    {
      id: "1",
      title: "Flere vækstforløb",
      fulfilmentPct: 75,
      status: "delvist",
      partial: null,
      notes: ["Standardregel: realiseret / måltal."],
      indicators: [ind({ pace: { due: 20, onTrack: true, basis: "proRata" } })],
      pace: { onTrack: true },
    },
    {
      id: "2",
      title: "Tilfredshed",
      fulfilmentPct: null,
      status: "mangler data",
      partial: null,
      notes: [],
      indicators: [
        ind({
          id: "nps",
          label: "NPS",
          value: null,
          target: 70,
          unit: "point",
          fulfilmentPct: null,
          status: "mangler data",
          whatIf: null,
          state: null,
        }),
      ],
      pace: null,
    },
  ],
};

describe("GoalsPanel", () => {
  test("a card per goal with fulfilment bar, status, figures, notes and half-year pace", () => {
    renderPanel(<GoalsPanel />, { state: { evaluation: RESULT } });
    expect(screen.getByRole("heading", { name: "Resultatkontrakt 2025 · 1. halvår 2025" })).toBeInTheDocument();
    const one = screen.getByRole("article", { name: "Mål 1: Flere vækstforløb" });
    expect(within(one).getByRole("progressbar")).toHaveAttribute("aria-valuenow", "0.75");
    expect(within(one).getByText("Delvist opfyldt")).toBeInTheDocument();
    expect(within(one).getByText("75 % opfyldt")).toBeInTheDocument();
    expect(within(one).getByText("Realiseret 30 · måltal ≥ 40")).toBeInTheDocument();
    expect(within(one).getByText("For 100 %: 10 flere vækstforløb")).toBeInTheDocument();
    expect(within(one).getByText("På rette spor: 20 skulle være nået pr. 30. juni")).toBeInTheDocument();
    expect(within(one).getByText("På rette spor ved halvåret")).toBeInTheDocument();
    expect(within(one).getByText("Standardregel: realiseret / måltal.")).toBeInTheDocument();
    const two = screen.getByRole("article", { name: "Mål 2: Tilfredshed" });
    expect(within(two).getAllByText("Mangler data").length).toBeGreaterThan(0);
    expect(within(two).getByText("Realiseret – · måltal ≥ 70 point")).toBeInTheDocument();
  });

  test('"mangler data (1 af 2 delmål)": a goal with a part without data is never shown opfyldt, and 99.96 % is not "100 %"', () => {
    const partial: EvaluationResult = {
      ...RESULT,
      goals: [
        {
          ...RESULT.goals[0]!,
          id: "2",
          title: "Kendskab",
          fulfilmentPct: 50,
          status: "mangler data",
          partial: { known: 1, total: 2 },
          pace: null,
          indicators: [
            ind({ id: "kendskabsgrad", fulfilmentPct: 100, status: "opfyldt" }),
            ind({ id: "tilbud", value: null, fulfilmentPct: null, status: "mangler data", state: null }),
          ],
        },
        { ...RESULT.goals[0]!, id: "7", title: "Forløb", fulfilmentPct: 99.96, pace: null, indicators: [] },
      ],
    };
    renderPanel(<GoalsPanel />, { state: { evaluation: partial } });
    const two = screen.getByRole("article", { name: "Mål 2: Kendskab" });
    expect(within(two).getByText("Mangler data (1 af 2 delmål)")).toBeInTheDocument();
    expect(within(two).getByText("mindst 50 % opfyldt — kun 1 af 2 delmål har data")).toBeInTheDocument();
    expect(within(two).queryByText("Opfyldt")).toBeNull();
    const seven = screen.getByRole("article", { name: "Mål 7: Forløb" });
    expect(within(seven).getByText("99,9 % opfyldt")).toBeInTheDocument();
  });

  test("in English", () => {
    renderPanel(<GoalsPanel />, { state: { evaluation: RESULT, lang: "en" } });
    const one = screen.getByRole("article", { name: "Goal 1: Flere vækstforløb" });
    expect(within(one).getByText("75 % fulfilled")).toBeInTheDocument();
    expect(within(one).getByText("On track: 20 was due by 30 June")).toBeInTheDocument();
  });

  test("what-if on a real evaluation of the example workbook changes fulfilment and leaves the workbook alone", async () => {
    const user = userEvent.setup();
    const { contract, port, bind, data, evaluation } = await exampleEvaluation();
    const apply = jest.spyOn(port, "apply");
    renderPanel(<GoalsPanel />, {
      services: defaultServices,
      host: stubHost(port),
      state: { contractId: contract.id, bind, data, evaluation },
    });
    const goal = evaluation.goals.find((g) =>
      g.indicators.some((i) => i.op === ">=" && (i.fulfilmentPct ?? 0) > 0 && i.target),
    )!;
    const card = screen.getByRole("article", { name: `Mål ${goal.id}: ${goal.title}` });
    await user.click(within(card).getByRole("button", { name: /^Hvad nu hvis/ }));
    const result = within(card).getByRole("status");
    const before = result.textContent;
    expect(before).toMatch(/Målet bliver [\d,]+ % opfyldt/);
    const i = goal.indicators.findIndex((x) => x.op === ">=" && (x.fulfilmentPct ?? 0) > 0 && x.target);
    const target = within(card).getAllByRole("textbox", { name: /^Måltal/ })[i]!;
    await user.clear(target);
    await user.type(target, "1000000");
    await waitFor(() => expect(result.textContent).not.toBe(before));
    await user.click(within(card).getByRole("button", { name: "Nulstil" }));
    await waitFor(() => expect(result.textContent).toBe(before));
    expect(apply).not.toHaveBeenCalled();
  });

  test("a scenario is saved as a new sheet of the user's after a preview; another scenario takes the next name; remove leaves both", async () => {
    const user = userEvent.setup();
    const { contract, port, bind, data, evaluation } = await exampleEvaluation();
    const apply = jest.spyOn(port, "apply");
    renderPanel(<GoalsPanel />, {
      services: defaultServices,
      host: stubHost(port),
      state: { contractId: contract.id, bind, data, evaluation },
    });
    const goal = evaluation.goals.find((g) => g.indicators.some((i) => i.op === ">=" && i.target))!;
    const card = screen.getByRole("article", { name: `Mål ${goal.id}: ${goal.title}` });
    await user.click(within(card).getByRole("button", { name: /^Hvad nu hvis/ }));
    const target = within(card).getAllByRole("textbox", { name: /^Måltal/ })[0]!;
    await user.clear(target);
    await user.type(target, "5000");

    const name = `Hvad nu hvis – mål ${goal.id}`;
    await user.click(within(card).getByRole("button", { name: "Gem som ark …" }));
    // Nothing is written before the user has seen where it goes.
    expect(port.sheetNames()).not.toContain(name);
    expect(within(card).getByText(new RegExp(`nyt ark, «${name}»`))).toBeInTheDocument();
    await user.click(within(card).getByRole("button", { name: "Gem arket" }));
    await waitFor(() => expect(port.sheetNames()).toContain(name));
    await waitFor(() => expect(currentPane().state.notice).toMatch(`Scenariet er gemt i arket «${name}»`));
    const sheet = port.getSheet(name)!;
    expect(sheet.ownedByKontrakttjek).toBe(false);
    expect(sheet.cells[0]?.[4]?.value).toBe("Måltal i scenariet");
    expect(sheet.cells[1]?.[4]?.value).toBe(5000);

    // Another scenario never writes over the first: it takes the next free name.
    await user.clear(target);
    await user.type(target, "6000");
    await user.click(within(card).getByRole("button", { name: "Gem som ark …" }));
    await user.click(within(card).getByRole("button", { name: "Gem arket" }));
    await waitFor(() => expect(port.sheetNames()).toContain(`${name} (2)`));
    expect(port.getSheet(name)!.cells[1]?.[4]?.value).toBe(5000);
    expect(port.getSheet(`${name} (2)`)!.cells[1]?.[4]?.value).toBe(6000);
    expect(apply).not.toHaveBeenCalled();
    await port.clean();
    expect(port.sheetNames()).toEqual(expect.arrayContaining([name, `${name} (2)`]));
  });
});
