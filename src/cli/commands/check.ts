import { findingJson } from "../../app/report-json";
import { printJson, type Command } from "../context";
import { openForContract } from "../open";
import { renderFindings } from "../render";

/** `check`: every entry checked; exits 1 when there are error findings or a goal cannot be computed. */
export const check: Command = async (ctx) => {
  const { contract, binding, data } = await openForContract(ctx);
  const result = ctx.app.check(contract, data, binding);
  if (ctx.json)
    printJson(ctx, {
      contract: contract.id,
      errors: result.errors,
      warnings: result.warnings,
      findings: result.findings.map((f) => findingJson(f, ctx.lang)),
    });
  else ctx.io.out(renderFindings(result.findings, ctx.lang));
  return result.errors > 0 || result.starved === true ? 1 : 0;
};
