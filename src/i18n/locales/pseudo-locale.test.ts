/**
 * "A new language is one locale file and one line in the list", proved with a language that
 * exists only here: `xx`, every Danish text wrapped in ⟦…⟧ (its placeholders and plural choices
 * untouched inside), with Danish numbers, dates and plurals. Registered the way the list
 * registers a language it loads, it speaks in every part of the product — a finding, an engine
 * note, the task pane, the command line, the status sheet — with no line changed anywhere else.
 */
import { join } from "node:path";
import { evaluateInWords } from "../../app/evaluate";
import { planStatusSheet } from "../../app/plan-write";
import { HEADER_ROW, statusColumns } from "../../app/status-report";
import { runCli } from "../../cli/main";
import type { Contract } from "../../domain/contract/schema";
import type { Finding } from "../../domain/findings";
import { t as paneText } from "../../taskpane/strings";
import { findContract } from "../../templates";
import { formatFinding } from "../findings/format";
import type { Locale } from "../locale";
import { da } from "./da";
import { LANGS, type Lang } from ".";
import { isRegistered, registerLocale } from "./registry";

/* ---------- what would be src/i18n/locales/xx.ts ---------- */

/** Every text of a section wrapped; `whenBlank.param` names a parameter, not a text. */
function wrapped<T>(value: T): T {
  if (typeof value === "string") return `⟦${value}⟧` as T;
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === "param" ? v : wrapped(v as unknown)])) as T;
}

const xx: Locale = {
  ...da,
  code: "xx",
  findings: wrapped(da.findings),
  notes: wrapped(da.notes),
  strings: wrapped(da.strings),
  pane: wrapped(da.pane),
  cli: wrapped(da.cli),
  authoring: wrapped(da.authoring),
};

// A locale missing a key is not a Locale: the type check fails (here, as expected).
const { checkRun: _missing, ...paneWithoutOneKey } = xx.pane;
// @ts-expect-error -- `pane.checkRun` is missing
const _incomplete: Locale = { ...xx, pane: paneWithoutOneKey };

/* ---------- and its line in LOCALES: what that line does when the language is chosen ---------- */

registerLocale(xx);
/** `xx` as a code of the list would be (the list itself is left as it is here). */
const XX = xx.code as Lang;

const sjaelland = findContract("sjaelland-2025") as Contract;

describe("a language added in one file (a pseudo-locale, xx)", () => {
  it("is registered beside the list, which is unchanged", () => {
    expect(isRegistered("xx")).toBe(true);
    expect(LANGS).toEqual(["da", "en"]);
  });

  it("says a finding: where, what and what to do", () => {
    const f: Finding = {
      severity: "error",
      rule: "cvr-check-digit",
      sheet: "Forløb",
      table: "Forloeb",
      row: 7,
      column: "CVR nr",
      value: "12345675",
    };
    expect(formatFinding(f, XX)).toBe(
      '⟦Ark "Forløb"⟧, ⟦række 7⟧, ⟦kolonne "CVR nr"⟧: ⟦CVR-nummeret "12345675" fejler kontrollen (modulus 11) og er sandsynligvis tastet forkert. Slå nummeret op i CVR-registret, og ret det.⟧',
    );
  });

  it("says the engine's notes; the contract's own texts, which have no xx, stay Danish", () => {
    const inXx = evaluateInWords(sjaelland, {}, { lang: XX });
    const inDa = evaluateInWords(sjaelland, {}, { lang: "da" });
    const goal3 = (r: typeof inDa) => r.goals.find((g) => g.id === "3")!.indicators[0]!;
    expect(goal3(inXx).notes).toContain(
      "⟦Tabellen Evaluering er ikke bundet i projektmappen. Tilføj den (eller bind en tabel til den) for at beregne målet.⟧",
    );
    expect(goal3(inXx).label).toBe(goal3(inDa).label);
    expect(inXx.title).toBe(sjaelland.title.da);
    // Every note is the Danish one: wrapped where it is the engine's, as it is where it is the contract's.
    const contractNotes = new Set(
      sjaelland.goals.flatMap((g) => g.indicators.flatMap((i) => i.notes.map((n) => n.text.da))),
    );
    inDa.goals.forEach((g, gi) =>
      g.indicators.forEach((ind, ii) =>
        ind.notes.forEach((note, ni) =>
          expect(inXx.goals[gi]!.indicators[ii]!.notes[ni]).toBe(contractNotes.has(note) ? note : `⟦${note}⟧`),
        ),
      ),
    );
  });

  it("says the task pane's words, numbers the Danish way", () => {
    expect(paneText("checkSummary", XX, { errors: 3, warnings: 1234, rows: 5 })).toBe(
      "⟦3 fejl og 1.234 advarsler i 5 rækker⟧",
    );
  });

  it("says the command line's: --lang xx is a language", async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (s: string) => out.push(s), err: (s: string) => err.push(s) };
    expect(await runCli(["--help", "--lang", "xx"], io)).toBe(0);
    expect(out.join("\n")).toMatch(/^⟦Brug: kontrakttjek <kommando> \[flag\]\n/);
    expect(out.join("\n")).toMatch(/--lang da\|en\. .*docs\/data-dictionary\.md\.⟧$/);
    const example = join(__dirname, "..", "..", "..", "examples", "sjaelland-2025.xlsx");
    // The example has error findings: `check` exits 1, each finding and the summary in xx.
    expect(await runCli(["check", example, "--contract", "sjaelland-2025", "--lang", "xx"], io)).toBe(1);
    const lines = out.join("\n").split("\n");
    expect(lines.at(-1)).toBe("⟦21 fejl, 3 advarsler, 2 oplysninger.⟧");
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^⟦Fejl⟧\thours-over-20-no-decision\t⟦Ark "Forløb"⟧, ⟦række \d+⟧, ⟦kolonne "Ledelsesvurdering"⟧: ⟦Virksomheden .*⟧$/,
      ),
    );
    expect(err).toEqual([]);
  });

  it("says the status sheet's labels, its status words in the live formulas too", () => {
    const result = { ...evaluateInWords(sjaelland, {}, { lang: XX }), findings: [] };
    const plan = planStatusSheet({ contract: sjaelland, result, data: {}, lang: XX });
    const text = (c: (typeof plan.rows)[number][number] | undefined) => (c?.kind === "value" ? c.value : null);
    const header = plan.rows[HEADER_ROW]!.map(text);
    expect(header.slice(0, 6)).toEqual(
      ["Mål", "Titel", "Måltal", "Realiseret", "Opfyldelse", "Status"].map((h) => `⟦${h}⟧`),
    );
    expect(header).toContain("⟦Husets bemærkning⟧");
    expect(text(plan.rows[1]?.[0])).toBe("⟦Status 2025⟧");
    const status = plan.rows[HEADER_ROW + 1]![statusColumns(false).status]!;
    expect(status.kind === "formula" && status.formula).toContain('"⟦mangler data⟧"');
  });
});
