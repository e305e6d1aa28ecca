/**
 * End to end (issue 15, items 5–6): the browser demo opens the user's own workbook. The test
 * builds a workbook of its own (the Sjælland 2025 data with a user's notes sheet and a formula in
 * front — not a file we ship), chooses it in the file picker, binds, evaluates, writes, and
 * downloads the written copy; then the CLI reads that copy (`check`) and removes what was
 * written (`clean`), and the user's sheet is intact throughout. Nothing is requested from any
 * origin but the local server (the file is read in the page). axe-core runs in Danish and in
 * English in the main states — start, file opened, after evaluation, what-if open — with no
 * serious or critical violation.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { application } from "../../src/app/application";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { createWorkbook } from "../../src/workbook/xlsx/create";
import { axeAll, axeSerious, buildDemo, haveChromium, launch, ROOT, see, serve } from "./harness";

const SHOTS = join(ROOT, "test-artifacts", "e2e");
const CLI = join(ROOT, "bin", "kontrakttjek.cjs");
const maybe = haveChromium ? describe : describe.skip;
const FILE = "vores-registreringer-2025.xlsx";
const NOTE = "Husets egne noter – må ikke røres";

/** The user's workbook: the contract's data, their own notes sheet first, and a formula of theirs. */
function userWorkbook(): Uint8Array {
  const contract = application.findContract("sjaelland-2025")!;
  const example = application.example(contract);
  return createWorkbook({
    sheets: [
      { name: "Noter", rows: [[NOTE], ["Antal forløb i alt", { kind: "formula", formula: "1+2", cached: 3 }]] },
      ...example.sheets,
    ],
  });
}

const WORDS = {
  da: {
    open: "Åbn din egen projektmappe (.xlsx)",
    opened: `Åbnet: ${FILE}`,
    contract: "Kontrakt",
    bind: "Find tabellerne automatisk",
    tabGoals: "Mål",
    goalsRun: "Beregn målopfyldelse",
    whatIf: /^Hvad nu hvis/,
    tabWrite: "Skriv",
    preview: "Vis hvad der skrives",
    write: "Skriv i projektmappen",
    written: /^Skrevet:/,
    download: "Hent projektmappen",
  },
  en: {
    open: "Open your own workbook (.xlsx)",
    opened: `Opened: ${FILE}`,
    contract: "Contract",
    bind: "Find the tables automatically",
    tabGoals: "Goals",
    goalsRun: "Compute goal fulfilment",
    whatIf: /^What if/,
    tabWrite: "Write",
    preview: "Show what will be written",
    write: "Write into the workbook",
    written: /^Written:/,
    download: "Download the workbook",
  },
} as const;

