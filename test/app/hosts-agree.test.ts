/**
 * The task pane and the CLI are two doors to one application: the same workbook, run through the
 * pane's actions (as its buttons run them) and through the CLI's commands, gives the same binding
 * findings, the same tables read, the same checks and the same figures.
 *
 * The workbook is built to show where the two hosts once differed: a required column that does
 * not bind (the binding's finding), and tables the contract does not read, with mistakes in them
 * (only the tables a contract uses, plus the registration tables, are read and checked).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateExample } from "../../src/app/examples/generate";
import { evaluationJson, findingJson } from "../../src/app/report-json";
import { runCli } from "../../src/cli/main";
import { ACTIONS } from "../../src/taskpane/actions/register";
import type { ActionInputs, ActionName } from "../../src/taskpane/actions/types";
import type { TaskpaneHost } from "../../src/taskpane/host";
import { defaultServices } from "../../src/taskpane/services";
import { initialState, type PaneState } from "../../src/taskpane/state";
import { findContract } from "../../src/templates";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { createWorkbook } from "../../src/workbook/xlsx/create";
import type { NewCell, NewWorkbookSpec } from "../../src/workbook/sheet/spec";

const CONTRACT = "rammeaftale-2024-2027";
const PARAMS = { house: "sjaelland", year: "2025" };

/** Sjælland's example workbook, changed so that the hosts' old differences would show. */
function workbookBytes(): Uint8Array {
  const spec = generateExample(findContract("sjaelland-2025")!).spec;
  const edit = (sheet: string, change: (rows: NewCell[][]) => void): void => {
    const s = spec.sheets.find((x) => x.name === sheet);
    if (!s?.rows) throw new Error(`the example has no sheet ${sheet}`);
    change(s.rows as NewCell[][]);
  };
  // A column 2024–27's registration rules ask for that does not bind: the binding reports it.
  edit("Forløb", (rows) => {
    const i = rows[0]!.indexOf("Tema");
    rows[0]![i] = "Emneord";
  });
  // Tables rammeaftale 2024–27 does not read, with mistakes a check would find.
  edit("Kommuner", (rows) => {
    rows[1]![1] = "mange";
  });
  edit("Aktiviteter", (rows) => {
    rows[1]![2] = "måske";
  });
  return createWorkbook(spec as NewWorkbookSpec);
}

/** The pane's path: its registered actions, run in order as its manager runs them. */
async function throughThePane(bytes: Uint8Array, lang: "da" | "en"): Promise<PaneState> {
  const host: TaskpaneHost = {
    kind: "demo",
    port: XlsxWorkbook.open(bytes),
    lang,
    theme: "light",
    selectCell: async () => undefined,
    watchChanges: async () => () => undefined,
    insertSheets: async () => ({ added: [], skipped: [], validationSkipped: false }),
    today: () => "2025-12-31",
  };
  let state = initialState(lang);
  const run = async <N extends ActionName>(name: N, input: ActionInputs[N]): Promise<void> => {
    const action = ACTIONS[name];
    expect(action.predicate(state)).toBe(true);
    const ctx = { host, services: defaultServices, signal: new AbortController().signal, progress: () => undefined };
    state = { ...state, ...(await action.perform(state, input, ctx)) };
    expect(state.error).toBeNull();
  };
  await run("selectContract", { id: CONTRACT });
  await run("setParams", { params: PARAMS });
  await run("bind", undefined);
  await run("check", undefined);
  await run("evaluate", undefined);
  return state;
}

/** The CLI's path: `check --json` and `evaluate --json` on the same workbook as a file. */
async function throughTheCli(bytes: Uint8Array, lang: "da" | "en") {
  const file = join(mkdtempSync(join(tmpdir(), "kontrakttjek-hosts-")), "data.xlsx");
  writeFileSync(file, bytes);
  const cli = async (...argv: string[]): Promise<unknown> => {
    const out: string[] = [];
    const params = Object.entries(PARAMS).flatMap(([k, v]) => ["--param", `${k}=${v}`]);
    await runCli([...argv, file, "--contract", CONTRACT, ...params, "--lang", lang, "--json"], {
      out: (t) => out.push(t),
      err: () => undefined,
    });
    return JSON.parse(out.join("\n"));
  };
  return {
    check: (await cli("check")) as { findings: unknown[]; errors: number; warnings: number },
    evaluate: await cli("evaluate"),
  };
}

describe("the task pane and the CLI on the same workbook", () => {
  const bytes = workbookBytes();

  it.each(["da", "en"] as const)("give the same findings and the same figures (%s)", async (lang) => {
    const pane = await throughThePane(bytes, lang);
    const cli = await throughTheCli(bytes, lang);

    const paneFindings = pane.check!.findings.map((f) => findingJson(f, lang));
    expect(paneFindings).toEqual(cli.check.findings);
    expect([pane.check!.errors, pane.check!.warnings]).toEqual([cli.check.errors, cli.check.warnings]);
    expect(evaluationJson(pane.evaluation!, lang)).toEqual(cli.evaluate);

    // What the workbook was built to show: the binding's finding is there, the unread tables are not.
    const rules = new Set(paneFindings.map((f) => `${f.rule} ${f.table ?? ""}`));
    expect(rules).toContain("binding-missing-required Forloeb");
    expect(paneFindings.filter((f) => f.table === "Kommuner" || f.table === "Aktiviteter")).toEqual([]);
    expect(Object.keys(pane.data ?? {}).sort()).toEqual(["Evaluering", "Forloeb", "Noegletal"]);
  });
});
