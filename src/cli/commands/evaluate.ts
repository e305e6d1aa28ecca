import { evaluationJson } from "../../app/report-json";
import { flag } from "../args";
import { CliFailure, printJson, type Command } from "../context";
import { openForContract } from "../open";
import { renderEvaluation } from "../render";
import { writeResults } from "../write";

/** `evaluate`: every goal's fulfilment (and with `--write` a copy of the workbook with the results). */
export const evaluate: Command = async (ctx) => {
  const { contract, file, port, binding, data } = await openForContract(ctx);
  const settings = ctx.app.readSettings(contract, {
    params: ctx.params,
    options: ctx.options,
    period: flag(ctx.args, "period"),
  });
  if (!settings.ok)
    throw settings.problem === "bad-period"
      ? new CliFailure("bad-period", { value: settings.value })
      : new CliFailure("unknown-setting", { contract: contract.id, list: settings.list, valid: settings.valid });
  const { params, options, period } = settings;
  const result = ctx.app.evaluate(contract, data, binding, { params, options, period, lang: ctx.lang });
  const out = flag(ctx.args, "write");
  if (out) {
    const message = await writeResults(ctx, { file, out, port, contract, result, data, binding });
    if (!ctx.json) ctx.io.err(message);
  }
  if (ctx.json) printJson(ctx, evaluationJson(result, ctx.lang));
  else ctx.io.out(renderEvaluation(result, ctx.lang));
  return 0;
};
