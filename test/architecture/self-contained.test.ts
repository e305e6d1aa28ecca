/**
 * The product stands on its own: what a user or a developer needs is in this repository. No
 * source file, doc, script or README may send a reader to the design notes, style notes or the
 * contract documents' folder the team works from (tests may read the shared real-world corpus).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";

const ROOT = resolve(__dirname, "..", "..");
const OUTSIDE = /DESIGN\.md|STYLE\.md|\.\.\/shared\b|\bseeds\//;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx|cjs|mjs|js|md|json|html|xml)$/.test(name) ? [path] : [];
  });
}

describe("no reference to documents outside the repository", () => {
  const roots = ["src", "docs", "scripts", "bench", "schemas"].map((d) => join(ROOT, d));
  const checked = [...roots.flatMap(files), join(ROOT, "README.md"), join(ROOT, "manifest.xml")];

  it("checks the source, docs, scripts, bench, schemas, README and manifest (not vacuous)", () => {
    expect(checked.length).toBeGreaterThan(300);
  });

  it.each(["DESIGN.md", "STYLE.md", "../shared", "seeds/"])("none names %s", (name) => {
    const hits = checked.flatMap((path) =>
      readFileSync(path, "utf8")
        .split("\n")
        .flatMap((line, i) =>
          OUTSIDE.test(line) && line.includes(name) ? [`${relative(ROOT, path)}:${i + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(hits).toEqual([]);
  });
});
