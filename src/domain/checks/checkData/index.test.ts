import { checkData } from ".";
import type { Finding } from "../../findings";
import { makeValidCvr } from "../../parse/makeValidCvr";
import { bound, course, deepFreeze } from "../_lib/tables.testing";
import type { Registration } from "../rules";

const at = (fs: readonly Finding[]): string[] => fs.map((f) => `${f.rule}@${f.row ?? "-"}:${f.column ?? "-"}`);
const only = (fs: readonly Finding[], rule: string) => fs.filter((f) => f.rule === rule);

/** Course rows for different companies (so no row duplicates another or shares its hours). */
const CVRS = Array.from({ length: 200 }, (_, i) => makeValidCvr(2000000 + i)).filter((c) => c !== null);
const distinct = (rows: Parameters<typeof course>[0][]) =>
  rows.map((r, i) => course({ cvr: CVRS[i] ?? null, virksomhed: `Firma ${i}`, ...r }));

const courses = (rows: Parameters<typeof course>[0][], reg: Registration = "2024-2027", opts = {}) =>
  checkData({ Forloeb: bound("Forloeb", distinct(rows), opts) }, { registration: reg });

describe("checkData — a clean course", () => {
  it("has no findings and typed values", () => {
    const { findings, clean } = checkData({ Forloeb: bound("Forloeb", [course()]) }, { registration: "2024-2027" });
    expect(findings).toEqual([]);
    const t = clean.Forloeb!;
    expect(t.columns.cvr).toEqual(["12345674"]);
    expect(t.columns.segment).toEqual(["vækst"]);
    expect(t.columns.startdato).toEqual([45720]);
    expect(t.columns.timer).toEqual([2]);
    expect(t.columns.henvistTil).toEqual([["EIFO"]]);
    expect(t.columns.sendtTilEvaluering).toEqual([false]);
    expect(Array.from(t.blank, Boolean)).toEqual([false]);
    expect(t.headers.cvr).toBe("CVR-nummer");
  });
});

describe("checkData — where a finding points", () => {
  it("names sheet, table, Excel row, the user's header and the value", () => {
    const { findings, clean } = courses([{}, {}, { cvr: "12345675" }], "2024-2027", {
      firstRow: 5,
      headers: { cvr: "CVR nr" },
      sheet: "CRM-udtræk",
    });
    expect(findings).toEqual([
      {
        severity: "error",
        rule: "cvr-check-digit",
        sheet: "CRM-udtræk",
        table: "Forloeb",
        row: 7,
        column: "CVR nr",
        value: "12345675",
        params: { field: "CVR nr" },
      },
    ]);
    expect(clean.Forloeb!.columns.cvr).toEqual([CVRS[0], CVRS[1], null]);
  });
});

describe("checkData — CVR", () => {
  it.each([
    ["1234567", "cvr-format"],
    ["1234567X", "cvr-format"],
    ["02345674", "cvr-leading-zero"],
    ["12345670", "cvr-check-digit"],
  ])("%j → %s (error, value left out)", (cvr, rule) => {
    const { findings, clean } = courses([{ cvr }]);
    expect(at(findings)).toEqual([`${rule}@2:CVR-nummer`]);
    expect(findings[0]!.severity).toBe("error");
    expect(clean.Forloeb!.columns.cvr).toEqual([null]);
  });

  it("normalises spaces and a DK prefix, keeps the value and says so (info)", () => {
    const { findings, clean } = courses([
      // One company, 1 hour each: 3 hours in all, not over the 3-hour rule's limit.
      { cvr: "DK 12 34 56 74", timer: 1 },
      { cvr: 12345674, timer: 1 },
      { cvr: " 12345674 ", timer: 1 },
    ]);
    expect(at(findings)).toEqual(["cvr-normalised@2:CVR-nummer"]);
    expect(findings[0]).toMatchObject({ severity: "info", value: "DK 12 34 56 74", params: { cvr: "12345674" } });
    expect(clean.Forloeb!.columns.cvr).toEqual(["12345674", "12345674", "12345674"]);
  });

  it("blank CVR: error in Forløb under 2024–27 and 2019–20, nothing without registration rules", () => {
    expect(at(courses([{ cvr: null }], "2024-2027").findings)).toEqual(["cvr-blank@2:CVR-nummer"]);
    expect(courses([{ cvr: "" }], "2019-2020").findings[0]).toMatchObject({ rule: "cvr-blank", severity: "error" });
    expect(courses([{ cvr: null }], "none").findings).toEqual([]);
  });

  it("blank CVR in Brugerevaluering is a warning", () => {
    const { findings } = checkData(
      { Evaluering: bound("Evaluering", [{ cvr: null, anbefaling: 9 }], { fields: ["cvr", "anbefaling"] }) },
      { registration: "2024-2027" },
    );
    expect(findings).toMatchObject([{ rule: "cvr-blank", severity: "warning", row: 2 }]);
  });
});

