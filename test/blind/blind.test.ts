/**
 * Blind workbooks: built from the contract documents the way a house's reporting staff or a KKR
 * secretary would fill them in (LibreOffice-written .xlsx from flat ODS or CSV, one file with
 * Excel tables from createWorkbook), run through the CLI's use-cases with the xlsx adapter.
 * Every expected figure is computed by hand in test/fixtures/blind/README.md.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadContractData } from "../../src/app/load";
import { runChecks, runEvaluation } from "../../src/app/evaluate";
import { planStatusSheet } from "../../src/app/plan-write";
import { HEADER_ROW, statusColumns } from "../../src/app/status-report";
import type { EvaluationResult } from "../../src/domain/engine/types";
import type { Finding } from "../../src/domain/findings";
import { formatFinding } from "../../src/i18n/findings/format";
import { findContract } from "../../src/templates";
import { XlsxWorkbook } from "../../src/workbook/xlsx";

const DIR = join(__dirname, "..", "fixtures", "blind");

type Options = Parameters<typeof runEvaluation>[2];

async function run(file: string, contractId: string, options: Options = {}) {
  const contract = findContract(contractId)!;
  const port = XlsxWorkbook.open(new Uint8Array(readFileSync(join(DIR, file))));
  const loaded = await loadContractData(port, contract);
  const checked = runChecks(contract, loaded.data, loaded.findings);
  const result = runEvaluation(contract, loaded.data, options, loaded.findings);
  return { loaded, findings: checked.findings, result };
}

/** Goal id → [fulfilment, { indicator id → [value, fulfilment] }]. */
function figures(r: EvaluationResult) {
  return Object.fromEntries(
    r.goals.map((g) => [
      g.id,
      [g.fulfilmentPct, Object.fromEntries(g.indicators.map((i) => [i.id, [i.value, i.fulfilmentPct]]))],
    ]),
  );
}

const rules = (fs: readonly Finding[]) => fs.map((f) => `${f.rule}@${f.row ?? "-"}`).sort();

