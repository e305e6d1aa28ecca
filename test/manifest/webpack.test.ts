/**
 * The build matches the manifest (every page and icon it names is produced) and every page's
 * Content-Security-Policy stays strict: no inline or eval'd script, nothing fetched from
 * elsewhere, Office.js's origin on the add-in pages only.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type HtmlWebpackPlugin from "html-webpack-plugin";

const root = join(__dirname, "..", "..");

interface Config {
  readonly name: string;
  readonly output: { readonly publicPath: string };
  readonly optimization: { readonly splitChunks?: unknown };
  readonly plugins: readonly object[];
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const configs = (require(join(root, "webpack.config.js")) as (env: unknown, argv: { mode: string }) => Config[])(
  {},
  { mode: "production" },
);
const byName = (n: string): Config => configs.find((c) => c.name === n)!;

type HtmlOptions = HtmlWebpackPlugin.Options & { templateParameters: { csp: string; officeJs: string } };
const pages = (c: Config): HtmlOptions[] =>
  c.plugins
    .filter((p) => p.constructor.name === "HtmlWebpackPlugin")
    .map((p) => (p as unknown as { userOptions: HtmlOptions }).userOptions);

const directives = (csp: string): Map<string, string[]> =>
  new Map(
    csp.split(";").map((d) => {
      const [k, ...v] = d.trim().split(/\s+/);
      return [k!, v];
    }),
  );

describe("webpack build", () => {
  test("produces every page the manifest points at", () => {
    const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
    const wanted = [...manifest.matchAll(/https:\/\/localhost:3000\/([\w./-]+\.html)/g)].map((m) => m[1]);
    const built = [
      ...pages(byName("addin")).map((p) => p.filename),
      ...pages(byName("demo")).map((p) => `demo/${p.filename}`),
    ];
    for (const w of new Set(wanted)) expect(built).toContain(w);
  });

  test("every page has a strict CSP; only add-in pages may load Office.js and take its inline styles", () => {
    for (const [name, office] of [
      ["addin", true],
      ["demo", false],
    ] as const) {
      for (const page of pages(byName(name))) {
        const csp = page.templateParameters.csp;
        expect(csp).not.toMatch(/unsafe-eval|\*|http:/);
        const d = directives(csp);
        expect(d.get("default-src")).toEqual(["'self'"]);
        // never inline or eval'd script, anywhere
        expect(d.get("script-src")).toEqual(
          office ? ["'self'", "https://appsforoffice.microsoft.com", "https://ajax.aspnetcdn.com"] : ["'self'"],
        );
        // Office.js applies inline styles in Excel on the web (office-js issue 1687); the demo needs none
        expect(d.get("style-src")?.includes("'unsafe-inline'")).toBe(office);
        expect(d.get("connect-src")).toEqual(office ? ["'self'", "https://appsforoffice.microsoft.com"] : ["'self'"]);
        expect(d.get("object-src")).toEqual(["'none'"]);
        expect(page.templateParameters.officeJs).toBe(
          office ? "https://appsforoffice.microsoft.com/lib/1/hosted/office.js" : "",
        );
      }
    }
  });

  test("the demo is one relative-URL bundle, so it works from any folder or from file://", () => {
    const demo = byName("demo");
    expect(demo.output.publicPath).toBe("");
    expect(demo.optimization.splitChunks).toBe(false);
    const template = readFileSync(join(root, "src", "demo", "index.html"), "utf8");
    expect(template).not.toMatch(/https?:\/\//);
  });
});
