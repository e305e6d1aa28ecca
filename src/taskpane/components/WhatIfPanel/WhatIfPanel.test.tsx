/** @jest-environment jsdom */
/**
 * The what-if fields read figures the way the user's language writes them (issue 15, item 5):
 * Danish "1.234,5" and "1234,5" are 1234.5, English "1,234.5" is; text that does not read is
 * refused next to the field with what to type, and changes no figure.
 */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { exampleSpec } from "../../../demo/example";
import { GoalsPanel } from "../GoalsPanel/GoalsPanel";
import { defaultServices, type Services, type WhatIfChange } from "../../services";
import { findContract } from "../../../templates";
import { MemoryWorkbook } from "../../../workbook/memory";
import { renderPanel, stubHost } from "../../pane.testing";

async function setUp(lang: "da" | "en") {
  const contract = findContract("sjaelland-2025")!;
  const port = MemoryWorkbook.fromSpec(exampleSpec(contract));
  const bind = await defaultServices.bind(port, null);
  const data = await defaultServices.read(port, bind.binding, contract);
  const evaluation = defaultServices.evaluate(contract, data, bind.binding, {
    params: {},
    period: "year",
    lang,
    today: "2025-12-31",
  });
  const seen: Readonly<Record<string, WhatIfChange>>[] = [];
  const services: Services = {
    ...defaultServices,
    whatIf: (c, e, goalId, changes, l) => {
      seen.push(changes);
      return defaultServices.whatIf(c, e, goalId, changes, l);
    },
  };
  renderPanel(<GoalsPanel />, {
    services,
    host: stubHost(port, lang),
    state: { lang, contractId: contract.id, bind, data, evaluation },
  });
  const goal = evaluation.goals.find((g) => g.indicators.some((i) => i.target !== null))!;
  const card = screen.getByRole("article", { name: new RegExp(`^(Mål|Goal) ${goal.id}:`) });
  await userEvent.click(within(card).getByRole("button", { name: /^(Hvad nu hvis|What if)/ }));
  const ind = goal.indicators[0]!;
  return { card, ind, seen, last: () => seen[seen.length - 1]?.[ind.id] };
}

describe("what-if fields: figures as the user's language writes them", () => {
  test.each(["1.234,5", "1234,5", "1 234,5"])("Danish %p gives 1234.5 in the what-if", async (text) => {
    const { card, last } = await setUp("da");
    const field = within(card).getAllByRole("textbox", { name: /^Realiseret/ })[0]!;
    expect(field).toHaveAttribute("inputmode", "decimal");
    await userEvent.clear(field);
    await userEvent.type(field, text);
    await waitFor(() => expect(last()?.value).toBe(1234.5));
    expect(within(card).queryByText(/Skriv decimaler/)).toBeNull();
  });

  test("English 1,234.5 gives 1234.5", async () => {
    const { card, last } = await setUp("en");
    const field = within(card).getAllByRole("textbox", { name: /^Realised/ })[0]!;
    await userEvent.clear(field);
    await userEvent.type(field, "1,234.5");
    await waitFor(() => expect(last()?.value).toBe(1234.5));
  });

  test("Danish 1.234 is a thousand two hundred and thirty-four, never 1,234", async () => {
    const { card, last } = await setUp("da");
    const field = within(card).getAllByRole("textbox", { name: /^Måltal/ })[0]!;
    await userEvent.clear(field);
    await userEvent.type(field, "1.234");
    await waitFor(() => expect(last()?.target).toBe(1234));
  });

  test("an English decimal point in the Danish pane is refused next to the field, saying what to type; no figure changes", async () => {
    const { card, last } = await setUp("da");
    const field = within(card).getAllByRole("textbox", { name: /^Måltal/ })[0]!;
    await userEvent.clear(field);
    await userEvent.type(field, "2.5");
    expect(await within(card).findByText(/Skriv decimaler med komma, fx 1234,5/)).toBeInTheDocument();
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(last()?.target).toBeUndefined();
  });

  test("the English pane says so in English for a Danish decimal comma", async () => {
    const { card } = await setUp("en");
    const field = within(card).getAllByRole("textbox", { name: /^Target/ })[0]!;
    await userEvent.clear(field);
    await userEvent.type(field, "2,5");
    expect(await within(card).findByText(/Write decimals with a point/)).toBeInTheDocument();
  });

  test("a field shows its figure in the user's convention (a decimal comma in Danish)", async () => {
    const { card, ind } = await setUp("da");
    const field = within(card).getAllByRole("textbox", { name: /^Måltal/ })[0]!;
    await userEvent.clear(field);
    await userEvent.type(field, "12,5");
    await userEvent.click(within(card).getByRole("button", { name: "Nulstil" }));
    expect(field).toHaveValue(ind.target === null ? "" : String(ind.target).replace(".", ","));
  });
});
