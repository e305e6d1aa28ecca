import { runEvaluation } from "../../../app/evaluate";
import { generateExample } from "../../../app/examples/generate";
import type { RowInput } from "../../../app/workbook-spec";
import { canonicalContract, sameContract } from "../canonical";
import { describeAuthoringFinding } from "../../../i18n/authoring";
import { contractFromSheetRows } from "../sheet-read";
import { contractToSheetRows } from "../sheet-write";
import { ContractSchema, type Contract, type ContractInput } from "../../contract/schema";
import type { Finding } from "../../findings";
import type { CellValue, Role } from "../../model";
import { LIBRARY } from "../../../templates";
import { appendGoalRows, findRow, goalHeader, goalTableRow, setCell, workbook, type Row } from "./sheet.testing";

const cellOf = (v: RowInput[string]): CellValue => {
  if (v === undefined || v === null || typeof v !== "object") return v ?? null;
  if (v.kind === "formula") return v.cached ?? null;
  return v.value;
};
const exampleData = (c: Contract) => {
  const rows = generateExample(c).rows;
  return workbook(
    Object.fromEntries(
      Object.entries(rows).map(([role, rs]) => [
        role,
        (rs ?? []).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, cellOf(v)])) as Row),
      ]),
    ) as Partial<Record<Role, Row[]>>,
  );
};

