/**
 * Contract files: `exportContractJson` writes a versioned, pretty-printed JSON document with a
 * `$schema` so editors can help; `importContractJson` reads one back, size- and depth-limited,
 * schema-validated and cross-checked, with every error a code and parameters at a JSON path
 * (the app says them in words).
 */
import { ContractSchema, type Contract } from "../contract/schema";
import type { Severity } from "../findings";
import { lintContract, type Path } from "./lint";
import { severityOf, type AuthoringRule, type MessageParams } from "./messages";
import { formatPath, schemaProblems } from "./schema-issues";
import { CONTRACT_SCHEMA_URL } from "./json-schema";

export { CONTRACT_SCHEMA_URL };
export const CONTRACT_JSON_MAX_BYTES = 1_000_000;
export const CONTRACT_JSON_MAX_DEPTH = 100;

export interface ContractProblem {
  readonly rule: AuthoringRule;
  readonly severity: Severity;
  /** JSON path, e.g. `$.goals[2].indicators[0].target.value`; `$` for the whole file. */
  readonly path: string;
  readonly params: MessageParams;
}

export type ContractImport =
  | { readonly ok: true; readonly contract: Contract; readonly warnings: readonly ContractProblem[] }
  | { readonly ok: false; readonly errors: readonly ContractProblem[] };

export interface ImportOptions {
  readonly maxBytes?: number;
}

export function problem(rule: AuthoringRule, path: Path | string, params: MessageParams = {}): ContractProblem {
  return { rule, severity: severityOf(rule), path: typeof path === "string" ? path : formatPath(path), params };
}

/** The contract as a contract file (format version 2): `$schema` and `schemaVersion` first, two-space indents. */
export function exportContractJson(contract: Contract): string {
  const { $schema: _old, schemaVersion: _v, ...rest } = contract;
  return `${JSON.stringify({ $schema: CONTRACT_SCHEMA_URL, schemaVersion: 2, ...rest }, null, 2)}\n`;
}

/** UTF-8 size of a string without TextEncoder (the domain has no host APIs). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Deepest nesting of objects and arrays, counted outside strings (before JSON.parse recurses). */
function nestingDepth(text: string, limit: number): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{" || c === "[") {
      max = Math.max(max, ++depth);
      if (max > limit) return max;
    } else if (c === "}" || c === "]") depth--;
  }
  return max;
}

/**
 * Read a contract file. Never throws: a file that is too big, not JSON, of a newer format
 * version or against the schema comes back as errors with JSON paths.
 */
export function importContractJson(text: string, options: ImportOptions = {}): ContractImport {
  const maxBytes = options.maxBytes ?? CONTRACT_JSON_MAX_BYTES;
  const fail = (...errors: ContractProblem[]): ContractImport => ({ ok: false, errors });
  // Cheap bound first: UTF-8 needs at least one byte per UTF-16 unit.
  const size = text.length > maxBytes ? text.length : utf8Length(text);
  if (size > maxBytes) return fail(problem("json-too-large", "$", { size, max: maxBytes }));
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (nestingDepth(body, CONTRACT_JSON_MAX_DEPTH) > CONTRACT_JSON_MAX_DEPTH)
    return fail(problem("json-too-deep", "$", { max: CONTRACT_JSON_MAX_DEPTH }));

  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    return fail(problem("json-syntax", "$", { detail: e instanceof Error ? e.message : String(e) }));
  }
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    // Version 1 (texts with `…En` twins) is read as version 2 (language maps): see contract/migrate.ts.
    const v = (data as Record<string, unknown>).schemaVersion;
    if (v !== undefined && v !== 1 && v !== 2)
      return fail(problem("json-version", "$.schemaVersion", { version: String(v) }));
  }

  return checkContract(data);
}

/**
 * Validate a contract object (from a file, a form or `deriveContract`): the schema, then the
 * cross-checks of `lintContract`. Errors fail; warnings and notes come with the contract.
 */
export function checkContract(data: unknown): ContractImport {
  const parsed = ContractSchema.safeParse(data, { reportInput: true });
  if (!parsed.success)
    return {
      ok: false,
      errors: schemaProblems(parsed.error).map((p) => {
        const path = formatPath(p.path);
        if (p.reason === "schema-format" && path === "$.id") {
          const id = (data as { id?: unknown }).id;
          return problem("kontrakt-id-invalid", path, { value: String(id) });
        }
        return problem("json-schema", path, { ...p.params, reason: p.reason, field: path });
      }),
    };
  const issues = lintContract(parsed.data).map((i) =>
    problem(i.rule, i.path, i.related ? { ...i.params, first: formatPath(i.related) } : i.params),
  );
  const errors = issues.filter((i) => i.severity === "error");
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, contract: parsed.data, warnings: issues };
}
