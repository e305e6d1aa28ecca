/**
 * Never lose a cell (issue 11), on workbooks nobody on this project wrote: each file of
 * `../shared/corpus/real-world` gets a `Forløb` sheet (a few a `Forloeb` table instead) by a
 * minimal package edit, then
 *
 *   input ─evaluate --write─▶ w1 ─clean─▶ c0           (c0 must be the input again, part by part)
 *   w1 ─LibreOffice─▶ r1 ─evaluate --write─▶ w2 ─clean─▶ c2,   r1 ─clean─▶ c1
 *
 * with r1 also made after moving the tabs (our sheet first, Forløb last) and after renaming our
 * sheet. Every user cell must survive every step, every feature (comments, names, charts, tables,
 * pivots, images, VBA, custom XML) must survive clean, and nothing of Kontrakttjek's may stay
 * behind unless the clean said so. A file the tool refuses must be refused in one clear line.
 *
 * All LibreOffice saves run in one batch (one soffice call per extension).
 * `KT_CORPUS_REPORT=/path/file.md` writes the per-file outcome table there, `KT_CORPUS_ONLY=<regex>`
 * runs only the matching cases, `KT_CORPUS_KEEP=1` keeps the files of every step.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli, STACK, type CliRun } from "../hostile/helpers";
import {
  addForloeb,
  FORLOEB_HEADERS,
  forloebRows,
  cellDiffs,
  CORPUS_DIR,
  extensionFor,
  fillOfStyle,
  findPart,
  HIGHLIGHT_FILLS,
  inventory,
  inventoryDiffs,
  MARKS_NAMESPACE_PREFIX,
  partDiffs,
  partText,
  projectCells,
  readWorkbookCells,
  readZip,
  relsOf,
  relsPathOf,
  renameSheet,
  reorderSheets,
  resaveWithLibreOffice,
  residueOf,
  sheetsOf,
  typeIs,
  unreportedResidue,
  workbookPath,
  writeZip,
  type PartAllowance,
  type Pkg,
  type WorkbookCells,
} from "./corpus";
import { assertWellFormedPackage } from "../../src/workbook/xlsx/write/helpers.testing";
import { skipWithoutLibreOffice, sofficePath } from "./libreoffice";

jest.setTimeout(900_000);

const CONTRACT = ["--contract", "rammeaftale-2024-2027", "--param", "house=sjaelland", "--param", "year=2025"];
const STATUS = "Målopfyldelse";
const RENAMED = "Status 2025 (mål)";

/** Files that also get the courses as an Excel table (tables, pivots, macros, x: prefixes, Strict). */
const TABLE_VARIANT = new Set([
  "rxw-table10.xlsx",
  "poi-ExcelPivotTableSample.xlsx",
  "cxml-TableHeadersWithLineBreaks-totals.xlsx",
  "cal-vba.xlsm",
  "cxml-ArrayFormula.xlsx",
  "poi-SampleSS.strict.xlsx",
]);

type Variant = "range" | "table";
type LoKind = "saved" | "tabs moved" | "status renamed";
const LO_KINDS: readonly LoKind[] = ["saved", "tabs moved", "status renamed"];

interface Step {
  readonly run: CliRun;
  readonly pkg: Pkg | null;
}

interface LoResult {
  readonly r: Pkg | null;
  readonly w2: Step | null;
  readonly c2: Step | null;
  readonly c1: Step | null;
  readonly problem: string | null;
}

interface CaseResult {
  readonly input: Pkg;
  readonly w1: Step;
  readonly c0: Step | null;
  readonly r0: Pkg | null;
  readonly lo: Map<LoKind, LoResult>;
}

interface PlannedCase {
  readonly id: string;
  readonly file: string;
  readonly variant: Variant;
}

const files = existsSync(CORPUS_DIR)
  ? readdirSync(CORPUS_DIR)
      .filter((f) => /\.xls[xm]$/i.test(f))
      .sort()
  : [];
const only = process.env.KT_CORPUS_ONLY ? new RegExp(process.env.KT_CORPUS_ONLY) : null;
const planned: PlannedCase[] = files
  .flatMap((file) => [
    { id: file.replace(/\.xls[xm]$/i, ""), file, variant: "range" as const },
    ...(TABLE_VARIANT.has(file)
      ? [{ id: `${file.replace(/\.xls[xm]$/i, "")}--table`, file, variant: "table" as const }]
      : []),
  ])
  .filter((p) => !only || only.test(p.id));

