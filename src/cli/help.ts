/**
 * The CLI's help: the list of commands (one line each) and each command's own help
 * (`kontrakttjek evaluate --help`), in the language of `--lang`. The list is made from
 * `COMMAND_HELP`, so every language lists the same commands, in the same order.
 */
import { LANGS } from "../i18n";
import { cliText, type CliKey } from "../i18n/cli";
import packageJson from "../../package.json";
import type { Lang } from "./context";

/** Every command with its one-line summary and its help text, in the order the list shows them. */
export const COMMAND_HELP = [
  { name: "contracts", summary: "cmd-contracts", help: "help-contracts" },
  { name: "check", summary: "cmd-check", help: "help-check" },
  { name: "evaluate", summary: "cmd-evaluate", help: "help-evaluate" },
  { name: "bind", summary: "cmd-bind", help: "help-bind" },
  { name: "clean", summary: "cmd-clean", help: "help-clean" },
  { name: "template", summary: "cmd-template", help: "help-template" },
  { name: "export", summary: "cmd-export", help: "help-export" },
  { name: "examples", summary: "cmd-examples", help: "help-examples" },
] as const satisfies readonly { name: string; summary: CliKey; help: CliKey }[];

export type CommandName = (typeof COMMAND_HELP)[number]["name"];

/** `kontrakttjek --help`: how to call it, and every command with its summary. */
export function usageText(lang: Lang): string {
  const width = Math.max(...COMMAND_HELP.map((c) => c.name.length)) + 2;
  const list = COMMAND_HELP.map((c) => `  ${c.name.padEnd(width)}${cliText(c.summary, lang)}`).join("\n");
  // The list has line breaks of its own, which a message's parameters may not have.
  return cliText("usage", lang, { langs: LANGS.join("|") }).replace("{commands}", () => list);
}

/** `kontrakttjek <command> --help`; null for a command that does not exist. */
export function commandHelp(name: string, lang: Lang): string | null {
  const c = COMMAND_HELP.find((x) => x.name === name);
  return c ? cliText(c.help, lang) : null;
}

/** `kontrakttjek --version`. */
export const versionText = (lang: Lang): string => cliText("version", lang, { version: packageJson.version });
