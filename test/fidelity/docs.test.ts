/**
 * docs/contracts/<id>.md: each contract's fidelity table stays true to its template. Every goal
 * and indicator has a row, every row names a test that exists, every option and target number of
 * the template is in the table and the table names no option or indicator the template lacks.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { LIBRARY } from "../../src/templates";
import type { Contract } from "../../src/domain/contract/schema";

const ROOT = join(__dirname, "..", "..");

interface Row {
  readonly goal: string;
  readonly indicator: string;
  readonly rule: string;
  readonly test: string;
  readonly fragment: string;
}

function rowsOf(md: string): Row[] {
  const goals = md.slice(md.indexOf("## Goals"));
  return goals
    .split("\n")
    .filter((l) => l.startsWith("| `"))
    .map((line) => {
      const cells = line.split(/(?<!\\)\|/).map((c) => c.trim());
      const [goal, indicator] = [...cells[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
      const test = /`([^`]+)` › “(.+)”/.exec(cells[7]!);
      return { goal: goal!, indicator: indicator!, rule: cells[5]!, test: test?.[1] ?? "", fragment: test?.[2] ?? "" };
    });
}

const optionsOf = (md: string): string[] =>
  md
    .slice(md.indexOf("## Options"), md.indexOf("## Goals"))
    .split("\n")
    .filter((l) => l.startsWith("| `"))
    .map((l) => /`([^`]+)`/.exec(l)![1]!);

/** The numbers a target names, as the table writes them. */
function targetNumbers(c: Contract, goal: string, indicator: string): number[] {
  const i = c.goals.find((g) => g.id === goal)!.indicators.find((x) => x.id === indicator)!;
  const v = i.target.value;
  if (typeof v === "number") return [v];
  return "param" in v ? Object.values(v.values) : [];
}

describe.each(LIBRARY.map((c) => [c.id, c] as const))("docs/contracts/%s.md", (id, c) => {
  const file = join(ROOT, "docs", "contracts", `${id}.md`);
  const md = existsSync(file) ? readFileSync(file, "utf8") : "";
  const rows = rowsOf(md);

  it("has a row for every goal and indicator of the template, and none for another", () => {
    const want = c.goals.flatMap((g) => g.indicators.map((i) => `${g.id}/${i.id}`)).sort();
    expect(rows.map((r) => `${r.goal}/${r.indicator}`).sort()).toEqual(want);
    for (const g of c.goals) expect(rows.some((r) => r.goal === g.id)).toBe(true);
  });

  it("names in every row a test that exists", () => {
    for (const r of rows) {
      expect([r.goal, r.indicator, existsSync(join(ROOT, r.test))]).toEqual([r.goal, r.indicator, true]);
      expect(readFileSync(join(ROOT, r.test), "utf8")).toContain(r.fragment);
    }
  });

  it("lists exactly the template's options, and every target number in its row", () => {
    expect(optionsOf(md).sort()).toEqual(c.options.map((o) => o.id).sort());
    for (const r of rows)
      for (const n of targetNumbers(c, r.goal, r.indicator))
        expect([r.goal, r.indicator, r.rule]).toEqual([r.goal, r.indicator, expect.stringContaining(String(n))]);
  });

  it("names an existing test for every registration rule it lists", () => {
    const part = md.includes("## Registration rules") ? md.slice(md.indexOf("## Registration rules")) : "";
    for (const [, test, fragment] of part.matchAll(/`([^`]+\.test\.ts)` › “(.+?)”/g)) {
      expect(existsSync(join(ROOT, test!))).toBe(true);
      expect(readFileSync(join(ROOT, test!), "utf8")).toContain(fragment);
    }
  });

  it("cites the document by its title, not by a file outside the repository", () => {
    expect(md).toContain(c.source.document);
    expect(md).not.toMatch(/\.\.\/shared|seeds|\.txt\b/);
  });
});
