import { loadContractData } from "./load";
import { findContract } from "../templates";
import { MemoryWorkbook } from "../workbook/memory";

/** A key-figure sheet with a column per year, as a finance sheet keeps them. */
const workbook = () =>
  MemoryWorkbook.fromSpec({
    sheets: [
      {
        name: "Nøgletal",
        rows: [
          ["Nøgletal", "2024", "2025", "2026"],
          ["Basistilskud", 4_000_000, 5_000_000, 6_000_000],
          ["Kendskabsgrad", 48, 52, null],
        ],
      },
    ],
  });

describe("loading a key-figure sheet with a column per year", () => {
  it("reads the column of the contract's year (Sjælland 2025 → 2025)", async () => {
    const contract = findContract("sjaelland-2025")!;
    const loaded = await loadContractData(workbook(), contract);
    expect(loaded.binding.roles.Noegletal?.fields.vaerdi?.header).toBe("2025");
    expect(loaded.data.Noegletal?.columns.vaerdi?.values).toEqual([5_000_000, 52]);
  });

  it("of a contract over several years, the year given (rammeaftale 2024–27, year 2026)", async () => {
    const contract = findContract("rammeaftale-2024-2027")!;
    const given = await loadContractData(workbook(), contract, undefined, { year: 2026 });
    expect(given.binding.roles.Noegletal?.fields.vaerdi?.header).toBe("2026");
    // Without a year nothing is guessed: the user is told the value column is missing.
    const none = await loadContractData(workbook(), contract);
    expect(none.binding.roles.Noegletal?.fields.vaerdi).toBeUndefined();
  });
});
