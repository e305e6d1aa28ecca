/**
 * Never lose a cell (issue 11), as a property: on small generated workbooks — user sheets in a
 * random tab order around a `Forløb` sheet (a range or a table), with sheetIds that are neither
 * 1..n nor in tab order — `evaluate --write`, then what users and other programs do to a file
 * (tab moves, renames of the user's sheets and of Kontrakttjek's, sheetIds renumbered 1..n in tab
 * order as LibreOffice saves them, rows inserted above a sheet's data, a second write), then
 * `clean`: no user sheet is gone and every user cell keeps its value and formula.
 */
import fc from "fast-check";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CellValue } from "../../../domain/model";
import { cli } from "../../../../test/hostile/helpers";
import { buildXlsx, type FixtureSheet } from "../../fixture.testing";
import {
  cellDiffs,
  FORLOEB_HEADERS,
  forloebRows,
  insertRowsAbove,
  mapAttr,
  partText,
  readWorkbookCells,
  readZip,
  renameSheet,
  renumberSheetIds,
  reorderSheets,
  shiftCells,
  sheetsOf,
  withParts,
  workbookPath,
  writeZip,
  type Pkg,
  type UserCell,
} from "../../../../test/writer/corpus";

jest.setTimeout(300_000);

const CONTRACT = ["--contract", "rammeaftale-2024-2027", "--param", "house=sjaelland", "--param", "year=2025"];
const STATUS = "Målopfyldelse";
const SHEET_NAMES = ["Data", "Noter", "Budget 2025", "Ark1", "Kunder", "Oversigt (gl.)"];

type Op =
  | { readonly kind: "move"; readonly from: number; readonly to: number }
  | { readonly kind: "rename"; readonly ours: boolean; readonly which: number }
  | { readonly kind: "renumber" }
  | { readonly kind: "insert rows"; readonly which: number; readonly by: number }
  | { readonly kind: "write again" };

const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.stringMatching(/^[a-zæøå0-9 ]{1,8}$/),
  fc.integer({ min: -1000, max: 100000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
);

const userSheetArb = (name: string): fc.Arbitrary<FixtureSheet> =>
  fc
    .record({
      // up to column Q: a user's column P is where a Kontrol column pointed at the wrong sheet lands
      rows: fc.array(fc.array(cellArb, { minLength: 1, maxLength: 17 }), { minLength: 1, maxLength: 6 }),
      formula: fc.boolean(),
    })
    .map(({ rows, formula }) => ({
      name,
      rows: formula ? [...rows, [null, 3]] : rows,
      ...(formula ? { formulas: { [`B${rows.length + 1}`]: "=1+2" } } : {}),
    }));

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant("move" as const), from: fc.nat(9), to: fc.nat(9) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant("rename" as const), ours: fc.boolean(), which: fc.nat(9) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant("renumber" as const) }), weight: 3 },
  {
    arbitrary: fc.record({
      kind: fc.constant("insert rows" as const),
      which: fc.nat(9),
      by: fc.integer({ min: 1, max: 3 }),
    }),
    weight: 1,
  },
  { arbitrary: fc.record({ kind: fc.constant("write again" as const) }), weight: 1 },
);

/**
 * sheetIds for `n` sheets in tab order: a shuffle of 1..n (sheets moved in Excel), a few gaps
 * (sheets deleted), or anything up to 60.
 */
const idsArb = (n: number): fc.Arbitrary<readonly number[]> =>
  fc.oneof(
    fc.shuffledSubarray(
      Array.from({ length: n }, (_, i) => i + 1),
      { minLength: n, maxLength: n },
    ),
    fc.uniqueArray(fc.integer({ min: 1, max: n + 2 }), { minLength: n, maxLength: n }),
    fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { minLength: n, maxLength: n }),
  );

const caseArb = fc
  .record({
    names: fc.shuffledSubarray(SHEET_NAMES, { minLength: 1, maxLength: 3 }),
    forloebAt: fc.nat(3),
    table: fc.boolean(),
    courses: fc.integer({ min: 3, max: 12 }),
    ops: fc.array(opArb, { minLength: 1, maxLength: 5 }),
  })
  .chain((c) =>
    fc
      .tuple(fc.tuple(...c.names.map(userSheetArb)), idsArb(c.names.length + 1))
      .map(([userSheets, ids]) => ({ ...c, userSheets: userSheets as readonly FixtureSheet[], ids })),
  );

