/**
 * The catalogue's index (test/fixtures/hostile/README.md) is machine-checked: it lists every
 * committed file and every generated input, each with an expected outcome and the tests that
 * hold it to it, and its count is right.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FIXTURES } from "./helpers";

interface Entry {
  readonly input: string;
  readonly source: "file" | "generated";
  readonly outcome: string;
  readonly tests: readonly string[];
}

const readme = readFileSync(join(FIXTURES, "README.md"), "utf8");

const entries: Entry[] = readme
  .split("\n")
  .filter((l) => l.startsWith("| ") && !l.startsWith("| input") && !l.startsWith("| ---"))
  .map((line) => {
    const [input = "", source = "", outcome = "", tests = ""] = line
      .split(/(?<!\\)\|/)
      .slice(1, -1)
      .map((c) => c.trim());
    return {
      input: input.replace(/^`|`$/g, ""),
      source: source as Entry["source"],
      outcome,
      tests: tests.split(",").map((t) => t.trim()),
    };
  });

describe("the hostile-input index", () => {
  it("lists every committed file, and nothing that is not there", () => {
    const onDisk = readdirSync(FIXTURES).filter((f) => f !== "README.md");
    const listed = entries.filter((e) => e.source === "file").map((e) => e.input);
    expect([...listed].sort()).toEqual([...onDisk].sort());
  });

  it("gives every input an outcome and existing tests that name it", () => {
    const sources = new Map<string, string>();
    for (const e of entries) {
      expect(["file", "generated"]).toContain(e.source);
      expect(e.outcome.length).toBeGreaterThan(10);
      for (const t of e.tests) {
        const path = join(__dirname, `${t}.test.ts`);
        expect([e.input, t, existsSync(path)]).toEqual([e.input, t, true]);
        if (!sources.has(t)) sources.set(t, readFileSync(path, "utf8"));
      }
      if (e.source === "file")
        expect([e.input, e.tests.some((t) => sources.get(t)!.includes(e.input))]).toEqual([e.input, true]);
    }
  });

  it("counts its inputs right", () => {
    const m = /Inputs: (\d+) \((\d+) committed files, (\d+) generated in tests\)/.exec(readme);
    expect(m).not.toBeNull();
    const [, total, files, generated] = m!.map(Number);
    expect(entries.filter((e) => e.source === "file")).toHaveLength(files!);
    expect(entries.filter((e) => e.source === "generated")).toHaveLength(generated!);
    expect(entries).toHaveLength(total!);
  });
});