describe("Sjælland 2025: CRM export with a title block, English answer headers, key figures as pairs", () => {
  const file = "sjaelland-2025-crm.xlsx";

  it("binds the house's own headers below the title block", async () => {
    const { loaded } = await run(file, "sjaelland-2025");
    const f = loaded.data.Forloeb!;
    expect(f).toMatchObject({ sheet: "CRM udtræk 2025", table: null, firstRow: 5, hiddenRows: [27] });
    expect(f.columns["forloebstype"]?.header).toBe("Ydelse");
    expect(f.columns["sendtTilEvaluering"]?.header).toBe("Sendt til evaluering");
    expect(loaded.data.Evaluering?.columns["anbefaling"]?.header).toBe("Likelihood to recommend");
    expect(loaded.data.Noegletal).toMatchObject({ sheet: "Økonomi og nøgletal", firstRow: 4 });
    expect(loaded.data.Kommuner?.columns["kommunetype"]?.header).toBe("By/land");
  });

  it("finds the real problems and no false alarm from the totals row", async () => {
    const { findings } = await run(file, "sjaelland-2025");
    const notReferred = findings.filter((f) => f.rule === "henvist-missing").length;
    expect(notReferred).toBe(17); // 24 courses, 7 with an actor in "Henvist til"
    expect(rules(findings.filter((f) => f.rule !== "henvist-missing"))).toEqual(
      [
        "cvr-check-digit@21",
        "cvr-normalised@6",
        "cvr-normalised@7",
        "hours-over-20-no-decision@16",
        // Andersen Smed: 2,5 h and 1 h in 2025, never sent — the company's guidance is over 3 hours.
        "hours-over-3-not-evaluated@5",
        "hours-over-3-not-evaluated@17",
        "score-invalid@14",
        "totals-row-skipped@30",
      ].sort(),
    );
    const h20 = findings.find((f) => f.rule === "hours-over-20-no-decision")!;
    expect(formatFinding(h20, "da")).toContain('Ark "CRM udtræk 2025", række 16, kolonne "Ledelsesbeslutning"');
    expect(formatFinding(h20, "da")).not.toContain("række )");
    const bad = findings.find((f) => f.rule === "cvr-check-digit")!;
    expect(formatFinding(bad, "da")).toContain('kolonne "CVR nr.": CVR-nummeret "31551685"');
  });

  it("computes every goal as by hand", async () => {
    const { result } = await run(file, "sjaelland-2025");
    expect(figures(result)).toEqual({
      "1": [2.34, { "virksomheder-under-3-aar": [4, 2.34] }],
      "2": [100, { kendskabsgrad: [52, 100], "kendskab-til-tilbud": [57, 100] }],
      "3": [0, { nps: [43.75, 0] }],
      "4": [100, { "anvendt-henvisning": [64.2857, 100] }],
      "5": [
        66.67,
        {
          "mervaekst-omsaetning": [11.2, 100],
          "mervaekst-beskaeftigelse": [4.5, 0],
          "mervaekst-produktivitet": [1.3, 100],
        },
      ],
      "6": [0, { "baeredygtighed-i-hoej-grad": [60, 0] }],
      "7": [
        1.15,
        {
          "korte-forloeb": [10, 1.14],
          handlingsplaner: [5, 1.03],
          vaekstplaner: [4, 1.27],
          "laengere-forloeb": [9, 1.13],
          "forloeb-i-alt": [19, 1.13],
        },
      ],
      "8": [100, { "fordeling-forloeb": [2.6724, 100] }],
      "9": [7.5, { "ai-tjek": [3, 7.5] }],
      "10": [
        33.33,
        { aktiviteter: [1, 100], "henvist-handlingsplan": [60, 0], "henvist-vaekst-omstillingsplan": [75, 0] },
      ],
      "11": [35.74, { aktiviteter: [1, 100], "attraktive-arbejdspladser": [1, 5], "smv-vaekstpilot": [1, 2.22] }],
      "12": [40, { "virksomheder-hovedstaden": [2, 10], "eh-hovedstaden-leverance": [14, 70] }],
      "13": [83.33, { aktiviteter: [2, 100], klyngesamarbejder: [2, 66.67] }],
      // "beregnes som Erhvervshus Sjællands samlede omsætning i forhold til basistilskuddet": the
      // anchoring is shown (weight 0), the goal is the leverage.
      "14": [100, { gearing: [2.5, 100], aktiviteter: [0, 0] }],
      "15": [50, { aktiviteter: [2, 50] }],
    });
  });

  it("half-year status: January–June counts and the pro-rata pace", async () => {
    const { result } = await run(file, "sjaelland-2025", { period: "H1" });
    const ind = (g: string, i: string) => result.goals.find((x) => x.id === g)!.indicators.find((x) => x.id === i)!;
    expect([ind("7", "korte-forloeb").value, ind("7", "korte-forloeb").pace?.due]).toEqual([9, 440]);
    expect([ind("7", "handlingsplaner").value, ind("7", "handlingsplaner").pace?.due]).toEqual([4, 242.5]);
    expect([ind("7", "vaekstplaner").value, ind("7", "vaekstplaner").pace?.due]).toEqual([2, 157.5]);
    expect([ind("9", "ai-tjek").value, ind("9", "ai-tjek").pace?.due]).toEqual([1, 20]);
  });
});

