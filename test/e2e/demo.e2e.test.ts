/**
 * End to end: the browser demo (the task pane on the in-memory example workbook) in Debian's
 * Chromium, driven with playwright-core. Builds the demo, serves dist/demo from a tiny local
 * server on a random port, and walks the whole flow in Danish and in English: choose Sjælland
 * 2025, bind automatically, check (a finding selects its cell in the grid), evaluate, write (the
 * grid shows Målopfyldelse and the Kontrol column), what-if, remove. No console errors, and no
 * request to any origin but the local server. Then a contract written in the pane (issue 7):
 * new from Sjælland 2025 as 2026, goal 9's target 40 → 45 (the JSON preview follows), downloaded
 * as JSON, saved (the Kontrakt sheet shows in the grid), chosen and evaluated with target 45, and
 * offered again when the pane opens anew. Screenshots go to test-artifacts/e2e/.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import type { BrowserContext } from "playwright-core";
import { see, until } from "./harness";

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
  readonly saveScenario: string;
  readonly saveScenarioGo: string;
  readonly scenarioTab: RegExp;
  readonly target: RegExp;
  readonly result: RegExp;
  readonly clean: string;
  readonly removed: RegExp;
  readonly summary: RegExp;
  /** The status sheet's fulfilment column, in the language written. */
  readonly fulfilmentHeader: string;
}

interface AuthorWords {
  readonly tab: string;
  readonly from: string;
  readonly create: string;
  readonly draft: RegExp;
  readonly goal9: RegExp;
  readonly indicator: string;
  readonly target: string;
  readonly json: string;
  readonly checks: string;
  readonly noProblems: RegExp;
  readonly download: string;
  readonly save: string;
  readonly savePreview: string;
  readonly newSheet: RegExp;
  readonly saveGo: string;
  readonly saved: RegExp;
  readonly offer: RegExp;
  readonly figures: RegExp;
}

const AUTHOR: Readonly<Record<"da" | "en", AuthorWords>> = {
  da: {
    tab: "Ny kontrakt",
    from: "Ny kontrakt ud fra …",
    create: "Opret udkast",
    draft: /^Udkast: Resultatkontrakt 2026.*\(sjaelland-2026\)$/,
    goal9: /^Mål 9:/,
    indicator: "Indikator: AI-tjek",
    target: "Måltal ≥",
    json: "Kontraktfilen (JSON)",
    checks: "Kontrol af kontrakten",
    noProblems: /Ingen fejl/,
    download: "Hent JSON",
    save: "Gem i projektmappen",
    savePreview: "Dette bliver gemt",
    newSheet: /Arket «Kontrakt» oprettes: \d+ rækker × \d+ kolonner/,
    saveGo: "Gem",
    saved: /^Gemt i projektmappen: «Resultatkontrakt 2026/,
    offer: /^Projektmappen har sin egen kontrakt: Resultatkontrakt 2026/,
    figures: /måltal ≥ 45/,
  },
  en: {
    tab: "New contract",
    from: "New contract from …",
    create: "Create draft",
    draft: /^Draft: Performance contract 2026.*\(sjaelland-2026\)$/,
    goal9: /^Goal 9:/,
    indicator: "Indicator: AI checks",
    target: "Target ≥",
    json: "The contract file (JSON)",
    checks: "Contract check",
    noProblems: /No errors/,
    download: "Download JSON",
    save: "Save in the workbook",
    savePreview: "This will be saved",
    newSheet: /The sheet “Kontrakt” is created: \d+ rows × \d+ columns/,
    saveGo: "Save",
    saved: /^Saved in the workbook: “Performance contract 2026/,
    offer: /^The workbook has its own contract: Performance contract 2026/,
    figures: /target ≥ 45/,
  },
};

