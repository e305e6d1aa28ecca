/**
 * The task pane in the browser: the gzip size of the production JavaScript its page loads, and
 * the time from navigation to the first interactive panel of the demo in headless Chromium,
 * served from dist/ by a local static server (no network beyond 127.0.0.1).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, relative, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { lastLines, type Outcome } from "./child";
import { median, round } from "./stats";

const DIST = "dist";
/** Our own bundles in dist/ that are not the task pane. */
const NOT_WEB = [join(DIST, "cli"), join(DIST, "bench")];

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (NOT_WEB.includes(p)) return [];
    return e.isDirectory() ? files(p) : [p];
  });
}

export function buildWeb(timeoutMs: number): string | null {
  if (!existsSync("webpack.config.js")) return "webpack.config.js has not landed yet";
  const cli = join("node_modules", "webpack-cli", "bin", "cli.js");
  const r = spawnSync(process.execPath, [cli, "--mode", "production"], { encoding: "utf8", timeout: timeoutMs });
  if (r.error) return `webpack failed: ${r.error.message}`;
  if (r.status !== 0) return `webpack failed (exit ${r.status}): ${lastLines(r.stderr || r.stdout)}`;
  return null;
}

const scriptsOf = (html: string, htmlFile: string): string[] =>
  [...html.matchAll(/<script[^>]*\ssrc=["']([^"']+)["']/gi)]
    .map((m) => m[1] ?? "")
    .filter((src) => !/^[a-z]+:\/\//i.test(src) && !src.startsWith("//"))
    .map((src) => normalize(join(htmlFile, "..", src.split("?")[0] ?? "")));

export interface BundleResult {
  readonly bundle_gzip_kb: number;
  readonly raw_kb: number;
  readonly page: string;
  readonly scripts: readonly { readonly file: string; readonly gzip_kb: number }[];
}

/** The JavaScript the task pane's page loads (its own <script src>), gzipped (level 9, as a server would). */
export function measureBundle(): Outcome<BundleResult> {
  const all = files(DIST);
  const page = all.find((f) => /taskpane[^/\\]*\.html$/i.test(f));
  if (!page) return { ok: false, reason: "no taskpane*.html in dist/ after the build" };
  const scripts = scriptsOf(readFileSync(page, "utf8"), page).filter((f) => existsSync(f));
  if (scripts.length === 0) return { ok: false, reason: `${relative(".", page)} loads no local script` };
  const sizes = scripts.map((f) => {
    const bytes = readFileSync(f);
    return {
      file: relative(DIST, f).split(sep).join("/"),
      raw: bytes.byteLength,
      gzip: gzipSync(bytes, { level: 9 }).byteLength,
    };
  });
  return {
    ok: true,
    value: {
      bundle_gzip_kb: round(sizes.reduce((a, s) => a + s.gzip, 0) / 1024, 1),
      raw_kb: round(sizes.reduce((a, s) => a + s.raw, 0) / 1024, 1),
      page: relative(DIST, page).split(sep).join("/"),
      scripts: sizes.map((s) => ({ file: s.file, gzip_kb: round(s.gzip / 1024, 1) })),
    },
  };
}

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

function serve(root: string): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/");
    const file = normalize(join(root, path));
    if (!file.startsWith(normalize(root)) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
    });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const a = server.address();
      resolve({ server, port: typeof a === "object" && a ? a.port : 0 });
    }),
  );
}

/**
 * What counts as "the first interactive panel": the task pane's <main> gets `data-ready="true"`
 * when its first panel can be used (renderApp.tsx). Recorded in the page by a MutationObserver
 * at the moment it appears, so polling does not add to the figure.
 */
export const READY_SELECTOR = '[data-ready="true"]';

const observeScript = (selector: string) => `(() => {
  const sel = ${JSON.stringify(selector)};
  const visible = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
  const check = () => {
    if (window.__ktReady !== undefined) return true;
    const el = document.querySelector(sel);
    if (el && visible(el)) { window.__ktReady = performance.now(); return true; }
    return false;
  };
  const start = () => {
    if (check()) return;
    const mo = new MutationObserver(() => { if (check()) mo.disconnect(); });
    mo.observe(document, { subtree: true, childList: true, attributes: true });
  };
  if (document.documentElement) start(); else document.addEventListener("readystatechange", start, { once: true });
})();`;

export interface RenderResult {
  readonly first_render_ms: number;
  readonly runs_ms: readonly number[];
  readonly page: string;
  readonly selector: string;
}

export async function measureFirstRender(runs = 3): Promise<Outcome<RenderResult>> {
  const page = files(DIST).find((f) => /demo[^/\\]*\.html$|demo[/\\]index\.html$/i.test(f));
  if (!page) return { ok: false, reason: "no demo page in dist/ after the build" };
  const chromium = "/usr/bin/chromium";
  if (!existsSync(chromium)) return { ok: false, reason: `${chromium} is not installed` };
  let pw: typeof import("playwright-core");
  try {
    pw = await import("playwright-core");
  } catch (e) {
    return { ok: false, reason: `playwright-core cannot be loaded: ${e instanceof Error ? e.message : String(e)}` };
  }
  const { server, port } = await serve(DIST);
  const profile = mkdtempSync(join(tmpdir(), "kontrakttjek-chromium-"));
  const url = `http://127.0.0.1:${port}/${relative(DIST, page).split(sep).join("/")}`;
  try {
    const context = await pw.chromium.launchPersistentContext(profile, {
      executablePath: chromium,
      headless: true,
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
    try {
      await context.addInitScript({ content: observeScript(READY_SELECTOR) });
      const times: number[] = [];
      // One untimed load first: Chromium's own start-up is not the page's.
      for (let i = 0; i <= runs; i++) {
        const tab = await context.newPage();
        await tab.goto(url, { waitUntil: "commit" });
        await tab.waitForFunction(() => (window as { __ktReady?: number }).__ktReady !== undefined, undefined, {
          timeout: 30_000,
        });
        const t = await tab.evaluate(() => (window as { __ktReady?: number }).__ktReady ?? NaN);
        if (i > 0) times.push(t);
        await tab.close();
      }
      return {
        ok: true,
        value: {
          first_render_ms: round(median(times), 0),
          runs_ms: times.map((t) => round(t, 0)),
          page: relative(DIST, page),
          selector: READY_SELECTOR,
        },
      };
    } finally {
      await context.close();
    }
  } catch (e) {
    return { ok: false, reason: `Chromium run failed: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}` };
  } finally {
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
