import fc from "fast-check";
import { FINDINGS } from "../locales/views.testing";
import { findingsOfEveryRule } from "./allRules.testing";
import { findingTitle, formatFinding } from "./format";
import { RULES, RULE_IDS } from "../../domain/checks/rules";
import type { Finding } from "../../domain/findings";
import { placeholders } from "../fill";
import { LANGS } from "../locales";

describe("findings catalogue", () => {
  it("has every rule, with the checks' severity, in both languages", () => {
    expect(Object.keys(FINDINGS).sort()).toEqual([...RULE_IDS].sort());
    for (const rule of RULE_IDS) {
      const e = FINDINGS[rule];
      expect(e.severity).toBe(RULES[rule]);
      for (const lang of LANGS) {
        expect(e[lang].title.trim()).not.toBe("");
        expect(e[lang].message.trim()).not.toBe("");
      }
      expect(placeholders(e.en.message)).toEqual(placeholders(e.da.message));
    }
  });

  it("has different Danish and English texts", () => {
    for (const rule of RULE_IDS) expect(FINDINGS[rule].en.message).not.toBe(FINDINGS[rule].da.message);
  });

  const emitted = findingsOfEveryRule();

  it("covers every rule the checks emit, and the fixture emits every rule but internal-error", () => {
    const rules = new Set(emitted.map((f) => f.rule));
    for (const r of rules) expect(RULE_IDS).toContain(r);
    // Binding and input rules come from src/domain/binding (tested there); the checks emit all the others.
    expect([...rules].sort()).toEqual(
      RULE_IDS.filter((r) => r !== "internal-error" && !r.startsWith("binding-") && !r.startsWith("input-")).sort(),
    );
  });

  it("renders every emitted finding with every placeholder filled, naming sheet, row and column", () => {
    for (const f of emitted)
      for (const lang of LANGS) {
        const text = formatFinding(f, lang);
        expect(text).not.toMatch(/[{}]|\?(?!\))/);
        expect(text).toContain(`"${f.sheet}"`);
        if (f.row !== null) expect(text).toContain(String(f.row));
        if (f.row !== null && f.column) expect(text).toContain(`"${f.column}"`);
      }
  });
});

describe("formatFinding", () => {
  const f: Finding = {
    severity: "error",
    rule: "cvr-check-digit",
    sheet: "Forløb",
    table: "Forloeb",
    row: 7,
    column: "CVR nr",
    value: "12345675",
    params: { field: "CVR nr" },
  };

  it("says where, what and what to do, in Danish and English", () => {
    expect(formatFinding(f, "da")).toBe(
      'Ark "Forløb", række 7, kolonne "CVR nr": CVR-nummeret "12345675" fejler kontrollen (modulus 11) og er sandsynligvis tastet forkert. Slå nummeret op i CVR-registret, og ret det.',
    );
    expect(formatFinding(f, "en")).toBe(
      'Sheet "Forløb", row 7, column "CVR nr": The CVR number "12345675" fails the check (modulus 11) and is probably mistyped. Look it up in the CVR register and correct it.',
    );
  });

  it("writes numbers and dates the language's way, row numbers as Excel shows them", () => {
    const g: Finding = {
      severity: "error",
      rule: "hours-over-20-no-decision",
      sheet: "Forløb",
      table: "Forloeb",
      row: 12000,
      column: "Ledelsesvurdering",
      value: "",
      params: {
        cvr: "12345674",
        hours: 12.5,
        total: 22.5,
        limit: 20,
        windowStart: "2025-01-10",
        windowEnd: "2026-01-09",
        otherRows: "10450, 12001",
      },
    };
    const da = formatFinding(g, "da");
    expect(da).toContain("række 12000,");
    expect(da).toContain("22,5 timers vejledning i perioden 10-01-2025 til 09-01-2026");
    expect(da).toContain("række 10450, 12001");
    expect(formatFinding(g, "en")).toContain("22.5 hours of guidance from 2025-01-10 to 2026-01-09");
  });

  it("does not list other rows when the one course is over 20 hours by itself", () => {
    const g: Finding = {
      severity: "error",
      rule: "hours-over-20-no-decision",
      sheet: "CRM udtræk 2025",
      table: null,
      row: 16,
      column: "Ledelsesbeslutning",
      value: "",
      params: {
        cvr: "31551242",
        hours: 25,
        total: 25,
        limit: 20,
        windowStart: "2025-06-20",
        windowEnd: "2026-06-19",
        otherRows: "",
        courses: 1,
      },
    };
    const da = formatFinding(g, "da");
    expect(da).toContain("25 timers vejledning i perioden 20-06-2025 til 19-06-2026 i dette ene forløb");
    expect(da).not.toContain("række )");
    expect(formatFinding(g, "en")).toContain("in this one course");
    expect(formatFinding(g, "en")).not.toContain("rows )");
  });

  it("names the rule a summary refers to by its title", () => {
    const m: Finding = {
      severity: "error",
      rule: "more-findings",
      sheet: "Forløb",
      table: "Forloeb",
      row: null,
      column: null,
      value: null,
      params: { rule: "cvr-check-digit", count: 15000, limit: 1000 },
    };
    expect(formatFinding(m, "da")).toBe(
      'Ark "Forløb": 15.000 fund mere af typen "CVR-nummer fejler kontrolcifferet" er ikke vist (højst 1000 pr. regel og tabel). Ret de viste, og kontrollér igen.',
    );
  });

  it("gives a generic text for an unknown rule", () => {
    expect(formatFinding({ ...f, rule: "ny-regel" }, "en")).toBe(
      'Sheet "Forløb", row 7, column "CVR nr": The value "12345675" fails the check ny-regel. Check the cell.',
    );
    expect(findingTitle("ny-regel", "da")).toBe("ny-regel");
  });

  it("never throws, whatever the finding holds", () => {
    const arb = fc.record({
      severity: fc.constantFrom("error", "warning", "info"),
      rule: fc.oneof(fc.constantFrom(...RULE_IDS), fc.string(), fc.constant("__proto__"), fc.constant("constructor")),
      sheet: fc.option(fc.string(), { nil: null }),
      table: fc.option(fc.string(), { nil: null }),
      row: fc.option(fc.integer(), { nil: null }),
      column: fc.option(fc.string(), { nil: null }),
      value: fc.option(fc.string(), { nil: null }),
      params: fc.option(fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.double())), { nil: undefined }),
    });
    fc.assert(
      fc.property(arb, fc.constantFrom("da" as const, "en" as const), (finding, lang) => {
        expect(typeof formatFinding(finding as Finding, lang)).toBe("string");
      }),
    );
    expect(typeof formatFinding(null as unknown as Finding, "da")).toBe("string");
  });
});
