/** Reading what the user points the CLI at: contracts, binding files, workbooks — with clear failures. */
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname } from "node:path";
import { openXlsx, XlsxFileError, type XlsxWorkbook } from "../app/hosts/xlsx";
import type { BindingFile, BindingFileProblem, Contract } from "../app/types";
import { localeOf, type Lang } from "../i18n";
import { cliText, type CliKey } from "../i18n/cli";
import { flag } from "./args";
import { CliFailure, type CliContext } from "./context";

const MAX_JSON_BYTES = 1_000_000;

/** Line and column (1-based) of a character offset, as an editor shows them. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/** A JSON syntax error in words: the line and column a person finds in an editor, not an offset. */
export function jsonSyntaxReason(text: string, e: unknown, lang: Lang): string {
  const message = e instanceof Error ? e.message : "JSON";
  const at = /position (\d+)/.exec(message);
  const lc = /line (\d+) column (\d+)/.exec(message);
  const where = lc
    ? { line: Number(lc[1]), column: Number(lc[2]) }
    : at
      ? lineAndColumn(text, Number(at[1]))
      : lineAndColumn(text, text.length);
  const detail = message.replace(/\s*(?:in JSON )?at position \d+.*$/s, "").replace(/\s*\(line \d+ column \d+\)/, "");
  return cliText("reason-json-syntax", lang, { line: where.line, column: where.column, detail });
}

function readJson(path: string, failKey: CliKey, lang: Lang = "da"): unknown {
  if (!existsSync(path)) throw new CliFailure("file-missing", { file: path });
  if (statSync(path).size > MAX_JSON_BYTES)
    throw new CliFailure(failKey, { file: path, reason: `> ${MAX_JSON_BYTES} bytes` });
  const text = readFileSync(path, "utf8");
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new CliFailure(failKey, { file: path, reason: jsonSyntaxReason(text, e, lang) });
  }
}

export function resolveContract(ctx: CliContext, given = flag(ctx.args, "contract")): Contract {
  const known = ctx.app
    .contracts()
    .map((c) => c.id)
    .join(", ");
  if (!given) throw new CliFailure("contract-required", { known });
  if (given.toLowerCase().endsWith(".json")) {
    if (!existsSync(given)) throw new CliFailure("file-missing", { file: given });
    if (statSync(given).size > MAX_JSON_BYTES)
      throw new CliFailure("contract-invalid", {
        file: given,
        reason: cliText("reason-json-too-big", ctx.lang, { max: MAX_JSON_BYTES }),
      });
    const imported = ctx.app.readContractFile(readFileSync(given, "utf8"), { maxBytes: MAX_JSON_BYTES });
    if (!imported.ok) {
      const reason = imported.errors
        .slice(0, 3)
        .map((e) => `${e.path}: ${e.message[ctx.lang].replace(/\.$/, "")}`)
        .join("; ");
      throw new CliFailure("contract-invalid", { file: given, reason });
    }
    return imported.contract;
  }
  const c = ctx.app.findContract(given);
  if (!c) throw new CliFailure("unknown-contract", { contract: given, known });
  return c;
}

const PROBLEM_KEY: Readonly<Record<BindingFileProblem["code"], CliKey>> = {
  "not-object": "bfp-not-object",
  "bad-version": "bfp-bad-version",
  "unknown-role": "bfp-unknown-role",
  "unknown-field": "bfp-unknown-field",
  "unknown-property": "bfp-unknown-property",
  "bad-value": "bfp-bad-value",
};

/** A binding file's problems in the user's words, each with its JSON path (the first few). */
export const bindingProblems = (problems: readonly BindingFileProblem[], lang: Lang): string =>
  problems
    .slice(0, 3)
    .map((p) =>
      cliText(PROBLEM_KEY[p.code], lang, { path: p.path.map(String).join(".") || "$", name: p.name, known: p.known }),
    )
    .join("; ");

export function readBindingFile(ctx: CliContext, path: string): BindingFile {
  const read = ctx.app.readBindingFile(readJson(path, "binding-invalid", ctx.lang));
  if (!read.ok)
    throw new CliFailure("binding-invalid", { file: path, reason: bindingProblems(read.problems, ctx.lang) });
  return read.file;
}

const REASON_KEY: Readonly<Record<string, CliKey>> = {
  "not-zip": "reason-not-zip",
  truncated: "reason-truncated",
  corrupt: "reason-corrupt",
  unsupported: "reason-unsupported",
  "not-xlsx": "reason-not-xlsx",
  dtd: "reason-dtd",
};

/** Which limit a file broke, with the limit itself, in the user's language. */
function limitText(e: XlsxFileError, lang: Lang): string {
  const max = Number(e.params.max);
  // The detail starts with the part's name, except for the whole package's size.
  const part = e.params.limit === "totalBytes" ? "" : (/^(\S+) /.exec(e.detail)?.[1] ?? "");
  const shown = Number.isFinite(max) ? max.toLocaleString(localeOf(lang).intl) : "?";
  const key: CliKey =
    e.params.limit === "ratio"
      ? "limit-ratio"
      : e.params.limit === "entries"
        ? "limit-entries"
        : e.params.limit === "text"
          ? "limit-text"
          : "limit-bytes";
  return cliText(key, lang, { part: part || cliText("part-package", lang), max: shown });
}

/** Map a reader failure to the user's words; the lang is applied when printed. */
export function fileFailure(file: string, e: unknown, lang: Lang): CliFailure {
  if (e instanceof XlsxFileError) {
    if (e.reason === "encrypted") return new CliFailure("password-protected", { file });
    if (e.reason === "legacy-xls") return new CliFailure("xls-unsupported", { file });
    if (e.reason === "limit-exceeded") return new CliFailure("too-large", { file, reason: limitText(e, lang) });
    if (e.reason === "xlsb") return new CliFailure("xlsb-unsupported", { file });
    if (e.reason === "strict-ooxml") return new CliFailure("strict-ooxml-unsupported", { file });
    const key = REASON_KEY[e.reason];
    return new CliFailure("not-xlsx", { file, reason: key ? cliText(key, lang) : e.detail });
  }
  return new CliFailure("unreadable", { file, reason: e instanceof Error ? e.message : String(e) });
}

export function openWorkbook(file: string, lang: Lang = "da"): XlsxWorkbook {
  if (!existsSync(file)) throw new CliFailure("file-missing", { file });
  if (statSync(file).isDirectory()) throw new CliFailure("not-xlsx", { file, reason: cliText("reason-folder", lang) });
  if (statSync(file).size === 0) throw new CliFailure("not-xlsx", { file, reason: cliText("reason-empty", lang) });
  const ext = extname(file).toLowerCase();
  if (ext === ".csv" || ext === ".txt") throw new CliFailure("csv-unsupported", { file });
  if (ext === ".xls") throw new CliFailure("xls-unsupported", { file });
  try {
    return openXlsx(new Uint8Array(readFileSync(file)));
  } catch (e) {
    throw fileFailure(file, e, lang);
  }
}

/** Runs work that reads the workbook: a damaged part found only now is the file's fault, said plainly. */
export async function reading<T>(file: string, lang: Lang, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw e instanceof XlsxFileError ? fileFailure(file, e, lang) : e;
  }
}
