/**
 * Messy workbooks as houses make them (hand-typed, CRM exports, copy-paste): every one is read —
 * figures computed from what can be read, each bad cell reported with sheet, Excel row, column
 * and value — through the CLI as a user runs it. Exit codes as the README says: 0 without error
 * findings, 1 with them (check); evaluate exits 0 whenever it could compute.
 */
import { readFileSync } from "node:fs";
import { formatFinding } from "../../src/i18n";
import { unboundIssues } from "../../src/domain/binding/propose";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { cli, fixture, indicator, STACK, type JsonEvaluation, type JsonFinding } from "./helpers";

const CONTRACT = "sjaelland-2025";

async function check(name: string, lang: "da" | "en" = "da") {
  const r = await cli("check", fixture(name), "--contract", CONTRACT, "--json", "--lang", lang);
  expect(r.err).not.toMatch(STACK);
  const json = JSON.parse(r.out) as { errors: number; findings: JsonFinding[] };
  // What the goals lack (input-…) is asserted on its own; `findings` are those about the content.
  const isInput = (f: JsonFinding) => f.rule.startsWith("input-") || f.rule.startsWith("binding-role-");
  return {
    code: r.code,
    json,
    findings: json.findings.filter((f) => !isInput(f)),
    inputs: json.findings.filter(isInput),
  };
}

/**
 * The fixtures hold the evaluation and course sheets only, so the Sjælland goals that need
 * Nøgletal, Aktiviteter or Kommuner cannot be computed: `check` exits 1 for that alone (issue 13:
 * "check exits 1 when a goal of the contract cannot be computed"), with no error about the content.
 */
const STARVED = 1;

async function evaluate(name: string): Promise<JsonEvaluation> {
  const r = await cli("evaluate", fixture(name), "--contract", CONTRACT, "--json");
  expect([r.code, r.err]).toEqual([0, ""]);
  return JSON.parse(r.out) as JsonEvaluation;
}

const located = (f: JsonFinding) => [f.rule, f.sheet, f.row, f.column, f.value];
const errorsOf = (findings: readonly JsonFinding[]) => findings.filter((f) => f.severity === "error").map(located);
const nps = (json: JsonEvaluation) => indicator(json, "3", "nps").value;
const count = (json: JsonEvaluation, id: string) => indicator(json, "7", id).value;