describe("checkData — §9 registration fields", () => {
  it("P-number, segment, theme and referral blank → warnings under 2024–27 only", () => {
    const row = { pnummer: null, segment: " ", tema: null, henvistTil: "" };
    expect(at(courses([row], "2024-2027").findings).sort()).toEqual([
      "henvist-missing@2:Henvist til",
      "pnummer-missing@2:P-nummer",
      "segment-missing@2:Kundesegment",
      "tema-missing@2:Tema",
    ]);
    expect(courses([row], "2024-2027").findings.every((f) => f.severity === "warning")).toBe(true);
    expect(courses([row], "2019-2020").findings).toEqual([]);
    expect(courses([row], "none").findings).toEqual([]);
  });

  it('"ingen" in Henvist til is an answer: no warning, empty list', () => {
    const { findings, clean } = courses([{ henvistTil: "Ingen" }]);
    expect(findings).toEqual([]);
    expect(clean.Forloeb!.columns.henvistTil).toEqual([[]]);
  });

  it("bad P-number and segment are errors under any registration", () => {
    expect(at(courses([{ pnummer: "123", segment: "iværksætter" }], "none").findings).sort()).toEqual([
      "pnummer-format@2:P-nummer",
      "segment-invalid@2:Kundesegment",
    ]);
  });

  it("reports required columns the binding leaves out (field-missing, row null)", () => {
    const { findings } = checkData(
      { Forloeb: bound("Forloeb", [{ cvr: "12345674", startdato: 45720 }]) },
      { registration: "2024-2027" },
    );
    expect(only(findings, "field-missing").map((f) => f.column)).toEqual([
      "P-nummer",
      "Kundesegment",
      "Tema",
      "Henvist til",
    ]);
    expect(only(findings, "field-missing").every((f) => f.row === null && f.severity === "warning")).toBe(true);
    const none = checkData({ Forloeb: bound("Forloeb", [{ virksomhed: "A" }]) }, { registration: "none" }).findings;
    expect(only(none, "field-missing").map((f) => f.column)).toEqual(["Startdato"]);
  });
});

describe("checkData — dates, numbers, yes/no", () => {
  it("date-invalid, startdate-missing, start-after-end, founded-after-start", () => {
    const { findings, clean } = courses([
      { startdato: "31.04.2025" },
      { startdato: null },
      { startdato: "2025-05-01", slutdato: "2025-04-01" },
      { stiftelsesdato: "2026-01-01" },
    ]);
    expect(at(findings)).toEqual([
      "date-invalid@2:Startdato",
      "startdate-missing@3:Startdato",
      "start-after-end@4:Slutdato",
      "founded-after-start@5:Stiftelsesdato",
    ]);
    expect(findings[2]!.params).toMatchObject({ start: "2025-05-01", end: "2025-04-01" });
    expect(findings[3]!.severity).toBe("warning");
    expect(clean.Forloeb!.columns.startdato).toEqual([null, null, 45778, 45720]);
  });

  it("number-invalid and hours-negative", () => {
    const { findings, clean } = courses([{ timer: "to" }, { timer: -1 }, { timer: "2,5" }]);
    expect(at(findings)).toEqual(["number-invalid@2:Timer", "hours-negative@3:Timer"]);
    expect(clean.Forloeb!.columns.timer).toEqual([null, null, 2.5]);
  });

  it("yesno-invalid", () => {
    expect(at(courses([{ ledelsesvurdering: "måske" }]).findings)).toEqual(["yesno-invalid@2:Ledelsesvurdering"]);
  });

  it("cell-error-value replaces the type's own rule", () => {
    const { findings } = courses([{ cvr: { error: "#N/A" }, timer: { error: "#DIV/0!" } }]);
    expect(at(findings)).toEqual(["cell-error-value@2:CVR-nummer", "cell-error-value@2:Timer"]);
    expect(findings.map((f) => f.value)).toEqual(["#N/A", "#DIV/0!"]);
  });
});

