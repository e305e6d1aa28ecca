import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { xlsxFile } from "../../app/hosts/xlsx";
import type { Contract } from "../../app/types";
import { cliText } from "../../i18n/cli";
import { flag, has } from "../args";
import type { Command } from "../context";
import { checkTarget, writeOutput } from "../write";

/** `examples`: every library contract's example workbook, all or none. */
export const examples: Command = async (ctx) => {
  const dir = resolve(flag(ctx.args, "out") ?? "examples");
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
  const force = has(ctx.args, "force");
  const library = ctx.app.contracts();
  const file = (contract: Contract): string => join(dir, `${contract.id}.xlsx`);
  // All or none: an existing example stops the command before the first file is written.
  for (const contract of library) checkTarget(file(contract), force);
  for (const contract of library) writeOutput(file(contract), xlsxFile(ctx.app.example(contract)), force);
  ctx.io.out(cliText("examples-written", ctx.lang, { count: library.length, dir }));
  return 0;
};
