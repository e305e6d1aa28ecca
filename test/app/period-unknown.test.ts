/**
 * A figure for a period is never made of rows whose period is unknown. "Status på
 * resultatopfyldelse skal afrapporteres til KKR Sjælland hvert halve år" (Sjælland 2025): a
 * half-year's figure needs each course's Startdato; without the column the goal has no data — in
 * the engine, the JSON, the CLI text and the status sheet alike — and an input finding names the
 * column. Rows with a blank or invalid date in a bound Startdato are not counted in the period.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import { loadContractData } from "../../src/app/load";
import { runEvaluation } from "../../src/app/evaluate";
import { planStatusReport, statusColumns } from "../../src/app/status-report";
import { createWorkbook } from "../../src/workbook/xlsx/create";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import type { PlanCell } from "../../src/workbook/port";
import { contract, day, evaluate, times, type Row } from "../fidelity/helpers";

const ID = "sjaelland-2025";
const tmp = mkdtempSync(join(tmpdir(), "kontrakttjek-period-"));

const aiTjek = (extra: Row = {}): Row => ({ cvr: 12345674, forloebstype: "AI-tjek", segment: "drift", ...extra });
const indicator = (tables: Parameters<typeof evaluate>[1], period: "year" | "H1") =>
  evaluate(ID, tables, { period })
    .goals.find((g) => g.id === "9")!
    .indicators.find((i) => i.id === "ai-tjek")!;
const noteTexts = (notes: readonly string[]) => notes.join(" | ");

describe("'hvert halve år': a half-year figure only from courses placed in the half-year", () => {
  it("'gennemfører i 2025 40 AI-tjek' at H1 without a Startdato column: no figure, 'mangler data', and why", () => {
    const r = indicator({ Forloeb: times(13, aiTjek()) }, "H1");
    expect(r.value).toBeNull();
    expect(r.status).toBe("mangler data");
    expect(r.fulfilmentPct).toBeNull();
    expect(r.pace).toBeNull();
    expect(r.whatIf).toBeNull();
    expect(noteTexts(r.notes)).toMatch(/Kolonnen Startdato mangler i Forløb/);
    expect(noteTexts(r.notes)).not.toMatch(/tælles uanset periode/);
  });

  it("the same for goals 7, 8, 10, 11 and 12 that count courses: never the whole year's rows at H1", () => {
    const rows = times(6, aiTjek({ kommune: "Næstved", hovedsaede: "Region Hovedstaden" }));
    const result = evaluate(ID, { Forloeb: rows }, { period: "H1" });
    for (const id of ["7", "8", "10", "11", "12"]) {
      const goal = result.goals.find((g) => g.id === id)!;
      const courses = goal.indicators.filter((i) =>
        /forloeb|henvist|fordeling|vaekstpilot|attraktive|hovedstaden$/.test(i.id),
      );
      expect(courses.length).toBeGreaterThan(0);
      for (const i of courses) expect([id, i.id, i.value]).toEqual([id, i.id, null]);
      expect(goal.status).toBe("mangler data");
    }
  });

  it("a year without Startdato and no date of another year counts the export's courses, and says so", () => {
    const r = indicator({ Forloeb: times(13, aiTjek()) }, "year");
    expect(r.value).toBe(13);
    expect(noteTexts(r.notes)).toMatch(/tælles uanset periode/);
  });

  it("a year without Startdato, when the courses' Slutdato shows other years: no figure", () => {
    const rows = [...times(3, aiTjek({ slutdato: day(2024, 11) })), ...times(4, aiTjek({ slutdato: day(2025, 5) }))];
    const r = indicator({ Forloeb: rows }, "year");
    expect(r.value).toBeNull();
    expect(r.status).toBe("mangler data");
    // All of 2025: the export is the year's, its courses count.
    expect(indicator({ Forloeb: times(4, aiTjek({ slutdato: day(2025, 5) })) }, "year").value).toBe(4);
  });

  it("a blank or invalid Startdato (reported by check) is not counted in H1 nor in the year, and a note says how many", () => {
    // An invalid date is no value once checked ("31.02.2025": date-invalid), like a blank one.
    const rows = [
      ...times(2, aiTjek({ startdato: day(2025, 3) })),
      ...times(3, aiTjek({ startdato: day(2025, 9) })),
      aiTjek({ startdato: null }),
      aiTjek({ startdato: null, timer: 2 }),
    ];
    const h1 = indicator({ Forloeb: rows }, "H1");
    expect(h1.value).toBe(2);
    expect(noteTexts(h1.notes)).toMatch(/2 rækker uden gyldig startdato .* udeladt/i);
    expect(indicator({ Forloeb: rows }, "year").value).toBe(5);
  });
});

/** A CRM export whose date column is not there: the review's case, in a workbook. */
function exportWithoutStartdato(): string {
  const header = ["CVR-nummer", "P-nummer", "Kundesegment", "Forløbstype", "Tema", "Kommune", "Henvist til", "Timer"];
  const rows = Array.from({ length: 13 }, (_, i) => [
    "12345674",
    String(1000000000 + i),
    "drift",
    "AI-tjek",
    "AI",
    "Næstved",
    "ingen",
    2,
  ]);
  const file = join(tmp, "uden-startdato.xlsx");
  writeFileSync(file, createWorkbook({ sheets: [{ name: "CRM-udtræk", rows: [header, ...rows] }] }));
  return file;
}

