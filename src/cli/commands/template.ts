import { xlsxFile } from "../../app/hosts/xlsx";
import { cliText } from "../../i18n/cli";
import { flag, has } from "../args";
import type { Command } from "../context";
import { resolveContract } from "../inputs";
import { writeOutput } from "../write";

/** `template`: the contract's empty fill-in workbook. */
export const template: Command = async (ctx) => {
  const id = ctx.args.positional[0] ?? flag(ctx.args, "contract");
  const contract = resolveContract(ctx, id);
  const out = flag(ctx.args, "out") ?? flag(ctx.args, "write") ?? `${contract.id}-skabelon.xlsx`;
  writeOutput(out, xlsxFile(ctx.app.fillInWorkbook(contract, ctx.lang)), has(ctx.args, "force"));
  ctx.io.out(cliText("template-written", ctx.lang, { file: out, contract: contract.id }));
  return 0;
};
