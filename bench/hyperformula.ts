/**
 * What a spreadsheet user would build instead: the same table indicators as COUNTIFS, NPS and
 * UNIQUE/FILTER formulas over the same data in HyperFormula (GPL v3, a dev dependency only).
 * Only the columns the formulas read are loaded; timing covers building the sheets, which
 * evaluates every formula, plus one recalculation after an edited answer.
 */
import { HyperFormula } from "hyperformula";
import type { CellValue, WorkbookData } from "../src/domain/model";
import { serialOf } from "../src/domain/engine/dates";
import type { IndicatorValues } from "./baseline";

type Raw = string | number | boolean | null;

const raw = (v: CellValue | undefined): Raw => {
  if (v === undefined || v === null) return null;
  if (typeof v === "object") return v.error; // an error literal such as #N/A, as the cell shows it
  // A leading "=" would make text a formula; no generated value starts with one.
  return v;
};

function sheet(data: WorkbookData, role: "Forloeb" | "Evaluering" | "Kommuner", fields: readonly string[]): Raw[][] {
  const t = data[role];
  if (!t) throw new Error(`missing table ${role}`);
  const cols = fields.map((f) => t.columns[f]?.values ?? []);
  const rows: Raw[][] = [fields.map((f) => t.columns[f]?.header ?? f)];
  for (let i = 0; i < t.rowCount; i++) rows.push(cols.map((c) => raw(c[i])));
  return rows;
}

const FORLOEB = ["cvr", "forloebstype", "tema", "startdato", "stiftelsesdato", "kommune", "hovedsaede", "henvistTil"];
const EVALUERING = ["anbefaling", "henvisning", "baeredygtighed"];
const KOMMUNER = ["kommune", "befolkning", "kommunetype"];

/** The formulas of the `Beregning` sheet, one per indicator id, in en-US syntax. */
export function formulas(courses: number, answers: number, kommuner: number, year: number): [string, string][] {
  const from = serialOf(year, 1, 1);
  const to = serialOf(year, 12, 31);
  const F = (col: string) => `Forloeb!$${col}$2:$${col}$${courses + 1}`;
  const E = (col: string) => `Evaluering!$${col}$2:$${col}$${answers + 1}`;
  const K = (col: string) => `Kommuner!$${col}$2:$${col}$${kommuner + 1}`;
  const [cvr, type, tema, start, founded, hq, referred] = [F("A"), F("B"), F("C"), F("D"), F("E"), F("G"), F("H")];
  const [score, used, sustain] = [E("A"), E("B"), E("C")];
  const inYear = `(${start}>=${from})*(${start}<=${to})`;
  const period = `${start},">=${from}",${start},"<=${to}"`;
  const countType = (t: string) => `=COUNTIFS(${type},"${t}",${period})`;
  const distinct = (cond: string) => `=IFERROR(COUNTA(UNIQUE(FILTER(${cvr},${inYear}*${cond}))),0)`;
  const isType = (t: string) => `(${type}="${t}")`;
  const typeOrTheme = (t: string) => `((${type}="${t}")+(${tema}="${t}")>0)`;
  const count = (range: string, values: readonly string[]) => values.map((v) => `COUNTIF(${range},"${v}")`).join("+");
  return [
    ["virksomheder-under-3-aar", distinct(`(${founded}<=${start})*(${start}<EDATE(${founded},36))`)],
    [
      "nps",
      `=(COUNTIFS(${score},">=9",${score},"<=10")-COUNTIFS(${score},">=0",${score},"<=6"))/COUNTIFS(${score},">=0",${score},"<=10")*100`,
    ],
    ["anvendt-henvisning", `=(${count(used, ["ja", "forventer"])})/(${count(used, ["ja", "forventer", "nej"])})*100`],
    [
      "baeredygtighed-i-hoej-grad",
      `=COUNTIF(${sustain},"i høj grad")/(${count(sustain, ["i høj grad", "i nogen grad", "i lav grad", "slet ikke", "ved ikke"])})*100`,
    ],
    ["korte-forloeb", countType("Kort forløb")],
    ["handlingsplaner", countType("Handlingsplan")],
    ["vaekstplaner", countType("Vækstplan")],
    ["laengere-forloeb", `${countType("Handlingsplan")}+${countType("Vækstplan").slice(1)}`],
    [
      "forloeb-i-alt",
      `${countType("Kort forløb")}+${countType("Handlingsplan").slice(1)}+${countType("Vækstplan").slice(1)}`,
    ],
    // Courses per municipality are a helper column D in Kommuner (see below).
    [
      "fordeling-forloeb",
      `=MAX(ABS(SUMIFS(${K("D")},${K("C")},"by")/SUM(${K("D")})-SUMIFS(${K("B")},${K("C")},"by")/SUM(${K("B")})),` +
        `ABS(SUMIFS(${K("D")},${K("C")},"land")/SUM(${K("D")})-SUMIFS(${K("B")},${K("C")},"land")/SUM(${K("B")})))*100`,
    ],
    ["ai-tjek", countType("AI-tjek")],
    [
      "henvist-handlingsplan",
      `${distinct(`${isType("Handlingsplan")}*(${referred}<>"")`)}/${distinct(isType("Handlingsplan")).slice(1)}*100`,
    ],
    [
      "henvist-vaekst-omstillingsplan",
      `${distinct(`(${isType("Vækstplan")}+${isType("Omstillingsplan")})*(${referred}<>"")`)}/${distinct(`(${isType("Vækstplan")}+${isType("Omstillingsplan")})`).slice(1)}*100`,
    ],
    ["attraktive-arbejdspladser", distinct(typeOrTheme("Attraktive Arbejdspladser"))],
    ["smv-vaekstpilot", distinct(typeOrTheme("SMV Vækstpilot"))],
    ["virksomheder-hovedstaden", distinct(`(${hq}="Region Hovedstaden")`)],
  ];
}

