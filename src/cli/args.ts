/** A small, strict argument parser: unknown flags are errors, never silently ignored. */

export interface ParsedArgs {
  readonly command: string | null;
  readonly positional: readonly string[];
  readonly flags: ReadonlyMap<string, readonly string[]>;
}

/** Flags that take no value. */
const BOOLEAN_FLAGS = new Set(["json", "force", "help", "version"]);
const VALUE_FLAGS = new Set([
  "contract",
  "binding",
  "lang",
  "param",
  "option",
  "write",
  "out",
  "period",
  "as",
  "title",
  "year",
]);

export class UsageError extends Error {
  override readonly name = "UsageError";
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string[]>();
  const add = (k: string, v: string) => flags.set(k, [...(flags.get(k) ?? []), v]);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    if (a === "-h") {
      add("help", "true");
      continue;
    }
    if (!a.startsWith("--")) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
    if (BOOLEAN_FLAGS.has(name)) {
      add(name, "true");
      continue;
    }
    if (!VALUE_FLAGS.has(name)) throw new UsageError(`unknown-flag:${name}`);
    const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq < 0 && value.startsWith("--"))) throw new UsageError(`missing-value:${name}`);
    add(name, value);
  }
  const [command = null, ...rest] = positional;
  return { command, positional: rest, flags };
}

export const flag = (args: ParsedArgs, name: string): string | undefined => args.flags.get(name)?.at(-1);
export const has = (args: ParsedArgs, name: string): boolean => args.flags.has(name);
export const all = (args: ParsedArgs, name: string): readonly string[] => args.flags.get(name) ?? [];

/** `key=value` pairs from repeated flags. */
export function pairs(values: readonly string[], flagName: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values) {
    const eq = v.indexOf("=");
    if (eq <= 0) throw new UsageError(`bad-pair:${flagName}:${v}`);
    out[v.slice(0, eq).trim()] = v.slice(eq + 1).trim();
  }
  return out;
}