const results = new Map<string, CaseResult>();
const setupErrors = new Map<string, string>();
let dir = "";
let started = 0;
let pipelineSeconds = 0;

const load = (path: string): Pkg | null => (existsSync(path) ? readZip(new Uint8Array(readFileSync(path))) : null);

const evaluate = async (input: string, out: string): Promise<Step> => {
  const run = await cli("evaluate", input, ...CONTRACT, "--write", out);
  return { run, pkg: run.code === 0 ? load(out) : null };
};

const clean = async (input: string, out: string): Promise<Step> => {
  const run = await cli("clean", input, "--write", out);
  return { run, pkg: run.code === 0 ? load(out) : null };
};

const bound = (c: CaseResult): boolean => c.w1.run.code === 0 && c.w1.pkg !== null;

const loInput = (kind: LoKind, w1: Pkg): Pkg => {
  if (kind === "saved") return w1;
  if (kind === "tabs moved")
    return reorderSheets(w1, (names) => [STATUS, ...names.filter((n) => n !== STATUS && n !== "Forløb"), "Forløb"]);
  return renameSheet(w1, STATUS, RENAMED);
};

beforeAll(async () => {
  started = Date.now();
  dir = mkdtempSync(join(tmpdir(), "kt-corpus-"));
  const warmUp = new Map<string, Uint8Array>();
  const toSave = new Map<string, Uint8Array>();
  for (const p of planned) {
    try {
      const input = addForloeb(readZip(new Uint8Array(readFileSync(join(CORPUS_DIR, p.file)))), {
        table: p.variant === "table",
      });
      const ext = extensionFor(input);
      const inPath = join(dir, `${p.id}${ext}`);
      writeFileSync(inPath, writeZip(input));
      const w1 = await evaluate(inPath, join(dir, `${p.id}--w1${ext}`));
      const c0 = w1.pkg ? await clean(join(dir, `${p.id}--w1${ext}`), join(dir, `${p.id}--c0${ext}`)) : null;
      results.set(p.id, { input, w1, c0, r0: null, lo: new Map() });
      if (!w1.pkg || !sofficePath()) continue;
      if (![...warmUp.keys()].some((k) => k.endsWith(ext))) warmUp.set(`000-warm-up${ext}`, writeZip(w1.pkg));
      toSave.set(`${p.id}--r0${ext}`, writeZip(input));
      for (const kind of LO_KINDS) {
        if (kind !== "saved" && p.variant === "table") continue;
        const key = kind.replace(/\s/g, "-");
        try {
          toSave.set(`${p.id}--r1-${key}${ext}`, writeZip(loInput(kind, w1.pkg)));
        } catch (e) {
          results.get(p.id)?.lo.set(kind, {
            r: null,
            w2: null,
            c2: null,
            c1: null,
            problem: `could not make the ${kind} variant: ${e instanceof Error ? e.message : String(e)}`,
          });
        }
      }
    } catch (e) {
      setupErrors.set(p.id, e instanceof Error ? (e.stack ?? e.message) : String(e));
    }
  }
  if (toSave.size === 0) return;
  // LibreOffice numbers chart parts across its session (chart1, chart2, … over all files saved):
  // saving a file with a chart first makes every case meet renamed chart parts — as after any
  // session that saved a chart before — whichever cases run.
  const saved = await resaveWithLibreOffice(new Map([...warmUp, ...toSave]));
  for (const p of planned) {
    const res = results.get(p.id);
    if (!res || !bound(res)) continue;
    const ext = extensionFor(res.input);
    const r0 = saved.get(`${p.id}--r0${ext}`);
    results.set(p.id, { ...res, r0: r0 ? readZip(r0) : null });
    for (const kind of LO_KINDS) {
      const key = kind.replace(/\s/g, "-");
      const bytes = saved.get(`${p.id}--r1-${key}${ext}`);
      if (!bytes) continue;
      const base = join(dir, `${p.id}--${key}`);
      writeFileSync(`${base}-r1${ext}`, bytes);
      const w2 = await evaluate(`${base}-r1${ext}`, `${base}-w2${ext}`);
      const c2 = w2.pkg ? await clean(`${base}-w2${ext}`, `${base}-c2${ext}`) : null;
      const c1 = await clean(`${base}-r1${ext}`, `${base}-c1${ext}`);
      res.lo.set(kind, { r: readZip(bytes), w2, c2, c1, problem: null });
    }
  }
  pipelineSeconds = (Date.now() - started) / 1000;
});