describe("checkData — the 3-hour rule (rammeaftale 2024–27 §9)", () => {
  it("Timer > 3 without 'ja' in Sendt til brugerevaluering: an error under 2024–27, and no rule under earlier agreements", () => {
    const rows = [
      { timer: 3, sendtTilEvaluering: "nej" },
      { timer: 3.5, sendtTilEvaluering: "nej" },
      { timer: 4, sendtTilEvaluering: null },
      { timer: 10, sendtTilEvaluering: "ja" },
      { timer: 5, sendtTilEvaluering: "måske" },
    ];
    const r2024 = courses(rows, "2024-2027").findings;
    expect(at(r2024)).toEqual([
      "yesno-invalid@6:Sendt til brugerevaluering",
      "hours-over-3-not-evaluated@3:Sendt til brugerevaluering",
      "hours-over-3-not-evaluated@4:Sendt til brugerevaluering",
    ]);
    expect(only(r2024, "hours-over-3-not-evaluated")[0]).toMatchObject({
      severity: "error",
      value: "nej",
      params: { hours: 3.5, limit: 3 },
    });
    // The 2019–20 agreement and the contracts under it have no 3-hour rule (only 2024–27 §9 has).
    expect(only(courses(rows, "2019-2020").findings, "hours-over-3-not-evaluated")).toEqual([]);
    expect(only(courses(rows, "none").findings, "hours-over-3-not-evaluated")).toEqual([]);
  });

  it("does not run when the evaluation column is not bound (and says so under 2024–27)", () => {
    const fields = ["cvr", "pnummer", "segment", "tema", "startdato", "timer", "henvistTil"];
    const { findings } = checkData(
      { Forloeb: bound("Forloeb", [course({ timer: 8 })], { fields }) },
      { registration: "2024-2027" },
    );
    expect(at(findings)).toEqual(["rule-not-checked@-:-"]);
    expect(findings[0]!.params).toEqual({ rule: "hours-over-3-not-evaluated", fields: "Sendt til brugerevaluering" });
  });
});

describe("checkData — blank rows", () => {
  it("skips entirely blank rows silently and marks them", () => {
    const t = bound("Forloeb", [course(), {}, course({ cvr: "  " })]);
    const blankRow = Object.fromEntries(Object.keys(t.columns).map((f) => [f, f === "virksomhed" ? "  " : null]));
    const data = { Forloeb: bound("Forloeb", [course(), blankRow, course({ cvr: "  " })]) };
    const { findings, clean } = checkData(data, { registration: "2024-2027" });
    expect(at(findings)).toEqual(["cvr-blank@4:CVR-nummer"]);
    expect(Array.from(clean.Forloeb!.blank, Boolean)).toEqual([false, true, false]);
    expect(clean.Forloeb!.columns.cvr).toEqual(["12345674", null, null]);
  });
});

describe("checkData — Brugerevaluering", () => {
  const evals = (rows: Record<string, unknown>[]) =>
    checkData(
      { Evaluering: bound("Evaluering", rows.map((r) => ({ cvr: "12345674", ...r })) as never) },
      { registration: "2024-2027" },
    );

  it("score, effect, referral and sustainability answers", () => {
    const { findings, clean } = evals([
      { anbefaling: 11, effekt: "I HØJ GRAD", henvisning: "Forventer at bruge", baeredygtighed: null },
      { anbefaling: "7,5", effekt: "måske", henvisning: "kan ikke huske", baeredygtighed: "lidt" },
      { anbefaling: "9", effekt: "ved ikke", henvisning: "nej", baeredygtighed: "i nogen grad" },
    ]);
    expect(at(findings)).toEqual([
      "score-invalid@2:Anbefaling (0-10)",
      "score-invalid@3:Anbefaling (0-10)",
      "effect-invalid@3:Forventet effekt",
      "referral-invalid@3:Brug af henvisning",
      "sustainability-invalid@3:Bæredygtighed",
    ]);
    const t = clean.Evaluering!;
    expect(t.columns.anbefaling).toEqual([null, null, 9]);
    expect(t.columns.effekt).toEqual(["i høj grad", null, "ved ikke"]);
    expect(t.columns.henvisning).toEqual(["forventer", null, "nej"]);
    expect(t.columns.baeredygtighed).toEqual([null, null, "i nogen grad"]);
  });

  it("identical answers without a CVR are not duplicates; with the same CVR they are", () => {
    const { findings } = evals([
      { cvr: null, anbefaling: 10 },
      { cvr: null, anbefaling: 10 },
      { anbefaling: 9 },
      { anbefaling: 9 },
    ]);
    expect(at(findings.filter((f) => f.rule !== "cvr-blank"))).toEqual(["duplicate-row@5:-"]);
  });
});

