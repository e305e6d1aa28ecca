import { printJson, type Command } from "../context";

/** `contracts`: the library, each contract with its goals (titles as the documents give them: Danish). */
export const contracts: Command = async (ctx) => {
  const list = ctx.app.contracts().map((c) => ({
    id: c.id,
    title: c.title.da,
    goals: c.goals.map((g) => ({ id: g.id, title: g.title.da })),
  }));
  if (ctx.json) printJson(ctx, list);
  else
    ctx.io.out(
      list.map((c) => `${c.id}\t${c.title}\n${c.goals.map((g) => `  ${g.id}\t${g.title}`).join("\n")}`).join("\n\n"),
    );
  return 0;
};
