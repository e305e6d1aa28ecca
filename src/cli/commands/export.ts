import { xlsxFile } from "../../app/hosts/xlsx";
import { cliText } from "../../i18n/cli";
import { flag, has } from "../args";
import { CliFailure, type Command } from "../context";
import { resolveContract } from "../inputs";
import { writeOutput } from "../write";

/** `export`: a contract as a JSON file or a `Kontrakt` sheet; with `--as` a copy under a new id and year. */
export const exportContract: Command = async (ctx) => {
  const source = resolveContract(ctx, ctx.args.positional[0] ?? flag(ctx.args, "contract"));
  const as = flag(ctx.args, "as");
  let contract = source;
  if (as !== undefined) {
    const derived = ctx.app.copyContract(source, {
      id: as,
      year: flag(ctx.args, "year"),
      title: flag(ctx.args, "title"),
    });
    if (!derived.ok) {
      const reason = derived.errors.map((e) => `${e.path}: ${e.message[ctx.lang]}`).join("; ");
      throw new CliFailure("contract-invalid", { file: as, reason });
    }
    contract = derived.contract;
  }
  const out = flag(ctx.args, "out") ?? `${contract.id}.json`;
  const bytes = out.toLowerCase().endsWith(".xlsx")
    ? xlsxFile(ctx.app.kontraktWorkbook(contract))
    : new TextEncoder().encode(ctx.app.contractFileText(contract));
  writeOutput(out, bytes, has(ctx.args, "force"));
  ctx.io.out(cliText("contract-exported", ctx.lang, { contract: contract.id, file: out }));
  return 0;
};
