/**
 * A first-time user edits the binding file `kontrakttjek bind` wrote (issue 13 review): every
 * mistake in it is a finding that names the JSON path, what was written, the Danish name and what
 * exists; a letter edited alone is used; names matched exactly are not reported as guesses.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import { createWorkbook } from "../../src/workbook/xlsx/create";
import { houseExport } from "./house-export";

const tmp = mkdtempSync(join(tmpdir(), "kontrakttjek-bindfile-"));
let n = 0;

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- the edited JSON as a user sees it

const workbook = join(tmp, "house.xlsx");
writeFileSync(workbook, createWorkbook(houseExport()));

/** `bind`'s file for the house export, parsed. */
async function bound(): Promise<Json> {
  const out = join(tmp, `bound-${++n}.json`);
  expect((await run("bind", workbook, "--contract", "sjaelland-2025", "--out", out)).code).toBe(0);
  return JSON.parse(readFileSync(out, "utf8")) as Json;
}

/** `check` with an edited binding file. */
async function checkWith(b: Json | string, lang = "da") {
  const f = join(tmp, `edited-${++n}.json`);
  writeFileSync(f, typeof b === "string" ? b : JSON.stringify(b, null, 2));
  return run("check", workbook, "--contract", "sjaelland-2025", "--binding", f, "--lang", lang);
}

const lines = (out: string, rule: string) => out.split("\n").filter((l) => l.includes(`\t${rule}\t`));

describe("the binding file as a first-time user edits it", () => {
  it("a wrong header names the JSON path, the value written, the Danish field and the headers that exist (da, en)", async () => {
    const b = await bound();
    b.roles["Forløb"].columns["Startdato"].column = "Opstart dato x";
    const da = await checkWith(b, "da");
    const [line] = lines(da.out, "binding-file-unknown-column");
    expect(line).toContain('roles.Forløb.columns.Startdato.column: "Opstart dato x"');
    expect(line).toContain("til Startdato");
    expect(line).toContain('"Opstart" (F)'); // the best existing header first
    expect(line).not.toContain('"?"');
    const en = await checkWith(b, "en");
    expect(lines(en.out, "binding-file-unknown-column")[0]).toMatch(
      /roles\.Forløb\.columns\.Startdato\.column: "Opstart dato x", but the sheet has no column .* for Startdato.*"Opstart" \(F\)/,
    );
    // One finding for one wrong column (the goals' own finding is folded into it when they starve).
    for (const rule of ["input-column-missing", "field-missing", "rule-not-checked"])
      expect([rule, lines(da.out, rule).filter((l) => l.includes("Startdato"))]).toEqual([rule, []]);
  });

  it("a wrong matched text for a key figure or an activity is a binding-file finding, not ignored", async () => {
    const b = await bound();
    b.keyFigures["Kendskabsgrad"].matched = "Kendskabs grad i procent";
    const goal = Object.keys(b.activities)[0] as string;
    const item = Object.keys(b.activities[goal])[0] as string;
    b.activities[goal][item].matched = "Noget helt andet";
    const r = await checkWith(b);
    const found = lines(r.out, "binding-file-unknown-row");
    expect(found.find((l) => l.includes("keyFigures.Kendskabsgrad.matched"))).toMatch(
      /"Kendskabs grad i procent".*Teksterne, der ligner mest: "Kendskabsgrad" \(\d+\)/,
    );
    expect(found.find((l) => l.includes(`activities.${goal}.`))).toContain('"Noget helt andet"');
    const en = await checkWith(b, "en");
    expect(lines(en.out, "binding-file-unknown-row")[0]).toMatch(/The binding file says .*set null/);
  });

  it("a column letter edited alone is used; a header and a letter that disagree are a warning", async () => {
    const b = await bound();
    // The user moves Slutdato to column F by its letter only ("Afsluttet" still written beside it).
    const end = b.roles["Forløb"].columns["Slutdato"];
    expect(end).toMatchObject({ column: "Afsluttet", letter: "G" });
    delete b.roles["Forløb"].columns["Startdato"];
    end.letter = "F";
    const r = await checkWith(b);
    expect(lines(r.out, "binding-file-letter-conflict")[0]).toMatch(
      /"column" er "Afsluttet" \(kolonne G\), men "letter" er F \("Opstart"\)\. Kolonne F \("Opstart"\) læses for Slutdato/,
    );
    // With "column" null the letter is the whole choice, and nothing to warn of.
    end.column = null;
    const only = await checkWith(b);
    expect(lines(only.out, "binding-file-letter-conflict")).toEqual([]);
    expect(lines(only.out, "binding-file-unknown-column")).toEqual([]);
  });

  it("reading back the file bind wrote reports no key figure found by its exact name as a guess", async () => {
    const b = await bound();
    const r = await checkWith(b);
    const exact = Object.entries(b.keyFigures as Record<string, { matched: string | null }>)
      .filter(([k, v]) => v.matched === k)
      .map(([k]) => k);
    expect(exact.length).toBeGreaterThan(0);
    for (const k of exact) expect(lines(r.out, "input-key-matched").filter((l) => l.includes(`"${k}"`))).toEqual([]);
  });

  it("a wrong headerRow names the binding file's path and the row the headers are in, once", async () => {
    const b = await bound();
    // A row below the sheet's data: no table there.
    b.roles["Forløb"].headerRow = 500;
    const r = await checkWith(b);
    const [line] = lines(r.out, "binding-file-header-row");
    expect(line).toContain("Bindingsfilen siger roles.Forløb.headerRow: 500");
    expect(line).toContain("Overskrifterne står i række 1");
    expect(line).toMatch(/mål 1, 7/);
    expect(lines(r.out, "input-table-missing").filter((l) => l.includes("tabellen Forløb"))).toEqual([]);
  });

  it("a headerRow inside the data is an error naming the header row, and the headers found are read", async () => {
    const b = await bound();
    b.roles["Forløb"].headerRow = 5;
    const r = await checkWith(b);
    const [line] = lines(r.out, "binding-file-header-row");
    expect(line).toContain("Bindingsfilen siger roles.Forløb.headerRow: 5");
    expect(line).toContain("Overskrifterne står i række 1");
    expect(lines(r.out, "input-column-missing")).toEqual([]);
  });

  it("invalid JSON is reported by line and column", async () => {
    const r = await checkWith('{\n  "version": 1,\n  "roles": { "Forløb": { "sheet": "CRM-udtræk", } }\n}');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/JSON-fejl i linje 3, kolonne \d+/);
    expect(r.err).not.toMatch(/position \d+/);
  });

  it("candidates are listed under candidates with their text, never under column", async () => {
    // An activity row in the house's own words that no item's words fit: bind lists candidates.
    const file = join(tmp, "spm7.xlsx");
    writeFileSync(file, createWorkbook(houseExport({ activities: [["15", "Øvrigt arbejde", "Opfyldt"]] })));
    const out = join(tmp, "spm7.json");
    expect((await run("bind", file, "--contract", "sjaelland-2025", "--out", out)).code).toBe(0);
    const b = JSON.parse(readFileSync(out, "utf8")) as Json;
    const text = JSON.stringify(b);
    const withCandidates = JSON.stringify(b).match(/"candidates":\[\{[^\]]*\]/g) ?? [];
    expect(withCandidates.length).toBeGreaterThan(0);
    for (const c of withCandidates) expect(c).not.toContain('"column"');
    expect(text).toContain('"text"');
  });
});
