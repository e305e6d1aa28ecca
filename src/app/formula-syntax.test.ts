/**
 * Names and texts from the user's workbook in a formula read back as exactly those names and
 * texts, never as formula code: proved with a small reader of Excel's formula syntax (string
 * constants, quoted sheet names, `Table[[column]]` with its `'` escapes, function calls).
 */
import fc from "fast-check";
import type { BoundTable, CellValue, WorkbookData } from "../domain/model";
import { realisedFormula, type KeyLabels } from "./formulas";
import {
  isTableName,
  MAX_FORMULA_LENGTH,
  MAX_NAME_LENGTH,
  quotedSheet,
  stringLiteral,
  structuredColumn,
} from "./formula-syntax";

type Token =
  | { readonly kind: "string"; readonly text: string }
  | { readonly kind: "sheet"; readonly name: string }
  | { readonly kind: "function"; readonly name: string }
  | { readonly kind: "structured"; readonly table: string; readonly column: string }
  | { readonly kind: "name"; readonly name: string }
  | { readonly kind: "other"; readonly text: string };

const NAME_START = /[\p{L}_\\]/u;
const NAME_CHAR = /[\p{L}\p{M}\p{Nd}_.]/u;
/** Everything else Kontrakttjek's formulas hold: operators, cell references, numbers, arrays. */
const OTHER = /[()+\-*/,:{}<>=&$0-9.]/;

/** Reads `quote … quote` with the quote doubled inside, from `i` (at the opening quote). */
function quoted(f: readonly string[], i: number, q: string): [string, number] {
  let text = "";
  for (let j = i + 1; j < f.length; j++) {
    if (f[j] !== q) text += f[j];
    else if (f[j + 1] === q) text += f[j++];
    else return [text, j + 1];
  }
  throw new Error(`unterminated ${q} at ${i}`);
}

/** `[[name]]` from `i`: `'` takes the next character as it is; an unescaped `[ ] #` ends or breaks it. */
function bracketed(f: readonly string[], i: number): [string, number] {
  if (f[i] !== "[" || f[i + 1] !== "[") throw new Error(`not a [[column]] at ${i}`);
  let name = "";
  let j = i + 2;
  for (; j < f.length && f[j] !== "]"; j++) {
    const c = f[j] as string;
    if (c === "'") name += f[++j] ?? "";
    else if (c === "[" || c === "#") throw new Error(`unescaped ${c} at ${j}`);
    else name += c;
  }
  if (f[j] !== "]" || f[j + 1] !== "]") throw new Error(`column not closed at ${j}`);
  return [name, j + 2];
}

/** The formula's tokens, read by code point (a name may start with a letter beyond U+FFFF). */
function tokens(formula: string): Token[] {
  const f = [...formula];
  const out: Token[] = [];
  let i = 0;
  while (i < f.length) {
    const c = f[i] as string;
    const cell = /^\$[A-Z]{1,3}\$\d+/.exec(f.slice(i, i + 16).join(""));
    if (c === '"') {
      const [text, next] = quoted(f, i, '"');
      out.push({ kind: "string", text });
      i = next;
    } else if (c === "'") {
      const [name, next] = quoted(f, i, "'");
      if (f[next] !== "!") throw new Error(`quoted name without ! at ${next}`);
      out.push({ kind: "sheet", name });
      i = next + 1;
    } else if (cell) {
      out.push({ kind: "other", text: cell[0] });
      i += cell[0].length;
    } else if (NAME_START.test(c)) {
      let j = i + 1;
      while (j < f.length && NAME_CHAR.test(f[j] as string)) j++;
      const name = f.slice(i, j).join("");
      if (f[j] === "(") {
        out.push({ kind: "function", name });
        i = j;
      } else if (f[j] === "[") {
        const [column, next] = bracketed(f, j);
        out.push({ kind: "structured", table: name, column });
        i = next;
      } else {
        out.push({ kind: "name", name });
        i = j;
      }
    } else if (OTHER.test(c)) {
      out.push({ kind: "other", text: c });
      i++;
    } else throw new Error(`unexpected ${JSON.stringify(c)} at ${i}`);
  }
  return out;
}

