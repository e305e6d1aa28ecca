/**
 * `kontrakttjek`: the command line. Every failure ends in one clear line and an exit code:
 * `check` exits 0 without error findings and 1 with them; `evaluate` exits 0 whenever it could
 * compute (its findings are in the output); every command exits 2 on unusable input. Never a
 * stack trace.
 */
import { application, type Application } from "../app/application";
import { isRegistered, LANGS, loadLocale, localeOf } from "../i18n";
import { cliText } from "../i18n/cli";
import { all, flag, has, pairs, parseArgs, UsageError, type ParsedArgs } from "./args";
import { commands } from "./commands";
import { CliFailure, type CliContext, type CliIo, type Lang } from "./context";
import { commandHelp, usageText, versionText } from "./help";
import { forTerminal } from "./terminal";

/** A language of the list, or one registered beside it (a test's pseudo-locale). */
const isLang = (l: string | undefined): l is Lang =>
  l !== undefined && (LANGS.some((code) => code === l) || isRegistered(l));

function langOf(args: ParsedArgs): Lang {
  const l = flag(args, "lang");
  if (l === undefined) return "da";
  if (isLang(l)) return l;
  throw new CliFailure("bad-lang", { value: l });
}

/** The languages as one alternative or another ("da eller en"), in the message's language. */
const alternatives = (items: readonly string[], lang: Lang): string =>
  new Intl.ListFormat(localeOf(lang).intl, { type: "disjunction" }).format(items);

/** The language asked for before the arguments are parsed (so a usage error speaks it too). */
function langAsked(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const asked = i < 0 ? undefined : argv[i] === "--lang" ? argv[i + 1] : argv[i]?.slice("--lang=".length);
  return isLang(asked) ? asked : "da";
}

function usageFailure(e: UsageError): CliFailure {
  const [kind, name = "", value = ""] = e.message.split(":");
  if (kind === "unknown-flag") return new CliFailure("unknown-flag", { name });
  if (kind === "missing-value") return new CliFailure("missing-value", { name });
  return new CliFailure("bad-pair", { name, value });
}

export async function runCli(argv: readonly string[], raw: CliIo, app: Application = application): Promise<number> {
  // The one way out: no control character from a workbook reaches the terminal raw.
  const io: CliIo = { out: (t) => raw.out(forTerminal(t)), err: (t) => raw.err(forTerminal(t)) };
  let lang: Lang = langAsked(argv);
  try {
    await loadLocale(lang);
    const args = parseArgs(argv);
    lang = langOf(args);
    if (has(args, "version")) {
      io.out(versionText(lang));
      return 0;
    }
    // `kontrakttjek evaluate --help` and `kontrakttjek help evaluate`: the command's own help.
    const asked = args.command === "help" ? args.positional[0] : has(args, "help") ? args.command : undefined;
    const help = asked ? commandHelp(asked, lang) : null;
    if (help !== null) {
      io.out(help);
      return 0;
    }
    if (has(args, "help") || args.command === null || args.command === "help") {
      io.out(usageText(lang));
      return args.command === null && !has(args, "help") ? 2 : 0;
    }
    const command = commands[args.command];
    if (!command) throw new CliFailure("unknown-command", { command: args.command });
    const ctx: CliContext = {
      args,
      lang,
      io,
      params: pairs(all(args, "param"), "param"),
      options: pairs(all(args, "option"), "option"),
      json: has(args, "json"),
      app,
    };
    return await command(ctx);
  } catch (e) {
    const failure =
      e instanceof CliFailure
        ? e
        : e instanceof UsageError
          ? usageFailure(e)
          : new CliFailure("internal", { reason: e instanceof Error ? e.message : String(e) });
    io.err(cliText(failure.key, lang, { choices: alternatives(LANGS, lang), ...failure.params }));
    return failure.exitCode;
  }
}