describe("every finding names sheet, Excel row, column and value, in a message that says so", () => {
  it.each([
    "bad-values.xlsx",
    "blank-rows.xlsx",
    "cvr-variants.xlsx",
    "dates.xlsx",
    "error-values.xlsx",
    "formula-like-text.xlsx",
    "formulas-no-cache.xlsx",
    "long-strings.xlsx",
    "odd-numbers.xlsx",
    "quoted-sheet-name.xlsx",
    "title-above-header.xlsx",
  ])("%s", async (name) => {
    for (const lang of ["da", "en"] as const) {
      const { findings } = await check(name, lang);
      const cells = findings.filter((f) => f.column !== null && f.row !== null);
      expect(cells.length).toBeGreaterThan(0);
      for (const f of cells) {
        expect(f.message).toContain(
          lang === "da"
            ? `Ark "${f.sheet}", række ${f.row}, kolonne "${f.column}"`
            : `Sheet "${f.sheet}", row ${f.row}, column "${f.column}"`,
        );
        // Whatever the cell held, the rest of the sentence is plain words.
        expect(f.message.replace(String(f.value), "")).not.toMatch(/\?|undefined|NaN|Infinity|\[object/);
        // A 32,767-character cell is quoted, not pasted whole.
        expect(f.message.length).toBeLessThan(700);
      }
    }
  });

  it("a table the workbook lacks is named, with the goals it starves, not shown as '?' (fixed)", async () => {
    const { inputs } = await check("valid.xlsx");
    const tables = inputs.filter((f) => f.rule === "input-table-missing" || f.rule === "input-municipalities-missing");
    expect(tables.map((f) => [f.severity, f.message])).toEqual([
      [
        "warning",
        "Mål 8 fordeler forløbene på kommunetyper og skal bruge tabellen Kommuner (Kommune, Befolkning, Kommunetype), men projektmappen har den ikke. Tilføj regionens kommuner med befolkningstal og kommunetype (se docs/data-dictionary.md).",
      ],
      ...[
        ["2, 5, 12, 13, 14", "Nøgletal"],
        ["10, 11, 13, 14, 15", "Aktiviteter"],
      ].map(([goals, table]) => [
        "warning",
        `Mål ${goals} skal bruge tabellen ${table}, men projektmappen har ingen tabel, der ligner, så målet kan ikke beregnes. Tilføj den med overskrifterne i docs/data-dictionary.md (eller lav en udfyldningsskabelon med kontrakttjek template).`,
      ]),
    ]);
    for (const f of unboundIssues({})) expect(formatFinding(f, "en")).not.toContain("?");
  });
});

describe("messy content is read correctly", () => {
  it("a clean workbook: exit 0, NPS 50 from six answers", async () => {
    const c = await check("valid.xlsx");
    expect([c.code, errorsOf(c.findings)]).toEqual([STARVED, []]);
    expect(nps(await evaluate("valid.xlsx"))).toBe(50);
  });

  it("duplicate headers: the first column is used, and the user is told which columns clash", async () => {
    const c = await check("duplicate-headers.xlsx");
    expect(c.code).toBe(STARVED);
    expect(c.findings.map(located)).toEqual([
      ["binding-duplicate-header", "Brugerevaluering", 1, "Anbefaling (0-10)", "Anbefaling (0-10)"],
    ]);
    expect(c.findings[0]!.message).toMatch(/står i flere kolonner \(B, D\); kun den første bruges/);
    // Column B holds 10, 9, 2: two promoters, one detractor.
    expect(nps(await evaluate("duplicate-headers.xlsx"))).toBeCloseTo(100 / 3, 3);
  });

  it("merged header cells: warned with the merged range; the header's value sits in the first cell", async () => {
    const c = await check("merged-header.xlsx");
    expect(c.findings.map(located)).toEqual([["binding-merged-cells", "Brugerevaluering", 2, null, "B2:C2"]]);
    expect(c.findings[0]!.message).toMatch(/ophæv fletningen/);
    expect(nps(await evaluate("merged-header.xlsx"))).toBeCloseTo(100 / 3, 3);
  });

  it("blank rows inside a table are skipped, and rows after them keep their Excel numbers", async () => {
    const c = await check("blank-rows.xlsx");
    expect([c.code, errorsOf(c.findings)]).toEqual([
      1,
      [["score-invalid", "Brugerevaluering", 9, "Anbefaling (0-10)", "11"]],
    ]);
    // 10, 9, 8, 10, 10 (the 11 left out): 4 promoters of 5.
    expect(nps(await evaluate("blank-rows.xlsx"))).toBe(80);
  });

  it("error values (#N/A, #DIV/0!, #VALUE!, #REF!) are reported where they are and left out", async () => {
    const c = await check("error-values.xlsx");
    expect(errorsOf(c.findings)).toEqual([
      ["cell-error-value", "Brugerevaluering", 3, "Anbefaling (0-10)", "#N/A"],
      ["cell-error-value", "Brugerevaluering", 5, "CVR-nummer", "#REF!"],
      ["cell-error-value", "Forløb", 3, "Timer", "#DIV/0!"],
      ["cell-error-value", "Forløb", 5, "Startdato", "#VALUE!"],
    ]);
    const e = await evaluate("error-values.xlsx");
    expect(nps(e)).toBeCloseTo(200 / 3, 3); // 10, 8, 10
    expect(count(e, "forloeb-i-alt")).toBe(3); // the course without a start date is in no period
  });

  it("formulas saved without results are reported cell by cell, not silently blank (fixed)", async () => {
    const c = await check("formulas-no-cache.xlsx");
    expect(errorsOf(c.findings)).toEqual([
      ["formula-not-calculated", "Brugerevaluering", 3, "Anbefaling (0-10)", "#UNCALCULATED"],
      ["formula-not-calculated", "Brugerevaluering", 4, "Anbefaling (0-10)", "#UNCALCULATED"],
      ["formula-not-calculated", "Brugerevaluering", 5, "Forventet effekt", "#UNCALCULATED"],
      ["formula-not-calculated", "Brugerevaluering", 6, "Anbefaling (0-10)", "#UNCALCULATED"],
    ]);
    expect(c.findings[0]!.message).toMatch(/Åbn filen i Excel, og gem den igen/);
    // The one cached result (10) is used; with row 5's plain 10: NPS 100 of two answers.
    expect(nps(await evaluate("formulas-no-cache.xlsx"))).toBe(100);
  });

  it("numbers stored as text, with spaces or a text format, count as numbers", async () => {
    const c = await check("numbers-as-text.xlsx");
    // The only error is a real one: "12" hours is over 3 without a user evaluation.
    expect(errorsOf(c.findings)).toEqual([
      ["hours-over-3-not-evaluated", "Forløb", 2, "Sendt til brugerevaluering", "nej"],
    ]);
    expect(nps(await evaluate("numbers-as-text.xlsx"))).toBe(25); // "10", "9", " 8 ", "6"
  });

  it("Danish numbers: 12.345.678,50 / 4.938.271,4 is a gearing of 2,50 exactly", async () => {
    const e = await evaluate("danish-numbers.xlsx");
    expect(indicator(e, "14", "gearing").value).toBeCloseTo(2.5, 6);
    expect(indicator(e, "14", "gearing").status).toBe("opfyldt");
    expect(indicator(e, "2", "kendskabsgrad").value).toBe(52.5);
    const c = await check("danish-numbers.xlsx");
    // "2,25" hours is fine; 3,5 is over 3 without evaluation.
    expect(errorsOf(c.findings)).toEqual([
      ["hours-over-3-not-evaluated", "Forløb", 4, "Sendt til brugerevaluering", "nej"],
    ]);
    expect(c.findings.find((f) => f.rule === "hours-over-3-not-evaluated")!.message).toContain("3,5 timers");
  });

  it("dates as serials (with or without a date format), ISO text, dd-mm-yyyy and d.m.yyyy", async () => {
    const c = await check("dates.xlsx");
    expect(errorsOf(c.findings)).toEqual([["date-invalid", "Forløb", 8, "Startdato", "31-02-2025"]]);
    const e = await evaluate("dates.xlsx");
    // 9 courses: one impossible date, one in 2024 → 7 in 2025.
    expect([count(e, "korte-forloeb"), count(e, "handlingsplaner"), count(e, "vaekstplaner")]).toEqual([2, 2, 3]);
    expect(count(e, "forloeb-i-alt")).toBe(7);
  });

  it("CVR with spaces, a DK prefix or as a number is read (noted); wrong ones are errors", async () => {
    const c = await check("cvr-variants.xlsx");
    expect(c.findings.filter((f) => f.rule === "cvr-normalised").map((f) => [f.row, f.value])).toEqual([
      [2, "12 34 56 74"],
      [3, "DK12345674"],
      [4, "DK-12345674"],
      [5, " dk 12345674 "],
    ]);
    expect(errorsOf(c.findings)).toEqual([
      // Rows 2–6 are one company: over 3 hours in the year and never sent (§9, per company).
      ["hours-over-3-not-evaluated", "Forløb", 2, "Sendt til brugerevaluering", "nej"],
      ["cvr-check-digit", "Forløb", 7, "CVR-nummer", "12345675"],
      ["cvr-format", "Forløb", 8, "CVR-nummer", "1234567"],
      ["cvr-leading-zero", "Forløb", 9, "CVR-nummer", "02345678"],
    ]);
  });

  it("32,767-character cells: read, reported briefly, and never break the written file", async () => {
    const c = await check("long-strings.xlsx");
    expect(errorsOf(c.findings).map(([rule, , row, column]) => [rule, row, column])).toEqual([
      ["cvr-format", 3, "CVR-nummer"],
      ["segment-invalid", 4, "Kundesegment"],
    ]);
    const wb = XlsxWorkbook.open(new Uint8Array(readFileSync(fixture("long-strings.xlsx"))));
    const src = (await wb.listSources()).find((s) => s.table === "Forloeb")!;
    const { columns } = await wb.readColumns(src, [src.headers.indexOf("Virksomhed")]);
    expect((columns[0]![0] as string).length).toBe(32_767);
    expect(count(await evaluate("long-strings.xlsx"), "forloeb-i-alt")).toBe(4);
  });

  it("Unicode: NFD å in headers, sheet names and values, VÆKST, vaekst, no-break spaces", async () => {
    const c = await check("unicode-nfd.xlsx");
    expect([c.code, errorsOf(c.findings)]).toEqual([STARVED, []]);
    const e = await evaluate("unicode-nfd.xlsx");
    expect(count(e, "korte-forloeb")).toBe(3); // "Kort forløb", "Kort\u00a0forløb", "KORT FORLØB "
    // "i høj grad" in NFD and "i hoej grad" both count as i høj grad: 2 of 3.
    expect(indicator(e, "6", "baeredygtighed-i-hoej-grad").value).toBeCloseTo(200 / 3, 3);
    // The activity on the NFD-named sheet under the NFD "Mål" header is found and matched.
    expect(indicator(e, "10", "aktiviteter").value).toBe(1);
    expect(nps(e)).toBeCloseTo(100 / 3, 3);
  });

  it("hidden and very hidden sheets and hidden rows are read and counted, with a note", async () => {
    const c = await check("hidden-rows-and-sheets.xlsx");
    expect(c.findings.filter((f) => f.rule === "binding-hidden-sheet").map((f) => f.sheet)).toEqual([
      "Brugerevaluering",
      "Forløb",
    ]);
    expect(errorsOf(c.findings)).toEqual([["score-invalid", "Brugerevaluering", 4, "Anbefaling (0-10)", "12"]]);
    const e = await evaluate("hidden-rows-and-sheets.xlsx");
    expect(count(e, "forloeb-i-alt")).toBe(5);
    expect(nps(e)).toBe(100);
  });

  it("tables with only a header: 'mangler data' where there are no answers, zero counts, exit 0", async () => {
    const c = await check("empty-tables.xlsx");
    expect([c.code, errorsOf(c.findings)]).toEqual([STARVED, []]);
    const e = await evaluate("empty-tables.xlsx");
    expect(indicator(e, "3", "nps")).toMatchObject({ value: null, status: "mangler data" });
    expect(count(e, "forloeb-i-alt")).toBe(0);
  });

  it("a title above the header: the header row is found, rows are Excel's", async () => {
    const c = await check("title-above-header.xlsx");
    expect(errorsOf(c.findings)).toEqual([["score-invalid", "CRM-udtræk", 6, "Anbefaling (0-10)", "-1"]]);
    expect(nps(await evaluate("title-above-header.xlsx"))).toBe(50);
  });

  it("a table's totals row is not an answer", async () => {
    const c = await check("totals-row.xlsx");
    expect([c.code, errorsOf(c.findings)]).toEqual([STARVED, []]);
    expect(nps(await evaluate("totals-row.xlsx"))).toBeCloseTo(200 / 3, 3);
  });

  it("TRUE/FALSE and JA/Nej in yes/no columns", async () => {
    const c = await check("booleans.xlsx");
    expect([c.code, errorsOf(c.findings)]).toEqual([STARVED, []]);
  });

  it("impossible values are errors, each at its cell", async () => {
    const c = await check("bad-values.xlsx");
    expect(errorsOf(c.findings)).toEqual([
      ["score-invalid", "Brugerevaluering", 2, "Anbefaling (0-10)", "11"],
      ["score-invalid", "Brugerevaluering", 3, "Anbefaling (0-10)", "9.5"],
      ["score-invalid", "Brugerevaluering", 4, "Anbefaling (0-10)", "ni"],
      ["effect-invalid", "Brugerevaluering", 5, "Forventet effekt", "meget"],
      ["segment-invalid", "Forløb", 2, "Kundesegment", "stor"],
      ["hours-negative", "Forløb", 3, "Timer", "-3"],
      ["number-invalid", "Forløb", 4, "Timer", "mange"],
      ["yesno-invalid", "Forløb", 5, "Sendt til brugerevaluering", "måske"],
    ]);
  });

  it("formula-like text in cells is data, reported as text", async () => {
    const c = await check("formula-like-text.xlsx");
    expect(errorsOf(c.findings).map(([, , row, , value]) => [row, value])).toEqual([
      [2, '=HYPERLINK("http://example.invalid","klik")'],
      [3, "+1"],
      [4, "-2"],
      [5, "@SUM(A1)"],
      [6, "=1+1"],
    ]);
  });

  it("1e308, '1e309', NaN, Infinity, -0 and 5e-324: plain findings, no NaN or Infinity anywhere (fixed)", async () => {
    const c = await check("odd-numbers.xlsx");
    expect(errorsOf(c.findings)).toEqual([
      ["score-invalid", "Brugerevaluering", 2, "Anbefaling (0-10)", "1e+308"],
      ["score-invalid", "Brugerevaluering", 3, "Anbefaling (0-10)", "NaN"],
      ["hours-implausible", "Forløb", 2, "Timer", "1e+308"],
      ["number-invalid", "Forløb", 3, "Timer", "1e309"],
      ["number-invalid", "Forløb", 4, "Timer", "NaN"],
      ["number-invalid", "Forløb", 5, "Timer", "Infinity"],
    ]);
    const e = await evaluate("odd-numbers.xlsx");
    expect(nps(e)).toBe(0); // only the 8 is a score
    expect(JSON.stringify(e.goals)).not.toMatch(/Infinity|NaN/);
  });

  it("headers with a BOM, no-break spaces and a zero-width space bind", async () => {
    expect(nps(await evaluate("whitespace-headers.xlsx"))).toBeCloseTo(100 / 3, 3);
  });

  it("a sheet name with quotes, & and < > is quoted as it is", async () => {
    const c = await check("quoted-sheet-name.xlsx");
    expect(errorsOf(c.findings)).toEqual([["hours-negative", "Forløb 'Q1' & <Co>", 3, "Timer", "-1"]]);
  });

  it("a macro workbook (.xlsm) is read like any other", async () => {
    expect(nps(await evaluate("macro.xlsm"))).toBe(40);
  });
});
