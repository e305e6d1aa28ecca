/**
 * `kontrakttjek bind` on a house's own export: the binding written is complete and readable (Danish
 * names, what was matched, how sure, candidates), the user edits it, and `check --binding` uses it.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import { createWorkbook } from "../../src/workbook/xlsx/create";
import { houseExport, type HouseOptions } from "./house-export";

const tmp = mkdtempSync(join(tmpdir(), "kontrakttjek-bind-"));
let n = 0;

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

function house(o: HouseOptions = {}): string {
  const file = join(tmp, `house-${++n}.xlsx`);
  writeFileSync(file, createWorkbook(houseExport(o)));
  return file;
}

interface Written {
  contract: string;
  description: string;
  roles: Record<string, { sheet: string | null; goals: string; columns: Record<string, Record<string, unknown>> }>;
  keyFigures: Record<string, { matched: string | null; via?: string; row?: number }>;
  activities: Record<string, Record<string, { matched: string | null; via?: string }>>;
}

const readJson = (file: string): Written => JSON.parse(readFileSync(file, "utf8")) as Written;

describe("kontrakttjek bind <file.xlsx> --contract <id> --out binding.json", () => {
  it("writes every table and column by its Danish name, with what was matched and how sure", async () => {
    const out = join(tmp, "complete.json");
    const r = await run("bind", house(), "--contract", "sjaelland-2025", "--out", out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Skrev bindingen .*complete\.json: \d+ af \d+ input fundet/);
    const b = readJson(out);
    expect(b.contract).toBe("sjaelland-2025");
    expect(Object.keys(b.roles)).toEqual(
      expect.arrayContaining(["Forløb", "Brugerevaluering", "Nøgletal", "Kommuner", "Aktiviteter"]),
    );
    expect(b.roles["Forløb"]?.sheet).toBe("CRM-udtræk");
    // "Hovedkontor" is the CRM's header for the headquarters' region (Sjælland 2025 mål 11 and 12).
    expect(b.roles["Forløb"]?.columns["Hovedsæde (region)"]).toEqual({
      column: "Hovedkontor",
      letter: "J",
      confidence: 0.9,
      via: "synonym",
      goals: "11, 12",
    });
    expect(b.roles["Brugerevaluering"]?.columns["Brug af henvisning"]).toMatchObject({
      column: "Har I brugt henvisningen?",
      letter: "D",
      goals: "4",
    });
    // Key figures with the house's qualifier, and activities as the house writes them.
    expect(b.keyFigures["Kendskab til tilbud"]).toMatchObject({
      matched: "Kendskab til tilbud (blandt dem der kender huset)",
      row: 3,
    });
    expect(
      b.activities["15"]?.["Femern Bælt-fyrtårnet: aktiv rolle i forankringen og videreudviklingen"],
    ).toMatchObject({ matched: "Femern – forretningsudvikling: Opfyldt" });
    expect(b.description).toContain("docs/data-dictionary.md");
  });

  it("names what is missing and the goals it starves; the user's edit is used by check --binding", async () => {
    // The survey tool heads the referral question with its own number only: nothing to match it by.
    const file = house({ referralHeader: "Spm. 7" });
    const before = await run("check", file, "--contract", "sjaelland-2025");
    expect(before.code).toBe(1);
    expect(before.out).toContain('Mål 4 skal bruge kolonnen "Brug af henvisning"');
    const out = join(tmp, "edit.json");
    expect((await run("bind", file, "--contract", "sjaelland-2025", "--out", out)).code).toBe(0);
    const b = readJson(out);
    const referral = b.roles["Brugerevaluering"]?.columns["Brug af henvisning"];
    expect(referral).toMatchObject({ column: null, goals: "4" });
    // The user writes the header where bind wrote null, and nothing else.
    const edited = readFileSync(out, "utf8").replace(
      /("Brug af henvisning": \{\s*"column": )null/,
      (_, head: string) => `${head}"Spm. 7"`,
    );
    expect(edited).not.toBe(readFileSync(out, "utf8"));
    writeFileSync(out, edited);
    const after = await run("check", file, "--contract", "sjaelland-2025", "--binding", out);
    expect(after.out).not.toContain("input-column-missing");
    expect(after.code).toBe(0);
    const evaluated = await run("evaluate", file, "--contract", "sjaelland-2025", "--binding", out, "--json");
    const goal4 = (JSON.parse(evaluated.out) as { goals: { id: string; status: string }[] }).goals.find(
      (g) => g.id === "4",
    );
    expect(goal4?.status).not.toBe("mangler data");
  });

  it("accepts tables and columns by their Danish names or their ids, each a header or a column letter", async () => {
    const file = house({ referralHeader: "Spm. 7" });
    const byName = join(tmp, "by-name.json");
    writeFileSync(
      byName,
      JSON.stringify({
        version: 1,
        roles: { Brugerevaluering: { sheet: "Evaluering", columns: { "Brug af henvisning": "D" } } },
      }),
    );
    const byId = join(tmp, "by-id.json");
    writeFileSync(
      byId,
      JSON.stringify({ version: 1, roles: { Evaluering: { sheet: "Evaluering", columns: { henvisning: "Spm. 7" } } } }),
    );
    for (const f of [byName, byId]) {
      const r = await run("check", file, "--contract", "sjaelland-2025", "--binding", f);
      expect(r.out).not.toContain("input-column-missing");
      expect(r.code).toBe(0);
    }
  });

  it.each([
    [
      "da",
      'roles.Brugerevaluering.columns.Henvisningssvar: ukendt kolonne "Henvisningssvar"; kendte: CVR-nummer, Kundesegment',
      "Ret stedet i filen",
    ],
    [
      "en",
      'roles.Brugerevaluering.columns.Henvisningssvar: unknown column "Henvisningssvar"; known: CVR-nummer, Kundesegment',
      "Correct that place in the file",
    ],
  ])(
    "a binding file's mistake names the JSON path, the unknown name, the known ones and what to do (%s)",
    async (lang, path, todo) => {
      const f = join(tmp, `bad-${lang}.json`);
      writeFileSync(
        f,
        JSON.stringify({
          version: 1,
          roles: { Brugerevaluering: { sheet: "Evaluering", columns: { Henvisningssvar: "D" } } },
        }),
      );
      const r = await run("check", house(), "--contract", "sjaelland-2025", "--binding", f, "--lang", lang);
      expect(r.code).toBe(2);
      expect(r.err).toContain(path);
      expect(r.err).toContain("Brug af henvisning");
      expect(r.err).toContain(todo);
    },
  );

  it("replaces an existing --out file only with --force", async () => {
    const out = join(tmp, "exists.json");
    writeFileSync(out, '{ "mine": true }');
    const file = house();
    const refused = await run("bind", file, "--contract", "sjaelland-2025", "--out", out);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("--force");
    expect(readFileSync(out, "utf8")).toBe('{ "mine": true }');
    const forced = await run("bind", file, "--contract", "sjaelland-2025", "--out", out, "--force");
    expect(forced.code).toBe(0);
    expect(readJson(out).contract).toBe("sjaelland-2025");
  });

  it("is a command of its own in the help, in Danish and English", async () => {
    for (const lang of ["da", "en"]) {
      const r = await run("bind", "--help", "--lang", lang);
      expect(r.code).toBe(0);
      expect(r.out).toContain("kontrakttjek bind <");
    }
    expect(existsSync(join(tmp, "binding.json"))).toBe(false);
  });
});