describe("checkData — Nøgletal, Kommuner, Aktiviteter", () => {
  it("noegle-duplicate (folded), number-invalid, required-blank", () => {
    const { findings, clean } = checkData(
      {
        Noegletal: bound("Noegletal", [
          { noegle: "Omsætning i alt", vaerdi: "12.500.000" },
          { noegle: "Basistilskud", vaerdi: "ca. 5 mio" },
          { noegle: "omsaetning  i alt", vaerdi: 1 },
          { noegle: null, vaerdi: 3 },
        ]),
      },
      { registration: "2024-2027" },
    );
    expect(at(findings).sort()).toEqual([
      "noegle-duplicate@4:Nøgle",
      "number-invalid@3:Værdi",
      "required-blank@5:Nøgle",
    ]);
    expect(only(findings, "noegle-duplicate")[0]!.params).toEqual({ firstRow: 2 });
    expect(clean.Noegletal!.columns.vaerdi).toEqual([12500000, null, 1, 3]);
  });

  it("kommunetype-invalid and activity-status-invalid", () => {
    const { findings } = checkData(
      {
        Kommuner: bound("Kommuner", [{ kommune: "Køge", befolkning: "61.000", kommunetype: "forstad" }]),
        Aktiviteter: bound("Aktiviteter", [{ maal: "6", aktivitet: "Netværk", status: "i gang" }]),
      },
      { registration: "none" },
    );
    expect(at(findings)).toEqual(["kommunetype-invalid@2:Kommunetype", "activity-status-invalid@2:Status"]);
  });
});

describe("checkData — limits and robustness", () => {
  it("keeps maxPerRule findings per rule and counts the rest in more-findings", () => {
    const rows = Array.from({ length: 25 }, () => ({ cvr: "12345675" }));
    const { findings } = courses(rows, "none", {});
    const capped = checkData({ Forloeb: bound("Forloeb", distinct(rows)) }, { registration: "none", maxPerRule: 10 });
    expect(only(findings, "cvr-check-digit")).toHaveLength(25);
    expect(only(capped.findings, "cvr-check-digit")).toHaveLength(10);
    expect(only(capped.findings, "more-findings")).toEqual([
      expect.objectContaining({
        severity: "error",
        row: null,
        params: { rule: "cvr-check-digit", count: 15, limit: 10 },
      }),
    ]);
  });

  it("does not mutate its input", () => {
    const data = deepFreeze({ Forloeb: bound("Forloeb", [course({ cvr: "DK12345674" }), course({ timer: 30 })]) });
    const copy = JSON.parse(JSON.stringify(data));
    checkData(data, { registration: "2024-2027" });
    expect(JSON.parse(JSON.stringify(data))).toEqual(copy);
  });

  it("copes with ragged columns, odd row counts and empty data", () => {
    const t = bound("Forloeb", [course(), course()]);
    const ragged = { ...t, rowCount: 3, columns: { ...t.columns, cvr: { ...t.columns.cvr!, values: ["12345674"] } } };
    expect(() => checkData({ Forloeb: ragged }, { registration: "2024-2027" })).not.toThrow();
    expect(checkData({ Forloeb: { ...t, rowCount: NaN } }, { registration: "none" }).clean.Forloeb!.rowCount).toBe(0);
    expect(checkData({}, { registration: "none" })).toEqual({ findings: [], clean: {} });
  });
});
