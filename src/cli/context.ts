/**
 * What every command gets (the parsed arguments, the language, the output, the application)
 * and how it fails: a `CliFailure` is one clear line and an exit code, never a stack trace.
 */
import type { Application } from "../app/application";
import type { CliKey } from "../i18n/cli";
import type { Lang } from "../i18n";
import type { ParsedArgs } from "./args";

export type { Lang };

/** A failure the user can act on: a message key, its parameters and the exit code. */
export class CliFailure extends Error {
  constructor(
    readonly key: CliKey,
    readonly params: Readonly<Record<string, string | number>> = {},
    readonly exitCode = 2,
  ) {
    super(key);
    this.name = "CliFailure";
  }
}

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

export interface CliContext {
  readonly args: ParsedArgs;
  readonly lang: Lang;
  readonly io: CliIo;
  readonly params: Readonly<Record<string, string>>;
  readonly options: Readonly<Record<string, string>>;
  readonly json: boolean;
  /** The application every command calls (the same object the task pane runs on). */
  readonly app: Application;
}

/** A command reads its flags, calls the application and prints the result; resolves to the exit code. */
export type Command = (ctx: CliContext) => Promise<number>;

export const printJson = (ctx: CliContext, value: unknown): void => ctx.io.out(JSON.stringify(value, null, 2));