describe("Sjælland 2025 half-year: a KKR secretary's status with 1/3-2025, 'Køge Kommune', 'mio. kr.'", () => {
  const file = "sjaelland-2025-halvaar.xlsx";

  it("reads the written-out forms and says once that P-nummer is missing", async () => {
    const { loaded, findings } = await run(file, "sjaelland-2025");
    expect(loaded.data.Forloeb?.sheet).toBe("Forløb jan-jun");
    expect(rules(findings.filter((f) => f.severity !== "info"))).toEqual(["binding-missing-required@1"]);
  });

  it("computes January–June as by hand, with the pace", async () => {
    const { result } = await run(file, "sjaelland-2025", { period: "H1" });
    const ind = (g: string, i: string) => result.goals.find((x) => x.id === g)!.indicators.find((x) => x.id === i)!;
    const paced = (g: string, i: string) => [ind(g, i).value, ind(g, i).pace?.due, ind(g, i).pace?.onTrack];
    expect(paced("7", "korte-forloeb")).toEqual([2, 440, false]);
    expect(paced("7", "handlingsplaner")).toEqual([2, 242.5, false]);
    expect(paced("7", "vaekstplaner")).toEqual([1, 157.5, false]);
    expect(paced("9", "ai-tjek")).toEqual([1, 20, false]);
    expect(paced("8", "fordeling-forloeb")).toEqual([2.2965, 10, true]);
    const f = figures(result);
    expect(f["8"]?.[0]).toBe(100);
    // "A goal is never opfyldt while one of its indicators has no data" (docs/rules.md): a part
    // without data counts 0 % in a lower bound — (0 + 100 + 0) / 3 and (0 + 40) / 2 — not left out.
    expect(f["10"]).toEqual([
      33.33,
      { aktiviteter: [null, null], "henvist-handlingsplan": [50, 0], "henvist-vaekst-omstillingsplan": [100, 100] },
    ]);
    expect(f["12"]).toEqual([20, { "virksomheder-hovedstaden": [null, null], "eh-hovedstaden-leverance": [8, 40] }]);
    expect(result.goals.find((g) => g.id === "10")!.status).toBe("mangler data");
    expect(f["14"]).toEqual([100, { gearing: [2.5, 100], aktiviteter: [null, null] }]);
    expect(result.goals.find((g) => g.id === "3")!.status).toBe("mangler data");
  });
});

describe("Hovedstaden 2020: KKR status workbook, answers and key figures as two blocks on one sheet", () => {
  const file = "hovedstaden-2020-status.xlsx";

  it("binds both blocks of the shared sheet and the numbered activities", async () => {
    const { loaded, findings } = await run(file, "hovedstaden-2020");
    expect(loaded.data.Evaluering).toMatchObject({ sheet: "Evaluering og nøgletal", firstRow: 3, rowCount: 21 });
    expect(loaded.data.Noegletal).toMatchObject({ sheet: "Evaluering og nøgletal", firstRow: 27, rowCount: 4 });
    expect(loaded.data.Aktiviteter?.sheet).toBe("Aktiviteter mål 3-9");
    // A course of 6 hours not sent to evaluation is fine here: the 3-hour rule is 2024–27 §9, and
    // no other 2024–27 §9 column is asked for either.
    // Company 30 is on the evaluation list ("svarede ikke") but has no registered course:
    // "registrerer alle betjente virksomheder (cvr)" (rammeaftale 2019–20) asks for it.
    expect(rules(findings)).toEqual(["answer-cvr-unregistered@10"]);
  });

  it("computes every goal as by hand", async () => {
    const { result } = await run(file, "hovedstaden-2020");
    expect(figures(result)).toEqual({
      "1": [50, { nps: [55, 50] }],
      "2": [50, { "positiv-effekt": [65, 50] }],
      // "100 pct. opfyldt når … fælles visuel identitet og bidraget til … platformen": the two conditions;
      // the editorial guidelines are shown (weight 0).
      "3": [100, { aktiviteter: [2, 100], "redaktionelle-retningslinjer": [1, 100] }],
      // "1870 evaluerede vejledningsforløb": only courses sent to evaluation (x) count by default.
      "4": [
        0.61,
        { vaekstforloeb: [5, 0.75], "smv-drift": [4, 0.8], ivaerksaetter: [2, 0.29], "forloeb-i-alt": [11, 0.59] },
      ],
      "5": [50, { aktiviteter: [2, 50] }],
      "6": [
        77.78,
        {
          aktiviteter: [7, 77.78],
          henvisningsandel: [58.3333, 0],
          "arrangementer-private-raadgivere": [2, 100],
          cases: [31, 100],
          "gode-eksempler": [3, 100],
        },
      ],
      "7": [100, { aktiviteter: [3, 100] }],
      "8": [66.67, { aktiviteter: [2, 66.67] }],
      "9": [66.11, { aktiviteter: [5, 83.33], "forloeb-sjaelland": [3, 15], "eh-sjaelland-leverance": [22, 100] }],
    });
  });

  it("follows the options: 'ved ikke' left out of goal 2, six of nine efforts for goal 6", async () => {
    const { result } = await run(file, "hovedstaden-2020", {
      options: { vedIkkeEffekt: "udelad", maal6Grundlag: "seks" },
    });
    const f = figures(result);
    expect(f["2"]).toEqual([100, { "positiv-effekt": [72.2222, 100] }]);
    expect(f["6"]?.[0]).toBe(100);
  });
});