/** Texts that break naive quoting, mixed with anything at all. */
const hostile = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc
    .array(
      fc.constantFrom(
        '"',
        "'",
        "[",
        "]",
        "#",
        "(",
        ")",
        ",",
        "!",
        " ",
        "\n",
        "\u001b",
        "A1",
        "R1C1",
        "=",
        "~",
        "*",
        "Forløb",
        "T",
        "_",
        "[#All]",
        ']])+WEBSERVICE("http://x/")+SUM(T[[',
        '")+WEBSERVICE("http://x/")+("',
        "'!A1+WEBSERVICE(\"x\")+'",
      ),
      { maxLength: 8 },
    )
    .map((parts) => parts.join("")),
);

describe("Excel's grammar for names and texts in a formula", () => {
  it("a column name inside Table[[…]] reads back as exactly that name, or is refused", () => {
    fc.assert(
      fc.property(hostile, (header) => {
        const escaped = structuredColumn(header);
        if (escaped === null) return;
        expect(tokens(`Forloeb[[${escaped}]]`)).toEqual([{ kind: "structured", table: "Forloeb", column: header }]);
      }),
      { numRuns: 2000 },
    );
  });

  it("escapes [ ] # and ' with an apostrophe", () => {
    expect(structuredColumn("Anbefaling [0-10] #1 'x'")).toBe("Anbefaling '[0-10'] '#1 ''x''");
    expect(structuredColumn("Forløbstype")).toBe("Forløbstype");
    // What the grammar cannot say: empty, too long, a line break, padding spaces.
    for (const bad of ["", "x".repeat(MAX_NAME_LENGTH + 1), "Start\ndato", "Score ", " Score", "a\u001bb"])
      expect(structuredColumn(bad)).toBeNull();
  });

  it("a string constant reads back as exactly that text, or is refused", () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const literal = stringLiteral(text);
        if (literal === null) return;
        expect(tokens(literal)).toEqual([{ kind: "string", text }]);
      }),
      { numRuns: 2000 },
    );
    expect(stringLiteral('say "hi"')).toBe('"say ""hi"""');
    expect(stringLiteral("x".repeat(256))).toBeNull();
  });

  it("a quoted sheet name reads back as exactly that name, or is refused", () => {
    fc.assert(
      fc.property(hostile, (sheet) => {
        const q = quotedSheet(sheet);
        if (q === null) return;
        expect(tokens(`${q}!$A$1`)[0]).toEqual({ kind: "sheet", name: sheet });
      }),
      { numRuns: 2000 },
    );
    expect(quotedSheet("Forløb 'Q1' & <Co>")).toBe("'Forløb ''Q1'' & <Co>'");
    // Inside quotes "[1]" names another workbook; Excel allows none of these in a sheet name.
    for (const bad of ["[1]Ark", "a:b", "a/b", "a*", "'x", "x'", "", "x".repeat(32)])
      expect(quotedSheet(bad)).toBeNull();
  });

  it("a table name follows Excel's defined-name rules", () => {
    for (const ok of ["Forloeb", "Forløb", "Tabel1", "_x", "\\x", "T.2025", "Forløb".normalize("NFD"), "ABCD1"])
      expect([ok, isTableName(ok)]).toEqual([ok, true]);
    for (const bad of [
      'T[[#All],[X]])+WEBSERVICE("http://x")+SUM(T',
      "A1",
      "xfd1048576",
      "R1C1",
      "R",
      "c",
      "RC",
      "R2",
      "C3",
      "TRUE",
      "Tabel 1",
      "1Tabel",
      ".T",
      "",
      "x".repeat(MAX_NAME_LENGTH + 1),
      "T\u001b",
    ])
      expect([bad, isTableName(bad)]).toEqual([bad, false]);
  });

  it("a valid table name reads back as itself in Table[[…]]", () => {
    fc.assert(
      fc.property(hostile, (name) => {
        if (!isTableName(name)) return;
        expect(tokens(`${name}[[x]]`)).toEqual([{ kind: "structured", table: name, column: "x" }]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("every written formula is made only of Kontrakttjek's own functions and the bound names", () => {
  const FUNCTIONS = new Set(["COUNTIFS", "SUMPRODUCT", "SUMIFS", "SUM", "IFERROR", "INDEX", "MATCH", "DATE"]);
  const year = { kind: "year", year: 2025, from: 45658, to: 46022, dueShare: 1 } as const;
  const labels: KeyLabels = Object.assign((key: string) => [key]);

  const table = (
    role: BoundTable["role"],
    name: string | null,
    sheet: string,
    columns: Record<string, [string, CellValue[]]>,
  ): BoundTable => ({
    role,
    sheet,
    table: name,
    firstRow: 2,
    rowCount: 2,
    columns: Object.fromEntries(
      Object.entries(columns).map(([field, [header, values]], i) => [field, { field, header, sheetColumn: i, values }]),
    ),
  });

  /** Checks the formula's tokens; returns them for further checks. */
  function wellFormed(f: string, allowed: { tables: string[]; columns: string[]; sheets: string[] }): Token[] {
    expect(f.length).toBeLessThanOrEqual(MAX_FORMULA_LENGTH);
    const ts = tokens(f);
    for (const t of ts) {
      if (t.kind === "function") expect(FUNCTIONS).toContain(t.name);
      if (t.kind === "name") throw new Error(`bare name ${t.name} in ${f}`);
      if (t.kind === "structured") {
        expect(allowed.tables).toContain(t.table);
        expect(allowed.columns).toContain(t.column);
      }
      if (t.kind === "sheet") expect(allowed.sheets).toContain(t.name);
    }
    let depth = 0;
    for (const t of ts) {
      if (t.kind === "other" && t.text === "(") depth++;
      if (t.kind === "other" && t.text === ")") depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    return ts;
  }

  it("counts over tables or ranges with any table, column, sheet and filter text", () => {
    let written = 0;
    fc.assert(
      fc.property(
        fc.option(hostile, { nil: null }),
        hostile,
        hostile,
        hostile,
        hostile,
        (name, sheet, typeHeader, dateHeader, type) => {
          const data: WorkbookData = {
            Forloeb: table("Forloeb", name, sheet, {
              forloebstype: [typeHeader, [type, type]],
              startdato: [dateHeader, [45700, 45800]],
            }),
          };
          const f = realisedFormula(
            { kind: "count", table: "Forloeb", where: { op: "in", field: "forloebstype", values: [type] } },
            { data, period: year, periodField: "startdato" },
            labels,
          );
          if (f === null) return;
          written++;
          const ts = wellFormed(f, {
            tables: name === null ? [] : [name],
            columns: [typeHeader, dateHeader],
            sheets: [sheet],
          });
          // The period is never silently dropped: both date bounds are there.
          expect(ts.filter((t) => t.kind === "function" && t.name === "DATE")).toHaveLength(2);
        },
      ),
      { numRuns: 1000 },
    );
    // Not vacuous: many of the hostile names are valid and get their formula (about 10 % of
    // 1,000 random draws; 50 leaves room for an unlucky seed).
    expect(written).toBeGreaterThan(50);
  });

  it("key figures with any key text, looked up by MATCH on exactly that text", () => {
    let written = 0;
    fc.assert(
      fc.property(fc.option(hostile, { nil: null }), hostile, hostile, hostile, (name, keyHeader, valueHeader, key) => {
        const data: WorkbookData = {
          Noegletal: table("Noegletal", name, "Nøgletal", { noegle: [keyHeader, [key]], vaerdi: [valueHeader, [5]] }),
        };
        const f = realisedFormula({ kind: "keyFigure", key }, { data, period: year, periodField: "startdato" }, labels);
        if (f === null) return;
        written++;
        const ts = wellFormed(f, {
          tables: name === null ? [] : [name],
          columns: [keyHeader, valueHeader],
          sheets: ["Nøgletal"],
        });
        // The one string constant is the key, wildcards escaped.
        expect(ts.filter((t) => t.kind === "string")).toEqual([{ kind: "string", text: key.replace(/[~*?]/g, "~$&") }]);
      }),
      { numRuns: 1000 },
    );
    expect(written).toBeGreaterThan(100);
  });
});
