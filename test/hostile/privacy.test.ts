/**
 * Privacy and supply chain. The pages as built (webpack, production, into a temporary folder)
 * carry a strict Content-Security-Policy: scripts only from themselves (and Office.js on the
 * add-in pages), no inline script, connections only to themselves and the Office.js origin. No
 * code of ours — source or bundle — opens a network channel. The README's dependency list is
 * package.json's, each with its reason.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { tempDir } from "./helpers";

const ROOT = join(__dirname, "..", "..");
const OFFICE_ORIGIN = "https://appsforoffice.microsoft.com";
const OFFICE_JS = `${OFFICE_ORIGIN}/lib/1/hosted/office.js`;

/** Network channels a page or a bundle could open on its own. */
const CHANNELS: readonly [string, RegExp][] = [
  ["fetch(", /(^|[^\w.$])fetch\s*\(|\.fetch\s*\(/m],
  ["XMLHttpRequest", /\bXMLHttpRequest\b/],
  ["navigator.sendBeacon", /\bsendBeacon\b/],
  ["WebSocket", /\bWebSocket\b/],
  ["EventSource", /\bEventSource\b/],
  ["importScripts", /\bimportScripts\b/],
  ["a script element made at run time", /createElement\(\s*["'`]script["'`]\s*\)/],
  ["a service worker", /\bserviceWorker\b/],
];

function files(dir: string, test: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, test);
    return test(name) ? [path] : [];
  });
}

const withoutComments = (code: string): string =>
  code.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");

describe("no network traffic of our own", () => {
  it("src/ (tests aside) has no fetch, XMLHttpRequest, sendBeacon, WebSocket, EventSource, …", () => {
    const sources = files(
      join(ROOT, "src"),
      (n) => /\.(ts|tsx)$/.test(n) && !/\.test\.tsx?$|\.testing\.tsx?$/.test(n),
    ).filter((f) => !f.includes(`${join("src", "workbook", "office", "testing")}`));
    expect(sources.length).toBeGreaterThan(100);
    const found: string[] = [];
    for (const file of sources) {
      const code = withoutComments(readFileSync(file, "utf8"));
      for (const [name, re] of CHANNELS) if (re.test(code)) found.push(`${relative(ROOT, file)}: ${name}`);
    }
    expect(found).toEqual([]);
  });

  it("Office.js is the one external script, named in the page templates only", () => {
    const external: string[] = [];
    for (const file of files(join(ROOT, "src"), (n) => /\.(ts|tsx|html)$/.test(n) && !/\.test\.tsx?$/.test(n))) {
      for (const m of readFileSync(file, "utf8").matchAll(/<script[^>]*\bsrc=["']?(https?:[^"'\s>]+)/g))
        external.push(`${relative(ROOT, file)}: ${m[1]}`);
    }
    expect(external).toEqual([]);
    expect(readFileSync(join(ROOT, "webpack.config.js"), "utf8")).toContain(`"${OFFICE_JS}"`);
  });
});

/* ------------------------------------------------------------------ the built pages */

interface Page {
  readonly name: string;
  readonly html: string;
  readonly office: boolean;
}

/** CSP directives of a page's one `<meta http-equiv="Content-Security-Policy">`. */
function csp(html: string): Map<string, string[]> {
  const metas = [...html.matchAll(/<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]*)"/gi)];
  expect(metas).toHaveLength(1);
  return new Map(
    metas[0]![1]!
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe("the built task pane, ribbon and demo pages", () => {
  const out = tempDir();
  const pages: Page[] = [];
  let bundles: string[] = [];

  beforeAll(async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const webpack = require("webpack") as typeof import("webpack");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const configs = require(join(ROOT, "webpack.config.js"))(
      {},
      { mode: "production" },
    ) as import("webpack").Configuration[];
    for (const c of configs) {
      c.output = { ...c.output, path: c.name === "demo" ? join(out, "demo") : out, clean: false };
      c.infrastructureLogging = { level: "error" };
    }
    const stats = await new Promise<import("webpack").MultiStats>((resolve, reject) =>
      webpack(configs, (err, s) => (err || !s ? reject(err ?? new Error("no stats")) : resolve(s))),
    );
    expect(stats.hasErrors() ? stats.toString("errors-only") : "").toBe("");
    for (const [name, office] of [
      ["taskpane.html", true],
      ["commands.html", true],
      [join("demo", "index.html"), false],
    ] as const) {
      expect(existsSync(join(out, name))).toBe(true);
      pages.push({ name, html: readFileSync(join(out, name), "utf8"), office });
    }
    bundles = files(out, (n) => n.endsWith(".js"));
  }, 300_000);

  it("each page has one strict CSP: scripts and connections only to itself (and Office.js)", () => {
    for (const page of pages) {
      const d = csp(page.html);
      const allowed = page.office ? ["'self'", OFFICE_ORIGIN] : ["'self'"];
      expect([page.name, d.get("default-src")]).toEqual([page.name, ["'self'"]]);
      // Office.js loads Microsoft's Ajax library from its CDN in some hosts (office-js issue 1005)
      const scripts = page.office ? [...allowed, "https://ajax.aspnetcdn.com"] : allowed;
      expect([page.name, d.get("script-src")]).toEqual([page.name, scripts]);
      expect([page.name, d.get("connect-src")]).toEqual([page.name, allowed]);
      expect([page.name, d.get("object-src")]).toEqual([page.name, ["'none'"]]);
      expect([page.name, d.get("base-uri")]).toEqual([page.name, ["'none'"]]);
      expect([page.name, d.get("form-action")]).toEqual([page.name, ["'none'"]]);
      for (const [name, values] of d) {
        // Inline styles only (Fluent UI's CSS-in-JS inserts its rules); never inline or eval'd script.
        if (name !== "style-src") expect([page.name, name, values]).not.toContainEqual(expect.stringMatching(/unsafe/));
        expect([page.name, name, values]).not.toContain("*");
        expect([page.name, name, values.filter((v) => /^(https?:|http:|ws:|wss:|blob:)/.test(v))]).toEqual([
          page.name,
          name,
          page.office && ["script-src", "connect-src", "frame-src"].includes(name)
            ? name === "script-src"
              ? [OFFICE_ORIGIN, "https://ajax.aspnetcdn.com"]
              : [OFFICE_ORIGIN]
            : [],
        ]);
      }
    }
  });

  it("no inline script, no inline handlers; the only external script is Office.js", () => {
    for (const page of pages) {
      const scripts = [...page.html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      expect(scripts.length).toBeGreaterThan(0);
      for (const [, attrs, body] of scripts) {
        expect([page.name, body!.trim()]).toEqual([page.name, ""]);
        const src = /\bsrc=["']?([^"'\s>]+)/.exec(attrs!)?.[1] ?? "";
        expect([page.name, src === OFFICE_JS || /^[\w.-]+\.js$/.test(src)]).toEqual([page.name, true]);
        if (src === OFFICE_JS) expect(page.office).toBe(true);
      }
      expect([page.name, page.html]).not.toEqual([page.name, expect.stringMatching(/\son[a-z]+\s*=/i)]);
      expect([page.name, page.html]).not.toEqual([page.name, expect.stringMatching(/javascript:/i)]);
      // No stylesheet, font or image from elsewhere.
      expect([page.name, [...page.html.matchAll(/\b(?:href|src)=["']?(https?:[^"'\s>]+)/g)].map((m) => m[1])]).toEqual([
        page.name,
        page.office ? [OFFICE_JS] : [],
      ]);
    }
  });

  it("the bundles open no network channel either", () => {
    expect(bundles.length).toBeGreaterThanOrEqual(3);
    const found: string[] = [];
    for (const file of bundles) {
      const code = readFileSync(file, "utf8");
      // React DOM carries code for <script> elements an app renders; ours renders none (and the
      // CSP would refuse a foreign one), so that pattern is left to the source check above.
      for (const [name, re] of CHANNELS.filter(([n]) => !n.startsWith("a script element")))
        if (re.test(code)) found.push(`${relative(out, file)}: ${name}`);
      if (/\beval\s*\(/.test(code)) found.push(`${relative(out, file)}: eval(`);
    }
    expect(found).toEqual([]);
  });
});

/* ------------------------------------------------------------------ dependencies */

describe("dependencies are few, and each is there for a reason the README gives", () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Dependencies, and why"));
  const [runtime = "", development = ""] = section.split(/Development only:/);
  const named = (text: string) =>
    [...text.matchAll(/`(@?[a-z0-9][\w./-]*)`/g)]
      .map((m) => m[1]!)
      .filter((n) => n in pkg.dependencies || n in pkg.devDependencies);

  it("the runtime list is package.json's dependencies, no more, no less", () => {
    expect([...new Set(named(runtime))].sort()).toEqual(Object.keys(pkg.dependencies).sort());
  });

  it("every development dependency is named under 'Development only'", () => {
    expect([...new Set(named(development))].sort()).toEqual(Object.keys(pkg.devDependencies).sort());
  });

  it("every runtime dependency is used by the shipped code, and the shipped code uses no other package", () => {
    const shipped = files(
      join(ROOT, "src"),
      (n) => /\.(ts|tsx)$/.test(n) && !/\.test\.tsx?$|\.testing\.tsx?$/.test(n),
    ).filter((f) => !f.includes(join("src", "workbook", "office", "testing")));
    const imported = new Set<string>();
    for (const file of shipped)
      for (const m of readFileSync(file, "utf8").matchAll(/from\s+["']([^"']+)["']/g)) {
        const spec = m[1]!;
        if (spec.startsWith(".") || spec.startsWith("node:")) continue;
        imported.add(spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]!);
      }
    expect([...imported].sort()).toEqual(Object.keys(pkg.dependencies).sort());
  });
});
