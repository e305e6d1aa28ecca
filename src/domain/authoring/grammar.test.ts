import fc from "fast-check";
import {
  formatIndicatorKind,
  formatNotes,
  formatRule,
  formatTarget,
  formatWhen,
  parseIndicatorKind,
  parseNotes,
  parseRule,
  parseTarget,
  parseWhen,
} from "./grammar";
import { formatNumber, parseNumberText } from "./numbers";
import { RuleSchema, type Measure, type Rule } from "../contract/schema";

const value = <T>(r: { ok: true; value: T } | { ok: false; reason: string }): T => {
  if (!r.ok) throw new Error(r.reason);
  return r.value;
};

describe("Regel", () => {
  it.each<[string, Rule]>([
    ["andel af mål", { kind: "proportional" }],
    ["Andel af måltal", { kind: "proportional" }],
    ["nået/ikke nået", { kind: "threshold" }],
    ["Nået / ikke nået", { kind: "threshold" }],
    ["naaet/ikke naaet", { kind: "threshold" }],
    ["tjekliste", { kind: "checklist" }],
    ["tjekliste: krævet 6", { kind: "checklist", requiredDone: 6 }],
    ["tjekliste (krævet 6)", { kind: "checklist", requiredDone: 6 }],
    [
      "trin: 60=100; 50=50",
      {
        kind: "steps",
        steps: [
          { atLeast: 60, pct: 100 },
          { atLeast: 50, pct: 50 },
        ],
      },
    ],
    ["Trin: 2,5 = 100 %", { kind: "steps", steps: [{ atLeast: 2.5, pct: 100 }] }],
  ])("%s", (text, rule) => expect(value(parseRule(text))).toEqual(rule));

  it.each([
    ["procent", "rule-unknown"],
    ["trin: 60", "rule-steps"],
    ["trin: 60=150", "rule-steps-pct"],
    ["trin:", "rule-steps"],
    ["tjekliste: alle", "rule-checklist"],
  ])("%s → %s", (text, reason) => expect(parseRule(text)).toEqual({ ok: false, reason }));

  it("formats every rule so that it reads back", () => {
    const rule = fc.oneof(
      fc.constant<Rule>({ kind: "proportional" }),
      fc.constant<Rule>({ kind: "threshold" }),
      fc.constant<Rule>({ kind: "checklist" }),
      fc.integer({ min: 1, max: 50 }).map<Rule>((n) => ({ kind: "checklist", requiredDone: n })),
      fc
        .array(
          fc.record({
            atLeast: fc.double({ min: -1e6, max: 1e6, noNaN: true }).filter((x) => !Object.is(x, -0)),
            pct: fc.double({ min: 0, max: 100, noNaN: true }).filter((x) => !Object.is(x, -0)),
          }),
          { minLength: 1, maxLength: 5 },
        )
        .map<Rule>((steps) => ({ kind: "steps", steps })),
    );
    fc.assert(
      fc.property(rule, (r) => {
        expect(RuleSchema.safeParse(r).success).toBe(true);
        expect(value(parseRule(formatRule(r)))).toEqual(r);
      }),
    );
  });
});

describe("Måltal", () => {
  it("numbers, parameters and options", () => {
    expect(value(parseTarget("70"))).toBe(70);
    expect(value(parseTarget("2,50"))).toBe(2.5);
    expect(value(parseTarget("1.200"))).toBe(1200);
    expect(value(parseTarget("70 %"))).toBe(70);
    expect(value(parseTarget("efter hus: sjaelland=171; fyn = 94"))).toEqual({
      param: "hus",
      values: { sjaelland: 171, fyn: 94 },
    });
    expect(value(parseTarget("indstilling: henvisteMaal"))).toEqual({ option: "henvisteMaal" });
    expect(parseTarget("mange")).toEqual({ ok: false, reason: "target-unknown" });
    expect(parseTarget("efter hus: sjaelland")).toEqual({ ok: false, reason: "target-param" });
  });

  it("reads back what it writes", () => {
    for (const t of [171, 2.5, { param: "house", values: { a: 1, "b-c": 2.25 } }, { option: "x" }] as const) {
      const cell = formatTarget(t);
      expect(typeof cell === "number" ? cell : value(parseTarget(cell))).toEqual(t);
    }
  });
});

