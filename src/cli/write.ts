/** `evaluate --write` and `clean`: write a new file; the input file is never modified. */
import { existsSync, realpathSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import type { LoadedData } from "../app/load";
import { planWrite } from "../app/plan-write";
import type { Contract } from "../domain/contract/schema";
import type { EvaluationResult } from "../domain/engine/types";
import { cliText } from "../i18n/cli";
import { WriteConflictError } from "../workbook/port";
import type { XlsxWorkbook } from "../workbook/xlsx";
import { findPart } from "../workbook/xlsx/zip";
import { has } from "./args";
import { openWorkbook, reading } from "./inputs";
import { CliFailure, type CliContext } from "./main";

const same = (a: string, b: string): boolean => {
  const ra = existsSync(a) ? realpathSync(a) : resolve(a);
  const rb = existsSync(b) ? realpathSync(b) : resolve(b);
  return ra === rb;
};

/** The extension Excel insists on for a package, from its main part's content type. */
function extensionOf(port: XlsxWorkbook): string {
  const pkg = port.packageView();
  const name = findPart(pkg.entries.keys(), "[Content_Types].xml");
  const types = name === undefined ? "" : new TextDecoder().decode(pkg.entries.get(name));
  if (types.includes("macroEnabledTemplate.main")) return ".xltm";
  if (types.includes("macroEnabled.main")) return ".xlsm";
  if (types.includes("template.main")) return ".xltx";
  return ".xlsx";
}

/**
 * Writes the new file whole or not at all: into a temporary file beside it, then renamed over
 * the target, so a full disk or a killed process never leaves a half-written workbook.
 */
export function writeOutput(out: string, bytes: Uint8Array): void {
  const tmp = join(dirname(resolve(out)), `.${basename(out)}.${process.pid}.kontrakttjek-tmp`);
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, out);
  } catch (e) {
    rmSync(tmp, { force: true });
    const reason = typeof e === "object" && e !== null && "code" in e ? String(e.code) : String(e);
    throw new CliFailure("write-failed", { file: out, reason });
  }
}

/** A macro workbook saved as .xlsx (or the reverse) is a file Excel refuses to open. */
function checkExtension(port: XlsxWorkbook, out: string): void {
  const ext = extensionOf(port);
  if (extname(out).toLowerCase() !== ext) throw new CliFailure("out-extension", { file: out, ext });
}

async function applying<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof WriteConflictError) throw new CliFailure("write-conflict", { sheet: e.sheet, address: e.address });
    throw e;
  }
}

export async function writeResults(
  ctx: CliContext,
  input: {
    readonly file: string;
    readonly out: string;
    readonly port: XlsxWorkbook;
    readonly contract: Contract;
    readonly result: EvaluationResult;
    readonly loaded: LoadedData;
  },
): Promise<string> {
  if (same(input.file, input.out)) throw new CliFailure("same-file");
  checkExtension(input.port, input.out);
  const plan = planWrite({
    contract: input.contract,
    result: input.result,
    data: input.loaded.data,
    sources: input.loaded.sources,
    lang: ctx.lang,
  });
  const report = await applying(() => input.port.apply(plan, { force: has(ctx.args, "force") }));
  writeOutput(input.out, input.port.toBytes());
  return cliText("written", ctx.lang, {
    file: input.out,
    cells: report.cellsWritten,
    sheets: report.sheetsWritten.join(", "),
  });
}

export async function cleanFile(ctx: CliContext, file: string, out: string): Promise<string> {
  if (same(file, out)) throw new CliFailure("same-file");
  const port = openWorkbook(file, ctx.lang);
  checkExtension(port, out);
  const report = await reading(file, ctx.lang, () => port.clean());
  writeOutput(out, port.toBytes());
  return cliText("cleaned", ctx.lang, {
    file: out,
    sheets: report.sheetsRemoved.length,
    columns: report.columnsRemoved,
    highlights: report.highlightsRemoved,
  });
}
