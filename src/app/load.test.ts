import { MemoryWorkbook } from "../workbook/memory";
import { findContract } from "../templates";
import { loadContractData } from "./load";
import { runChecks } from "./evaluate";

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
