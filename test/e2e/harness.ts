/**
 * What the browser e2e suites share: building the demo into a folder of their own (suites run in
 * parallel; one build must not clean another's), a tiny local server, Debian's Chromium driven by
 * playwright-core, and axe-core run inside a page.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import type { BrowserContext, Page } from "playwright-core";

export const ROOT = resolve(__dirname, "..", "..");
export const CHROMIUM = "/usr/bin/chromium";
export const haveChromium = existsSync(CHROMIUM);

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
};

/** Builds the demo (production) into `dist/<folder>`; returns the folder. */
export function buildDemo(folder: string): string {
  const out = join(ROOT, "dist", folder);
  const cli = join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
  const build = spawnSync(
    process.execPath,
    [cli, "--mode", "production", "--config-name", "demo", "--output-path", out],
    { cwd: ROOT, encoding: "utf8", timeout: 300_000 },
  );
  if (build.status !== 0) throw new Error(`demo build failed:\n${build.stdout}\n${build.stderr}`);
  return out;
}

export function serve(root: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/");
    const file = normalize(join(root, path === "/" ? "index.html" : path));
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
    });
    res.end(readFileSync(file));
  });
  return new Promise((ok) =>
    server.listen(0, "127.0.0.1", () => {
      const a = server.address();
      ok({ server, origin: `http://127.0.0.1:${typeof a === "object" && a ? a.port : 0}` });
    }),
  );
}

/** Chromium with a throw-away profile; `close` ends it and removes the profile. */
export async function launch(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const { chromium } = await import("playwright-core");
  const profile = mkdtempSync(join(tmpdir(), "kontrakttjek-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1440, height: 960 },
    acceptDownloads: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly {
    readonly target: readonly string[];
    readonly html: string;
    readonly failureSummary?: string;
  }[];
}

const AXE = readFileSync(join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8");

/**
 * Runs axe-core (WCAG 2.x A and AA rules and best practices) on the page as it stands; returns the
 * serious and critical violations, each with where it is. The script is added as the page's own
 * (playwright evaluates it; the page's CSP is for the page's scripts, not the driver's).
 */
export async function axeSerious(page: Page): Promise<string[]> {
  // Colours are judged once transitions are over (a button fading in is not its real contrast).
  await page.waitForFunction(
    () =>
      document.getAnimations().every((a) => a.playState !== "running" || a.effect?.getTiming().iterations === Infinity),
    undefined,
    { timeout: 5000 },
  );
  const loaded = await page.evaluate(() => "axe" in window);
  if (!loaded) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const w = window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: AxeViolation[] }> } };
    const r = await w.axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
    }));
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => `${n.target.join(" ")} ${n.html.slice(0, 120)} ${(n.failureSummary ?? "").slice(0, 200)}`).join(" | ")}`,
    );
}

/** All violations of any impact (for the report of what axe still says). */
export async function axeAll(page: Page): Promise<string[]> {
  await axeSerious(page);
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: AxeViolation[] }> } };
    const r = await w.axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => `${v.id} (${v.impact}) ×${v.nodes.length}`);
  });
}

/* Web-first assertions for locators (playwright-core has no test runner): poll until true. */
type Loc = ReturnType<Page["locator"]>;
export async function until(check: () => Promise<boolean>, what: string, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function see(loc: Loc) {
  const text = async (): Promise<string> => (await loc.textContent({ timeout: 1000 }).catch(() => null)) ?? "";
  return {
    toBeVisible: () => loc.waitFor({ state: "visible", timeout: 15_000 }),
    toHaveAttribute: (name: string, v: string) =>
      until(async () => (await loc.getAttribute(name, { timeout: 1000 }).catch(() => null)) === v, `${name}="${v}"`),
    toContainText: (s: string) => until(async () => (await text()).includes(s), `text containing "${s}"`),
    toHaveText: (re: RegExp | string) =>
      until(async () => (typeof re === "string" ? (await text()) === re : re.test(await text())), `text ${String(re)}`),
    toHaveCount: (n: number) => until(async () => (await loc.count()) === n, `count ${n}`),
    not: { toHaveText: (s: string) => until(async () => (await text()) !== s, `text other than "${s}"`) },
  };
}
