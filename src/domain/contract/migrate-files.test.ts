/**
 * Contract format version 1 (each text with an `…En` twin) is still read, as version 2
 * (language maps). The fixtures were written by Kontrakttjek before version 2 — the JSON files by
 * `kontrakttjek export <id> --out x.json`, the workbook by `--out x.xlsx` (its `Kontrakt` sheet) —
 * and read now they give exactly the library contracts they were exported from, kept beside them
 * as `<id>.v2.json` (the library has moved on since: issue 12 corrected rules against the documents).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkContract, importContractJson } from "../../app/authoring/problems";
import { readKontraktSheet } from "../../app/authoring";
import { canonicalContract } from "../authoring/canonical";
import { CONTRACT_SCHEMA_V1_URL } from "../authoring/json-schema";
import { contractToSheetRows } from "../authoring/sheet-write";
import type { Contract } from "./schema";
import type { CellValue } from "../model";
import { XlsxWorkbook } from "../../workbook/xlsx";

const fixture = (name: string) => join(__dirname, "../../../test/fixtures/contracts", name);
/** The library contract as it was when the version-1 fixture was exported. */
const library = (id: string): Contract => JSON.parse(readFileSync(fixture(`${id}.v2.json`), "utf8")) as Contract;

describe("a version-1 contract file", () => {
  it.each(["sjaelland-2025", "rammeaftale-2024-2027"])("%s reads as the library contract, texts as maps", (id) => {
    const text = readFileSync(fixture(`${id}.v1.json`), "utf8");
    expect(JSON.parse(text)).toMatchObject({ schemaVersion: 1, $schema: CONTRACT_SCHEMA_V1_URL });
    expect(text).toContain('"titleEn"');
    const r = importContractJson(text);
    if (!r.ok) throw new Error(JSON.stringify(r.errors.map((e) => e.message.en)));
    expect(r.warnings).toEqual([]);
    expect(r.contract).toEqual({ ...library(id), $schema: CONTRACT_SCHEMA_V1_URL });
    expect(r.contract.schemaVersion).toBe(2);
  });

  it("keeps every English text: titles, labels, notes, options and their choices, the what-if noun", () => {
    const r = importContractJson(readFileSync(fixture("sjaelland-2025.v1.json"), "utf8"));
    if (!r.ok) throw new Error("not read");
    const c = r.contract;
    expect(c.title).toEqual({
      da: "Resultatkontrakt 2025, Erhvervshus Sjælland – KKR Sjælland",
      en: "Performance contract 2025, Erhvervshus Sjælland – KKR Sjælland",
    });
    const goal3 = c.goals.find((g) => g.id === "3")!;
    expect(goal3.indicators[0]!.whatIfOf).toEqual({ da: "svar på 9-10", en: "answers of 9–10" });
    expect(goal3.indicators[0]!.notes[0]!.text.en).toMatch(/^NPS = share of answers 9-10/);
    const option = c.options[0]!;
    expect([option.label.en, option.description.en, option.choices?.[0]?.label.en].every(Boolean)).toBe(true);
  });

  it("is refused where it is wrong, at the path of version 2 (an English title too long)", () => {
    const doc = JSON.parse(readFileSync(fixture("sjaelland-2025.v1.json"), "utf8")) as { goals: { titleEn: string }[] };
    doc.goals[0]!.titleEn = "x".repeat(501);
    const r = importContractJson(JSON.stringify(doc));
    expect(!r.ok && r.errors.map((e) => [e.path, e.message.da])).toEqual([
      ["$.goals[0].title.en", "$.goals[0].title.en må højst være 500 tegn."],
    ]);
  });

  it("names schemas/contract-v1.json, which stays for editors of such files", () => {
    const schema = JSON.parse(readFileSync(join(__dirname, "../../../schemas/contract-v1.json"), "utf8")) as {
      $id: string;
      properties: Record<string, unknown>;
    };
    expect(schema.$id).toBe(CONTRACT_SCHEMA_V1_URL);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["title", "titleEn"]));
  });

  it("saved in a workbook's settings by an earlier version, is read the same way", () => {
    const saved: unknown = JSON.parse(readFileSync(fixture("rammeaftale-2024-2027.v1.json"), "utf8"));
    const r = checkContract(saved);
    expect(r.ok && canonicalContract(r.contract)).toEqual(canonicalContract(library("rammeaftale-2024-2027")));
  });
});

describe("a version-1 Kontrakt sheet", () => {
  const book = () => XlsxWorkbook.open(new Uint8Array(readFileSync(fixture("sjaelland-2025.v1.xlsx"))));

  it("reads as the library contract", async () => {
    const r = await readKontraktSheet(book());
    expect(r.findings).toEqual([]);
    expect(r.contract).toEqual(canonicalContract(library("sjaelland-2025")));
  });

  it("has the layout version 2 writes: the same columns, rows and cells", async () => {
    const port = book();
    const grid: CellValue[][] = [];
    const put = (row: number, col: number, v: CellValue) => {
      if (v === null || v === "") return;
      const r = (grid[row - 1] ??= []);
      while (r.length < col) r.push(null);
      r[col] = v;
    };
    for (const s of (await port.listSources()).filter((x) => x.sheet === "Kontrakt")) {
      s.headers.forEach((h, i) => put(s.headerRow, s.firstColumn + i, h));
      const read = await port.readColumns(
        s,
        s.headers.map((_, i) => i),
      );
      read.columns.forEach((values, i) => values.forEach((v, k) => put(s.headerRow + 1 + k, s.firstColumn + i, v)));
    }
    const written = contractToSheetRows(library("sjaelland-2025"));
    expect(Array.from(grid, (row) => row ?? [])).toEqual(written);
    expect(written.find((row) => row[0] === "Mål")).toEqual(
      expect.arrayContaining(["Titel", "Titel (en)", "Bemærkninger (en)", "Hvad-hvis (en)"]),
    );
  });
});