describe("library contract → Kontrakt sheet → contract", () => {
  it.each(LIBRARY.map((c) => [c.id, c] as const))("%s reads back to the same contract with no findings", (_id, c) => {
    const rows = contractToSheetRows(c);
    const { contract, findings } = contractFromSheetRows(rows, "Kontrakt");
    expect(findings.map((f) => describeAuthoringFinding(f))).toEqual([]);
    expect(contract).toEqual(canonicalContract(c));
    expect(contract && sameContract(contract, c)).toBe(true);
  });

  it.each(LIBRARY.map((c) => [c.id, c] as const))(
    "%s evaluates identically on its example workbook (year and half-year, Danish and English)",
    (_id, c) => {
      const back = contractFromSheetRows(contractToSheetRows(c), "Kontrakt").contract as Contract;
      const data = exampleData(c);
      for (const options of [{}, { period: "H1" as const }, { lang: "en" as const }]) {
        const a = runEvaluation(c, data, options);
        const b = runEvaluation(back, data, options);
        expect(b).toEqual(a);
      }
      // The example data must reach the goals, or the comparison proves little.
      expect(runEvaluation(c, data).goals.some((g) => g.fulfilmentPct !== null)).toBe(true);
    },
  );

  it("does not change the contract it writes", () => {
    const c = LIBRARY[1] as Contract;
    const before = JSON.stringify(c);
    contractToSheetRows(c);
    expect(JSON.stringify(c)).toBe(before);
  });

  it("writes the header rows, the goal table and the sections a person can read", () => {
    const rows = contractToSheetRows(LIBRARY.find((c) => c.id === "sjaelland-2025") as Contract);
    expect(rows.slice(0, 6)).toEqual([
      ["Id", "sjaelland-2025"],
      ["Titel", "Resultatkontrakt 2025, Erhvervshus Sjælland – KKR Sjælland"],
      ["Titel (en)", "Performance contract 2025, Erhvervshus Sjælland – KKR Sjælland"],
      ["År", 2025],
      ["Halvårlig", "ja"],
      ["Registreringsregler", "2024-2027"],
    ]);
    const h = goalHeader(rows);
    expect(rows[h]?.slice(0, 16)).toEqual([
      "Mål",
      "Delmål",
      "Punkt",
      "Titel",
      "Indikator",
      "Tabel",
      "Filter",
      "Tæller",
      "Nævner",
      "Felt",
      "Tæl unikke",
      "Måltal",
      "Sammenligning",
      "Regel",
      "Vægt",
      "Enhed",
    ]);
    const ai = rows[findRow(rows, h, { Mål: "9", Delmål: "ai-tjek" })] ?? [];
    expect(ai.slice(0, 16)).toEqual([
      "9",
      "ai-tjek",
      null,
      "AI-tjek",
      "antal",
      "Forløb",
      expect.stringMatching(/^Forløbstype i \("AI-tjek"; /),
      null,
      null,
      null,
      null,
      40,
      "≥",
      "andel af mål",
      1,
      "antal",
    ]);
    expect(rows.some((r) => r[0] === "Indstillinger")).toBe(true);
    expect(rows.some((r) => r[0] === "Nøgletal")).toBe(true);
  });
});

/* ---------- broken authoring, cell by cell ---------- */

const small: ContractInput = {
  id: "test-2026",
  title: "Testkontrakt 2026",
  year: 2026,
  halfYearReporting: false,
  registration: "none",
  source: { document: "Test", section: "1" },
  options: [
    {
      id: "omfang",
      label: "Omfang",
      description: "",
      choices: [
        { id: "a", label: "A" },
        { id: "b", label: "B" },
      ],
      default: "a",
    },
  ],
  keyFigures: [{ id: "gearing-tal", label: "Gearing", synonyms: [], unit: "faktor" }],
  goals: [
    {
      id: "1",
      title: "Tilfredshed",
      group: "lokal",
      targetText: "",
      method: "",
      source: { document: "Test", section: "Mål 1" },
      indicators: [
        {
          id: "nps",
          label: "NPS",
          measure: { kind: "nps", table: "Evaluering", field: "anbefaling" },
          target: { op: ">=", value: 60 },
          rule: { kind: "threshold" },
          unit: "point",
        },
        {
          id: "ai",
          label: "AI-tjek",
          measure: { kind: "count", table: "Forloeb", where: { op: "in", field: "forloebstype", values: ["AI-tjek"] } },
          target: { op: ">=", value: 40 },
          rule: { kind: "proportional" },
          unit: "antal",
        },
      ],
    },
    {
      id: "2",
      title: "Aktiviteter",
      group: "lokal",
      targetText: "",
      method: "",
      source: { document: "Test", section: "Mål 2" },
      indicators: [
        {
          id: "akt",
          label: "Aktiviteter",
          measure: { kind: "checklist", items: [{ id: "a", text: "Møde" }], partialCredit: 0 },
          target: { op: ">=", value: 1 },
          rule: { kind: "checklist" },
          unit: "aktiviteter",
        },
      ],
    },
  ],
};
const base = ContractSchema.parse(small);

interface Broken {
  readonly rows: CellValue[][];
  readonly h: number;
  readonly at: (match: Record<string, string | null>) => number;
  readonly set: (index: number, column: string, value: CellValue) => void;
}
function broken(edit: (b: Broken) => void): { contract: Contract | null; findings: readonly Finding[] } {
  const rows = contractToSheetRows(base).map((r) => [...r]);
  const h = goalHeader(rows);
  edit({
    rows,
    h,
    at: (m) => findRow(rows, h, m),
    set: (i, c, v) => setCell(rows, h, i, c, v),
  });
  return contractFromSheetRows(rows, "Kontrakt");
}
/** The findings as [rule, Excel row, column] triples. */
const where = (fs: readonly Finding[]) => fs.map((f) => [f.rule, f.row, f.column]);

describe("broken authoring is reported cell by cell", () => {
  it("the untouched sheet reads without findings", () => {
    const r = contractFromSheetRows(contractToSheetRows(base), "Kontrakt");
    expect(r.findings).toEqual([]);
    expect(r.contract).toEqual(base);
  });

  it("an unknown table", () => {
    let row = 0;
    const r = broken((b) => {
      row = b.at({ Mål: "1", Delmål: "ai" });
      b.set(row, "Tabel", "Forlob2");
    });
    expect(r.contract).toBeNull();
    expect(where(r.findings)).toEqual([["kontrakt-table-unknown", row + 1, "Tabel"]]);
    expect(describeAuthoringFinding(r.findings[0] as Finding)).toBe(
      `Kontrakt, række ${row + 1}, kolonne Tabel: Tabellen “Forlob2” findes ikke. Vælg en af: Forløb, Evaluering, Nøgletal, Kommuner, Aktiviteter.`,
    );
    expect(describeAuthoringFinding(r.findings[0] as Finding, "en")).toMatch(
      /^Kontrakt, row \d+, column Tabel: The table “Forlob2” does not exist/,
    );
  });

  it("an unknown column in Felt", () => {
    let row = 0;
    const r = broken((b) => {
      row = b.at({ Mål: "1", Delmål: "nps" });
      b.set(row, "Felt", "Anbefalingsgrad");
    });
    expect(where(r.findings)).toEqual([["kontrakt-field-unknown", row + 1, "Felt"]]);
    expect(r.findings[0]?.value).toBe("Anbefalingsgrad");
    expect(r.findings[0]?.params?.table).toBe("Evaluering");
  });

  it("a filter that does not parse, with the position in the cell", () => {
    let row = 0;
    const r = broken((b) => {
      row = b.at({ Mål: "1", Delmål: "ai" });
      b.set(row, "Filter", 'Forløbstype = "AI-tjek" og Tmer >= 3');
    });
    expect(where(r.findings)).toEqual([["kontrakt-filter", row + 1, "Filter"]]);
    expect(describeAuthoringFinding(r.findings[0] as Finding)).toBe(
      `Kontrakt, række ${row + 1}, kolonne Filter: Filteret kan ikke læses ved tegn 28: kolonnen “Tmer” findes ikke i tabellen Forløb.`,
    );
  });

  it("a numerator filter naming a column of another table", () => {
    let row = 0;
    const r = broken((b) => {
      row = b.at({ Mål: "1", Delmål: "nps" });
      b.set(row, "Indikator", "andel");
      b.set(row, "Felt", null);
      b.set(row, "Tæller", 'Forløbstype = "x"');
      b.set(row, "Nævner", "Anbefaling er udfyldt");
    });
    expect(where(r.findings)).toEqual([["kontrakt-filter", row + 1, "Tæller"]]);
    expect(r.findings[0]?.params?.reason).toBe("filter-unknown-field");
  });

  it("a rule that does not parse", () => {
    let row = 0;
    const r = broken((b) => {
      row = b.at({ Mål: "1", Delmål: "nps" });
      b.set(row, "Regel", "trin: 60");
    });
    expect(where(r.findings)).toEqual([["kontrakt-rule", row + 1, "Regel"]]);
    expect(describeAuthoringFinding(r.findings[0] as Finding)).toContain("trin skrives “trin: grænse=procent");
  });

  it("duplicate ids: a sub-goal and a goal", () => {
    let first = 0;
    let second = 0;
    const r = broken((b) => {
      first = b.at({ Mål: "1", Delmål: "nps" });
      second = b.at({ Mål: "1", Delmål: "ai" });
      b.set(second, "Delmål", "nps");
    });
    expect(where(r.findings)).toEqual([["kontrakt-duplicate-id", second + 1, "Delmål"]]);
    expect(r.findings[0]?.params?.first).toBe(`B${first + 1}`);
    expect(describeAuthoringFinding(r.findings[0] as Finding)).toBe(
      `Kontrakt, række ${second + 1}, kolonne Delmål: Delmål “nps” er allerede brugt (B${first + 1}). Giv hver sin id.`,
    );

    let goal2 = 0;
    const g = broken((b) => {
      goal2 = b.at({ Mål: "2", Delmål: null });
      b.set(goal2, "Mål", "1");
      b.set(b.at({ Mål: "2", Delmål: "akt", Punkt: null }), "Mål", "1");
      b.set(b.at({ Mål: "2", Delmål: "akt", Punkt: "a" }), "Mål", "1");
    });
    expect(where(g.findings)).toContainEqual(["kontrakt-duplicate-id", goal2 + 1, "Mål"]);
  });

  it("a missing target", () => {
    let row = 0;
    const r = broken((b) => {
      row = b.at({ Mål: "1", Delmål: "ai" });
      b.set(row, "Måltal", null);
    });
    expect(where(r.findings)).toEqual([["kontrakt-target-missing", row + 1, "Måltal"]]);
  });

  it("bad numbers, in the goal table and in a header row", () => {
    let row = 0;
    const r = broken((b) => {
      row = b.at({ Mål: "1", Delmål: "ai" });
      b.set(row, "Vægt", "tre");
      b.set(row, "Måltal", "fyrre");
      b.rows[3] = ["År", "tyvetyveseks"];
    });
    expect(where(r.findings)).toEqual([
      ["kontrakt-number", 4, "År"],
      ["kontrakt-target", row + 1, "Måltal"],
      ["kontrakt-number", row + 1, "Vægt"],
    ]);
  });

  it("Danish number spellings are read: 2,5 and 1.200 and 70 %", () => {
    const r = broken((b) => {
      b.set(b.at({ Mål: "1", Delmål: "ai" }), "Måltal", "1.200");
      b.set(b.at({ Mål: "1", Delmål: "nps" }), "Måltal", "62,5 %");
    });
    expect(r.findings).toEqual([]);
    expect(r.contract?.goals[0]?.indicators.map((i) => i.target.value)).toEqual([62.5, 1200]);
  });

  it("an unknown or missing column header", () => {
    const r = broken((b) => {
      const col = (b.rows[b.h] ?? []).indexOf("Hvad-hvis");
      (b.rows[b.h] as CellValue[])[col] = "Hvad nu hvis";
    });
    expect(where(r.findings)).toEqual([["kontrakt-column-unknown", 12, "Hvad nu hvis"]]);
    expect(r.findings[0]?.severity).toBe("warning");
    expect(r.contract).not.toBeNull();

    const m = broken((b) => {
      const col = (b.rows[b.h] ?? []).indexOf("Måltal");
      (b.rows[b.h] as CellValue[])[col] = null;
    });
    expect(m.contract).toBeNull();
    expect(where(m.findings)).toContainEqual(["kontrakt-column-missing", 12, "Måltal"]);
  });

  it("an unknown indicator kind, comparator, unit", () => {
    let row = 0;
    const r = broken((b) => {
      row = b.at({ Mål: "1", Delmål: "ai" });
      b.set(row, "Indikator", "antallet");
      b.set(row, "Sammenligning", "=");
      b.set(row, "Enhed", "stykker");
    });
    expect(where(r.findings)).toEqual([
      ["kontrakt-choice", row + 1, "Enhed"],
      ["kontrakt-kind", row + 1, "Indikator"],
      ["kontrakt-choice", row + 1, "Sammenligning"],
    ]);
  });

  it("a condition naming an option that does not exist", () => {
    let row = 0;
    const r = broken((b) => {
      row = b.at({ Mål: "1", Delmål: "nps" });
      b.set(row, "Gælder når", 'omfnag = "a"');
    });
    expect(where(r.findings)).toEqual([["kontrakt-option-unknown", row + 1, "Gælder når"]]);
    expect(r.findings[0]?.params?.value).toBe("omfnag");
  });

  it("an Excel error value in a cell", () => {
    let row = 0;
    const r = broken((b) => {
      row = b.at({ Mål: "1", Delmål: "ai" });
      b.set(row, "Måltal", { error: "#N/A" });
    });
    expect(where(r.findings)).toEqual([
      ["kontrakt-cell-error", row + 1, "Måltal"],
      ["kontrakt-target-missing", row + 1, "Måltal"],
    ]);
    expect(r.findings[0]?.value).toBe("#N/A");
  });

  it("rows belonging to a goal or sub-goal that does not exist", () => {
    let row = 0;
    let item = 0;
    const r = broken((b) => {
      row = b.at({ Mål: "1", Delmål: "ai" });
      b.set(row, "Mål", "7");
      item = b.at({ Mål: "2", Delmål: "akt", Punkt: "a" });
      b.set(item, "Delmål", "akt2");
    });
    expect(where(r.findings)).toEqual([
      ["kontrakt-goal-missing", row + 1, "Mål"],
      ["kontrakt-items-missing", item, "Indikator"],
      ["kontrakt-indicator-missing", item + 1, "Delmål"],
    ]);
  });

  it("an invalid contract id and a missing title", () => {
    const r = broken((b) => {
      b.rows[0] = ["Id", "Sjælland 2026"];
      b.rows[1] = ["Titel", null];
    });
    expect(where(r.findings)).toEqual([
      ["kontrakt-id-invalid", 1, "Id"],
      ["kontrakt-required", 2, "Titel"],
    ]);
  });

  it("a schema limit: a title longer than 500 characters", () => {
    let row = 0;
    const r = broken((b) => {
      row = b.at({ Mål: "2", Delmål: null });
      b.set(row, "Titel", "x".repeat(501));
    });
    expect(where(r.findings)).toEqual([["kontrakt-schema", row + 1, "Titel"]]);
    expect(describeAuthoringFinding(r.findings[0] as Finding)).toBe(
      `Kontrakt, række ${row + 1}, kolonne Titel: Titel må højst være 500 tegn.`,
    );
  });

  it("cells the indicator does not use are warnings, and the contract still reads", () => {
    let row = 0;
    const r = broken((b) => {
      row = b.at({ Mål: "1", Delmål: "nps" });
      b.set(row, "Tæller", 'Kundesegment = "drift"');
    });
    expect(where(r.findings)).toEqual([["kontrakt-not-used", row + 1, "Tæller"]]);
    expect(r.findings[0]?.severity).toBe("warning");
    expect(r.contract).not.toBeNull();
  });

  it("a key figure indicator reading from another table", () => {
    let row = 0;
    const r = broken((b) => {
      row = b.at({ Mål: "1", Delmål: "ai" });
      b.set(row, "Indikator", "nøgletal");
      b.set(row, "Filter", null);
      b.set(row, "Felt", "Gearing");
    });
    expect(where(r.findings)).toEqual([["kontrakt-table-mismatch", row + 1, "Tabel"]]);
  });

  it("an item row that is also a variant", () => {
    let row = 0;
    const r = broken((b) => {
      row = b.at({ Mål: "2", Delmål: "akt", Punkt: "a" });
      b.set(row, "Variant når", 'omfang = "b"');
    });
    expect(where(r.findings)).toContainEqual(["kontrakt-row-ambiguous", row + 1, "Variant når"]);
  });

  it("the sections: a key figure without an id, an option default that is not a choice", () => {
    let key = 0;
    const r = broken((b) => {
      key = b.rows.findIndex((x) => x[0] === "gearing-tal");
      (b.rows[key] as CellValue[])[0] = null;
    });
    expect(where(r.findings)).toEqual([["kontrakt-required", key + 1, "Id"]]);

    // Cross-checks (choices, duplicates across the contract) run once the cells themselves read.
    let opt = 0;
    const o = broken((b) => {
      opt = b.rows.findIndex((x) => x[0] === "omfang");
      const head = b.rows[opt - 1] as CellValue[];
      (b.rows[opt] as CellValue[])[head.indexOf("Standard")] = "c";
    });
    expect(where(o.findings)).toEqual([["kontrakt-option-default", opt + 1, "Standard"]]);
    expect(o.findings[0]?.params).toMatchObject({ value: "c", allowed: "a, b" });
  });

  it("an empty sheet and a sheet without the goal header", () => {
    expect(where(contractFromSheetRows([[], [null, ""]], "Kontrakt").findings)).toEqual([
      ["kontrakt-sheet-empty", null, null],
    ]);
    expect(where(contractFromSheetRows([["Id", "x-2026"]], "Kontrakt").findings)).toEqual([
      ["kontrakt-header-missing", null, null],
    ]);
  });

  it("rows and columns are Excel's when the rows start elsewhere", () => {
    const rows = contractToSheetRows(base).map((x) => [...x]);
    const h = goalHeader(rows);
    const row = findRow(rows, h, { Mål: "1", Delmål: "ai" });
    setCell(rows, h, row, "Tabel", "Forlob2");
    const shifted = contractFromSheetRows(rows, "Kontrakt", { firstRow: 5 });
    expect(where(shifted.findings)).toEqual([["kontrakt-table-unknown", row + 5, "Tabel"]]);
  });

  it("a short row per goal: one row with Indikator filled is a goal with one sub-goal", () => {
    const rows: CellValue[][] = [
      ["Id", "mini-2026"],
      ["Titel", "Mini"],
      ["År", 2026],
      [],
      ["Mål", "Delmål", "Titel", "Indikator", "Tabel", "Filter", "Måltal"],
      ["1", null, "AI-tjek", "antal", "Forløb", 'Forløbstype = "AI-tjek"', 40],
    ];
    const r = contractFromSheetRows(rows, "Kontrakt");
    expect(r.findings).toEqual([]);
    expect(r.contract?.goals[0]).toMatchObject({
      id: "1",
      title: { da: "AI-tjek" },
      group: "lokal",
      source: { document: "Mini", section: "Mål 1" },
      indicators: [
        {
          id: "1",
          label: { da: "AI-tjek" },
          measure: { kind: "count", table: "Forloeb", where: { op: "in", field: "forloebstype", values: ["AI-tjek"] } },
          target: { op: ">=", value: 40 },
          rule: { kind: "proportional" },
          unit: "antal",
          weight: 1,
        },
      ],
    });
  });

  it("blank goal ids continue the goal above; appended rows become goals", () => {
    const rows = contractToSheetRows(base).map((x) => [...x]);
    const h = goalHeader(rows);
    appendGoalRows(rows, h, [
      goalTableRow(rows, h, { Mål: "3", Titel: "Nyt mål" }),
      goalTableRow(rows, h, { Delmål: "x", Titel: "X", Indikator: "antal", Tabel: "Forløb", Måltal: 5 }),
    ]);
    const r = contractFromSheetRows(rows, "Kontrakt");
    expect(r.findings).toEqual([]);
    expect(r.contract?.goals.map((g) => [g.id, g.indicators.map((i) => i.id)])).toEqual([
      ["1", ["nps", "ai"]],
      ["2", ["akt"]],
      ["3", ["x"]],
    ]);
  });
});

describe("messages", () => {
  it("a missing column names the table it is missing from, in both languages", () => {
    const rows = contractToSheetRows(base).map((x) => [...x]);
    const h = goalHeader(rows);
    (rows[h] as CellValue[])[(rows[h] ?? []).indexOf("Måltal")] = null;
    const f = contractFromSheetRows(rows, "Kontrakt").findings.find((x) => x.rule === "kontrakt-column-missing");
    expect(describeAuthoringFinding(f as Finding)).toBe(
      `Kontrakt, række ${h + 1}, kolonne Måltal: Kolonnen “Måltal” mangler i målenes overskriftsrække. Tilføj den i overskriftsrækken.`,
    );
    expect(describeAuthoringFinding(f as Finding, "en")).toBe(
      `Kontrakt, row ${h + 1}, column Måltal: The column “Måltal” is missing from the goals' header row. Add it to the header row.`,
    );
  });
});