maybe("the demo opens the user's own workbook (Chromium)", () => {
  let server: Server;
  let origin: string;
  let context: BrowserContext;
  let close: () => Promise<void>;
  const tmp = mkdtempSync(join(tmpdir(), "kontrakttjek-file-e2e-"));
  const input = userWorkbook();

  beforeAll(async () => {
    const dist = buildDemo("e2e-demo-file");
    mkdirSync(SHOTS, { recursive: true });
    ({ server, origin } = await serve(dist));
    ({ context, close } = await launch());
  }, 300_000);

  afterAll(async () => {
    await close?.();
    server?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  async function open(lang: "da" | "en"): Promise<{ page: Page; problems: string[]; foreign: string[] }> {
    const page = await context.newPage();
    const problems: string[] = [];
    const foreign: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("request", (r) => {
      const url = r.url();
      if (![`${origin}/`, `blob:${origin}/`, "data:"].some((p) => url.startsWith(p))) foreign.push(url);
    });
    await page.goto(`${origin}/index.html?lang=${lang}`);
    await page.waitForSelector('main[data-ready="true"]', { timeout: 30_000 });
    return { page, problems, foreign };
  }

  for (const lang of ["da", "en"] as const) {
    test(`open, bind, evaluate, write and download a workbook of the user's, in ${lang === "da" ? "Danish" : "English"}; axe finds nothing serious`, async () => {
      const w = WORDS[lang];
      const { page, problems, foreign } = await open(lang);
      const pane = page.getByRole("main");
      const grid = page.getByRole("grid");
      const tab = (name: string) => pane.getByRole("tab", { name, exact: true });
      const axe: Record<string, string[]> = {};
      axe.start = await axeSerious(page);

      // The file picker: the file is read in the page, and the grid shows the user's sheets.
      await page.getByLabel(w.open).setInputFiles({
        name: FILE,
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer: Buffer.from(input),
      });
      await see(page.getByRole("status").filter({ hasText: w.opened })).toBeVisible();
      await see(grid).toHaveAttribute("data-sheet", "Noter");
      await see(grid.getByRole("gridcell", { name: NOTE })).toBeVisible();
      await page.waitForSelector('main[data-ready="true"]');
      axe.opened = await axeSerious(page);
      await page.screenshot({ path: join(SHOTS, `${lang}-file-01-opened.png`) });

      // Bind and evaluate through the same application as the CLI.
      await pane.getByRole("combobox", { name: w.contract, exact: true }).selectOption("sjaelland-2025");
      await pane.getByRole("button", { name: w.bind }).click();
      await page.waitForSelector('main[data-ready="true"]');
      await tab(w.tabGoals).click();
      await pane.getByRole("button", { name: w.goalsRun }).click();
      const cards = pane.getByRole("article");
      await see(cards.first()).toBeVisible();
      expect(await cards.count()).toBeGreaterThan(5);
      axe.evaluated = await axeSerious(page);
      await cards.first().getByRole("button", { name: w.whatIf }).click();
      await see(cards.first().getByRole("status")).toBeVisible();
      axe.whatIf = await axeSerious(page);
      // The three the issue names are gone at every impact, not only below "serious".
      expect(
        (await axeAll(page)).filter((v) =>
          /^(aria-hidden-focus|landmark-main-is-top-level|empty-table-header) /.test(v),
        ),
      ).toEqual([]);
      await page.screenshot({ path: join(SHOTS, `${lang}-file-02-whatif.png`) });

      // Write, then download the written copy.
      await tab(w.tabWrite).click();
      await pane.getByRole("button", { name: w.preview }).click();
      await pane.getByRole("button", { name: w.write }).click();
      await see(pane.getByRole("status").filter({ hasText: w.written })).toBeVisible();
      await see(grid).toHaveAttribute("data-sheet", "Målopfyldelse");
      await page.screenshot({ path: join(SHOTS, `${lang}-file-03-written.png`) });
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: w.download }).click(),
      ]);
      expect(download.suggestedFilename()).toBe("vores-registreringer-2025 (Kontrakttjek).xlsx");
      const written = join(tmp, `${lang}-written.xlsx`);
      await download.saveAs(written);

      expect(axe).toEqual({ start: [], opened: [], evaluated: [], whatIf: [] });
      expect(problems).toEqual([]);
      expect(foreign).toEqual([]);
      await page.close();

      // The downloaded copy: the report and the user's sheet, readable by the CLI.
      const copy = XlsxWorkbook.open(new Uint8Array(readFileSync(written)));
      expect(copy.sheetNames()).toEqual(expect.arrayContaining(["Noter", "Målopfyldelse"]));
      const check = spawnSync(
        process.execPath,
        [CLI, "check", written, "--contract", "sjaelland-2025", "--lang", lang],
        {
          encoding: "utf8",
        },
      );
      // 0 or 1 (findings in the data); 2 and above would be a file the CLI cannot read.
      expect([0, 1]).toContain(check.status);
      const cleaned = join(tmp, `${lang}-cleaned.xlsx`);
      const clean = spawnSync(process.execPath, [CLI, "clean", written, "--write", cleaned, "--lang", lang], {
        encoding: "utf8",
      });
      expect(clean.stderr).toBe("");
      expect(clean.status).toBe(0);
      const after = XlsxWorkbook.open(new Uint8Array(readFileSync(cleaned)));
      expect(after.sheetNames()).toEqual(XlsxWorkbook.open(input).sheetNames());
      const notes = await after.listSources();
      expect(notes.some((s) => s.sheet === "Noter")).toBe(true);
    }, 180_000);
  }

  /** Elements of the goal cards that stick out of their card or whose text is wider than they are. */
  const outside = (page: Page): Promise<string[]> =>
    page.evaluate(() =>
      [...document.querySelectorAll('[role="article"]')].flatMap((card) => {
        const box = card.getBoundingClientRect();
        return [...card.querySelectorAll("*")].flatMap((el) => {
          const r = el.getBoundingClientRect();
          if (r.width === 0 || r.height === 0) return [];
          // Out of the card's box, or text wider than its own box (cut, or running into the next).
          const cut = el.scrollWidth > el.clientWidth + 1 && !["INPUT", "svg"].includes(el.tagName);
          return cut || r.left < box.left - 0.5 || r.right > box.right + 0.5
            ? [
                `${card.getAttribute("aria-label") ?? "?"}: <${el.tagName.toLowerCase()}> ${(el.textContent ?? "").slice(0, 40)}`,
              ]
            : [];
        });
      }),
    );

  for (const lang of ["da", "en"] as const) {
    test(`the pane at 320 and 450 px (a task pane's widths), in ${lang === "da" ? "Danish" : "English"}: goals, statuses, percentages and what-if fields within their cards, no horizontal scrolling`, async () => {
      const w = WORDS[lang];
      for (const width of [320, 450]) {
        const page = await context.newPage();
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${origin}/index.html?lang=${lang}&pane=only`);
        await page.waitForSelector('main[data-ready="true"]', { timeout: 30_000 });
        const pane = page.getByRole("main");
        await pane.getByRole("combobox", { name: w.contract, exact: true }).selectOption("sjaelland-2025");
        await pane.getByRole("button", { name: w.bind }).click();
        await page.waitForSelector('main[data-ready="true"]');
        await pane.getByRole("tab", { name: w.tabGoals, exact: true }).click();
        await pane.getByRole("button", { name: w.goalsRun }).click();
        const cards = pane.getByRole("article");
        await see(cards.first()).toBeVisible();
        await page.screenshot({ path: join(SHOTS, `pane-${lang}-${width}-goals.png`) });
        const scroll = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(await scroll()).toBeLessThanOrEqual(0);
        expect(await outside(page)).toEqual([]);
        const card = cards.filter({ hasText: "≥" }).first();
        await card.getByRole("button", { name: w.whatIf }).click();
        await see(card.getByRole("status")).toBeVisible();
        await card.screenshot({ path: join(SHOTS, `pane-${lang}-${width}-whatif.png`) });
        expect(await scroll()).toBeLessThanOrEqual(0);
        expect(await outside(page)).toEqual([]);
        await page.close();
      }
    }, 120_000);
  }
});
