/** `evaluate --write` and `clean`: write a new file; the input file is never modified. */
import { existsSync, realpathSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { LoadedData } from "../app/load";
import { planWrite } from "../app/plan-write";
import type { Contract } from "../domain/contract/schema";
import type { EvaluationResult } from "../domain/engine/types";
import { cliText } from "../i18n/cli";
import { WriteConflictError } from "../workbook/port";
import type { XlsxWorkbook } from "../workbook/xlsx";
import { has } from "./args";
import { openWorkbook } from "./inputs";
import { CliFailure, type CliContext } from "./main";

const same = (a: string, b: string): boolean => {
  const ra = existsSync(a) ? realpathSync(a) : resolve(a);
  const rb = existsSync(b) ? realpathSync(b) : resolve(b);
  return ra === rb;
};

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
  const plan = planWrite({
    contract: input.contract,
    result: input.result,
    data: input.loaded.data,
    sources: input.loaded.sources,
    lang: ctx.lang,
  });
  const report = await applying(() => input.port.apply(plan, { force: has(ctx.args, "force") }));
  writeFileSync(input.out, input.port.toBytes());
  return cliText("written", ctx.lang, {
    file: input.out,
    cells: report.cellsWritten,
    sheets: report.sheetsWritten.join(", "),
  });
}

export async function cleanFile(ctx: CliContext, file: string, out: string): Promise<string> {
  if (same(file, out)) throw new CliFailure("same-file");
  const port = openWorkbook(file, ctx.lang);
  const report = await port.clean();
  writeFileSync(out, port.toBytes());
  return cliText("cleaned", ctx.lang, {
    file: out,
    sheets: report.sheetsRemoved.length,
    columns: report.columnsRemoved,
    highlights: report.highlightsRemoved,
  });
}