async function cli(...argv: string[]) {
  const out: string[] = [];
  const code = await runCli(argv, { out: (s) => out.push(s), err: () => undefined });
  return { code, out: out.join("\n") };
}

describe("without Startdato, evaluate --period H1 says 'mangler data' in every output", () => {
  const file = exportWithoutStartdato();

  it("--json: the AI-tjek indicator has no value, and an input finding names the column Startdato", async () => {
    const r = await cli("evaluate", file, "--contract", ID, "--period", "H1", "--json");
    const json = JSON.parse(r.out);
    const g9 = json.goals.find((g: { id: string }) => g.id === "9");
    expect(g9.status).toBe("mangler data");
    expect(g9.indicators[0]).toMatchObject({ value: null, status: "mangler data" });
    const input = json.findings.filter(
      (f: { rule: string; message: string }) => f.rule === "input-column-missing" && /Startdato/.test(f.message),
    );
    expect(input.length).toBeGreaterThan(0);
    expect(input[0].message).toMatch(/9/);
  });

  it("the text: 'mangler data' on goal 9 with the missing column under it, not the year's 13", async () => {
    const r = await cli("evaluate", file, "--contract", ID, "--period", "H1");
    const lines = r.out.split("\n");
    const at = lines.findIndex((l) => /^9\s/.test(l));
    expect(lines[at]).toMatch(/mangler data/);
    const block = lines.slice(at, at + 6).join("\n");
    expect(block).toMatch(/mangler: kolonnen "Startdato" \(Forløb\)/);
    expect(block).toMatch(/ai-tjek\s+AI-tjek\s+≥ 40\s+–\s+–\s+mangler data/);
  });

  it("the status sheet writes no live formula that would count the year's rows for the half-year", async () => {
    const port = XlsxWorkbook.open(new Uint8Array(readFileSync(file)));
    const c9 = contract(ID);
    const loaded = await loadContractData(port, c9);
    const result = runEvaluation(c9, loaded.data, { period: "H1" }, loaded.findings);
    const { sheet } = planStatusReport({ contract: c9, result, data: loaded.data, lang: "da" });
    const c = statusColumns(true);
    const row = sheet.rows.find((r) => {
      const key = r[c.key];
      return key?.kind === "value" && key.value === "9/ai-tjek";
    })!;
    const realised = row[c.realised] as PlanCell;
    expect(realised.kind).toBe("value");
    expect(realised.kind === "value" ? realised.value : "formula").toBeNull();
  });
});
