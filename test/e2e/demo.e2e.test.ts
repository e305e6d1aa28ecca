/**
 * End to end: the browser demo (the task pane on the in-memory example workbook) in Debian's
 * Chromium, driven with playwright-core. Builds the demo, serves dist/demo from a tiny local
 * server on a random port, and walks the whole flow in Danish and in English: choose Sjælland
 * 2025, bind automatically, check (a finding selects its cell in the grid), evaluate, write (the
 * grid shows Målopfyldelse and the Kontrol column), what-if, remove. No console errors, and no
 * request to any origin but the local server. Screenshots go to test-artifacts/e2e/.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import type { BrowserContext, Page } from "playwright-core";

const ROOT = resolve(__dirname, "..", "..");
const DIST = join(ROOT, "dist", "demo");
const SHOTS = join(ROOT, "test-artifacts", "e2e");
const CHROMIUM = "/usr/bin/chromium";
const haveChromium = existsSync(CHROMIUM);

if (!haveChromium) {
  console.warn(`e2e skipped: ${CHROMIUM} is missing (apt-get install -y chromium)`);
}
const maybe = haveChromium ? describe : describe.skip;

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
};

function serve(root: string): Promise<{ server: Server; origin: string }> {
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

interface Words {
  readonly contract: string;
  readonly bind: string;
  readonly tabBinding: string;
  readonly tabCheck: string;
  readonly checkRun: string;
  readonly tabGoals: string;
  readonly goalsRun: string;
  readonly fulfilled: RegExp;
  readonly tabWrite: string;
  readonly preview: string;
  readonly previewTitle: string;
  readonly write: string;
  readonly written: RegExp;
  readonly whatIf: string;
  readonly target: RegExp;
  readonly result: RegExp;
  readonly clean: string;
  readonly removed: RegExp;
  readonly summary: RegExp;
}

const WORDS: Readonly<Record<"da" | "en", Words>> = {
  da: {
    contract: "Kontrakt",
    bind: "Find tabellerne automatisk",
    tabBinding: "Tabeller",
    tabCheck: "Tjek",
    checkRun: "Tjek registreringerne",
    tabGoals: "Mål",
    goalsRun: "Beregn målopfyldelse",
    fulfilled: /% opfyldt/,
    tabWrite: "Skriv",
    preview: "Vis hvad der skrives",
    previewTitle: "Dette bliver ændret",
    write: "Skriv i projektmappen",
    written: /^Skrevet:/,
    whatIf: "Hvad nu hvis …",
    target: /^Måltal/,
    result: /Målet bliver [\d.,]+ % opfyldt/,
    clean: "Fjern det, Kontrakttjek har skrevet",
    removed: /^Fjernet:/,
    summary: /\d+ fejl og \d+ advarsler/,
  },
  en: {
    contract: "Contract",
    bind: "Find the tables automatically",
    tabBinding: "Tables",
    tabCheck: "Check",
    checkRun: "Check the entries",
    tabGoals: "Goals",
    goalsRun: "Compute goal fulfilment",
    fulfilled: /% fulfilled/,
    tabWrite: "Write",
    preview: "Show what will be written",
    previewTitle: "This will change",
    write: "Write into the workbook",
    written: /^Written:/,
    whatIf: "What if …",
    target: /^Target/,
    result: /The goal becomes [\d.,]+ % fulfilled/,
    clean: "Remove what Kontrakttjek wrote",
    removed: /^Removed:/,
    summary: /\d+ errors and \d+ warnings/,
  },
};

maybe("browser demo end to end (Chromium)", () => {
  let server: Server;
  let origin: string;
  let context: BrowserContext;
  let profile: string;

  beforeAll(async () => {
    const cli = join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
    const build = spawnSync(process.execPath, [cli, "--mode", "production", "--config-name", "demo"], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 180_000,
    });
    if (build.status !== 0) throw new Error(`demo build failed:\n${build.stdout}\n${build.stderr}`);
    mkdirSync(SHOTS, { recursive: true });
    ({ server, origin } = await serve(DIST));
    const { chromium } = await import("playwright-core");
    profile = mkdtempSync(join(tmpdir(), "kontrakttjek-e2e-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1440, height: 960 },
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
  }, 240_000);

  afterAll(async () => {
    await context?.close();
    server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  test("the static copy also opens straight from the file system", async () => {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(m.text());
    });
    page.on("pageerror", (e) => problems.push(e.message));
    await page.goto(`file://${join(DIST, "index.html")}?lang=en`);
    await page.waitForSelector('main[data-ready="true"]', { timeout: 30_000 });
    await see(page.getByRole("button", { name: "Find the tables automatically" })).toBeVisible();
    expect(problems).toEqual([]);
    await page.close();
  });

  for (const lang of ["da", "en"] as const) {
    test(`the whole flow in ${lang === "da" ? "Danish" : "English"}`, async () => {
      const w = WORDS[lang];
      const page = await context.newPage();
      const problems: string[] = [];
      const foreign: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error") problems.push(`console: ${m.text()}`);
      });
      page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
      page.on("request", (r) => {
        if (!r.url().startsWith(`${origin}/`) && !r.url().startsWith("data:")) foreign.push(r.url());
      });
      const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${lang}-${name}.png`), fullPage: false });
      const pane = page.getByRole("complementary", { name: "Kontrakttjek" });
      const grid = page.getByRole("grid");
      const tab = (name: string) => pane.getByRole("tab", { name, exact: true });

      await page.goto(`${origin}/index.html?lang=${lang}`);
      await page.waitForSelector('main[data-ready="true"]', { timeout: 30_000 });
      await shot("01-start");

      // Choose Sjælland 2025 and bind automatically.
      await pane.getByRole("combobox", { name: w.contract, exact: true }).selectOption("sjaelland-2025");
      await pane.getByRole("button", { name: w.bind }).click();
      await see(tab(w.tabBinding)).toHaveAttribute("aria-selected", "true");
      await page.waitForSelector('main[data-ready="true"]');
      await see(pane.getByRole("group", { name: lang === "da" ? "Forløb" : "Courses" })).toBeVisible();
      await shot("02-binding");

      // Check: findings shown, grouped; clicking one selects its cell in the grid.
      await tab(w.tabCheck).click();
      await pane.getByRole("button", { name: w.checkRun }).click();
      await see(pane.getByRole("status").filter({ hasText: w.summary })).toBeVisible();
      const firstGroup = pane.getByRole("button", { expanded: false }).first();
      await firstGroup.click();
      const finding = pane.locator("li button").first();
      const label = (await finding.textContent()) ?? "";
      const [, sheet, cell] = /^(.+?)!([A-Z]+\d+)/.exec(label) ?? [];
      expect(sheet && cell).toBeTruthy();
      await finding.click();
      await see(grid).toHaveAttribute("data-sheet", sheet!);
      await see(grid.locator('[aria-selected="true"]')).toHaveAttribute("data-cell", cell!);
      await shot("03-check");

      // Evaluate: a card per goal with its fulfilment.
      await tab(w.tabGoals).click();
      await pane.getByRole("button", { name: w.goalsRun }).click();
      const cards = pane.getByRole("article");
      await see(cards.first()).toBeVisible();
      expect(await cards.count()).toBeGreaterThan(5);
      await see(cards.filter({ hasText: w.fulfilled }).first()).toBeVisible();
      await shot("04-goals");

      // Write: preview first, then write; the grid shows Målopfyldelse and the Kontrol column.
      await tab(w.tabWrite).click();
      await pane.getByRole("button", { name: w.preview }).click();
      const preview = pane.getByRole("region", { name: w.previewTitle });
      await see(preview).toContainText("Målopfyldelse");
      await see(preview).toContainText("Kontrol");
      await shot("05-preview");
      await pane.getByRole("button", { name: w.write }).click();
      await see(pane.getByRole("status").filter({ hasText: w.written })).toBeVisible();
      await see(grid).toHaveAttribute("data-sheet", "Målopfyldelse");
      await see(grid.getByRole("gridcell", { name: "Opfyldelse", exact: true })).toBeVisible();
      await see(
        grid
          .locator("td")
          .filter({ hasText: /^\d+ %$/ })
          .first(),
      ).toBeVisible();
      await shot("06-written");
      await page.getByRole("tab", { name: "Forløb", exact: true }).click();
      await see(grid).toHaveAttribute("data-sheet", "Forløb");
      await see(grid.getByRole("gridcell", { name: "Kontrol", exact: true })).toBeVisible();
      await shot("07-kontrol");

      // What-if: moving a target changes the fulfilment, without touching the workbook.
      await tab(w.tabGoals).click();
      const card = cards.filter({ hasText: "≥" }).filter({ hasText: w.fulfilled }).first();
      await card.getByRole("button", { name: new RegExp(`^${w.whatIf}`) }).click();
      const result = card.getByRole("status");
      await see(result).toHaveText(w.result);
      const before = await result.textContent();
      await card.getByRole("spinbutton", { name: w.target }).first().fill("1000000");
      await see(result).not.toHaveText(before ?? "");
      await see(result).toHaveText(w.result);
      await shot("08-whatif");

      // Remove what Kontrakttjek wrote: the sheet and the column are gone.
      await tab(w.tabWrite).click();
      await pane.getByRole("button", { name: w.clean }).click();
      await see(pane.getByRole("status").filter({ hasText: w.removed })).toBeVisible();
      await see(page.getByRole("tab", { name: /^Målopfyldelse/ })).toHaveCount(0);
      await page.getByRole("tab", { name: "Forløb", exact: true }).click();
      await see(grid.getByRole("gridcell", { name: "Kontrol", exact: true })).toHaveCount(0);
      await shot("09-removed");

      expect(problems).toEqual([]);
      expect(foreign).toEqual([]);
      await page.close();
    }, 120_000);
  }
});

/* Web-first assertions for locators (playwright-core has no test runner): poll until true. */
type Loc = ReturnType<Page["locator"]>;
async function until(check: () => Promise<boolean>, what: string, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function see(loc: Loc) {
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
