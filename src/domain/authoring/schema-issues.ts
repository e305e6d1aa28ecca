/**
 * Zod's issues (English, developer-facing) turned into authoring reasons with parameters, so a
 * schema violation in a sheet cell or a JSON file reads in Danish or English like any other
 * finding. Unions (filters, measures) report the branch the user evidently meant.
 */
import type { z } from "zod";
import type { AuthoringReason, MessageParams } from "./messages";
import type { Path } from "./lint";

export interface SchemaProblem {
  readonly path: Path;
  readonly reason: AuthoringReason;
  readonly params: MessageParams;
}

type Issue = z.core.$ZodIssue;

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: "tekst",
  number: "tal",
  int: "heltal",
  boolean: "ja/nej",
  array: "liste",
  object: "objekt",
  null: "null",
  undefined: "tom",
};

const typeOf = (v: unknown): string =>
  v === null
    ? "null"
    : Array.isArray(v)
      ? "array"
      : typeof v === "number" && !Number.isInteger(v)
        ? "number"
        : typeof v;

const list = (values: readonly unknown[]): string => values.map((v) => JSON.stringify(v)).join(", ");

/**
 * Pick the union branch the input was meant for: the one whose tag (`op`, `kind`) matched, and
 * of a text (a string or a language map) the one of the input's type.
 */
function bestBranch(branches: readonly (readonly Issue[])[]): readonly Issue[] | null {
  const tagMiss = (b: readonly Issue[]) => b.some((i) => i.code === "invalid_value" && i.path.length === 1);
  const matching = branches.filter((b) => !tagMiss(b));
  if (matching.length === 0) return null;
  const typeMiss = (b: readonly Issue[]) => b.length === 1 && b[0]?.code === "invalid_type" && b[0].path.length === 0;
  const typed = matching.filter((b) => !typeMiss(b));
  return [...(typed.length > 0 ? typed : matching)].sort((a, b) => a.length - b.length)[0] ?? null;
}

function convert(issue: Issue, base: Path, out: SchemaProblem[]): void {
  const path: Path = [...base, ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
  const push = (reason: AuthoringReason, params: MessageParams = {}): void => {
    out.push({ path, reason, params });
  };
  switch (issue.code) {
    case "invalid_type": {
      const input = (issue as { input?: unknown }).input;
      if (input === undefined) return push("schema-required");
      return push("schema-type", {
        expected: TYPE_WORDS[issue.expected] ?? issue.expected,
        received: TYPE_WORDS[typeOf(input)] ?? typeOf(input),
      });
    }
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "string") return push(min <= 1 ? "schema-empty" : "schema-too-few", { min });
      if (issue.origin === "array" || issue.origin === "set") return push("schema-too-few", { min });
      return push(issue.inclusive ? "schema-too-small" : "schema-above", { min });
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "string") return push("schema-too-long", { max });
      if (issue.origin === "array" || issue.origin === "set") return push("schema-too-many", { max });
      return push("schema-too-big", { max });
    }
    case "invalid_value":
      if (!("input" in issue) || (issue as { input?: unknown }).input === undefined) return push("schema-required");
      return push("schema-enum", { allowed: list(issue.values) });
    case "unrecognized_keys":
      return push("schema-unknown-key", { keys: issue.keys.join(", ") });
    case "invalid_format":
      return push("schema-format");
    case "invalid_union": {
      const u = issue as {
        errors: readonly (readonly Issue[])[];
        options?: readonly unknown[];
        discriminator?: string;
      };
      if (u.discriminator !== undefined && u.options) {
        const input = (issue as { input?: unknown }).input;
        const tag =
          typeof input === "object" && input !== null ? (input as Record<string, unknown>)[u.discriminator] : undefined;
        return push(tag === undefined ? "schema-required" : "schema-enum", { allowed: list(u.options) });
      }
      const branch = bestBranch(u.errors);
      if (branch) {
        for (const i of branch) convert(i, path, out);
        return;
      }
      const tags = u.errors.flatMap((b) =>
        b.flatMap((i) => (i.code === "invalid_value" && i.path.length === 1 ? i.values : [])),
      );
      const tagKey = u.errors[0]?.find((i) => i.code === "invalid_value" && i.path.length === 1)?.path[0];
      if (tags.length > 0 && tagKey !== undefined) {
        out.push({ path: [...path, String(tagKey)], reason: "schema-enum", params: { allowed: list(tags) } });
        return;
      }
      return push("schema-invalid");
    }
    default:
      return push("schema-invalid");
  }
}

/** Schema problems of a failed parse, one or more per zod issue. */
export function schemaProblems(error: z.ZodError): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  for (const issue of error.issues) convert(issue, [], out);
  return out;
}

/** A JSON path as people read it: `$.goals[2].indicators[0].target`. */
export const formatPath = (path: Path): string =>
  path.reduce<string>(
    (s, p) =>
      typeof p === "number" ? `${s}[${p}]` : /^[A-Za-z_$][\w$]*$/.test(p) ? `${s}.${p}` : `${s}[${JSON.stringify(p)}]`,
    "$",
  );
