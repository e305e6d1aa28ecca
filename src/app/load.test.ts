import { MemoryWorkbook } from "../workbook/memory";
import { findContract } from "../templates";
import { loadContractData } from "./load";
import { runChecks, runEvaluation } from "./evaluate";
import { planRowWarnings } from "./plan-write";

const workbook = () =>
  MemoryWorkbook.fromSpec({
    sheets: [
      {
        name: "Vækstforløb 2018",
        rows: [
          ["CVR", "Forløbstype", "Startdato", "Kommune"],
          ["12345674", "Vækstforløb", 43150, "Køge"],
        ],
      },
    ],
  });

const missing = async (id: string) =>
  (await loadContractData(workbook(), findContract(id)!)).findings
    .filter((f) => f.rule === "binding-missing-required")
    .map((f) => f.params?.["field"])
    .sort();

describe("loadContractData: columns the contract's registration rules ask for", () => {
  it("reports a missing column once, not again from the checks", async () => {
    const contract = findContract("sjaelland-2025")!;
    const loaded = await loadContractData(workbook(), contract);
    const { findings } = runChecks(contract, loaded.data, loaded.findings);
    const pnummer = findings.filter((f) => f.column === "P-nummer" || f.params?.["header"] === "P-nummer");
    expect(pnummer.map((f) => f.rule)).toEqual(["binding-missing-required"]);
  });

  it("asks a 2024–27 contract for the §9 columns", async () => {
    expect(await missing("sjaelland-2025")).toEqual(["henvistTil", "pnummer", "segment", "tema"]);
  });

  it("does not ask a 2018 or 2020 contract for them", async () => {
    expect(await missing("vaeksthus-hovedstaden-2018")).toEqual([]);
    expect(await missing("hovedstaden-2020")).toEqual([]);
  });
});

describe("courses with their answers on the same rows", () => {
  const combined = () =>
    MemoryWorkbook.fromSpec({
      sheets: [
        {
          name: "Forløb",
          rows: [
            ["CVR-nummer", "Kundesegment", "Forløbstype", "Startdato", "Timer", "Henvist til", "Anbefaling (0-10)"],
            ["12345674", "drift", "Kort forløb", 45700, 2, "ingen", 10],
            ["12345674", "drift", "Kort forløb", 45710, 2, "ingen", 10],
            ["12345675", "vækst", "Vækstplan", 45720, 2, "EIFO", 6],
            ["10000009", "vækst", "Vækstplan", 45730, 2, "EIFO", null],
          ],
        },
      ],
    });

  it("computes the NPS from them, reports a bad CVR once and two equal answers as no duplicate", async () => {
    const contract = findContract("sjaelland-2025")!;
    const loaded = await loadContractData(combined(), contract);
    const result = runEvaluation(contract, loaded.data, {}, loaded.findings);
    // Three answers: two promoters, one detractor → (2 − 1) / 3.
    expect(result.goals.find((g) => g.id === "3")!.indicators[0]!.value).toBe(33.3333);
    expect(result.findings.filter((f) => f.rule === "cvr-check-digit").map((f) => f.row)).toEqual([4]);
    expect(result.findings.filter((f) => f.rule === "duplicate-row")).toEqual([]);
    const plan = planRowWarnings(result.findings, loaded.data, loaded.sources, "da");
    expect(plan.kontrolColumns).toHaveLength(1);
  });
});
