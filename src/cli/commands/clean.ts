import { flag } from "../args";
import { CliFailure, type Command } from "../context";
import { cleanFile } from "../write";

/** `clean`: a copy of the workbook without what Kontrakttjek wrote. */
export const clean: Command = async (ctx) => {
  const file = ctx.args.positional[0];
  if (!file) throw new CliFailure("file-required", { command: "clean" });
  const out = flag(ctx.args, "write") ?? flag(ctx.args, "out");
  if (!out) throw new CliFailure("missing-value", { name: "write" });
  ctx.io.out(await cleanFile(ctx, file, out));
  return 0;
};