afterAll(() => {
  if (dir && !process.env.KT_CORPUS_KEEP) rmSync(dir, { recursive: true, force: true });
  else if (dir) console.log(`kept ${dir}`);
  const path = process.env.KT_CORPUS_REPORT;
  if (path) writeFileSync(path, reportTable());
});

/* ------------------------------------------------------------------ the checks, as lists of differences */

const cellsOf = (pkg: Pkg): WorkbookCells => readWorkbookCells(pkg);
/** What a command said, without file paths (a path could hold a sheet's name). */
const runText = (r: CliRun): string => `${r.out}\n${r.err}`.replace(/\S+\.xls[xm]\b/g, "");

/** A refusal: exit code 2 and one clear line, never an internal error or a stack trace. */
const refusalProblems = (run: CliRun): string[] => {
  const out: string[] = [];
  const lines = run.err.trim().split(/\r?\n/);
  if (run.code !== 2) out.push(`exit code ${run.code}, expected 0 (bound) or 2 (refused)`);
  if (lines.length !== 1 || lines[0] === "") out.push(`stderr is ${lines.length} lines: ${run.err.slice(0, 300)}`);
  if (/Uventet fejl|Unexpected error/.test(run.err)) out.push(`internal error: ${run.err.slice(0, 300)}`);
  if (STACK.test(run.err) || STACK.test(run.out)) out.push(`stack trace: ${run.err.slice(0, 300)}`);
  return out;
};

