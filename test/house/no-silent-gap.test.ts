/**
 * "Nothing missing in silence" (issue 13, item 1), over the library: a house's export with any of its
 * CRM or survey columns left out, evaluated against every contract — every table, column, key figure
 * and activity item a goal needs and did not get is a finding (warning) naming the goals it starves,
 * and `check` says a goal cannot be computed.
 */
import fc from "fast-check";
import type { NewWorkbookSpec } from "../../src/workbook/sheet/spec";
import { analyse } from "./analyse";
import { houseExport } from "./house-export";

const CONTRACTS: readonly [string, Record<string, string>, number][] = [
  ["sjaelland-2025", {}, 2025],
  ["hovedstaden-2020", {}, 2020],
  ["rammeaftale-2024-2027", { year: "2025" }, 2025],
  ["rammeaftale-2019-2020", {}, 2020],
  ["vaeksthus-hovedstaden-2018", {}, 2018],
];

/** The export without the given columns of a sheet (by position). */
function without(spec: NewWorkbookSpec, sheet: string, drop: readonly number[]): NewWorkbookSpec {
  return {
    ...spec,
    sheets: spec.sheets.map((s) =>
      s.name !== sheet ? s : { ...s, rows: (s.rows ?? []).map((r) => r.filter((_, k) => !drop.includes(k))) },
    ),
  };
}

const goalsOf = (p: Record<string, unknown> | undefined): string[] =>
  String(p?.goals ?? p?.goal ?? "")
    .split(",")
    .map((g) => g.trim());

describe("every input a goal lacks is a finding naming the goal (house exports, any columns left out)", () => {
  it("for every contract of the library", async () => {
    let lacking = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...CONTRACTS),
        fc.uniqueArray(fc.integer({ min: 0, max: 11 }), { maxLength: 4 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 4 }), { maxLength: 2 }),
        fc.boolean(),
        async ([id, params, year], crm, survey, noKeys) => {
          let spec = without(without(houseExport({ year }), "CRM-udtræk", crm), "Evaluering", survey);
          if (noKeys) spec = { ...spec, sheets: spec.sheets.filter((s) => s.name !== "Nøgletal 2025") };
          const r = await analyse(spec, id, params);
          const findings = r.check.findings.filter((f) => f.rule.startsWith("input-"));
          const said = (
            rule: (f: string) => boolean,
            goals: readonly string[],
            test: (p: Record<string, unknown>) => boolean,
          ) =>
            findings.some(
              (f) => rule(f.rule) && test(f.params ?? {}) && goals.every((g) => goalsOf(f.params).includes(g)),
            );
          const silent: string[] = [];
          for (const t of r.inputs.roles)
            if (
              !t.source &&
              !said(
                (x) => x.endsWith("-missing"),
                t.goals,
                (p) => p.role === t.role,
              )
            )
              silent.push(`table ${t.role}`);
          for (const c of r.inputs.fields)
            if (
              !c.bound &&
              !said(
                (x) => x === "input-column-missing",
                c.goals,
                (p) => p.field === c.field && p.role === c.role,
              )
            )
              silent.push(`column ${c.role}.${c.field}`);
          if (r.data.Noegletal)
            for (const k of r.inputs.keys)
              if (
                !k.match &&
                !said(
                  (x) => x === "input-key-missing",
                  k.goals,
                  (p) => p.key === k.label,
                )
              )
                silent.push(`key ${k.key}`);
          if (r.data.Aktiviteter)
            for (const it of r.inputs.items)
              if (
                !it.match &&
                !said(
                  (x) => x === "input-item-missing",
                  [it.goal],
                  (p) => p.item === it.text,
                )
              )
                silent.push(`item ${it.goal}/${it.item}`);
          expect(silent).toEqual([]);
          const starved =
            r.inputs.roles.some((t) => !t.source) ||
            r.inputs.fields.some((c) => !c.bound) ||
            (r.data.Noegletal !== undefined && r.inputs.keys.some((k) => !k.match));
          expect(r.check.starved).toBe(starved);
          if (starved) lacking++;
          for (const f of findings.filter((x) => x.severity === "warning")) expect(goalsOf(f.params)[0]).not.toBe("");
        },
      ),
      { numRuns: 40, seed: 13 },
    );
    // Not vacuous: most runs lack something.
    expect(lacking).toBeGreaterThan(10);
  });
});
