/**
 * What `check` and `evaluate` share: the workbook opened, its contract found (by id, file, or
 * its own `Kontrakt` sheet), bound and read — through the application, as the task pane does.
 */
import type { XlsxWorkbook } from "../app/hosts/xlsx";
import type { Binding, Contract, WorkbookData } from "../app/types";
import type { SourceInfo } from "../workbook/port";
import { flag } from "./args";
import { CliFailure, type CliContext } from "./context";
import { openWorkbook, readBindingFile, reading, resolveContract } from "./inputs";
import { oneLine } from "./terminal";

/** `--contract sheet`: the contract written in the workbook's own `Kontrakt` sheet. */
async function contractFromSheet(ctx: CliContext, port: XlsxWorkbook, file: string): Promise<Contract> {
  const read = await ctx.app.readKontraktSheet(port);
  if (!read.found) throw new CliFailure("contract-sheet-missing", { file });
  if (read.contract === null) {
    // One line per finding, though it quotes the sheet's cells.
    for (const f of read.findings) ctx.io.out(oneLine(ctx.app.describeAuthoringFinding(f, ctx.lang)));
    throw new CliFailure("contract-sheet-invalid", {
      file,
      count: read.findings.filter((f) => f.severity === "error").length,
    });
  }
  return read.contract;
}

const SHEET_WORDS = new Set(["sheet", "ark", "kontrakt"]);

export interface OpenedWorkbook {
  readonly contract: Contract;
  readonly file: string;
  readonly port: XlsxWorkbook;
  readonly binding: Binding<SourceInfo>;
  readonly data: WorkbookData;
}

export async function openForContract(ctx: CliContext): Promise<OpenedWorkbook> {
  const { app } = ctx;
  const file = ctx.args.positional[0];
  const given = flag(ctx.args, "contract");
  const fromSheet = given !== undefined && SHEET_WORDS.has(given.toLowerCase());
  const early = fromSheet ? null : resolveContract(ctx);
  if (!file) throw new CliFailure("file-required", { command: ctx.args.command ?? "check" });
  const bindingPath = flag(ctx.args, "binding");
  const bindingFile = bindingPath ? readBindingFile(ctx, bindingPath) : null;
  const port = openWorkbook(file, ctx.lang);
  const contract = early ?? (await reading(file, ctx.lang, () => contractFromSheet(ctx, port, file)));
  // A contract of several years (rammeaftale 2024–27) names its year with --param year=….
  const { binding, data } = await reading(file, ctx.lang, async () => {
    const bound = await app.bind(port, bindingFile, {}, { contract, params: ctx.params });
    return { binding: bound.binding, data: await app.read(port, bound.binding, contract) };
  });
  if (app.boundRoles(contract, binding).length === 0)
    throw new CliFailure("no-table-binds", { file, contract: contract.id });
  return { contract, file, port, binding, data };
}
