/** The CLI's commands: each reads its flags, calls one use-case and prints the result. */
import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { runChecks, runEvaluation } from "../app/evaluate";
import { generateExample } from "../app/examples/generate";
import { evaluationJson, findingJson } from "../app/report-json";
import { fillInWorkbookSpec } from "../app/fill-in";
import { loadContractData } from "../app/load";
import { parsePeriodKind } from "../domain/engine/period";
import { unknownSettings, GLOBAL_OPTIONS } from "../domain/engine/settings";
import type { Contract } from "../domain/contract/schema";
import { LIBRARY } from "../templates";
import { createWorkbook } from "../workbook/xlsx/create";
import { flag, has } from "./args";
import {
  contractFileText,
  describeAuthoringFinding,
  kontraktNewSheet,
  newContractFrom,
  readKontraktSheet,
} from "../app/authoring";
import type { XlsxWorkbook } from "../workbook/xlsx";
import { openWorkbook, readBindingFile, resolveContract, reading } from "./inputs";
import type { CliContext } from "./main";
import { CliFailure } from "./main";
import { renderEvaluation, renderFindings } from "./render";
import { oneLine } from "./terminal";
import { cliText } from "../i18n/cli";
import { checkTarget, writeResults, cleanFile, writeOutput } from "./write";

export type Command = (ctx: CliContext) => Promise<number>;

const print = (ctx: CliContext, value: unknown): void => ctx.io.out(JSON.stringify(value, null, 2));

const contracts: Command = async (ctx) => {
  const list = LIBRARY.map((c) => ({
    id: c.id,
    title: c.title,
    goals: c.goals.map((g) => ({ id: g.id, title: g.title })),
  }));
  if (ctx.json) print(ctx, list);
  else
    ctx.io.out(
      list.map((c) => `${c.id}\t${c.title}\n${c.goals.map((g) => `  ${g.id}\t${g.title}`).join("\n")}`).join("\n\n"),
    );
  return 0;
};

function settingsFor(ctx: CliContext, contract: Contract) {
  const params = { ...ctx.params };
  // `--param periode=H1` and `--period H1` both choose the half-year status.
  const periodText = flag(ctx.args, "period") ?? params.periode;
  delete params.periode;
  const period = periodText === undefined ? "year" : parsePeriodKind(periodText);
  if (period === null) throw new CliFailure("bad-period", { value: periodText ?? "" });
  const options: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(ctx.options))
    options[k] = v.trim() !== "" && Number.isFinite(Number(v)) && !/^0\d/.test(v) ? Number(v) : v;
  const problems = unknownSettings(contract, params, options);
  if (problems.length > 0) {
    const valid = [
      ...contract.params.map((p) => `${p.id}=${p.choices.map((c) => c.id).join("|")}`),
      ...[...GLOBAL_OPTIONS, ...contract.options].map(
        (o) => `${o.id}${o.choices ? `=${o.choices.map((c) => c.id).join("|")}` : ""}`,
      ),
      "periode=år|H1",
    ].join(", ");
    throw new CliFailure("unknown-setting", { contract: contract.id, list: problems.join(", "), valid });
  }
  return { params, options, period };
}

/** `--contract sheet`: the contract written in the workbook's own `Kontrakt` sheet. */
async function contractFromSheet(ctx: CliContext, port: XlsxWorkbook, file: string): Promise<Contract> {
  const read = await readKontraktSheet(port);
  if (!read.found) throw new CliFailure("contract-sheet-missing", { file });
  if (read.contract === null) {
    // One line per finding, though it quotes the sheet's cells.
    for (const f of read.findings) ctx.io.out(oneLine(describeAuthoringFinding(f, ctx.lang)));
    throw new CliFailure("contract-sheet-invalid", {
      file,
      count: read.findings.filter((f) => f.severity === "error").length,
    });
  }
  return read.contract;
}

const SHEET_WORDS = new Set(["sheet", "ark", "kontrakt"]);

async function load(ctx: CliContext) {
  const file = ctx.args.positional[0];
  const given = flag(ctx.args, "contract");
  const fromSheet = given !== undefined && SHEET_WORDS.has(given.toLowerCase());
  const early = fromSheet ? null : resolveContract(ctx);
  if (!file) throw new CliFailure("file-required", { command: ctx.args.command ?? "check" });
  const bindingPath = flag(ctx.args, "binding");
  const binding = bindingPath ? readBindingFile(bindingPath) : undefined;
  const port = openWorkbook(file, ctx.lang);
  const contract = early ?? (await reading(file, ctx.lang, () => contractFromSheet(ctx, port, file)));
  // A contract of several years (rammeaftale 2024–27) names its year with --param year=….
  const year = Number(ctx.params.year);
  const loaded = await reading(file, ctx.lang, () =>
    loadContractData(port, contract, binding, { year: Number.isInteger(year) ? year : null }),
  );
  if (loaded.boundRoles.length === 0) throw new CliFailure("no-table-binds", { file, contract: contract.id });
  return { contract, file, port, loaded };
}

