/**
 * "By- og landkommuner er defineret af KL" (Sjælland 2025, mål 8): a course's Kommune that the
 * Kommuner table does not know is left out of the split — so `check` says so, cell by cell, with
 * the name that was probably meant, in Danish and English.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import { createWorkbook } from "../../src/workbook/xlsx/create";
import { bound, course } from "../../src/domain/checks/_lib/tables.testing";
import type { WorkbookData } from "../../src/domain/model";
import { runEvaluation } from "../../src/app/evaluate";
import { startRecheck } from "../../src/app/recheck";
import { findContract } from "../../src/templates";

const tmp = mkdtempSync(join(tmpdir(), "kontrakttjek-kommune-"));

function crmExport(): string {
  const header = [
    "CVR-nummer",
    "P-nummer",
    "Kundesegment",
    "Forløbstype",
    "Tema",
    "Startdato",
    "Kommune",
    "Henvist til",
  ];
  const row = (cvr: string, kommune: string) => [
    cvr,
    "1012345678",
    "drift",
    "Kort forløb",
    "AI",
    "2025-03-04",
    kommune,
    "ingen",
  ];
  const file = join(tmp, "eksport.xlsx");
  writeFileSync(
    file,
    createWorkbook({
      sheets: [
        { name: "CRM-udtræk", rows: [header, row("12345674", "Køge"), row("87654321", "Næsved")] },
        {
          name: "Kommuner",
          rows: [
            ["Kommune", "Befolkning", "Kommunetype"],
            ["Køge", 62000, "by"],
            ["Næstved", 84000, "by"],
            ["Lejre", 28000, "land"],
          ],
        },
      ],
    }),
  );
  return file;
}

async function check(file: string, ...flags: string[]) {
  const out: string[] = [];
  await runCli(["check", file, "--contract", "sjaelland-2025", ...flags], {
    out: (s) => out.push(s),
    err: () => undefined,
  });
  return out.join("\n");
}

describe("check: an unknown municipality in Forløb's Kommune ('Næsved' for Næstved)", () => {
  const file = crmExport();

  it("is a finding with sheet, Excel row, column, the value, 'Mente du \"Næstved\"?' and what to do", async () => {
    const line = (await check(file)).split("\n").find((l) => l.includes("municipality-unknown"));
    expect(line).toBeDefined();
    expect(line).toMatch(/^Advarsel\tmunicipality-unknown\tArk "CRM-udtræk", række 3, kolonne "Kommune": /);
    expect(line).toContain('Kommunen "Næsved" er ikke en dansk kommune og står ikke i tabellen Kommuner');
    expect(line).toContain('Mente du "Næstved"?');
    expect(line).toMatch(/Ret navnet/);
  });

  it("in English too, and in --json with its place", async () => {
    const line = (await check(file, "--lang", "en")).split("\n").find((l) => l.includes("municipality-unknown"));
    expect(line).toMatch(/Sheet "CRM-udtræk", row 3, column "Kommune": The municipality "Næsved"/);
    expect(line).toContain('Did you mean "Næstved"?');
    const json = JSON.parse(await check(file, "--json"));
    const findings = (json.findings ?? json) as { rule: string; row: number; column: string; value: string }[];
    expect(findings.filter((f) => f.rule === "municipality-unknown")).toEqual([
      expect.objectContaining({ sheet: "CRM-udtræk", row: 3, column: "Kommune", value: "Næsved" }),
    ]);
  });
});

describe("the pane's re-check after an edit says the same as a full check", () => {
  it("typing 'Næsved' into a course's Kommune gives the finding; correcting it takes it away", () => {
    const contract = findContract("sjaelland-2025")!;
    const data: WorkbookData = {
      Forloeb: bound("Forloeb", [course(), course({ cvr: "10000009", kommune: "Næstved" })]),
    };
    const session = startRecheck({ contract, data });
    const rules = (r: { findings: readonly { rule: string; row: number | null; params?: unknown }[] }) =>
      r.findings.filter((f) => f.rule === "municipality-unknown").map((f) => [f.row, f.params]);
    expect(rules(session.result)).toEqual([]);
    const typo = session.recheck([{ role: "Forloeb", index: 1, cells: { kommune: "Næsved" } }]);
    expect(rules(typo.result)).toEqual([[3, { candidate: "Næstved", kommunerSheet: "" }]]);
    const edited = structuredClone(data);
    (edited.Forloeb!.columns.kommune!.values as unknown[])[1] = "Næsved";
    expect(rules(typo.result)).toEqual(rules(runEvaluation(contract, edited)));
    expect(rules(session.recheck([{ role: "Forloeb", index: 1, cells: { kommune: "Næstved" } }]).result)).toEqual([]);
  });
});
