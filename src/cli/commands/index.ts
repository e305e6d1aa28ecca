/** The CLI's commands by name, one file each; every command calls the application (`ctx.app`). */
import type { Command } from "../context";
import { bind } from "./bind";
import { check } from "./check";
import { clean } from "./clean";
import { contracts } from "./contracts";
import { evaluate } from "./evaluate";
import { examples } from "./examples";
import { exportContract } from "./export";
import { template } from "./template";

export const commands: Readonly<Record<string, Command>> = {
  contracts,
  check,
  evaluate,
  bind,
  clean,
  template,
  examples,
  export: exportContract,
};