const occurrences = (text: string, needle: string): number => text.split(needle).length - 1;

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
    saveScenario: "Gem som ark …",
    saveScenarioGo: "Gem arket",
    scenarioTab: /^Hvad nu hvis – mål /,
    target: /^Måltal/,
    result: /Målet bliver [\d.,]+ % opfyldt/,
    clean: "Fjern det, Kontrakttjek har skrevet",
    removed: /^Fjernet:/,
    summary: /\d+ fejl og \d+ advars(el|ler) i/,
    fulfilmentHeader: "Opfyldelse",
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
    saveScenario: "Save as a sheet …",
    saveScenarioGo: "Save the sheet",
    scenarioTab: /^What if – goal /,
    target: /^Target/,
    result: /The goal becomes [\d.,]+ % fulfilled/,
    clean: "Remove what Kontrakttjek wrote",
    removed: /^Removed:/,
    summary: /\d+ errors? and \d+ warnings? in/,
    fulfilmentHeader: "Fulfilment",
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
      const pane = page.getByRole("main");
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
      await see(grid.getByRole("gridcell", { name: w.fulfilmentHeader, exact: true })).toBeVisible();
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
      await card.getByRole("textbox", { name: w.target }).first().fill("1000000");
      await see(result).not.toHaveText(before ?? "");
      await see(result).toHaveText(w.result);
      await shot("08-whatif");

      // The scenario kept as a sheet of the user's, after saying where it goes.
      await card.getByRole("button", { name: w.saveScenario }).click();
      await card.getByRole("button", { name: w.saveScenarioGo }).click();
      await see(page.getByRole("tab", { name: w.scenarioTab })).toHaveCount(1);
      await shot("08b-scenario");

      // Remove what Kontrakttjek wrote: the sheet and the column are gone.
      await tab(w.tabWrite).click();
      await pane.getByRole("button", { name: w.clean }).click();
      await see(pane.getByRole("status").filter({ hasText: w.removed })).toBeVisible();
      await see(page.getByRole("tab", { name: /^Målopfyldelse/ })).toHaveCount(0);
      await page.getByRole("tab", { name: "Forløb", exact: true }).click();
      await see(grid.getByRole("gridcell", { name: "Kontrol", exact: true })).toHaveCount(0);
      // The user's scenario sheet stays.
      await see(page.getByRole("tab", { name: w.scenarioTab })).toHaveCount(1);
      await shot("09-removed");

      expect(problems).toEqual([]);
      expect(foreign).toEqual([]);
      await page.close();
    }, 120_000);
  }

  for (const lang of ["da", "en"] as const) {
    test(`a contract written in the pane, in ${lang === "da" ? "Danish" : "English"}`, async () => {
      const w = WORDS[lang];
      const a = AUTHOR[lang];
      const page = await context.newPage();
      const problems: string[] = [];
      const foreign: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error") problems.push(`console: ${m.text()}`);
      });
      page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
      page.on("request", (r) => {
        const url = r.url();
        // The download is a Blob of this page: still nothing but the local server.
        if (![`${origin}/`, `blob:${origin}/`, "data:"].some((p) => url.startsWith(p))) foreign.push(url);
      });
      const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${lang}-${name}.png`), fullPage: false });
      const pane = page.getByRole("main");
      const grid = page.getByRole("grid");
      const tab = (name: string) => pane.getByRole("tab", { name, exact: true });
      const json = pane.getByRole("region", { name: a.json });
      const jsonText = async (): Promise<string> => (await json.textContent()) ?? "";

      await page.goto(`${origin}/index.html?lang=${lang}`);
      await page.waitForSelector('main[data-ready="true"]', { timeout: 30_000 });

      // New from Sjælland 2025: next year's id, title and year are suggested.
      await tab(a.tab).click();
      await pane.getByRole("combobox", { name: a.from, exact: true }).selectOption("sjaelland-2025");
      expect(await pane.getByRole("textbox", { name: /^Id/ }).inputValue()).toBe("sjaelland-2026");
      expect(await pane.getByRole("spinbutton").inputValue()).toBe("2026");
      await pane.getByRole("button", { name: a.create }).click();
      await see(pane.getByRole("heading", { name: a.draft })).toBeVisible();
      const before = await jsonText();
      expect(before).toContain('"id": "sjaelland-2026"');
      expect(before).toContain('"year": 2026');
      expect(occurrences(before, '"value": 40')).toBe(1);

      // Goal 9's target from 40 to 45: the JSON preview follows.
      await pane.getByRole("button", { name: a.goal9 }).click();
      const target = pane
        .getByRole("group", { name: a.goal9 })
        .getByRole("group", { name: a.indicator })
        .getByRole("textbox", { name: a.target });
      expect(await target.inputValue()).toBe("40");
      await target.fill("45");
      await until(async () => occurrences(await jsonText(), '"value": 40') === 0, "the JSON preview to change");
      expect(occurrences(await jsonText(), '"value": 45')).toBe(occurrences(before, '"value": 45') + 1);
      await see(pane.getByRole("region", { name: a.checks })).toHaveText(a.noProblems);
      await target.scrollIntoViewIfNeeded();
      // The accordion has opened (its motion is over) before the picture is taken.
      await see(pane.getByRole("group", { name: a.goal9 }).getByRole("textbox").first()).toBeVisible();
      await page.waitForTimeout(400);
      await shot("10-contract-draft");

      // Download JSON: the contract file, from a Blob link (no network).
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        pane.getByRole("button", { name: a.download }).click(),
      ]);
      expect(download.suggestedFilename()).toBe("sjaelland-2026.json");
      const file = readFileSync((await download.path())!, "utf8");
      expect(JSON.parse(file)).toMatchObject({ id: "sjaelland-2026", year: 2026 });
      expect(occurrences(file, '"value": 45')).toBe(occurrences(before, '"value": 45') + 1);

      // Save: first what will be written, then the Kontrakt sheet shows in the grid.
      await pane.getByRole("button", { name: a.save }).click();
      const preview = pane.getByRole("region", { name: a.savePreview });
      await see(preview).toHaveText(a.newSheet);
      await preview.scrollIntoViewIfNeeded();
      await shot("11-contract-save-preview");
      await preview.getByRole("button", { name: a.saveGo, exact: true }).click();
      await see(pane.getByRole("status").filter({ hasText: a.saved })).toBeVisible();
      await see(grid).toHaveAttribute("data-sheet", "Kontrakt");
      await see(grid.getByRole("gridcell", { name: "sjaelland-2026", exact: true })).toBeVisible();
      const sheets = page.getByRole("tablist", { name: lang === "da" ? "Ark" : "Sheets" });
      await see(sheets.getByRole("tab", { name: "Kontrakt", exact: true })).toBeVisible();
      await shot("12-contract-sheet");

      // Choose it (offered), bind, evaluate: goal 9's target is 45.
      await tab(w.contract).click();
      await see(pane.getByText(a.offer)).toBeVisible();
      await pane.getByRole("combobox", { name: w.contract, exact: true }).selectOption("@workbook");
      await pane.getByRole("button", { name: w.bind }).click();
      await see(tab(w.tabBinding)).toHaveAttribute("aria-selected", "true");
      await page.waitForSelector('main[data-ready="true"]');
      await tab(w.tabGoals).click();
      await pane.getByRole("button", { name: w.goalsRun }).click();
      const goal9 = pane.getByRole("article", { name: a.goal9 });
      await see(goal9).toHaveText(a.figures);
      await goal9.scrollIntoViewIfNeeded();
      await shot("13-contract-evaluated");

      // The pane opens anew (the other language): the workbook's contract is offered again.
      await page.getByRole("radio", { name: lang === "da" ? "English" : "Dansk" }).check();
      await page.waitForSelector('main[data-ready="true"]');
      const other = AUTHOR[lang === "da" ? "en" : "da"];
      await see(pane.getByText(other.offer)).toBeVisible();

      expect(problems).toEqual([]);
      expect(foreign).toEqual([]);
      await page.close();
    }, 120_000);
  }
});
