/** Shared by the hostile-input tests: the fixture folder, the CLI as a user runs it, temp files. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";

export const FIXTURES = join(__dirname, "..", "fixtures", "hostile");
export const fixture = (name: string): string => join(FIXTURES, name);

export const tempDir = (): string => mkdtempSync(join(tmpdir(), "kontrakttjek-hostile-"));

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export async function cli(...argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** A stack frame as Node prints it ("at fn (file.ts:12:5)"), or an error class name leaking out. */
export const STACK = /\bat .*:\d+:\d+\)?$|^\s+at |\b(TypeError|RangeError|ReferenceError|SyntaxError)\b/m;

/** The JSON findings of `check --json` / `evaluate --json`. */
export interface JsonFinding {
  readonly severity: "error" | "warning" | "info";
  readonly rule: string;
  readonly sheet: string | null;
  readonly table: string | null;
  readonly row: number | null;
  readonly column: string | null;
  readonly value: unknown;
  readonly message: string;
}

export interface JsonIndicator {
  readonly id: string;
  readonly value: number | null;
  readonly status: string;
  readonly fulfilmentPct: number | null;
  readonly whatIf: { readonly add: number; readonly of: string } | null;
}

export interface JsonEvaluation {
  readonly goals: readonly { readonly id: string; readonly indicators: readonly JsonIndicator[] }[];
  readonly findings: readonly JsonFinding[];
}

/** An indicator of `evaluate --json` by goal and indicator id. */
export const indicator = (json: JsonEvaluation, goal: string, id: string): JsonIndicator => {
  const found = json.goals.find((g) => g.id === goal)?.indicators.find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${goal}/${id}`);
  return found;
};
