import { bindingReportText } from "../../app/binding-report";
import { cliText } from "../../i18n/cli";
import { flag, has } from "../args";
import { CliFailure, printJson, type Command } from "../context";
import { openForContract } from "../open";
import { writeOutput } from "../write";

/**
 * `bind`: the binding written as a file a person edits — every table, column, key figure and
 * activity item the contract reads, by its Danish name, with what was found, how sure, and
 * candidates for what is missing. `check`/`evaluate --binding` read it back.
 */
export const bind: Command = async (ctx) => {
  const { contract, file, binding, data } = await openForContract(ctx);
  const settings = ctx.app.readSettings(contract, { params: ctx.params, options: ctx.options });
  if (!settings.ok)
    throw settings.problem === "bad-period"
      ? new CliFailure("bad-period", { value: settings.value })
      : new CliFailure("unknown-setting", { contract: contract.id, list: settings.list, valid: settings.valid });
  const summary = ctx.app.bindingReport(contract, data, binding, {
    params: settings.params,
    options: settings.options,
  });
  const out = flag(ctx.args, "out") ?? "binding.json";
  const report = {
    ...summary.report,
    description: cliText("bind-description", ctx.lang, { contract: contract.id, file }),
  };
  // `description` first, so the file opens with what it is and how to edit it.
  const { version, description, ...rest } = report;
  writeOutput(
    out,
    new TextEncoder().encode(bindingReportText({ version, description, ...rest })),
    has(ctx.args, "force"),
  );
  const line = cliText("bind-written", ctx.lang, { file: out, found: summary.found, needed: summary.needed });
  if (ctx.json) {
    ctx.io.err(line);
    printJson(ctx, report);
  } else ctx.io.out(line);
  return 0;
};