const check: Command = async (ctx) => {
  const { contract, loaded } = await load(ctx);
  const result = runChecks(contract, loaded.data, loaded.findings);
  if (ctx.json)
    print(ctx, {
      contract: contract.id,
      errors: result.errors,
      warnings: result.warnings,
      findings: result.findings.map((f) => findingJson(f, ctx.lang)),
    });
  else ctx.io.out(renderFindings(result.findings, ctx.lang));
  return result.errors > 0 ? 1 : 0;
};

const evaluate: Command = async (ctx) => {
  const { contract, file, port, loaded } = await load(ctx);
  const { params, options, period } = settingsFor(ctx, contract);
  const result = runEvaluation(contract, loaded.data, { params, options, period, lang: ctx.lang }, loaded.findings);
  const out = flag(ctx.args, "write");
  if (out) {
    const message = await writeResults(ctx, { file, out, port, contract, result, loaded });
    if (!ctx.json) ctx.io.err(message);
  }
  if (ctx.json) print(ctx, evaluationJson(result, ctx.lang));
  else ctx.io.out(renderEvaluation(result, ctx.lang));
  return 0;
};

const clean: Command = async (ctx) => {
  const file = ctx.args.positional[0];
  if (!file) throw new CliFailure("file-required", { command: "clean" });
  const out = flag(ctx.args, "write") ?? flag(ctx.args, "out");
  if (!out) throw new CliFailure("missing-value", { name: "write" });
  ctx.io.out(await cleanFile(ctx, file, out));
  return 0;
};

const template: Command = async (ctx) => {
  const id = ctx.args.positional[0] ?? flag(ctx.args, "contract");
  const contract = resolveContract(ctx, id);
  const out = flag(ctx.args, "out") ?? flag(ctx.args, "write") ?? `${contract.id}-skabelon.xlsx`;
  writeOutput(out, createWorkbook(fillInWorkbookSpec(contract, ctx.lang)), has(ctx.args, "force"));
  ctx.io.out(cliText("template-written", ctx.lang, { file: out, contract: contract.id }));
  return 0;
};

const exportContract: Command = async (ctx) => {
  const source = resolveContract(ctx, ctx.args.positional[0] ?? flag(ctx.args, "contract"));
  const as = flag(ctx.args, "as");
  let contract = source;
  if (as !== undefined) {
    const yearText = flag(ctx.args, "year");
    const year = yearText === undefined ? source.year : Number(yearText);
    const derived = newContractFrom(source, {
      id: as,
      title:
        flag(ctx.args, "title") ??
        (source.year !== null && year !== null
          ? source.title.split(String(source.year)).join(String(year))
          : source.title),
      year: year !== null && Number.isInteger(year) ? year : null,
    });
    if (!derived.ok) {
      const reason = derived.errors
        .map((e) => `${e.path}: ${ctx.lang === "en" ? e.message.en : e.message.da}`)
        .join("; ");
      throw new CliFailure("contract-invalid", { file: as, reason });
    }
    contract = derived.contract;
  }
  const out = flag(ctx.args, "out") ?? `${contract.id}.json`;
  const bytes = out.toLowerCase().endsWith(".xlsx")
    ? createWorkbook({ title: contract.title, sheets: [kontraktNewSheet(contract)] })
    : new TextEncoder().encode(contractFileText(contract));
  writeOutput(out, bytes, has(ctx.args, "force"));
  ctx.io.out(cliText("contract-exported", ctx.lang, { contract: contract.id, file: out }));
  return 0;
};

const examples: Command = async (ctx) => {
  const dir = resolve(flag(ctx.args, "out") ?? "examples");
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
  const force = has(ctx.args, "force");
  const file = (contract: Contract): string => join(dir, `${contract.id}.xlsx`);
  // All or none: an existing example stops the command before the first file is written.
  for (const contract of LIBRARY) checkTarget(file(contract), force);
  for (const contract of LIBRARY) writeOutput(file(contract), createWorkbook(generateExample(contract).spec), force);
  ctx.io.out(cliText("examples-written", ctx.lang, { count: LIBRARY.length, dir }));
  return 0;
};

export const commands: Readonly<Record<string, Command>> = {
  contracts,
  check,
  evaluate,
  clean,
  template,
  examples,
  export: exportContract,
};