describe("Gælder når / Variant når", () => {
  it("text, numbers and yes/no", () => {
    expect(value(parseWhen('npsOmfang = "pr-segment"'))).toEqual({ option: "npsOmfang", equals: "pr-segment" });
    expect(value(parseWhen("npsOmfang = samlet"))).toEqual({ option: "npsOmfang", equals: "samlet" });
    expect(value(parseWhen("niveau = 2,5"))).toEqual({ option: "niveau", equals: 2.5 });
    expect(value(parseWhen("aktiv = ja"))).toEqual({ option: "aktiv", equals: true });
    expect(value(parseWhen("delvistKredit = „0.5“"))).toEqual({ option: "delvistKredit", equals: "0.5" });
    expect(parseWhen("npsOmfang")).toEqual({ ok: false, reason: "when-syntax" });
  });
  it("reads back what it writes", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9-]{0,20}$/),
        fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.boolean()),
        (option, equals) => {
          expect(value(parseWhen(formatWhen({ option, equals })))).toEqual({ option, equals });
        },
      ),
    );
  });
});

describe("Indikator", () => {
  it("kinds and qualifiers", () => {
    expect(value(parseIndicatorKind("Antal virksomheder"))).toEqual({ kind: "distinct" });
    expect(value(parseIndicatorKind("NØGLETAL"))).toEqual({ kind: "keyFigure" });
    expect(value(parseIndicatorKind("fordeling (relativ)"))).toEqual({ kind: "distribution", relative: true });
    expect(value(parseIndicatorKind("tjekliste (delvist = 0,5)"))).toEqual({ kind: "checklist", partialCredit: 0.5 });
    expect(parseIndicatorKind("gennemsnit")).toEqual({ ok: false, reason: "kind-unknown" });
    expect(parseIndicatorKind("nps (relativ)")).toEqual({ ok: false, reason: "kind-qualifier" });
    expect(parseIndicatorKind("tjekliste (delvist = 2)")).toEqual({ ok: false, reason: "kind-partial" });
  });
  it("formats the qualifiers it reads", () => {
    const m: Measure = { kind: "checklist", items: [{ id: "a", text: "A" }], partialCredit: 0.25 };
    expect(formatIndicatorKind(m)).toBe("tjekliste (delvist = 0,25)");
    expect(value(parseIndicatorKind(formatIndicatorKind(m)))).toEqual({ kind: "checklist", partialCredit: 0.25 });
  });
});

describe("Bemærkninger", () => {
  it("one note per tagged line; untagged lines continue the note above", () => {
    expect(parseNotes("[standard] Første\nfortsat\n[tvetydighed] Anden")).toEqual([
      { kind: "default", text: "Første\nfortsat" },
      { kind: "ambiguity", text: "Anden" },
    ]);
    expect(parseNotes("Bare en bemærkning")).toEqual([{ kind: "info", text: "Bare en bemærkning" }]);
    expect(parseNotes("[ukendt] tekst")).toEqual([{ kind: "info", text: "[ukendt] tekst" }]);
  });
  it("reads back what it writes", () => {
    const notes = [
      { kind: "source" as const, text: "Side 3, [fodnote]" },
      { kind: "inconsistency" as const, text: "6 eller 9 indsatser?\nSe bilag." },
    ];
    expect(parseNotes(formatNotes(notes))).toEqual(notes);
  });
});

describe("numbers as people type them", () => {
  it.each([
    ["2,5", 2.5],
    ["2.5", 2.5],
    ["1.200", 1200],
    ["1.200,5", 1200.5],
    ["-3", -3],
    ["−3", -3],
    ["1e3", 1000],
    [" 70 ", 70],
  ])("%s → %d", (t, n) => expect(parseNumberText(t)).toBe(n));
  it.each(["", "tre", "1,2,3", "2..5", "Infinity", "0x10"])("%s is not a number", (t) =>
    expect(parseNumberText(t)).toBeNull(),
  );
  it("formatNumber reads back exactly", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(parseNumberText(formatNumber(x))).toBe(Object.is(x, -0) ? 0 : x);
      }),
    );
  });
});
