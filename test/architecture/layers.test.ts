/**
 * The layer rules of eslint.config.mjs, proved on small snippets: each snippet is linted as if
 * it were a file of that layer, and an import the layer may not make must be refused (and one
 * it may make, let through). One ESLint run in a child process (ESLint's config is ESM).
 */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

const ROOT = resolve(__dirname, "..", "..");

type Kind = "value" | "type";
/** [layer folder (or a file: `app/hosts/xlsx.ts`), module imported, value or type import, may it?] */
type Case = readonly [layer: string, from: string, kind: Kind, allowed: boolean];

const CASES: readonly Case[] = [
  ["domain", "zod", "value", true],
  ["domain", "../i18n", "value", false],
  ["domain", "../../i18n/engine-notes", "type", false],
  ["domain", "../workbook/port", "type", false],
  ["domain", "../app/load", "value", false],
  ["domain", "../templates", "value", false],
  ["domain", "../taskpane/state", "value", false],
  ["domain", "react", "value", false],
  ["domain", "node:fs", "value", false],
  ["domain", "fflate", "value", false],

  ["i18n", "./lang", "value", true],
  ["i18n", "../domain/checks/rules", "type", true],
  ["i18n", "../domain/checks/rules", "value", false],
  ["i18n", "../workbook/port", "value", false],
  ["i18n", "../app/load", "value", false],
  ["i18n", "../templates", "value", false],
  ["i18n", "../cli/main", "value", false],

  ["templates", "../domain/contract/schema", "value", true],
  ["templates", "../i18n", "value", false],
  ["templates", "../workbook/port", "type", false],
  ["templates", "../app/load", "value", false],

  ["workbook", "../domain/model", "value", true],
  ["workbook", "./port", "value", true],
  ["workbook", "fflate", "value", true],
  ["workbook", "../app/load", "value", false],
  ["workbook", "../templates", "value", false],
  ["workbook", "../i18n", "value", false],
  ["workbook", "react", "value", false],
  ["workbook", "node:fs", "value", false],
  ["workbook", "./sheet/a1", "value", true],
  ["workbook", "./xlsx/zip", "value", false],
  ["workbook/sheet", "../../domain/columns", "value", true],
  ["workbook/sheet", "../port", "type", true],
  ["workbook/sheet", "../xlsx/zip", "value", false],
  ["workbook/sheet", "../office/address", "value", false],
  ["workbook/ownership", "../sheet/a1", "value", true],
  ["workbook/ownership", "../xlsx/write/marks", "value", false],
  ["workbook/memory", "../sheet/a1", "value", true],
  ["workbook/memory", "../sheet/errors", "value", true],
  ["workbook/memory", "../port", "value", true],
  ["workbook/memory", "../xlsx/read/sheet", "value", false],
  ["workbook/memory", "../xlsx", "value", false],
  ["workbook/memory", "../office/address", "value", false],
  ["workbook/memory", "../office", "type", false],
  ["workbook/memory", "react", "value", false],
  ["workbook/office", "../sheet/spec", "type", true],
  ["workbook/office", "../xlsx/create", "type", false],
  ["workbook/office", "../memory/sheet", "value", false],
  ["workbook/office", "../../app/load", "value", false],
  ["workbook/xlsx", "../sheet/a1", "value", true],
  ["workbook/xlsx", "../office/values", "value", false],
  ["workbook/xlsx", "../memory", "value", false],
  ["workbook/xlsx", "node:fs", "value", false],
  ["workbook/xlsx", "./write", "value", true],
  ["workbook/xlsx/read", "../ooxml/xml", "value", true],
  ["workbook/xlsx/read", "../zip", "value", true],
  ["workbook/xlsx/read", "../write/marks", "value", false],
  ["workbook/xlsx/read", "../create", "value", false],
  ["workbook/xlsx/write", "../ooxml/worksheet", "value", true],
  ["workbook/xlsx/write", "../../read-bound", "value", true],
  ["workbook/xlsx/write", "../read/xml", "value", false],
  ["workbook/xlsx/write", "../create/parts", "value", false],
  ["workbook/xlsx/write", "../../office/values", "value", false],
  ["workbook/xlsx/create", "../ooxml/cells", "value", true],
  ["workbook/xlsx/create", "../write/cells", "type", false],
  ["workbook/xlsx/ooxml", "../bytes", "value", true],
  ["workbook/xlsx/ooxml", "../create", "value", false],
  ["workbook/xlsx/ooxml", "../read/rels", "value", false],

  ["app", "../domain/model", "value", true],
  ["app", "../templates", "value", true],
  ["app", "../workbook/xlsx", "value", true],
  ["app", "../i18n", "value", true],
  ["app", "../taskpane/state", "value", false],
  ["app", "../cli/main", "value", false],
  ["app", "../demo/example", "value", false],
  ["app", "react", "value", false],
  ["app", "node:fs", "value", false],
  ["app", "../workbook/sheet/a1", "value", true],
  ["app", "../workbook/port", "value", true],
  ["app", "../workbook/xlsx/write", "value", false],
  ["app", "../workbook/office/address", "value", false],
  ["app", "../workbook/memory/types", "type", false],
  ["app/hosts/xlsx.ts", "../../workbook/xlsx", "value", true],
  ["app/hosts/xlsx.ts", "../../workbook/sheet/spec", "type", true],
  ["app/hosts/xlsx.ts", "../../workbook/office", "value", false],
  ["app/hosts/memory.ts", "../../workbook/memory", "value", true],
  ["app/hosts/memory.ts", "../../workbook/xlsx/zip", "value", false],
  ["app/hosts/office.ts", "../../taskpane/state", "value", false],

  ["taskpane", "../app/application", "value", true],
  ["taskpane", "../i18n", "value", true],
  ["taskpane", "../workbook/port", "type", true],
  ["taskpane", "../app/hosts/office", "value", true],
  ["taskpane", "react", "value", true],
  ["taskpane", "../domain/model", "value", false],
  ["taskpane", "../domain/model", "type", false],
  ["taskpane", "../templates", "value", false],
  ["taskpane", "../workbook/port", "value", false],
  ["taskpane", "../workbook/office", "value", false],
  ["taskpane", "../app/hosts/xlsx", "value", false],
  ["taskpane", "../app/hosts/memory", "value", false],
  ["taskpane", "../cli/main", "value", false],

  ["demo", "../app/hosts/memory", "value", true],
  ["demo", "../app/hosts/xlsx", "value", true],
  ["demo", "../workbook/xlsx", "value", false],
  ["demo", "../taskpane/services", "value", true],
  ["demo", "../workbook/memory", "value", false],
  ["demo", "../app/hosts/office", "value", false],
  ["demo", "../domain/model", "type", false],
  ["demo", "../cli/main", "value", false],

  ["cli", "../app/hosts/xlsx", "value", true],
  ["cli", "../i18n/cli", "value", true],
  ["cli", "node:fs", "value", true],
  ["cli", "../workbook/port", "type", true],
  ["cli", "../workbook/xlsx", "value", false],
  ["cli", "../app/hosts/memory", "value", false],
  ["cli", "../domain/binding", "value", false],
  ["cli", "../templates", "value", false],
  ["cli", "../taskpane/state", "value", false],
  ["cli", "react", "value", false],

  ["commands", "../app/hosts/xlsx", "value", false],
  ["commands", "../domain/model", "value", false],
];