/** sheetIds in tab order from `ids` (distinct, not 1..n): as Excel leaves them after sheets come and go. */
const withSheetIds = (pkg: Pkg, ids: readonly number[]): Pkg => {
  const wb = workbookPath(pkg);
  let i = 0;
  return withParts(pkg, { [wb]: mapAttr(partText(pkg, wb), "sheet", "sheetId", (id) => String(ids[i++] ?? id)) });
};

let dir = "";
let counter = 0;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "kt-ownership-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const runOnPackage = async (
  command: "evaluate" | "clean",
  pkg: Pkg,
): Promise<{ pkg: Pkg | null; code: number; err: string }> => {
  const n = ++counter;
  const inPath = join(dir, `in${n}.xlsx`);
  const outPath = join(dir, `out${n}.xlsx`);
  writeFileSync(inPath, writeZip(pkg));
  const r =
    command === "evaluate"
      ? await cli("evaluate", inPath, ...CONTRACT, "--write", outPath)
      : await cli("clean", inPath, "--write", outPath);
  return { pkg: r.code === 0 ? readZip(new Uint8Array(readFileSync(outPath))) : null, code: r.code, err: r.err };
};

it("clean never removes or changes a user cell, whatever happened to the tabs, names, sheetIds and rows", async () => {
  await fc.assert(
    fc.asyncProperty(caseArb, async (c) => {
      const forloeb: FixtureSheet = {
        name: "Forløb",
        rows: [[...FORLOEB_HEADERS], ...forloebRows().slice(0, c.courses)],
        ...(c.table ? { tables: [{ name: "Forloeb", ref: `A1:O${c.courses + 1}` }] } : {}),
      };
      const sheets = [...c.userSheets];
      sheets.splice(Math.min(c.forloebAt, sheets.length), 0, forloeb);
      const input = withSheetIds(readZip(buildXlsx({ sheets })), c.ids);

      // the user's sheets (Forløb is one) by original name → current name, and rows inserted
      const userNames = sheetsOf(input).map((s) => s.name);
      const current = new Map(userNames.map((n) => [n, n]));
      const shifted = new Map(userNames.map((n) => [n, 0]));
      let status = STATUS;
      let renames = 0;

      const written = await runOnPackage("evaluate", input);
      expect([written.code, written.err]).toEqual([0, expect.any(String)]);
      let pkg = written.pkg as Pkg;
      const log: string[] = [];
      for (const op of c.ops) {
        const tabs = sheetsOf(pkg).map((s) => s.name);
        if (op.kind === "move") {
          const from = op.from % tabs.length;
          const to = op.to % tabs.length;
          pkg = reorderSheets(pkg, (names) => {
            const out = [...names];
            const [moved] = out.splice(from, 1);
            out.splice(to, 0, moved ?? "");
            return out;
          });
          log.push(`move tab ${from} → ${to}`);
        } else if (op.kind === "rename") {
          const users = [...current.keys()];
          const original = users[op.which % users.length] ?? "";
          const from = op.ours && tabs.includes(status) ? status : (current.get(original) ?? "");
          const to = `Omdøbt ${++renames}`;
          pkg = renameSheet(pkg, from, to);
          if (from === status) status = to;
          else current.set(original, to);
          log.push(`rename "${from}" → "${to}"`);
        } else if (op.kind === "renumber") {
          pkg = renumberSheetIds(pkg);
          log.push("sheetIds 1..n in tab order");
        } else if (op.kind === "insert rows") {
          const users = [...current.keys()];
          const original = users[op.which % users.length] ?? "";
          pkg = insertRowsAbove(pkg, current.get(original) ?? "", op.by);
          shifted.set(original, (shifted.get(original) ?? 0) + op.by);
          log.push(`${op.by} rows inserted above "${current.get(original)}"`);
        } else {
          const again = await runOnPackage("evaluate", pkg);
          log.push(`write again (exit ${again.code})`);
          // refusing to write over what it no longer recognises is allowed; writing must not destroy
          if (again.pkg) {
            pkg = again.pkg;
            if (!sheetsOf(pkg).some((s) => s.name === status)) status = STATUS;
          }
        }
      }

      const cleaned = await runOnPackage("clean", pkg);
      expect([cleaned.code, cleaned.err]).toEqual([0, expect.any(String)]);
      const before = readWorkbookCells(input);
      const expected = new Map<string, ReadonlyMap<string, UserCell>>();
      for (const [name, cells] of before)
        expected.set(current.get(name) ?? name, shiftCells(cells, shifted.get(name) ?? 0));
      const diffs = cellDiffs("clean", expected, readWorkbookCells(cleaned.pkg as Pkg));
      expect({ steps: log, diffs }).toEqual({ steps: log, diffs: [] });
    }),
    { numRuns: 50 },
  );
});
