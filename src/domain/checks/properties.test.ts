/** Property tests: checkData never throws, and what it finds does not depend on row order. */
import fc from "fast-check";
import { checkData } from "./checkData";
import { RULE_IDS } from "./rules";
import type { Finding } from "../findings";
import type { BoundColumn, BoundTable, CellValue, Role } from "../model";
import { ROLES, ROLE_SPECS } from "../model";
import { anyCell } from "../parse/_lib/arbitraries.testing";
import { bound, type Row } from "./_lib/tables.testing";

const arbTable = (role: Role): fc.Arbitrary<BoundTable> =>
  fc
    .record({
      fields: fc.subarray([...ROLE_SPECS[role].fields.map((f) => f.id), "ukendt"]),
      rows: fc.integer({ min: 0, max: 12 }),
      rowCount: fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: 14 }), fc.constant(NaN)),
      cells: fc.array(anyCell, { minLength: 0, maxLength: 200 }),
      firstRow: fc.integer({ min: 1, max: 10 }),
    })
    .map(({ fields, rows, rowCount, cells, firstRow }) => {
      const columns: Record<string, BoundColumn> = {};
      fields.forEach((field, k) => {
        const values: CellValue[] = Array.from(
          { length: rows },
          (_, i) => cells[(k * 13 + i) % Math.max(1, cells.length)] ?? null,
        );
        columns[field] = { field, header: `H ${field}`, sheetColumn: k, values };
      });
      return {
        role,
        sheet: role,
        table: null,
        firstRow,
        rowCount: Number.isNaN(rowCount) ? NaN : rowCount < 0 ? rows : rowCount,
        columns,
      };
    });

const arbData = fc.record(
  Object.fromEntries(ROLES.map((r) => [r, fc.option(arbTable(r), { nil: undefined })])) as Record<
    Role,
    fc.Arbitrary<BoundTable | undefined>
  >,
);
const arbReg = fc.constantFrom("2024-2027" as const, "2019-2020" as const, "none" as const);

describe("checkData properties", () => {
  it("never throws, emits only known rules, and keeps every finding's location well-formed", () => {
    fc.assert(
      fc.property(
        arbData,
        arbReg,
        fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
        (data, registration, maxPerRule) => {
          const clean = Object.fromEntries(Object.entries(data).filter(([, t]) => t !== undefined));
          const { findings, clean: out } = checkData(clean, { registration, maxPerRule });
          for (const f of findings) {
            expect(RULE_IDS).toContain(f.rule);
            expect(f.rule).not.toBe("internal-error");
            expect(["error", "warning", "info"]).toContain(f.severity);
            if (f.row !== null) expect(Number.isInteger(f.row)).toBe(true);
          }
          for (const t of Object.values(out))
            for (const col of Object.values(t.columns)) expect(col).toHaveLength(t.rowCount);
        },
      ),
      { numRuns: 2000 },
    );
  });

  // Rows from small pools so duplicates, shared companies and over-20 windows occur often.
  const arbCourse: fc.Arbitrary<Row> = fc.record({
    cvr: fc.constantFrom("12345674", "10000009", "DK 30000005", "12345675", null, "1234"),
    segment: fc.constantFrom("drift", "Vækst", "vaekst", "x", null),
    tema: fc.constantFrom("Eksport", null),
    startdato: fc.constantFrom("2025-01-10", "2025-06-01", 45700, "2026-01-09", "31.04.2025", null),
    slutdato: fc.constantFrom("2025-03-01", null),
    timer: fc.constantFrom(1, 4, 9.5, "12,5", -1, "mange", null),
    sendtTilEvaluering: fc.constantFrom("ja", "nej", null, "?"),
    ledelsesvurdering: fc.constantFrom("ja", "nej", null),
  });

  /** A finding without what depends on row positions. */
  const key = (f: Finding): string => {
    const { firstRow: _f, otherRows: _o, ...params } = f.params ?? {};
    return JSON.stringify([f.rule, f.severity, f.column, f.rule === "duplicate-row" ? "" : f.value, params]);
  };

  it("finds the same things whatever the row order (modulo row numbers)", () => {
    fc.assert(
      fc.property(
        fc
          .array(arbCourse, { maxLength: 25 })
          .chain((rows) =>
            fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length })),
          ),
        arbReg,
        ([rows, shuffled], registration) => {
          const a = checkData({ Forloeb: bound("Forloeb", rows) }, { registration })
            .findings.map(key)
            .sort();
          const b = checkData({ Forloeb: bound("Forloeb", shuffled) }, { registration })
            .findings.map(key)
            .sort();
          expect(b).toEqual(a);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("row order moves typed values with their rows", () => {
    fc.assert(
      fc.property(fc.array(arbCourse, { minLength: 1, maxLength: 15 }), (rows) => {
        const rev = [...rows].reverse();
        const a = checkData({ Forloeb: bound("Forloeb", rows) }, { registration: "2024-2027" }).clean.Forloeb!;
        const b = checkData({ Forloeb: bound("Forloeb", rev) }, { registration: "2024-2027" }).clean.Forloeb!;
        for (const f of Object.keys(a.columns)) expect([...b.columns[f]!].reverse()).toEqual(a.columns[f]);
      }),
    );
  });
});