describe("Rammeaftale 2024–27 for Midtjylland 2026: Excel tables Tabel1/Tabel2 side by side, English headers", () => {
  const file = "rammeaftale-2024-2027-midtjylland.xlsx";
  const params = { house: "midtjylland", year: "2026" };

  it("binds Excel's default table names and finds the 20-hour case once, where the hours pass 20", async () => {
    const { loaded, findings } = await run(file, "rammeaftale-2024-2027", { params });
    expect(loaded.data.Forloeb?.table).toBe("Tabel1");
    expect(loaded.data.Evaluering?.table).toBe("Tabel2");
    expect(loaded.data.Noegletal?.table).toBe("Tabel3");
    // X9 answered twice (answer rows 9 and 12) but has no course: §9 "registrerer … alle virksomheder".
    expect(rules(findings)).toEqual([
      "answer-cvr-unregistered@12",
      "answer-cvr-unregistered@9",
      "hours-over-20-no-decision@3",
    ]);
  });

  it("computes every goal as by hand, with the house's and the year's targets", async () => {
    const { result } = await run(file, "rammeaftale-2024-2027", { params });
    expect(figures(result)).toEqual({
      "1": [1.09, { "virksomheder-under-3-aar": [3, 1.09] }],
      "2": [50, { kendskabsgrad: [48, 0], "kendskab-til-tilbud": [61, 100] }],
      "3": [0, { nps: [63.6364, 0] }],
      // "Mindst 50 procent af de virksomheder … har anvendt en eller flere af henvisningerne":
      // companies, and 'forventer' is not used.
      "4": [100, { "anvendt-henvisning": [50, 100] }],
      "5": [
        66.67,
        {
          "mervaekst-omsaetning": [10, 100],
          "mervaekst-beskaeftigelse": [5, 100],
          "mervaekst-produktivitet": [-0.5, 0],
        },
      ],
      "6": [100, { "baeredygtighed-i-hoej-grad": [80, 100] }],
    });
    expect(result.goals[0]!.indicators[0]!.target).toBe(275);
    expect(result.goals[1]!.indicators[1]!.target).toBe(60);
  });

  it("per segment NPS and 'ved ikke' left out of sustainability when chosen", async () => {
    const { result } = await run(file, "rammeaftale-2024-2027", {
      params,
      options: { npsOmfang: "pr-segment", vedIkkeBaeredygtighed: "udelad" },
    });
    const f = figures(result);
    expect(f["3"]).toEqual([50, { "nps-drift": [40, 0], "nps-vaekst": [83.3333, 100] }]);
    expect(f["6"]).toEqual([100, { "baeredygtighed-i-hoej-grad": [100, 100] }]);
    const forventer = await run(file, "rammeaftale-2024-2027", { params, options: { forventerHenvisning: "anvendt" } });
    expect(figures(forventer.result)["4"]).toEqual([100, { "anvendt-eller-forventet-henvisning": [66.6667, 100] }]);
  });
});

describe("Rammeaftale 2019–20: the evaluation system's CSV export opened in Danish Excel", () => {
  const file = "rammeaftale-2019-2020-brugerevaluering.xlsx";

  it("binds the question texts as headers and computes NPS and effect; the rest lacks data", async () => {
    const { loaded, result, findings } = await run(file, "rammeaftale-2019-2020", { params: { year: "2019" } });
    expect(loaded.data.Evaluering?.columns["anbefaling"]?.header).toMatch(/^Hvor sandsynligt/);
    expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
    const f = figures(result);
    expect(f["II"]).toEqual([0, { nps: [50, 0] }]);
    expect(f["III"]).toEqual([0, { "positiv-effekt": [66.6667, 0] }]);
    for (const g of ["I", "IV", "V", "VI", "VII"])
      expect(result.goals.find((x) => x.id === g)!.status).toBe("mangler data");
    // The answers are dated 2019 (Besvarelsesdato): the year 2019's.
    const udelad = await run(file, "rammeaftale-2019-2020", {
      params: { year: "2019" },
      options: { vedIkkeEffekt: "udelad" },
    });
    expect(figures(udelad.result)["III"]).toEqual([100, { "positiv-effekt": [75, 100] }]);
  });
});