/** What a write must have put in: its sheet, the Kontrol column, highlights, the ownership record. */
const writeProblems = (label: string, step: Step | null, statusNames: readonly string[]): string[] => {
  if (!step) return [`${label}: not run`];
  if (step.run.code !== 0 || !step.pkg) return [`${label}: exit code ${step.run.code}: ${step.run.err.slice(0, 300)}`];
  const pkg = step.pkg;
  const out: string[] = [];
  const names = sheetsOf(pkg).map((s) => s.name);
  if (!statusNames.some((n) => names.includes(n)))
    out.push(`${label}: no "${statusNames.join('" or "')}" sheet (sheets: ${names.join(", ")})`);
  const forloeb = cellsOf(pkg).get("Forløb");
  const header = [...(forloeb ?? new Map())].filter(([ref, c]) => /^[A-Z]+1$/.test(ref) && c.value === "Kontrol");
  if (header.length === 0) out.push(`${label}: no Kontrol header in row 1 of Forløb`);
  const fill = fillOfStyle(pkg);
  const lit = [...(forloeb ?? new Map()).values()].filter((c) => HIGHLIGHT_FILLS.has(fill(c.style) ?? ""));
  if (lit.length === 0) out.push(`${label}: no highlighted cell on Forløb`);
  if (!pkg.order.some((n) => /^customxml\//i.test(n) && partText(pkg, n).includes(MARKS_NAMESPACE_PREFIX)))
    out.push(`${label}: no ownership record`);
  return out;
};

/**
 * What a write and its clean may do to parts: edit the content types, the workbook, its rels and
 * the Forløb sheet (and table) as long as they come back canonically equal; append styles; drop
 * calcChain (a cache Excel rebuilds); add a styles part where there was none (README: styles added
 * by a write stay after remove).
 */
const allowance = (input: Pkg, after: Pkg): PartAllowance => {
  const wb = workbookPath(input);
  const canonical = new Set<string>([findPart(input, "[Content_Types].xml") ?? "", wb, relsPathOf(wb)]);
  const forloeb = sheetsOf(input).find((s) => s.name === "Forløb");
  if (forloeb?.path) {
    canonical.add(forloeb.path);
    for (const r of relsOf(input, forloeb.path)) if (typeIs(r.type, "table")) canonical.add(r.target);
  }
  const rel = (pkg: Pkg, type: string): string | undefined =>
    relsOf(pkg, workbookPath(pkg)).find((r) => typeIs(r.type, type) && !r.external)?.target;
  const styles = rel(input, "styles");
  const addedStyles = styles === undefined ? rel(after, "styles") : undefined;
  const calcChain = rel(input, "calcChain");
  return {
    canonical,
    prefix: new Set(styles ? [styles] : []),
    mayGo: new Set(calcChain ? [calcChain] : []),
    mayAdd: new Set(addedStyles ? [addedStyles] : []),
  };
};

/** clean(w1) against the input: parts, cells, features, residue. */
const c0Diffs = (c: CaseResult): string[] => {
  if (!c.c0) return ["c0: clean was not run"];
  if (c.c0.run.code !== 0 || !c.c0.pkg) return [`c0: clean exit code ${c.c0.run.code}: ${c.c0.run.err}`];
  const c0 = c.c0.pkg;
  const inputCells = cellsOf(c.input);
  const c0Cells = cellsOf(c0);
  return [
    ...partDiffs("c0", c.input, c0, allowance(c.input, c0)),
    ...cellDiffs("c0", inputCells, c0Cells),
    ...inventoryDiffs("c0", inventory(c.input), inventory(c0)),
    ...unreportedResidue(
      residueOf("c0", { pkg: c.input, cells: inputCells }, { pkg: c0, cells: c0Cells }),
      runText(c.c0.run),
    ),
  ];
};

/** What LibreOffice itself changed in the user's cells (values only; formulas it rewrites). */
const libreOfficeOwnDiffs = (c: CaseResult, lo: LoResult): string[] => {
  if (!lo.r) return [];
  const strip = (cells: WorkbookCells): WorkbookCells =>
    new Map([...cells].map(([s, m]) => [s, new Map([...m].map(([ref, cell]) => [ref, { ...cell, formula: null }]))]));
  return cellDiffs("LibreOffice", strip(cellsOf(c.input)), strip(cellsOf(lo.r)), { numbers: "close" });
};

/**
 * The LibreOffice-saved file's outputs: every user cell as r1 holds it (at the input's sheets and
 * references) survives w2, c1 and c2; c1 and c2 keep every feature LibreOffice kept of the input
 * (r0 = the input saved by LibreOffice alone) and leave nothing of Kontrakttjek's.
 */
const loDiffs = (c: CaseResult, kind: LoKind, lo: LoResult): string[] => {
  if (lo.problem) return [lo.problem];
  if (!lo.r) return [`${kind}: LibreOffice wrote nothing`];
  const inputCells = cellsOf(c.input);
  const userCells = projectCells(inputCells, cellsOf(lo.r));
  const r0Cells = c.r0 ? cellsOf(c.r0) : undefined;
  const out: string[] = [];
  // LibreOffice writes the VBA project anew on every save: the one to keep is r1's.
  const isVba = (l: string): boolean => l.startsWith("VBA project");
  const before = c.r0 ? [...inventory(c.r0).filter((l) => !isVba(l)), ...inventory(lo.r).filter(isVba)] : null;
  const check = (label: string, step: Step | null): void => {
    if (!step) return;
    if (step.run.code !== 0 || !step.pkg) {
      out.push(`${label}: exit code ${step.run.code}: ${step.run.err.slice(0, 300)}`);
      return;
    }
    const cells = cellsOf(step.pkg);
    out.push(...cellDiffs(label, userCells, cells));
    if (label.startsWith("c")) {
      out.push(
        ...unreportedResidue(
          residueOf(label, { pkg: c.input, cells: inputCells }, { pkg: step.pkg, cells }, r0Cells),
          runText(step.run),
        ),
      );
      if (before) out.push(...inventoryDiffs(label, before, inventory(step.pkg)));
    }
  };
  if (lo.w2?.run.code === 0) out.push(...writeProblems("w2", lo.w2, [STATUS, RENAMED]));
  check("w2", lo.w2);
  check("c2", lo.c2);
  check("c1", lo.c1);
  return out.map((d) => `${kind}: ${d}`);
};

/* ------------------------------------------------------------------ the report */

const count = (diffs: readonly string[]): string => (diffs.length === 0 ? "ok" : `${diffs.length}`);

function reportTable(): string {
  const rows = [
    `Corpus run: ${planned.length} cases from ${files.length} files, pipeline ${pipelineSeconds.toFixed(1)} s`,
    "",
    "| case | outcome | w1 cells | c0 (parts/cells/features/residue) | LO itself | saved | tabs moved | status renamed |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  const detail: string[] = [];
  for (const p of planned) {
    const c = results.get(p.id);
    if (!c) {
      rows.push(`| ${p.id} | setup failed | | | | | | |`);
      detail.push(`## ${p.id}\n${setupErrors.get(p.id) ?? "?"}`);
      continue;
    }
    if (!bound(c)) {
      rows.push(`| ${p.id} | refused: ${c.w1.run.err.trim().replace(/\|/g, "/")} | | | | | | |`);
      continue;
    }
    const w1 = cellDiffs("w1", cellsOf(c.input), cellsOf(c.w1.pkg ?? c.input));
    const c0 = c0Diffs(c);
    const saved = c.lo.get("saved");
    const own = saved ? libreOfficeOwnDiffs(c, saved) : [];
    const lo = LO_KINDS.map((k) => {
      const r = c.lo.get(k);
      return r ? loDiffs(c, k, r) : null;
    });
    rows.push(
      `| ${p.id} | bound | ${count(w1)} | ${count(c0)} | ${count(own)} | ${lo.map((d) => (d ? count(d) : "–")).join(" | ")} |`,
    );
    const all = [...w1, ...c0, ...own, ...lo.flatMap((d) => d ?? [])];
    if (all.length > 0) detail.push(`## ${p.id}\n${all.map((d) => `- ${d}`).join("\n")}`);
  }
  return `${rows.join("\n")}\n\n${detail.join("\n\n")}\n`;
}

/* ------------------------------------------------------------------ the tests */

it("finds the real-world corpus beside the checkout (CI has ../shared)", () => {
  expect(existsSync(CORPUS_DIR)).toBe(true);
  expect(files.length).toBeGreaterThan(0);
});

describe("the harness itself", () => {
  const corpusFile = (name: string): Pkg => readZip(new Uint8Array(readFileSync(join(CORPUS_DIR, name))));
  const value = (pkg: Pkg, sheet: string, ref: string): unknown => cellsOf(pkg).get(sheet)?.get(ref)?.value;

  it("reads inline strings with CDATA, x:-prefixed rich shared strings and array formulas", () => {
    const cdata = corpusFile("cal-inlineStr_cdata.xlsx");
    expect([value(cdata, "Sheet1", "A1"), value(cdata, "Sheet1", "A2"), value(cdata, "Sheet1", "B2")]).toEqual([
      "Hello CDATA",
      "12345",
      "NormalText",
    ]);
    const rich = corpusFile("cal-richtext-namespaced.xlsx");
    expect(value(rich, "Sheet1", "H1")).toBe("shared string\r\nLine 2\r\nLine 3");
    expect(cellsOf(corpusFile("cxml-ArrayFormula.xlsx")).get("Sheet1")?.get("A1")?.formula).toBe("1+2");
  });

  it("adds the Forløb sheet (and table) by a minimal, well-formed edit: only content types, workbook and its rels change", () => {
    const before = corpusFile("rxw-table10.xlsx");
    for (const table of [false, true]) {
      const after = addForloeb(before, { table });
      assertWellFormedPackage(after.entries);
      const cells = [...(cellsOf(after).get("Forløb")?.values() ?? [])].filter((c) => c.value !== null);
      expect(cells).toHaveLength(
        FORLOEB_HEADERS.length +
          forloebRows()
            .flat()
            .filter((v) => v !== null).length,
      );
      expect(inventory(after).filter((l) => l.includes('"Forloeb"'))).toHaveLength(table ? 1 : 0);
      for (const name of before.order)
        if (!after.entries.get(name)?.every((b, i) => b === before.entries.get(name)?.[i]))
          expect(["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"]).toContain(name);
    }
  });
});

// (a loop, not describe.each: without the corpus the test above fails alone, with its own message)
for (const { id, variant } of planned)
  describe(id, () => {
    const result = (): CaseResult => {
      const r = results.get(id);
      if (!r) throw new Error(`setup failed: ${setupErrors.get(id) ?? "no result"}`);
      return r;
    };

    it("binds the Forløb sheet and writes its sheet, Kontrol column and highlights — or refuses in one clear line", () => {
      const c = result();
      if (c.w1.run.code !== 0) {
        expect(refusalProblems(c.w1.run)).toEqual([]);
        return;
      }
      expect(writeProblems("w1", c.w1, [STATUS])).toEqual([]);
    });

    it("w1 keeps every user cell of the input", () => {
      const c = result();
      if (!bound(c)) return;
      expect(cellDiffs("w1", cellsOf(c.input), cellsOf(c.w1.pkg ?? c.input))).toEqual([]);
    });

    it("clean(w1) gives the input back: untouched parts byte-identical, every cell and feature, nothing of ours", () => {
      const c = result();
      if (!bound(c)) return;
      expect(c0Diffs(c)).toEqual([]);
    });

    // the table variants run the plain re-save only
    it.each(variant === "table" ? LO_KINDS.slice(0, 1) : LO_KINDS)(
      "after LibreOffice (%s): evaluate, clean and clean(evaluate) keep every user cell and feature, leave nothing of ours",
      (kind) => {
        const c = result();
        if (!bound(c) || skipWithoutLibreOffice(`${id}: LibreOffice ${kind}`)) return;
        const lo = c.lo.get(kind);
        expect(lo ? loDiffs(c, kind, lo) : [`${kind}: not run`]).toEqual([]);
      },
    );
  });
