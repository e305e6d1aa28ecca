/** Users' own contracts on the command line: JSON files, a Kontrakt sheet, and copies for next year. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import { findContract } from "../../src/templates";
import { kontraktSheetPlan } from "../../src/app/authoring";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import type { Contract } from "../../src/domain/contract/schema";

const example = join(__dirname, "..", "..", "examples", "sjaelland-2025.xlsx");
const tmp = mkdtempSync(join(tmpdir(), "kontrakttjek-contracts-"));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const figures = (json: string) =>
  (JSON.parse(json) as { goals: { id: string; fulfilmentPct: number | null }[] }).goals.map((g) => [
    g.id,
    g.fulfilmentPct,
  ]);

async function withKontraktSheet(contract: Contract, file: string, edit?: (rows: string) => string): Promise<void> {
  const port = XlsxWorkbook.open(new Uint8Array(readFileSync(example)));
  let plan = kontraktSheetPlan(contract);
  if (edit) plan = JSON.parse(edit(JSON.stringify(plan)));
  await port.apply({ statusSheet: null, kontrolColumns: [], highlights: [], extraSheets: [plan] });
  writeFileSync(file, port.toBytes());
}

describe("--contract with a user's contract", () => {
  it("a JSON export evaluates exactly like the library contract", async () => {
    const file = join(tmp, "sjaelland.json");
    expect((await run("export", "sjaelland-2025", "--out", file)).code).toBe(0);
    expect(JSON.parse(readFileSync(file, "utf8")).$schema).toMatch(/contract-v2\.json$/);
    const fromId = await run("evaluate", example, "--contract", "sjaelland-2025", "--json");
    const fromFile = await run("evaluate", example, "--contract", file, "--json");
    expect(figures(fromFile.out)).toEqual(figures(fromId.out));
  });

  it("copies this year's contract as next year's with new targets", async () => {
    const file = join(tmp, "sjaelland-2026.json");
    const r = await run("export", "sjaelland-2025", "--as", "sjaelland-2026", "--year", "2026", "--out", file);
    expect(r.code).toBe(0);
    const c = JSON.parse(readFileSync(file, "utf8"));
    expect(c.id).toBe("sjaelland-2026");
    expect(c.year).toBe(2026);
    expect(c.title.da).toMatch(/2026/);
    // Next year's target, edited by hand in the file.
    const g9 = c.goals.find((g: { id: string }) => g.id === "9");
    g9.indicators[0].target.value = 50;
    writeFileSync(file, JSON.stringify(c));
    const json = JSON.parse((await run("evaluate", example, "--contract", file, "--json")).out);
    expect(json.contract).toBe("sjaelland-2026");
    // The example's courses start in 2025, so none count in 2026.
    expect(json.goals.find((g: { id: string }) => g.id === "9").indicators[0]).toMatchObject({ target: 50, value: 0 });
  });

  it("a broken JSON contract is refused with the path of the mistake", async () => {
    const file = join(tmp, "broken.json");
    const c = JSON.parse(readFileSync(join(tmp, "sjaelland.json"), "utf8"));
    c.goals[0].indicators[0].target.op = "≈";
    writeFileSync(file, JSON.stringify(c));
    const r = await run("check", example, "--contract", file);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/\$\.goals\[0\]\.indicators\[0\]\.target/);
  });

  it("--contract sheet reads the workbook's own Kontrakt sheet", async () => {
    const file = join(tmp, "med-kontrakt.xlsx");
    await withKontraktSheet(findContract("sjaelland-2025")!, file);
    const fromSheet = await run("evaluate", file, "--contract", "sheet", "--json");
    expect(fromSheet.code).toBe(0);
    const fromId = await run("evaluate", example, "--contract", "sjaelland-2025", "--json");
    expect(figures(fromSheet.out)).toEqual(figures(fromId.out));
  });

  it("a Kontrakt sheet with a mistake is reported cell by cell", async () => {
    const file = join(tmp, "fejl-i-kontrakt.xlsx");
    await withKontraktSheet(findContract("sjaelland-2025")!, file, (plan) =>
      plan.replace('"value":"Evaluering"', '"value":"Evalueringer"'),
    );
    const r = await run("check", file, "--contract", "sheet");
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/Kontrakt, række \d+, kolonne Tabel/);
    expect(r.err).toMatch(/Arket "Kontrakt" .* har \d+ fejl/);
  });

  it("--contract sheet on a workbook without one says how to make it", async () => {
    const r = await run("check", example, "--contract", "sheet");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/intet ark "Kontrakt"/);
  });
});

describe("kontrakttjek contracts: 'mål og parametre' — and the options, in the user's language", () => {
  type Listed = {
    id: string;
    title: string;
    goals: { id: string; title: string }[];
    params: { id: string; label: string; values: { id: string; label: string }[]; default: string }[];
    options: {
      id: string;
      label: string;
      values: { id: string; label: string }[] | null;
      default: unknown;
      description: string;
    }[];
  }[];
  const listed = async (...flags: string[]) => JSON.parse((await run("contracts", "--json", ...flags)).out) as Listed;

  it("--json gives each parameter's values and default, and each option's values, default and meaning", async () => {
    const list = await listed();
    const ramme = list.find((c) => c.id === "rammeaftale-2024-2027")!;
    const house = ramme.params.find((p) => p.id === "house")!;
    expect(house.label).toBe("Erhvervshus");
    expect(house.values.map((v) => v.id)).toEqual(expect.arrayContaining(["hovedstaden", "sjaelland"]));
    expect(house.values.map((v) => v.id)).toContain(house.default);
    const sj = list.find((c) => c.id === "sjaelland-2025")!;
    expect(sj.params).toEqual([]);
    // The option every contract has, and one of the contract's own.
    expect(sj.options.find((o) => o.id === "periodeFelt")).toMatchObject({
      default: "startdato",
      values: [
        { id: "startdato", label: "Startdato" },
        { id: "slutdato", label: "Slutdato" },
      ],
    });
    const omst = sj.options.find((o) => o.id === "omstillingsplaner")!;
    expect(omst).toMatchObject({ default: "udelad", label: "Omstillingsplaner i mål 7" });
    expect(omst.description).toMatch(/Mål 7 nævner kun handlingsplaner og vækstplaner/);
  });

  it("the text lists 'Parametre:' and 'Valg' with values, default and what each option means", async () => {
    const r = await run("contracts");
    expect(r.code).toBe(0);
    const ramme = r.out.split("\n\n").find((b) => b.startsWith("rammeaftale-2024-2027"))!;
    expect(ramme).toMatch(/Parametre:\n\s+house\tErhvervshus: .*sjaelland \(Erhvervshus Sjælland\).*; standard \w+/);
    const sj = r.out.split("\n\n").find((b) => b.startsWith("sjaelland-2025"))!;
    expect(sj).toMatch(/Parametre:\n\s+\(ingen\)/);
    expect(sj).toMatch(/periodeFelt\t.*startdato \(Startdato\) \| slutdato \(Slutdato\); standard startdato/);
    expect(sj).toMatch(/omstillingsplaner\t.*; standard udelad\n\s+Mål 7 nævner kun/);
  });

  it("--lang en shows the template's English titles, labels and meanings", async () => {
    const list = await listed("--lang", "en");
    const sj = list.find((c) => c.id === "sjaelland-2025")!;
    const template = findContract("sjaelland-2025")!;
    expect(sj.title).toBe(template.title.en);
    expect(sj.title).toMatch(/^Performance contract 2025/);
    for (const g of template.goals) expect(sj.goals.find((x) => x.id === g.id)!.title).toBe(g.title.en || g.title.da);
    const omst = sj.options.find((o) => o.id === "omstillingsplaner")!;
    expect(omst.label).toBe("Transition plans (omstillingsplaner) in goal 7");
    expect(omst.description).toMatch(/^Goal 7 names only/);
    const text = (await run("contracts", "--lang", "en")).out;
    expect(text).toMatch(/^sjaelland-2025\tPerformance contract 2025/m);
    expect(text).toMatch(/Parameters:/);
    expect(text).toMatch(/Options \(--option name=value\):/);
    expect(text).toMatch(/periodeFelt\t.*startdato \(Start date\) \| slutdato \(End date\); default startdato/);
  });
});