describe("Væksthus Hovedstadsregionen 2018: status sheet with key figures and activities, a hidden old sheet", () => {
  const file = "vaeksthus-hovedstaden-2018-status.xlsx";

  it("binds the visible sheets and asks for no 2024–27 columns", async () => {
    const { loaded, findings } = await run(file, "vaeksthus-hovedstaden-2018");
    expect(loaded.data.Forloeb?.sheet).toBe("Vækstforløb 2018");
    expect(loaded.data.Noegletal?.columns["vaerdi"]?.header).toBe("Antal");
    expect(loaded.data.Aktiviteter).toMatchObject({ sheet: "Status", firstRow: 11 });
    expect(findings).toEqual([]);
  });

  it("computes every goal as by hand", async () => {
    const { result } = await run(file, "vaeksthus-hovedstaden-2018");
    expect(figures(result)).toEqual({
      "2a": [100, { "internationale-events": [1, 100], aktiviteter: [1, 100] }],
      // One goal sentence, one item ("Dette med henblik på …" is its purpose): met → 100.
      "2b": [100, { aktiviteter: [1, 100] }],
      "3a": [66.67, { aktiviteter: [2, 66.67] }],
      "4a": [90, { "faelles-fagomraader": [3, 100], "vaekstforloeb-sjaelland": [4, 80] }],
      "4b": [100, { aktiviteter: [1, 100] }],
      "4c": [0, { "tvaerregionale-programmer": [0, 0], aktiviteter: [0, 0] }],
      "b-a": [100, { aktiviteter: [2, 100] }],
      "b-b": [50, { aktiviteter: [1, 50] }],
      "b-c": [75, { aktiviteter: [2, 100], kapitaltiltraekningsevents: [1, 50] }],
      "b-d": [100, { aktiviteter: [1, 100] }],
      "b-e": [0, { aktiviteter: [0, 0] }],
      c: [100, { aktiviteter: [3, 100] }],
    });
    const half = await run(file, "vaeksthus-hovedstaden-2018", { options: { delvistKredit: "0.5" } });
    const f = figures(half.result);
    expect([f["2b"]?.[0], f["b-b"]?.[0], f["b-e"]?.[0]]).toEqual([100, 75, 25]);
  });
});

describe("the status sheet's live formulas only where Excel counts as the engine does", () => {
  /** Indicator id → "formula" or "value" for its Realiseret cell. */
  async function realised(file: string, contractId: string, options: Options = {}) {
    const { loaded, result } = await run(file, contractId, options);
    const plan = planStatusSheet({ contract: findContract(contractId)!, result, data: loaded.data, lang: "da" });
    // The report's body is under its header row; an indicator row's hidden key is "goal/indicator".
    const c = statusColumns(result.period.kind === "H1");
    return Object.fromEntries(
      plan.rows.slice(HEADER_ROW + 1).flatMap((r) => {
        const key = r[c.key];
        return key?.kind === "value" && typeof key.value === "string" && key.value.includes("/")
          ? [[key.value.split("/")[1] ?? "", r[c.realised]?.kind]]
          : [];
      }),
    );
  }

  it("values where dates are typed as text ('1/3-2025'), formulas over date cells in Excel tables", async () => {
    const text = await realised("sjaelland-2025-halvaar.xlsx", "sjaelland-2025");
    expect(text["korte-forloeb"]).toBe("value");
    const cells = await realised("rammeaftale-2024-2027-midtjylland.xlsx", "rammeaftale-2024-2027", {
      params: { house: "midtjylland", year: "2026" },
    });
    expect(cells["nps"]).toBe("formula");
  });

  it("a value for NPS when one score is the text '9'", async () => {
    expect((await realised("sjaelland-2025-crm.xlsx", "sjaelland-2025"))["nps"]).toBe("value");
  });
});