export interface HyperFormulaRun {
  readonly buildMs: number;
  readonly recalcMs: number;
  readonly formulaCells: number;
  readonly values: IndicatorValues;
}

export function runHyperFormula(data: WorkbookData, year: number): HyperFormulaRun {
  const forloeb = sheet(data, "Forloeb", FORLOEB);
  const evaluering = sheet(data, "Evaluering", EVALUERING);
  const kommuner = sheet(data, "Kommuner", KOMMUNER);
  const courses = forloeb.length - 1;
  const answers = evaluering.length - 1;
  const from = serialOf(year, 1, 1);
  const to = serialOf(year, 12, 31);
  // Helper column: courses in the year per municipality.
  kommuner[0]?.push("Forløb i år");
  for (let r = 1; r < kommuner.length; r++)
    kommuner[r]?.push(
      `=COUNTIFS(Forloeb!$F$2:$F$${courses + 1},A${r + 1},Forloeb!$D$2:$D$${courses + 1},">=${from}",Forloeb!$D$2:$D$${courses + 1},"<=${to}")`,
    );
  const list = formulas(courses, answers, kommuner.length - 1, year);
  const beregning: Raw[][] = list.map(([id, f]) => [id, f]);

  const t0 = performance.now();
  const hf = HyperFormula.buildFromSheets(
    { Forloeb: forloeb, Evaluering: evaluering, Kommuner: kommuner, Beregning: beregning },
    {
      licenseKey: "gpl-v3",
      maxRows: 1_048_576,
      maxColumns: 64,
      useArrayArithmetic: true,
      useColumnIndex: true,
    },
  );
  const buildMs = performance.now() - t0;
  const sheetId = (name: string): number => {
    const id = hf.getSheetId(name);
    if (id === undefined) throw new Error(`HyperFormula lost sheet ${name}`);
    return id;
  };
  const calc = sheetId("Beregning");
  const read = (): IndicatorValues =>
    Object.fromEntries(
      list.map(([id], row) => {
        const v = hf.getCellValue({ sheet: calc, row, col: 1 });
        return [id, typeof v === "number" ? v : null];
      }),
    );
  const values = read();
  // What-if: one answer changes from 10 to 0; HyperFormula recomputes what depends on it.
  const t1 = performance.now();
  hf.setCellContents({ sheet: sheetId("Evaluering"), row: 1, col: 0 }, [[0]]);
  read();
  const recalcMs = performance.now() - t1;
  const formulaCells = list.length + (kommuner.length - 1);
  hf.destroy();
  return { buildMs, recalcMs, formulaCells, values };
}