const snippet = (from: string, kind: Kind): string =>
  kind === "type"
    ? `import type { A } from "${from}";\nexport type B = A;\n`
    : `import { a } from "${from}";\nexport const b = a;\n`;

/** For each case: did the import rule refuse it? */
function refused(cases: readonly Case[]): boolean[] {
  const script = `
    import { ESLint } from "eslint";
    const eslint = new ESLint({ cwd: process.cwd() });
    const out = [];
    for (const c of JSON.parse(process.env.LAYER_CASES)) {
      const [r] = await eslint.lintText(c.code, { filePath: c.file });
      out.push(r.messages.some((m) => m.ruleId === "@typescript-eslint/no-restricted-imports"));
    }
    process.stdout.write(JSON.stringify(out));`;
  const input = cases.map(([layer, from, kind]) => ({
    file: layer.endsWith(".ts") ? `src/${layer}` : `src/${layer}/layer-fixture.ts`,
    code: snippet(from, kind),
  }));
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: ROOT,
    env: { ...process.env, LAYER_CASES: JSON.stringify(input) },
    encoding: "utf8",
    timeout: 120_000,
  });
  if (run.status !== 0) throw new Error(`eslint failed:\n${run.stderr}`);
  return JSON.parse(run.stdout) as boolean[];
}

describe("the layer rules (eslint.config.mjs)", () => {
  const results = refused(CASES);

  it.each(CASES.map((c, i) => [...c, i] as const))(
    "src/%s importing %s (%s): allowed %s",
    (_layer, _from, _kind, allowed, i) => {
      expect(results[i]).toBe(!allowed);
    },
  );
});
